#include "store/Details.h"

#include "model/Taxonomy.h"
#include "store/Rows.h"
#include "store/SessionFile.h"

#include <QCoreApplication>

namespace unblock::store {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

void requireUniqueCategory(Database& db, const QString& name, Id except) {
    Statement st = db.prepare("SELECT 1 FROM categories WHERE name = ? COLLATE NOCASE AND id <> ?");
    st.bind(1, name).bind(2, except);
    if (st.next())
        fail(ErrorCode::InvalidInput, Tr::tr("There is already a category called “%1”.").arg(name));
}

Id insertCategory(Database& db, const QString& name) {
    Statement st =
        db.prepare("INSERT INTO categories(name, position) "
                   "VALUES (?, (SELECT coalesce(max(position) + 1, 0) FROM categories))");
    st.bind(1, name).run();
    return db.lastInsertId();
}

} // namespace

SessionDetails readDetails(Database& db) {
    Statement st =
        db.prepare("SELECT title, date, venue, facilitator, attendees FROM session WHERE id = 1");
    SessionDetails details;
    if (st.next())
        details = {st.text(0), st.date(1), st.text(2), st.text(3), st.integer(4)};
    return details;
}

QString readSessionUid(Database& db) {
    Statement st = db.prepare("SELECT uid FROM session WHERE id = 1");
    return st.next() ? st.text(0) : QString();
}

Result<SessionDetails> loadDetails(const SessionFile& file) {
    return file.read([](Database& db) { return readDetails(db); });
}

Status setDetails(SessionFile& file, const SessionDetails& details) {
    return file.write([&](Database& db) {
        const QString title =
            checkedText(details.title, TextKind::Line, Tr::tr("workshop title"), false);
        const QString venue = checkedText(details.venue, TextKind::Line, Tr::tr("venue"), false);
        const QString facilitator =
            checkedText(details.facilitator, TextKind::Line, Tr::tr("facilitator's name"), false);
        if (details.attendees < 0)
            fail(ErrorCode::InvalidInput, Tr::tr("The number of attendees cannot be negative."));
        Statement st = db.prepare("UPDATE session SET title = ?, date = ?, venue = ?, "
                                  "facilitator = ?, attendees = ? WHERE id = 1");
        st.bind(1, title).bind(2, details.date).bind(3, venue).bind(4, facilitator);
        st.bind(5, details.attendees).run();
    });
}

Result<Id> addCategory(SessionFile& file, const QString& name) {
    return file.write([&](Database& db) {
        const QString tidy = checkedText(name, TextKind::Line, Tr::tr("category name"), true);
        requireUniqueCategory(db, tidy, 0);
        return insertCategory(db, tidy);
    });
}

Status renameCategory(SessionFile& file, Id categoryId, const QString& name) {
    return file.write([&](Database& db) {
        requireRow(db, "categories", categoryId, Tr::tr("category"));
        const QString tidy = checkedText(name, TextKind::Line, Tr::tr("category name"), true);
        requireUniqueCategory(db, tidy, categoryId);
        db.prepare("UPDATE categories SET name = ? WHERE id = ?")
            .bind(1, tidy)
            .bind(2, categoryId)
            .run();
    });
}

Status deleteCategory(SessionFile& file, Id categoryId) {
    return file.write([&](Database& db) {
        requireRow(db, "categories", categoryId, Tr::tr("category"));
        db.prepare("DELETE FROM categories WHERE id = ?").bind(1, categoryId).run();
    });
}

Status addDefaultCategories(SessionFile& file) {
    return file.write([](Database& db) {
        Statement exists = db.prepare("SELECT 1 FROM categories WHERE name = ? COLLATE NOCASE");
        for (const QString& name : defaultCategories()) {
            exists.bind(1, name);
            const bool present = exists.next();
            exists.reset();
            if (!present)
                insertCategory(db, name);
        }
    });
}

Result<Id> addGroup(SessionFile& file, const QString& name) {
    return file.write([&](Database& db) {
        const QString tidy = checkedText(name, TextKind::Line, Tr::tr("group name"), true);
        Statement st =
            db.prepare("INSERT INTO groups(name, position) "
                       "VALUES (?, (SELECT coalesce(max(position) + 1, 0) FROM groups))");
        st.bind(1, tidy).run();
        return db.lastInsertId();
    });
}

Status renameGroup(SessionFile& file, Id groupId, const QString& name) {
    return file.write([&](Database& db) {
        requireRow(db, "groups", groupId, Tr::tr("group"));
        const QString tidy = checkedText(name, TextKind::Line, Tr::tr("group name"), true);
        db.prepare("UPDATE groups SET name = ? WHERE id = ?").bind(1, tidy).bind(2, groupId).run();
    });
}

Status moveGroup(SessionFile& file, Id groupId, int index) {
    return file.write([&](Database& db) {
        requireRow(db, "groups", groupId, Tr::tr("group"));
        std::vector<Id> ids;
        Statement st = db.prepare("SELECT id FROM groups WHERE id <> ? ORDER BY position, id");
        st.bind(1, groupId);
        while (st.next())
            ids.push_back(st.int64(0));
        insertAt(ids, groupId, index);
        renumber(db, "groups", ids);
    });
}

Status deleteGroup(SessionFile& file, Id groupId) {
    return file.write([&](Database& db) {
        requireRow(db, "groups", groupId, Tr::tr("group"));
        // Its blockers join the end of the ungrouped ones, in their order.
        std::vector<Id> ungrouped = orderedIds(db, "blockers", "group_id", std::nullopt);
        const std::vector<Id> moving = orderedIds(db, "blockers", "group_id", groupId);
        ungrouped.insert(ungrouped.end(), moving.begin(), moving.end());
        db.prepare("DELETE FROM groups WHERE id = ?").bind(1, groupId).run();
        renumber(db, "blockers", ungrouped);
    });
}

} // namespace unblock::store
