#include "store/BoardImport.h"

#include "store/Rows.h"
#include "store/SessionFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace unblock::store {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

// Finds rows of a name table by name, ignoring case, and adds missing ones.
class NameTable {
public:
    NameTable(Database& db, const char* table, int& added)
        : m_db(db)
        , m_table(table)
        , m_added(added) {
        const QByteArray sql = QByteArray("SELECT id, name FROM ") + table;
        Statement st = db.prepare(sql.constData());
        while (st.next())
            m_ids.insert(st.text(1).toCaseFolded(), st.int64(0));
    }

    std::optional<Id> idFor(const QString& name) {
        if (name.isEmpty())
            return std::nullopt;
        auto it = m_ids.constFind(name.toCaseFolded());
        if (it != m_ids.constEnd())
            return it.value();
        const QByteArray sql =
            QByteArray("INSERT INTO ") + m_table +
            "(name, position) VALUES (?, (SELECT coalesce(max(position) + 1, 0) FROM " + m_table +
            "))";
        m_db.prepare(sql.constData()).bind(1, name).run();
        ++m_added;
        return *m_ids.insert(name.toCaseFolded(), m_db.lastInsertId());
    }

private:
    Database& m_db;
    const char* m_table;
    int& m_added;
    QHash<QString, Id> m_ids;
};

Id insertBlocker(Database& db, const SheetBlocker& b, std::optional<Id> group,
                 std::optional<Id> category) {
    const QString title = checkedText(b.title, TextKind::Line, Tr::tr("blocker title"), true);
    Statement st =
        db.prepare("INSERT INTO blockers(title, category_id, group_id, created, position) VALUES "
                   "(?1, ?2, ?3, ?4, "
                   "(SELECT coalesce(max(position) + 1, 0) FROM blockers WHERE group_id IS ?3))");
    st.bind(1, title)
        .bind(2, category)
        .bind(3, group)
        .bind(4, QDateTime::currentDateTimeUtc())
        .run();
    return db.lastInsertId();
}

// Dots counted off a wall of sticky notes: the room has seen them, so the
// round is revealed (resultsMayBeShown) as it is imported.
Id startTallyRound(Database& db, const QString& title) {
    Statement st = db.prepare("INSERT INTO rounds(title, subject, method, state, created) "
                              "VALUES (?, 'blockers', 'dots', 'revealed', ?)");
    st.bind(1, checkedText(title, TextKind::Line, Tr::tr("round title"), false));
    st.bind(2, QDateTime::currentDateTimeUtc()).run();
    return db.lastInsertId();
}

} // namespace

Result<ImportReport> appendBoard(SessionFile& file, const BoardSheet& sheet) {
    return file.write([&](Database& db) {
        ImportReport report;
        NameTable groups(db, "groups", report.groupsAdded);
        NameTable categories(db, "categories", report.categoriesAdded);
        Statement solution =
            db.prepare("INSERT INTO solutions(blocker_id, text, position) VALUES (?, ?, ?)");
        Statement tally =
            db.prepare("INSERT INTO tallies(round_id, item_id, dots) VALUES (?, ?, ?)");
        for (const SheetBlocker& b : sheet.blockers) {
            const Id blockerId =
                insertBlocker(db, b, groups.idFor(b.group), categories.idFor(b.category));
            ++report.blockersAdded;
            for (int i = 0; i < b.solutions.size(); ++i) {
                const QString text =
                    checkedText(b.solutions[i], TextKind::Paragraph, Tr::tr("solution"), true);
                solution.bind(1, blockerId).bind(2, text).bind(3, i).run();
                ++report.solutionsAdded;
            }
            if (b.dots && *b.dots > 0) {
                if (!report.roundId)
                    report.roundId = startTallyRound(db, sheet.roundTitle);
                tally.bind(1, *report.roundId).bind(2, blockerId).bind(3, *b.dots).run();
            }
        }
        // The dots were on the board as it is now: the round's items.
        if (report.roundId) {
            db.prepare("INSERT INTO round_items(round_id, item_id) SELECT ?, id FROM blockers")
                .bind(1, *report.roundId)
                .run();
        }
        return report;
    });
}

} // namespace unblock::store
