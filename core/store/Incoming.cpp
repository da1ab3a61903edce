#include "store/Incoming.h"

#include "store/Blockers.h"
#include "store/Rows.h"
#include "store/SessionFile.h"

#include <QCoreApplication>
#include <QDateTime>

namespace unblock::store {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

struct IncomingRow {
    IncomingKind kind = IncomingKind::Blocker;
    QString text;
    QString name;
    std::optional<Id> groupId;
    std::optional<Id> blockerId;
    IncomingState state = IncomingState::Waiting;
    std::optional<Id> itemId;
};

IncomingRow readIncoming(Database& db, Id incomingId) {
    Statement st = db.prepare("SELECT kind, text, name, group_id, blocker_id, state, item_id "
                              "FROM incoming WHERE id = ?");
    st.bind(1, incomingId);
    if (!st.next()) {
        fail(ErrorCode::NotFound, Tr::tr("There is no item %1 from the phones.").arg(incomingId));
    }
    return {incomingKindFromKey(st.text(0)).value_or(IncomingKind::Blocker),
            st.text(1),
            st.text(2),
            st.optionalInt64(3),
            st.optionalInt64(4),
            incomingStateFromKey(st.text(5)).value_or(IncomingState::Waiting),
            st.optionalInt64(6)};
}

void setState(Database& db, Id incomingId, IncomingState state, std::optional<Id> itemId,
              const QString& reason = {}) {
    db.prepare("UPDATE incoming SET state = ?, item_id = ?, reason = ? WHERE id = ?")
        .bind(1, toKey(state))
        .bind(2, itemId)
        .bind(3, reason)
        .bind(4, incomingId)
        .run();
}

// Only an item still waiting, or not added, can be put on the board: one
// already there is there.
void requireNotOnBoard(const IncomingRow& row, Id incomingId) {
    if (row.state == IncomingState::Accepted || row.state == IncomingState::Merged) {
        fail(ErrorCode::InvalidInput,
             Tr::tr("Item %1 from the phones is already on the board.").arg(incomingId));
    }
}

std::optional<Id> existingGroup(Database& db, std::optional<Id> groupId) {
    if (!groupId)
        return std::nullopt;
    Statement st = db.prepare("SELECT id FROM groups WHERE id = ?");
    st.bind(1, *groupId);
    return st.next() ? groupId : std::nullopt;
}

Id addBlockerFor(Database& db, const IncomingRow& row, const QString& text) {
    BlockerFields fields;
    fields.title = text.isEmpty() ? row.text : text;
    fields.groupId = existingGroup(db, row.groupId);
    fields.author = row.name;
    return insertBlocker(db, fields);
}

Id insertIncoming(Database& db, const NewIncoming& item, const QDateTime& received) {
    const QString text = checkedText(
        item.text, TextKind::Line,
        item.kind == IncomingKind::Blocker ? Tr::tr("blocker") : Tr::tr("solution"), true);
    const QString name = checkedText(item.name, TextKind::Line, Tr::tr("name"), false);
    if (item.phone.isEmpty())
        fail(ErrorCode::InvalidInput, Tr::tr("An item from a phone needs the phone's token."));
    if (item.kind == IncomingKind::Solution) {
        if (!item.blockerId)
            fail(ErrorCode::InvalidInput, Tr::tr("A solution needs the blocker it solves."));
        requireRow(db, "blockers", *item.blockerId, Tr::tr("blocker"));
    }
    if (item.groupId)
        requireRow(db, "groups", *item.groupId, Tr::tr("group"));
    db.prepare("INSERT OR IGNORE INTO voters(token) VALUES (?)").bind(1, item.phone).run();
    Statement insert = db.prepare(
        "INSERT INTO incoming(kind, text, name, voter_id, group_id, blocker_id, received, state) "
        "VALUES (?, ?, ?, (SELECT id FROM voters WHERE token = ?), ?, ?, ?, 'waiting')");
    insert.bind(1, toKey(item.kind)).bind(2, text).bind(3, name).bind(4, item.phone);
    insert.bind(5, item.groupId).bind(6, item.blockerId).bind(7, received).run();
    return db.lastInsertId();
}

} // namespace

Result<std::vector<Result<Id>>> receiveIncoming(SessionFile& file,
                                                const std::vector<NewIncoming>& items) {
    return file.write([&](Database& db) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        std::vector<Result<Id>> results;
        results.reserve(items.size());
        for (const NewIncoming& item : items) {
            // Each item is checked before anything of it is written, so a
            // refusal leaves the others in the batch as they are.
            try {
                results.emplace_back(insertIncoming(db, item, now));
            } catch (const Failure& failure) {
                const ErrorCode code = failure.error.code;
                if (code != ErrorCode::InvalidInput && code != ErrorCode::NotFound)
                    throw; // the disk, not the item: the batch fails
                results.emplace_back(failure.error);
            }
        }
        return results;
    });
}

Result<Id> acceptIncoming(SessionFile& file, Id incomingId, const QString& text,
                          std::optional<Id> blockerId) {
    return file.write([&](Database& db) {
        const IncomingRow row = readIncoming(db, incomingId);
        requireNotOnBoard(row, incomingId);
        Id itemId = 0;
        if (row.kind == IncomingKind::Blocker) {
            itemId = addBlockerFor(db, row, text);
        } else {
            const std::optional<Id> target = blockerId ? blockerId : row.blockerId;
            if (!target)
                fail(ErrorCode::InvalidInput, Tr::tr("Choose the blocker this solution solves."));
            SolutionFields fields;
            fields.text = text.isEmpty() ? row.text : text;
            itemId = insertSolution(db, *target, fields, {});
        }
        setState(db, incomingId, IncomingState::Accepted, itemId);
        return itemId;
    });
}

Result<Id> mergeIncoming(SessionFile& file, Id incomingId, Id targetId) {
    return file.write([&](Database& db) {
        const IncomingRow row = readIncoming(db, incomingId);
        requireNotOnBoard(row, incomingId);
        if (row.kind != IncomingKind::Blocker)
            fail(ErrorCode::InvalidInput, Tr::tr("Only a blocker can be merged into another."));
        requireRow(db, "blockers", targetId, Tr::tr("blocker"));
        const Id blockerId = addBlockerFor(db, row, QString());
        db.prepare("UPDATE blockers SET merged_into = ? WHERE id = ?")
            .bind(1, targetId)
            .bind(2, blockerId)
            .run();
        setState(db, incomingId, IncomingState::Merged, blockerId);
        return blockerId;
    });
}

Status rejectIncoming(SessionFile& file, Id incomingId, const QString& reason) {
    return file.write([&](Database& db) {
        const IncomingRow row = readIncoming(db, incomingId);
        requireNotOnBoard(row, incomingId);
        const QString word =
            checkedText(reason, TextKind::Line, Tr::tr("word for the phone"), false);
        setState(db, incomingId, IncomingState::Rejected, std::nullopt, word);
    });
}

Status returnIncoming(SessionFile& file, Id incomingId, IncomingState before,
                      const QString& reason) {
    return file.write([&](Database& db) {
        if (before != IncomingState::Waiting && before != IncomingState::Rejected)
            fail(ErrorCode::InvalidInput, Tr::tr("An item taken back waits or is not added."));
        const IncomingRow row = readIncoming(db, incomingId);
        if (row.itemId) {
            if (row.kind == IncomingKind::Blocker)
                removeBlocker(db, *row.itemId);
            else
                removeSolution(db, *row.itemId);
        }
        setState(db, incomingId, before, std::nullopt,
                 before == IncomingState::Rejected ? reason : QString());
    });
}

Status putBackIncomingBlocker(SessionFile& file, Id incomingId, IncomingState state,
                              const BlockerRecord& record) {
    return file.write([&](Database& db) {
        requireNotOnBoard(readIncoming(db, incomingId), incomingId);
        putBackBlocker(db, record);
        setState(db, incomingId, state, record.blocker.id);
    });
}

Status putBackIncomingSolution(SessionFile& file, Id incomingId, const SolutionRecord& record) {
    return file.write([&](Database& db) {
        requireNotOnBoard(readIncoming(db, incomingId), incomingId);
        putBackSolution(db, record);
        setState(db, incomingId, IncomingState::Accepted, record.solution.id);
    });
}

} // namespace unblock::store
