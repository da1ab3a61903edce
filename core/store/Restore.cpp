#include "store/Restore.h"

#include "store/RowReaders.h"
#include "store/Rows.h"
#include "store/SessionFile.h"

#include <QCoreApplication>

namespace unblock::store {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

Blocker readBlocker(Database& db, Id id) {
    Statement st = db.prepare("SELECT id, title, detail, category_id, group_id, author, created, "
                              "position, merged_into FROM blockers WHERE id = ?");
    st.bind(1, id);
    if (!st.next())
        fail(ErrorCode::NotFound, Tr::tr("There is no blocker %1.").arg(id));
    return {st.int64(0), st.text(1),     st.text(2),    st.optionalInt64(3), st.optionalInt64(4),
            st.text(5),  st.dateTime(6), st.integer(7), st.optionalInt64(8)};
}

std::vector<Solution> readSolutions(Database& db, const char* where, Id id) {
    const QByteArray sql = QByteArray("SELECT ") + kSolutionColumns + " FROM solutions s WHERE s." +
                           where + " ORDER BY s.position, s.id";
    Statement st = db.prepare(sql.constData());
    st.bind(1, id);
    std::vector<Solution> solutions;
    while (st.next())
        solutions.push_back(solutionFrom(st));
    return solutions;
}

// The votes, tallies and ballot places `item` has in rounds on `subject`
// ('blockers' or 'solutions').
void readItemVotes(Database& db, const char* subject, Id item, std::vector<ItemVotes>& out) {
    const QByteArray votesSql =
        QByteArray("SELECT o.round_id, v.token, o.value FROM votes o JOIN voters v ON v.id = "
                   "o.voter_id JOIN rounds r ON r.id = o.round_id WHERE o.item_id = ? AND "
                   "r.subject = '") +
        subject + "' ORDER BY o.round_id, v.token";
    const QByteArray talliesSql =
        QByteArray("SELECT t.round_id, t.dots FROM tallies t JOIN rounds r ON "
                   "r.id = t.round_id WHERE t.item_id = ? AND r.subject = '") +
        subject + "'";
    const QByteArray ballotSql =
        QByteArray("SELECT i.round_id FROM round_items i JOIN rounds r ON r.id = i.round_id "
                   "WHERE i.item_id = ? AND r.subject = '") +
        subject + "'";
    auto entryFor = [&](Id round) -> ItemVotes& {
        for (ItemVotes& e : out) {
            if (e.roundId == round && e.itemId == item)
                return e;
        }
        out.push_back({round, item, {}, std::nullopt, false});
        return out.back();
    };
    Statement votes = db.prepare(votesSql.constData());
    votes.bind(1, item);
    while (votes.next())
        entryFor(votes.int64(0)).votes.push_back({votes.text(1), item, votes.integer(2)});
    Statement tallies = db.prepare(talliesSql.constData());
    tallies.bind(1, item);
    while (tallies.next())
        entryFor(tallies.int64(0)).paperDots = tallies.integer(1);
    Statement ballots = db.prepare(ballotSql.constData());
    ballots.bind(1, item);
    while (ballots.next())
        entryFor(ballots.int64(0)).onBallot = true;
}

void writeItemVotes(Database& db, const std::vector<ItemVotes>& all) {
    Statement voter = db.prepare("INSERT OR IGNORE INTO voters(token) VALUES (?)");
    Statement vote = db.prepare("INSERT OR IGNORE INTO votes(round_id, voter_id, item_id, value) "
                                "VALUES (?, (SELECT id FROM voters WHERE token = ?), ?, ?)");
    Statement tally =
        db.prepare("INSERT OR REPLACE INTO tallies(round_id, item_id, dots) VALUES (?, ?, ?)");
    Statement onBallot =
        db.prepare("INSERT OR IGNORE INTO round_items(round_id, item_id) VALUES (?, ?)");
    Statement ballot = db.prepare("INSERT OR IGNORE INTO ballots(round_id, voter_id) "
                                  "VALUES (?, (SELECT id FROM voters WHERE token = ?))");
    Statement roundExists = db.prepare("SELECT 1 FROM rounds WHERE id = ?");
    for (const ItemVotes& entry : all) {
        roundExists.bind(1, entry.roundId);
        const bool exists = roundExists.next();
        roundExists.reset();
        if (!exists)
            continue; // the round itself was deleted since: its votes have nowhere to go
        if (entry.onBallot)
            onBallot.bind(1, entry.roundId).bind(2, entry.itemId).run();
        for (const Vote& v : entry.votes) {
            voter.bind(1, v.voter).run();
            ballot.bind(1, entry.roundId).bind(2, v.voter).run();
            vote.bind(1, entry.roundId)
                .bind(2, v.voter)
                .bind(3, entry.itemId)
                .bind(4, v.value)
                .run();
        }
        if (entry.paperDots)
            tally.bind(1, entry.roundId).bind(2, entry.itemId).bind(3, *entry.paperDots).run();
    }
}

void insertSolutionRow(Database& db, const Solution& s) {
    Statement insert = db.prepare(kInsertSolutionRow);
    writeSolutionRow(insert, s);
}

} // namespace

Result<BlockerRecord> loadBlockerRecord(const SessionFile& file, Id blockerId) {
    return file.read([&](Database& db) {
        BlockerRecord record;
        record.blocker = readBlocker(db, blockerId);
        record.solutions = readSolutions(db, "blocker_id = ?", blockerId);
        Statement merged = db.prepare("SELECT id FROM blockers WHERE merged_into = ? ORDER BY id");
        merged.bind(1, blockerId);
        while (merged.next())
            record.mergedHere.push_back(merged.int64(0));
        Statement steps =
            db.prepare("SELECT id FROM journey_steps WHERE blocker_id = ? ORDER BY id");
        steps.bind(1, blockerId);
        while (steps.next())
            record.painPoints.push_back(steps.int64(0));
        readItemVotes(db, "blockers", blockerId, record.votes);
        for (const Solution& s : record.solutions)
            readItemVotes(db, "solutions", s.id, record.votes);
        for (Round& round : readRounds(db)) {
            if (round.subjectBlockerId == blockerId)
                record.rounds.push_back(std::move(round));
        }
        // Votes in those rounds go with the rounds, not with the items.
        std::erase_if(record.votes, [&](const ItemVotes& v) {
            return std::any_of(record.rounds.begin(), record.rounds.end(),
                               [&](const Round& r) { return r.id == v.roundId; });
        });
        for (Round& round : record.rounds) {
            for (const Solution& s : record.solutions) {
                std::vector<ItemVotes> inRound;
                readItemVotes(db, "solutions", s.id, inRound);
                for (const ItemVotes& v : inRound) {
                    if (v.roundId != round.id)
                        continue;
                    round.votes.insert(round.votes.end(), v.votes.begin(), v.votes.end());
                    if (v.paperDots)
                        round.tallies.push_back({s.id, *v.paperDots});
                }
            }
        }
        return record;
    });
}

Status restoreBlocker(SessionFile& file, const BlockerRecord& record) {
    return file.write([&](Database& db) { putBackBlocker(db, record); });
}

void putBackBlocker(Database& db, const BlockerRecord& record) {
    const Blocker& b = record.blocker;
    std::vector<Id> siblings = orderedIds(db, "blockers", "group_id", b.groupId);
    insertAt(siblings, b.id, b.position);
    Statement st = db.prepare("INSERT INTO blockers(id, title, detail, category_id, group_id, "
                              "author, created, position, merged_into) VALUES "
                              "(?, ?, ?, (SELECT id FROM categories WHERE id = ?), "
                              "(SELECT id FROM groups WHERE id = ?), ?, ?, 0, "
                              "(SELECT id FROM blockers WHERE id = ?))");
    st.bind(1, b.id).bind(2, b.title).bind(3, b.detail).bind(4, b.categoryId);
    st.bind(5, b.groupId).bind(6, b.author).bind(7, b.created).bind(8, b.mergedInto).run();
    renumber(db, "blockers", siblings);
    for (const Solution& s : record.solutions)
        insertSolutionRow(db, s);
    Statement remerge =
        db.prepare("UPDATE blockers SET merged_into = ? WHERE id = ? AND merged_into IS NULL");
    for (Id merged : record.mergedHere)
        remerge.bind(1, b.id).bind(2, merged).run();
    Statement relink =
        db.prepare("UPDATE journey_steps SET blocker_id = ? WHERE id = ? AND blocker_id IS NULL");
    for (Id step : record.painPoints)
        relink.bind(1, b.id).bind(2, step).run();
    for (const Round& round : record.rounds)
        insertRound(db, round);
    writeItemVotes(db, record.votes);
}

Result<SolutionRecord> loadSolutionRecord(const SessionFile& file, Id solutionId) {
    return file.read([&](Database& db) {
        std::vector<Solution> found = readSolutions(db, "id = ?", solutionId);
        if (found.empty())
            fail(ErrorCode::NotFound, Tr::tr("There is no solution %1.").arg(solutionId));
        SolutionRecord record{found.front(), {}};
        readItemVotes(db, "solutions", solutionId, record.votes);
        return record;
    });
}

Status restoreSolution(SessionFile& file, const SolutionRecord& record) {
    return file.write([&](Database& db) { putBackSolution(db, record); });
}

void putBackSolution(Database& db, const SolutionRecord& record) {
    const Solution& s = record.solution;
    requireRow(db, "blockers", s.blockerId, Tr::tr("blocker"));
    std::vector<Id> siblings = orderedIds(db, "solutions", "blocker_id", s.blockerId);
    insertAt(siblings, s.id, s.position);
    insertSolutionRow(db, s);
    renumber(db, "solutions", siblings);
    writeItemVotes(db, record.votes);
}

Result<GroupRecord> loadGroupRecord(const SessionFile& file, Id groupId) {
    return file.read([&](Database& db) {
        Statement st = db.prepare("SELECT id, name, position FROM groups WHERE id = ?");
        st.bind(1, groupId);
        if (!st.next())
            fail(ErrorCode::NotFound, Tr::tr("There is no group %1.").arg(groupId));
        return GroupRecord{{st.int64(0), st.text(1), st.integer(2)},
                           orderedIds(db, "blockers", "group_id", groupId)};
    });
}

Status restoreGroup(SessionFile& file, const GroupRecord& record) {
    return file.write([&](Database& db) {
        std::vector<Id> groups;
        Statement list = db.prepare("SELECT id FROM groups ORDER BY position, id");
        while (list.next())
            groups.push_back(list.int64(0));
        insertAt(groups, record.group.id, record.group.position);
        db.prepare("INSERT INTO groups(id, name, position) VALUES (?, ?, 0)")
            .bind(1, record.group.id)
            .bind(2, record.group.name)
            .run();
        renumber(db, "groups", groups);
        Statement move = db.prepare("UPDATE blockers SET group_id = ? WHERE id = ?");
        for (Id blocker : record.blockerIds)
            move.bind(1, record.group.id).bind(2, blocker).run();
        renumber(db, "blockers", record.blockerIds);
        renumber(db, "blockers", orderedIds(db, "blockers", "group_id", std::nullopt));
    });
}

} // namespace unblock::store
