#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QString>

namespace unblock {

// Larger inputs are not something a workshop produces; refusing them early
// keeps a mistaken file (a video, a disk image) from filling memory.
constexpr qint64 kLargestInputFile = qint64{256} * 1024 * 1024;

// A file someone gave Unblock to read (a spreadsheet, a session's JSON), as
// the window and the command line read it: the whole of it, or the reason it
// cannot be read. Never only its first part.
Result<QByteArray> readInputFile(const QString& path);

} // namespace unblock
