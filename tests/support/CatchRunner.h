#pragma once

namespace unblock::test {

// Runs the test cases linked into this program (Catch2's command line).
// Its implementation is compiled once, in CatchRunner.cpp: Catch2's runner
// takes most of a minute to compile, so the test programs' mains (one with
// Qt Core, one with Qt Gui, one with widgets) do not include it.
int runCatch(int argc, char* argv[]);

} // namespace unblock::test
