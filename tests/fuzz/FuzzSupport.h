#pragma once
// What every fuzz target shares: Qt started once, a scratch folder on a
// memory file system where there is one (session files are written per
// input), and the input as text.
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace unblock::fuzz {

// A QGuiApplication on the offscreen platform (the summary lays out text),
// created on first use and kept for the process.
void startQt();
// A folder for this process's session files, emptied when it exits.
QString scratchDir();
// A fresh path in the scratch folder, removing what the last input left.
QString freshSessionPath();
QByteArray bytes(const std::uint8_t* data, std::size_t size);

} // namespace unblock::fuzz

// libFuzzer's entry points (and ReplayMain's, outside the fuzz build).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
