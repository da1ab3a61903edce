#include "io/CsvImport.h"

#include "io/CsvReader.h"
#include "model/TextRules.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

using namespace Qt::StringLiterals;

namespace unblock {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Csv", text);
}

enum Column { GroupColumn, BlockerColumn, CategoryColumn, SolutionColumn, DotsColumn, ColumnCount };

const std::array<QStringList, ColumnCount>& headings() {
    static const std::array<QStringList, ColumnCount> names{
        QStringList{u"group"_s, u"table"_s}, QStringList{u"blocker"_s, u"blockers"_s},
        QStringList{u"category"_s}, QStringList{u"solution"_s, u"solutions"_s},
        QStringList{u"dots"_s, u"votes"_s, u"dot count"_s}};
    return names;
}

struct Problem {
    QString message;
};

[[noreturn]] void problem(int line, int column, const QString& heading, const QString& message) {
    throw Problem{tr("Line %1, column %2 (%3): %4").arg(line).arg(column).arg(heading, message)};
}

class Layout {
public:
    explicit Layout(const CsvRecord& header) {
        m_index.fill(-1);
        for (int c = 0; c < header.cells.size(); ++c) {
            const QString name = header.cells[c].trimmed().toCaseFolded();
            if (name.isEmpty())
                continue;
            const int found = columnNamed(name);
            if (found < 0) {
                problem(header.line, c + 1, header.cells[c],
                        tr("this is not a heading Unblock knows. Use group, blocker, category, "
                           "solution and dots."));
            }
            const auto column = static_cast<std::size_t>(found);
            if (m_index[column] >= 0)
                problem(header.line, c + 1, header.cells[c], tr("this heading appears twice."));
            m_index[column] = c;
            m_heading[column] = header.cells[c].trimmed();
        }
        if (m_index[BlockerColumn] < 0) {
            throw Problem{tr("Line %1: there is no “blocker” heading. The first row must name the "
                             "columns: group, blocker, category, solution, dots.")
                              .arg(header.line)};
        }
        m_width = static_cast<int>(header.cells.size());
    }

    // The tidy text of `column` in `record`, checked against the text rules.
    QString text(const CsvRecord& record, Column column, TextKind kind) const {
        const int index = m_index[column];
        if (index < 0 || index >= record.cells.size())
            return {};
        const QString& raw = record.cells[index];
        if (Status ok = checkText(raw, kind, m_heading[column], false); !ok)
            problem(record.line, index + 1, m_heading[column], ok.error().message);
        return tidyText(raw);
    }

    void checkWidth(const CsvRecord& record) const {
        for (int c = m_width; c < record.cells.size(); ++c) {
            if (!record.cells[c].trimmed().isEmpty())
                problem(record.line, c + 1, tr("no heading"),
                        tr("this cell is beyond the last heading."));
        }
    }

    int column(Column c) const { return m_index[c] + 1; }
    QString heading(Column c) const { return m_heading[c]; }

private:
    static int columnNamed(const QString& name) {
        for (int c = 0; c < ColumnCount; ++c) {
            if (headings()[static_cast<std::size_t>(c)].contains(name))
                return c;
        }
        return -1;
    }

    std::array<int, ColumnCount> m_index{};
    std::array<QString, ColumnCount> m_heading{};
    int m_width = 0;
};

bool isBlank(const CsvRecord& record) {
    for (const QString& cell : record.cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

class SheetBuilder {
public:
    explicit SheetBuilder(const Layout& layout)
        : m_layout(layout) {}

    void add(const CsvRecord& record) {
        m_layout.checkWidth(record);
        const QString group = m_layout.text(record, GroupColumn, TextKind::Line);
        const QString title = m_layout.text(record, BlockerColumn, TextKind::Line);
        const QString category = m_layout.text(record, CategoryColumn, TextKind::Line);
        const QString solution = m_layout.text(record, SolutionColumn, TextKind::Paragraph);
        const QString dots = m_layout.text(record, DotsColumn, TextKind::Line);

        store::SheetBlocker& blocker =
            title.isEmpty() ? continued(record) : named(record, group, title);
        if (!category.isEmpty() && !blocker.category.isEmpty() &&
            blocker.category.compare(category, Qt::CaseInsensitive) != 0) {
            problem(record.line, m_layout.column(CategoryColumn), m_layout.heading(CategoryColumn),
                    tr("“%1” was already given the category “%2”.")
                        .arg(blocker.title, blocker.category));
        }
        if (blocker.category.isEmpty())
            blocker.category = category;
        if (!solution.isEmpty())
            blocker.solutions << solution;
        if (!dots.isEmpty())
            setDots(record, blocker, dots);
    }

    store::BoardSheet take() { return std::move(m_sheet); }

private:
    store::SheetBlocker& continued(const CsvRecord& record) {
        if (m_current < 0) {
            problem(
                record.line, m_layout.column(BlockerColumn), m_layout.heading(BlockerColumn),
                tr("the blocker is empty and there is no blocker above for this row to add to."));
        }
        return m_sheet.blockers[static_cast<std::size_t>(m_current)];
    }

    store::SheetBlocker& named(const CsvRecord& record, const QString& group,
                               const QString& title) {
        const QString key = group.toCaseFolded() + u'\n' + title.toCaseFolded();
        auto it = m_byKey.constFind(key);
        if (it == m_byKey.constEnd()) {
            it = m_byKey.insert(key, static_cast<int>(m_sheet.blockers.size()));
            m_sheet.blockers.push_back({record.line, group, title, {}, std::nullopt, {}});
        }
        m_current = it.value();
        return m_sheet.blockers[static_cast<std::size_t>(m_current)];
    }

    void setDots(const CsvRecord& record, store::SheetBlocker& blocker, const QString& text) {
        bool ok = false;
        const int dots = text.toInt(&ok);
        const int column = m_layout.column(DotsColumn);
        const QString heading = m_layout.heading(DotsColumn);
        if (!ok || dots < 0 || dots > 1000000) {
            problem(
                record.line, column, heading,
                tr("“%1” is not a count of dots (a whole number from 0 to 1,000,000).").arg(text));
        }
        if (blocker.dots && *blocker.dots != dots) {
            problem(record.line, column, heading,
                    tr("“%1” already has %2 dots from line %3.")
                        .arg(blocker.title)
                        .arg(*blocker.dots)
                        .arg(m_dotsLine.value(&blocker - m_sheet.blockers.data())));
        }
        blocker.dots = dots;
        m_dotsLine.insert(&blocker - m_sheet.blockers.data(), record.line);
    }

    const Layout& m_layout;
    store::BoardSheet m_sheet;
    QHash<QString, int> m_byKey;
    QHash<qsizetype, int> m_dotsLine;
    int m_current = -1;
};

} // namespace

Result<store::BoardSheet> parseBoardCsv(const QByteArray& bytes) {
    Result<std::vector<CsvRecord>> records = readCsv(bytes);
    if (!records)
        return records.error();
    std::vector<CsvRecord>& rows = records.value();
    while (!rows.empty() && isBlank(rows.front()))
        rows.erase(rows.begin());
    if (rows.empty())
        return Error{ErrorCode::InvalidInput,
                     tr("The file is empty: it has no heading row and no blockers.")};
    try {
        const Layout layout(rows.front());
        SheetBuilder builder(layout);
        for (std::size_t i = 1; i < rows.size(); ++i) {
            if (!isBlank(rows[i]))
                builder.add(rows[i]);
        }
        store::BoardSheet sheet = builder.take();
        sheet.roundTitle = tr("Paper dots from the spreadsheet");
        return sheet;
    } catch (const Problem& p) {
        return Error{ErrorCode::InvalidInput, p.message};
    }
}

} // namespace unblock
