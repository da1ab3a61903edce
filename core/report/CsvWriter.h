#pragma once

#include "report/Summary.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace unblock {

// The summary as CSV for Excel: one row per blocker and solution (a blocker
// without solutions still gets its row), UTF-8 with a byte-order mark so
// Excel reads the accents, CRLF line ends.
QByteArray writeCsv(const SummaryDocument& doc);

// One cell: quoted when it must be, and neutralised when it starts like a
// formula (= + - @, tab or carriage return) so a spreadsheet shows the text
// instead of running it.
QString csvCell(const QString& text);
// Whether csvCell puts a quote in front of `text` (it starts like a formula):
// a cell with a length limit must leave room for it.
bool csvNeutralises(QStringView text);

// A row of cells, ending in CRLF.
QString csvRow(const QStringList& cells);

// Rows as a file Excel opens correctly: UTF-8 with a byte-order mark.
QByteArray csvForExcel(const QString& rows);

} // namespace unblock
