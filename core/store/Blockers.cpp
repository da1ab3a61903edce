#include "store/Blockers.h"

#include "model/TextRules.h"
#include "store/Rows.h"
#include "store/SessionFile.h"

#include <QCoreApplication>
#include <QDateTime>

#include <set>

namespace unblock::store {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

struct CheckedBlocker {
    QString title;
    QString detail;
    QString author;
};

CheckedBlocker checkBlocker(Database& db, const BlockerFields& fields) {
    CheckedBlocker checked{
        checkedText(fields.title, TextKind::Line, Tr::tr("blocker title"), true),
        checkedText(fields.detail, TextKind::Paragraph, Tr::tr("blocker detail"), false),
        checkedText(fields.author, TextKind::Line, Tr::tr("author's name"), false)};
    if (fields.categoryId)
        requireRow(db, "categories", *fields.categoryId, Tr::tr("category"));
    if (fields.groupId)
        requireRow(db, "groups", *fields.groupId, Tr::tr("group"));
    return checked;
}

std::optional<Id> groupOf(Database& db, Id blockerId) {
    Statement st = db.prepare("SELECT group_id FROM blockers WHERE id = ?");
    st.bind(1, blockerId);
    st.next();
    return st.optionalInt64(0);
}

std::optional<Id> mergedIntoOf(Database& db, Id blockerId) {
    Statement st = db.prepare("SELECT merged_into FROM blockers WHERE id = ?");
    st.bind(1, blockerId);
    return st.next() ? st.optionalInt64(0) : std::nullopt;
}

// Votes name items without a foreign key (an item is a blocker or a
// solution, by the round's subject), so deleting an item deletes its votes
// and its place on rounds' ballots (its id may be taken by a new item; undo
// puts them back, store/Restore).
void deleteVotesFor(Database& db, const char* subject, const char* itemsSql, Id owner) {
    for (const char* table : {"votes", "tallies", "round_items"}) {
        const QByteArray sql = QByteArray("DELETE FROM ") + table +
                               " WHERE round_id IN (SELECT id FROM rounds WHERE subject = '" +
                               subject + "') AND item_id IN (" + itemsSql + ")";
        db.prepare(sql.constData()).bind(1, owner).run();
    }
}

} // namespace

Id insertBlocker(Database& db, const BlockerFields& fields) {
    const CheckedBlocker checked = checkBlocker(db, fields);
    Statement st = db.prepare(
        "INSERT INTO blockers(title, detail, category_id, group_id, author, created, position) "
        "VALUES (?, ?, ?, ?, ?, ?, (SELECT coalesce(max(position) + 1, 0) FROM blockers "
        "WHERE group_id IS ?4))");
    st.bind(1, checked.title).bind(2, checked.detail).bind(3, fields.categoryId);
    st.bind(4, fields.groupId).bind(5, checked.author);
    st.bind(6, QDateTime::currentDateTimeUtc()).run();
    return db.lastInsertId();
}

Result<Id> addBlocker(SessionFile& file, const BlockerFields& fields) {
    return file.write([&](Database& db) { return insertBlocker(db, fields); });
}

Result<Id> addPainPointBlocker(SessionFile& file, Id stepId, const BlockerFields& fields) {
    return file.write([&](Database& db) {
        Statement step =
            db.prepare("SELECT pain_point, blocker_id FROM journey_steps WHERE id = ?");
        step.bind(1, stepId);
        if (!step.next())
            fail(ErrorCode::NotFound, Tr::tr("There is no journey step %1.").arg(stepId));
        if (step.integer(0) == 0)
            fail(ErrorCode::InvalidInput, Tr::tr("That step is not marked as a pain point."));
        if (!step.isNull(1))
            fail(ErrorCode::InvalidInput, Tr::tr("That pain point is already on the board."));
        const Id blockerId = insertBlocker(db, fields);
        db.prepare("UPDATE journey_steps SET blocker_id = ? WHERE id = ?")
            .bind(1, blockerId)
            .bind(2, stepId)
            .run();
        return blockerId;
    });
}

BlockerFields painPointBlockerFields(const QString& journeyTitle, const QString& step,
                                     const QString& painNote) {
    const QString note = tidyText(painNote);
    QString title = note.isEmpty() ? tidyText(step) : note;
    title = title.section(u'\n', 0, 0).left(TextLimits::line);
    const QString detail = Tr::tr("A pain point in the journey “%1”, at the step “%2”.")
                               .arg(journeyTitle, tidyText(step));
    return {title, detail.left(TextLimits::paragraph), std::nullopt, std::nullopt, QString()};
}

Status editBlocker(SessionFile& file, Id blockerId, const BlockerFields& fields) {
    return file.write([&](Database& db) {
        requireRow(db, "blockers", blockerId, Tr::tr("blocker"));
        const CheckedBlocker checked = checkBlocker(db, fields);
        const std::optional<Id> oldGroup = groupOf(db, blockerId);
        Statement st = db.prepare("UPDATE blockers SET title = ?, detail = ?, category_id = ?, "
                                  "author = ? WHERE id = ?");
        st.bind(1, checked.title).bind(2, checked.detail).bind(3, fields.categoryId);
        st.bind(4, checked.author).bind(5, blockerId).run();
        if (oldGroup != fields.groupId) {
            std::vector<Id> target =
                orderedIds(db, "blockers", "group_id", fields.groupId, blockerId);
            target.push_back(blockerId);
            db.prepare("UPDATE blockers SET group_id = ? WHERE id = ?")
                .bind(1, fields.groupId)
                .bind(2, blockerId)
                .run();
            renumber(db, "blockers", target);
            renumber(db, "blockers", orderedIds(db, "blockers", "group_id", oldGroup));
        }
    });
}

Status moveBlocker(SessionFile& file, Id blockerId, std::optional<Id> groupId, int index) {
    return file.write([&](Database& db) {
        requireRow(db, "blockers", blockerId, Tr::tr("blocker"));
        if (groupId)
            requireRow(db, "groups", *groupId, Tr::tr("group"));
        const std::optional<Id> oldGroup = groupOf(db, blockerId);
        std::vector<Id> target = orderedIds(db, "blockers", "group_id", groupId, blockerId);
        insertAt(target, blockerId, index);
        db.prepare("UPDATE blockers SET group_id = ? WHERE id = ?")
            .bind(1, groupId)
            .bind(2, blockerId)
            .run();
        renumber(db, "blockers", target);
        if (oldGroup != groupId)
            renumber(db, "blockers", orderedIds(db, "blockers", "group_id", oldGroup));
    });
}

void removeBlocker(Database& db, Id blockerId) {
    requireRow(db, "blockers", blockerId, Tr::tr("blocker"));
    const std::optional<Id> group = groupOf(db, blockerId);
    deleteVotesFor(db, "blockers", "?", blockerId);
    deleteVotesFor(db, "solutions", "SELECT id FROM solutions WHERE blocker_id = ?", blockerId);
    db.prepare("DELETE FROM blockers WHERE id = ?").bind(1, blockerId).run();
    renumber(db, "blockers", orderedIds(db, "blockers", "group_id", group));
}

Status deleteBlocker(SessionFile& file, Id blockerId) {
    return file.write([&](Database& db) { removeBlocker(db, blockerId); });
}

Status mergeBlockers(SessionFile& file, Id sourceId, Id targetId) {
    return file.write([&](Database& db) {
        requireRow(db, "blockers", sourceId, Tr::tr("blocker"));
        requireRow(db, "blockers", targetId, Tr::tr("blocker"));
        // Walk up from the target: reaching the source would make a loop.
        // A file changed outside Unblock may hold a loop already; the walk
        // stops there rather than going round it for ever.
        std::optional<Id> step = targetId;
        std::set<Id> walked;
        while (step) {
            if (*step == sourceId) {
                fail(ErrorCode::InvalidInput,
                     Tr::tr("Blocker %1 cannot be merged into %2: %2 is already counted with %1.")
                         .arg(sourceId)
                         .arg(targetId));
            }
            if (!walked.insert(*step).second) {
                fail(ErrorCode::Corrupt,
                     Tr::tr("Blocker %1 is merged into itself through others, which Unblock never "
                            "does: this file was changed by another program.")
                         .arg(*step));
            }
            step = mergedIntoOf(db, *step);
        }
        db.prepare("UPDATE blockers SET merged_into = ? WHERE id = ?")
            .bind(1, targetId)
            .bind(2, sourceId)
            .run();
    });
}

Status unmergeBlocker(SessionFile& file, Id blockerId) {
    return file.write([&](Database& db) {
        requireRow(db, "blockers", blockerId, Tr::tr("blocker"));
        if (!mergedIntoOf(db, blockerId))
            fail(ErrorCode::InvalidInput,
                 Tr::tr("Blocker %1 is not merged into another.").arg(blockerId));
        db.prepare("UPDATE blockers SET merged_into = NULL WHERE id = ?").bind(1, blockerId).run();
    });
}

namespace {

struct CheckedSolutionText {
    QString text;
    QString owner;
};

CheckedSolutionText checkSolution(const SolutionFields& fields) {
    requireScore(fields.impact, Tr::tr("impact"));
    requireScore(fields.effort, Tr::tr("effort"));
    return {checkedText(fields.text, TextKind::Paragraph, Tr::tr("solution"), true),
            checkedText(fields.owner, TextKind::Line, Tr::tr("owner's name"), false)};
}

Id blockerOf(Database& db, Id solutionId) {
    Statement st = db.prepare("SELECT blocker_id FROM solutions WHERE id = ?");
    st.bind(1, solutionId);
    st.next();
    return st.int64(0);
}

} // namespace

Id insertSolution(Database& db, Id blockerId, const SolutionFields& fields,
                  const LearnedFrom& from) {
    requireRow(db, "blockers", blockerId, Tr::tr("blocker"));
    const CheckedSolutionText checked = checkSolution(fields);
    const QString workshop =
        checkedText(from.workshop, TextKind::Line, Tr::tr("workshop's title"), false);
    Statement st = db.prepare(
        "INSERT INTO solutions(blocker_id, text, impact, effort, owner, due, from_workshop, "
        "from_date, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, (SELECT "
        "coalesce(max(position) + 1, 0) FROM solutions WHERE blocker_id = ?1))");
    st.bind(1, blockerId).bind(2, checked.text).bind(3, fields.impact).bind(4, fields.effort);
    st.bind(5, checked.owner).bind(6, fields.due).bind(7, workshop).bind(8, from.date).run();
    return db.lastInsertId();
}

Result<Id> addSolution(SessionFile& file, Id blockerId, const SolutionFields& fields,
                       const LearnedFrom& from) {
    return file.write([&](Database& db) { return insertSolution(db, blockerId, fields, from); });
}

Status editSolution(SessionFile& file, Id solutionId, const SolutionFields& fields) {
    return file.write([&](Database& db) {
        requireRow(db, "solutions", solutionId, Tr::tr("solution"));
        const CheckedSolutionText checked = checkSolution(fields);
        Statement st =
            db.prepare("UPDATE solutions SET text = ?, impact = ?, effort = ?, owner = ?, "
                       "due = ? WHERE id = ?");
        st.bind(1, checked.text).bind(2, fields.impact).bind(3, fields.effort);
        st.bind(4, checked.owner).bind(5, fields.due).bind(6, solutionId).run();
    });
}

Status setActionStatus(SessionFile& file, Id solutionId, ActionStatus status,
                       const QDate& changed) {
    return file.write([&](Database& db) {
        Statement st =
            db.prepare("SELECT owner <> '' OR due IS NOT NULL FROM solutions WHERE id = ?");
        st.bind(1, solutionId);
        if (!st.next())
            fail(ErrorCode::NotFound, Tr::tr("There is no solution %1.").arg(solutionId));
        if (st.integer(0) == 0)
            fail(ErrorCode::InvalidInput,
                 Tr::tr("Only an action has a status: give the solution an owner or a due date "
                        "first."));
        db.prepare("UPDATE solutions SET status = ?, status_changed = ? WHERE id = ?")
            .bind(1, toKey(status))
            .bind(2, changed)
            .bind(3, solutionId)
            .run();
    });
}

Status moveSolution(SessionFile& file, Id solutionId, Id blockerId, int index) {
    return file.write([&](Database& db) {
        requireRow(db, "solutions", solutionId, Tr::tr("solution"));
        requireRow(db, "blockers", blockerId, Tr::tr("blocker"));
        // Votes stay: they count again if the solution moves back.
        const Id oldBlocker = blockerOf(db, solutionId);
        std::vector<Id> target = orderedIds(db, "solutions", "blocker_id", blockerId, solutionId);
        insertAt(target, solutionId, index);
        db.prepare("UPDATE solutions SET blocker_id = ? WHERE id = ?")
            .bind(1, blockerId)
            .bind(2, solutionId)
            .run();
        renumber(db, "solutions", target);
        if (oldBlocker != blockerId)
            renumber(db, "solutions", orderedIds(db, "solutions", "blocker_id", oldBlocker));
    });
}

void removeSolution(Database& db, Id solutionId) {
    requireRow(db, "solutions", solutionId, Tr::tr("solution"));
    const Id blocker = blockerOf(db, solutionId);
    deleteVotesFor(db, "solutions", "?", solutionId);
    db.prepare("DELETE FROM solutions WHERE id = ?").bind(1, solutionId).run();
    renumber(db, "solutions", orderedIds(db, "solutions", "blocker_id", blocker));
}

Status deleteSolution(SessionFile& file, Id solutionId) {
    return file.write([&](Database& db) { removeSolution(db, solutionId); });
}

} // namespace unblock::store
