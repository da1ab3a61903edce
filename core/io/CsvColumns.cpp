#include "io/CsvColumns.h"

#include <QCoreApplication>

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

} // namespace

void csvProblem(int line, int column, const QString& heading, const QString& message) {
    throw CsvProblem{
        Tr::tr("Line %1, column %2 (%3): %4").arg(line).arg(column).arg(heading, message)};
}

CsvColumns::CsvColumns(const CsvRecord& header, std::vector<QStringList> names, int required)
    : m_names(std::move(names))
    , m_index(m_names.size(), -1)
    , m_heading(m_names.size()) {
    for (int c = 0; c < header.cells.size(); ++c) {
        const QString name = header.cells[c].trimmed().toCaseFolded();
        if (name.isEmpty())
            continue;
        const int found = columnNamed(name);
        if (found < 0) {
            csvProblem(header.line, c + 1, header.cells[c],
                       Tr::tr("this is not a heading Unblock knows. Use %1.").arg(knownHeadings()));
        }
        const auto column = static_cast<std::size_t>(found);
        if (m_index[column] >= 0)
            csvProblem(header.line, c + 1, header.cells[c], Tr::tr("this heading appears twice."));
        m_index[column] = c;
        m_heading[column] = header.cells[c].trimmed();
    }
    if (m_index[static_cast<std::size_t>(required)] < 0) {
        throw CsvProblem{
            Tr::tr("Line %1: there is no “%2” heading. The first row must name the "
                   "columns: %3.")
                .arg(header.line)
                .arg(m_names[static_cast<std::size_t>(required)].front(), knownHeadings())};
    }
    m_width = static_cast<int>(header.cells.size());
}

QString CsvColumns::text(const CsvRecord& record, int column, TextKind kind) const {
    const int index = m_index[static_cast<std::size_t>(column)];
    if (index < 0 || index >= record.cells.size())
        return {};
    const QString& raw = record.cells[index];
    if (Status ok = checkText(raw, kind, heading(column), false); !ok)
        problem(record, column, ok.error().message);
    return tidyText(raw);
}

void CsvColumns::checkWidth(const CsvRecord& record) const {
    for (int c = m_width; c < record.cells.size(); ++c) {
        if (!record.cells[c].trimmed().isEmpty())
            csvProblem(record.line, c + 1, Tr::tr("no heading"),
                       Tr::tr("this cell is beyond the last heading."));
    }
}

void CsvColumns::problem(const CsvRecord& record, int column, const QString& message) const {
    csvProblem(record.line, this->column(column), heading(column), message);
}

int CsvColumns::columnNamed(const QString& name) const {
    for (std::size_t c = 0; c < m_names.size(); ++c) {
        if (m_names[c].contains(name))
            return static_cast<int>(c);
    }
    return -1;
}

QString CsvColumns::knownHeadings() const {
    QStringList first;
    for (const QStringList& names : m_names)
        first << names.front();
    return first.join(QStringLiteral(", "));
}

bool isBlank(const CsvRecord& record) {
    for (const QString& cell : record.cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

Result<std::vector<CsvRecord>> readSheet(const QByteArray& bytes, const QString& emptyMessage) {
    Result<std::vector<CsvRecord>> records = readCsv(bytes);
    if (!records)
        return records.error();
    std::vector<CsvRecord>& rows = records.value();
    while (!rows.empty() && isBlank(rows.front()))
        rows.erase(rows.begin());
    if (rows.empty())
        return Error{ErrorCode::InvalidInput, emptyMessage};
    return records;
}

} // namespace unblock
