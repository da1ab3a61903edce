#pragma once

#include <functional>

namespace unblock::test {

// Runs the test cases linked into this program (Catch2's command line),
// calling beforeEachCase, if given, as each case starts. Its implementation
// is compiled once, in CatchRunner.cpp: Catch2's runner takes most of a
// minute to compile, so the test programs' mains (one with Qt Core, one with
// Qt Gui, one with widgets) do not include it.
int runCatch(int argc, char* argv[], std::function<void()> beforeEachCase = {});

// Ends a test program with runCatch's result, once its own objects are gone.
// Under Wine 8 a test program at times never ends after main returns (every
// DLL unloads, then it waits on Wine's server for good, once a library
// folder was watched nearly always): on Windows it ends itself there.
[[noreturn]] void endTests(int failed);

} // namespace unblock::test
