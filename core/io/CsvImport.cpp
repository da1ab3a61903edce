#include "io/CsvImport.h"

#include "io/CsvColumns.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace unblock {

using store::BoardSheet;
using store::SheetBlocker;

namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

enum Column { GroupColumn, BlockerColumn, CategoryColumn, SolutionColumn, DotsColumn, ColumnCount };

std::vector<QStringList> headings() {
    return {QStringList{u"group"_s, u"table"_s}, QStringList{u"blocker"_s, u"blockers"_s},
            QStringList{u"category"_s}, QStringList{u"solution"_s, u"solutions"_s},
            QStringList{u"dots"_s, u"votes"_s, u"dot count"_s}};
}

class SheetBuilder {
public:
    explicit SheetBuilder(const CsvColumns& layout)
        : m_layout(layout) {}

    void add(const CsvRecord& record) {
        m_layout.checkWidth(record);
        const QString group = m_layout.text(record, GroupColumn, TextKind::Line);
        const QString title = m_layout.text(record, BlockerColumn, TextKind::Line);
        const QString category = m_layout.text(record, CategoryColumn, TextKind::Line);
        const QString solution = m_layout.text(record, SolutionColumn, TextKind::Paragraph);
        const QString dots = m_layout.text(record, DotsColumn, TextKind::Line);

        SheetBlocker& blocker = title.isEmpty() ? continued(record) : named(record, group, title);
        if (!category.isEmpty() && !blocker.category.isEmpty() &&
            blocker.category.compare(category, Qt::CaseInsensitive) != 0) {
            m_layout.problem(record, CategoryColumn,
                             Tr::tr("“%1” was already given the category “%2”.")
                                 .arg(blocker.title, blocker.category));
        }
        if (blocker.category.isEmpty())
            blocker.category = category;
        if (!solution.isEmpty())
            blocker.solutions << solution;
        if (!dots.isEmpty())
            setDots(record, blocker, dots);
    }

    BoardSheet take() { return std::move(m_sheet); }

private:
    SheetBlocker& continued(const CsvRecord& record) {
        if (m_current < 0) {
            m_layout.problem(
                record, BlockerColumn,
                Tr::tr(
                    "the blocker is empty and there is no blocker above for this row to add to."));
        }
        return m_sheet.blockers[static_cast<std::size_t>(m_current)];
    }

    SheetBlocker& named(const CsvRecord& record, const QString& group, const QString& title) {
        const QString key = group.toCaseFolded() + u'\n' + title.toCaseFolded();
        auto it = m_byKey.constFind(key);
        if (it == m_byKey.constEnd()) {
            it = m_byKey.insert(key, static_cast<int>(m_sheet.blockers.size()));
            m_sheet.blockers.push_back({record.line, group, title, {}, std::nullopt, {}});
        }
        m_current = it.value();
        return m_sheet.blockers[static_cast<std::size_t>(m_current)];
    }

    void setDots(const CsvRecord& record, SheetBlocker& blocker, const QString& text) {
        bool ok = false;
        const int dots = text.toInt(&ok);
        if (!ok || dots < 0 || dots > 1000000) {
            m_layout.problem(
                record, DotsColumn,
                Tr::tr("“%1” is not a count of dots (a whole number from 0 to 1,000,000).")
                    .arg(text));
        }
        if (blocker.dots && *blocker.dots != dots) {
            m_layout.problem(record, DotsColumn,
                             Tr::tr("“%1” already has %2 dots from line %3.")
                                 .arg(blocker.title)
                                 .arg(*blocker.dots)
                                 .arg(m_dotsLine.value(&blocker - m_sheet.blockers.data())));
        }
        blocker.dots = dots;
        m_dotsLine.insert(&blocker - m_sheet.blockers.data(), record.line);
    }

    const CsvColumns& m_layout;
    BoardSheet m_sheet;
    QHash<QString, int> m_byKey;
    QHash<qsizetype, int> m_dotsLine;
    int m_current = -1;
};

} // namespace

Result<BoardSheet> parseBoardCsv(const QByteArray& bytes) {
    Result<std::vector<CsvRecord>> records =
        readSheet(bytes, Tr::tr("The file is empty: it has no heading row and no blockers."));
    if (!records)
        return records.error();
    const std::vector<CsvRecord>& rows = records.value();
    try {
        const CsvColumns layout(rows.front(), headings(), BlockerColumn);
        SheetBuilder builder(layout);
        for (std::size_t i = 1; i < rows.size(); ++i) {
            if (!isBlank(rows[i]))
                builder.add(rows[i]);
        }
        BoardSheet sheet = builder.take();
        sheet.roundTitle = Tr::tr("Paper dots from the spreadsheet");
        return sheet;
    } catch (const CsvProblem& p) {
        return Error{ErrorCode::InvalidInput, p.message};
    }
}

} // namespace unblock
