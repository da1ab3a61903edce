#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace unblock {

struct CsvRecord {
    int line = 0; // where the record starts, from 1
    QStringList cells;
};

// Reads CSV as spreadsheets write it (RFC 4180): quoted cells with doubled
// quotes and line breaks inside, CRLF or LF, a UTF-8 byte-order mark. The
// separator is a comma, or a semicolon when the first line uses those (as
// Excel does in many locales).
Result<std::vector<CsvRecord>> readCsv(const QByteArray& bytes);

} // namespace unblock
