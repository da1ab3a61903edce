#pragma once

#include "io/CsvReader.h"
#include "model/Result.h"
#include "model/TextRules.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace unblock {

// A mistake in a spreadsheet, thrown while reading it and turned into an
// Error at the edge of the parser, so every check is one line.
struct CsvProblem {
    QString message;
};

// "Line 7, column 5 (dots): …"
[[noreturn]] void csvProblem(int line, int column, const QString& heading, const QString& message);

// The heading row of a spreadsheet people type: which column holds what,
// named in any order and any case. Column i of the sheet's kind may be headed
// by any of names[i]; the column `required` must be there.
class CsvColumns {
public:
    CsvColumns(const CsvRecord& header, std::vector<QStringList> names, int required);

    // The tidy text of `column` in `record`, checked against the text rules.
    QString text(const CsvRecord& record, int column, TextKind kind) const;
    // Refuses text in cells to the right of the last heading.
    void checkWidth(const CsvRecord& record) const;
    [[noreturn]] void problem(const CsvRecord& record, int column, const QString& message) const;

    int column(int c) const { return m_index[static_cast<std::size_t>(c)] + 1; }
    QString heading(int c) const { return m_heading[static_cast<std::size_t>(c)]; }

private:
    int columnNamed(const QString& name) const;
    QString knownHeadings() const;

    std::vector<QStringList> m_names;
    std::vector<int> m_index;
    std::vector<QString> m_heading;
    int m_width = 0;
};

bool isBlank(const CsvRecord& record);

// The records of a sheet, from its heading row on (blank rows above it
// dropped), or an error when there is no heading row.
Result<std::vector<CsvRecord>> readSheet(const QByteArray& bytes, const QString& emptyMessage);

} // namespace unblock
