#include "store/Rounds.h"

#include "model/MergeRoots.h"
#include "ranking/BallotRules.h"
#include "ranking/RoundStates.h"
#include "store/Rows.h"
#include "store/SessionFile.h"

#include <QCoreApplication>
#include <QDateTime>

#include <unordered_set>

namespace unblock::store {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

// A round's settings and state as stored (its votes are not read here).
struct StoredRound {
    Round settings;
    RoundRules rules;
    RoundSubject subject = RoundSubject::Blockers;
    std::optional<Id> subjectBlocker;
    int paperVoters = 0;
};

StoredRound loadRound(Database& db, Id roundId) {
    Statement st = db.prepare("SELECT subject, subject_blocker_id, method, state, budget, "
                              "max_per_item, paper_voters, title FROM rounds WHERE id = ?");
    st.bind(1, roundId);
    if (!st.next())
        fail(ErrorCode::NotFound, Tr::tr("There is no voting round %1.").arg(roundId));
    Round r;
    r.id = roundId;
    r.subject = roundSubjectFromKey(st.text(0)).value_or(RoundSubject::Blockers);
    r.subjectBlockerId = st.optionalInt64(1);
    r.method = voteMethodFromKey(st.text(2)).value_or(VoteMethod::Dots);
    r.state = roundStateFromKey(st.text(3)).value_or(RoundState::Closed);
    r.budget = st.optionalInt(4);
    r.maxPerItem = st.optionalInt(5);
    r.paperVoters = st.integer(6);
    r.title = st.text(7);
    return {r, rulesOf(r), r.subject, r.subjectBlockerId, r.paperVoters};
}

// The round's candidates and how every item maps onto them.
struct RoundItems {
    std::vector<Candidate> candidates;
    std::unordered_map<Id, Id> rootOf;
    std::unordered_set<Id> eligible;
    std::unordered_map<Id, Id> mergedInto;
};

// Every blocker's merges, as the file holds them now.
MergeRoots blockerRoots(Database& db) {
    std::vector<std::pair<Id, Id>> merges;
    Statement st = db.prepare("SELECT id, merged_into FROM blockers WHERE merged_into IS NOT NULL "
                              "ORDER BY id");
    while (st.next())
        merges.emplace_back(st.int64(0), st.int64(1));
    return MergeRoots(merges);
}

// The round's items as they stand now: each blocker it opened with counts
// with the blocker it has been merged into since; a solution counts alone.
RoundItems loadItems(Database& db, Id roundId, const StoredRound& round) {
    const MergeRoots roots = blockerRoots(db);
    RoundItems items;
    Statement onBallot = db.prepare("SELECT item_id FROM round_items WHERE round_id = ?");
    onBallot.bind(1, roundId);
    std::unordered_set<Id> opened;
    while (onBallot.next())
        opened.insert(onBallot.int64(0));
    if (round.subject == RoundSubject::Blockers) {
        items.mergedInto = roots.mergedInto();
        std::unordered_set<Id> standing;
        for (const Id item : opened)
            standing.insert(roots.rootOf(item));
        Statement st = db.prepare("SELECT id, title, created FROM blockers");
        while (st.next()) {
            const Id id = st.int64(0);
            const Id root = roots.rootOf(id);
            items.rootOf.emplace(id, root);
            if (root == id && standing.contains(id)) {
                items.candidates.push_back({id, st.text(1), st.dateTime(2)});
                items.eligible.insert(id);
            }
        }
        return items;
    }
    Statement st = db.prepare("SELECT s.id, s.text, b.created FROM solutions s "
                              "JOIN blockers b ON b.id = s.blocker_id ORDER BY s.position, s.id");
    while (st.next()) {
        const Id id = st.int64(0);
        if (!opened.contains(id))
            continue;
        items.rootOf.emplace(id, id);
        items.candidates.push_back({id, st.text(1), st.dateTime(2)});
        items.eligible.insert(id);
    }
    return items;
}

// What a new round puts on its ballot: every blocker on the board (merged
// ones count with their blocker), or the solutions of one blocker and of
// those merged into it.
void fixRoundItems(Database& db, Id roundId, const RoundSpec& spec) {
    if (spec.subject == RoundSubject::Blockers) {
        db.prepare("INSERT INTO round_items(round_id, item_id) SELECT ?, id FROM blockers")
            .bind(1, roundId)
            .run();
        return;
    }
    const MergeRoots roots = blockerRoots(db);
    const Id subjectRoot = roots.rootOf(*spec.subjectBlockerId);
    Statement solutions = db.prepare("SELECT id, blocker_id FROM solutions");
    Statement insert = db.prepare("INSERT INTO round_items(round_id, item_id) VALUES (?, ?)");
    while (solutions.next()) {
        if (roots.rootOf(solutions.int64(1)) == subjectRoot)
            insert.bind(1, roundId).bind(2, solutions.int64(0)).run();
    }
}

// A vote for a merged blocker gets a better reason than "not in this round".
void requireNotMerged(const RoundItems& items, const std::vector<BallotEntry>& ballot) {
    for (const BallotEntry& entry : ballot) {
        auto merged = items.mergedInto.find(entry.itemId);
        if (merged != items.mergedInto.end()) {
            fail(ErrorCode::RuleViolation,
                 Tr::tr("Blocker %1 has been merged into blocker %2; vote for that one instead.")
                     .arg(entry.itemId)
                     .arg(merged->second));
        }
    }
}

void requireAllowed(const Status& status) {
    if (!status)
        throw Failure{status.error()};
}

// The statements that record and remove ballots, compiled once for a whole
// batch: a room of phones' ballots run them hundreds of times a transaction,
// so a ballot costs as few statements as it can (five, and one a mark).
class BallotWriter {
public:
    BallotWriter(Database& db, Id roundId)
        : m_roundId(roundId)
        , m_voterId(db.prepare("INSERT INTO voters(token) VALUES (?) ON CONFLICT(token) DO "
                               "UPDATE SET token = excluded.token RETURNING id"))
        , m_removeVotes(db.prepare("DELETE FROM votes WHERE round_id = ? AND voter_id = ?"))
        , m_removeBallot(db.prepare("DELETE FROM ballots WHERE round_id = ? AND voter_id = ?"))
        , m_addBallot(db.prepare("INSERT OR IGNORE INTO ballots(round_id, voter_id) VALUES (?, ?)"))
        , m_addVote(db.prepare(
              "INSERT INTO votes(round_id, voter_id, item_id, value) VALUES (?, ?, ?, ?)")) {}

    // Takes back `voter`'s ballot, if they cast one.
    void remove(const QString& voter) {
        const Id voterId = voterIdFor(voter);
        m_removeVotes.bind(1, m_roundId).bind(2, voterId).run();
        m_removeBallot.bind(1, m_roundId).bind(2, voterId).run();
    }

    // The voter's id as stored, once the round's rules allow the ballot;
    // a Failure with the reason if they do not. Nothing is written.
    static QString check(const StoredRound& round, const RoundItems& items, const QString& voter,
                         const std::vector<BallotEntry>& ballot) {
        const QString token = checkedText(voter, TextKind::Line, Tr::tr("voter's id"), true);
        if (round.rules.state == RoundState::Open)
            requireNotMerged(items, ballot);
        requireAllowed(checkBallot(round.rules, items.eligible, ballot));
        return token;
    }

    // Records a checked ballot in place of any earlier one of the voter's.
    void record(const QString& token, const std::vector<BallotEntry>& ballot) {
        const Id voterId = voterIdFor(token);
        m_removeVotes.bind(1, m_roundId).bind(2, voterId).run();
        m_addBallot.bind(1, m_roundId).bind(2, voterId).run();
        for (const BallotEntry& entry : ballot) {
            m_addVote.bind(1, m_roundId).bind(2, voterId).bind(3, entry.itemId);
            m_addVote.bind(4, entry.value).run();
        }
    }

private:
    // The voter's id, a new one the first time they vote.
    Id voterIdFor(const QString& token) {
        m_voterId.bind(1, token);
        m_voterId.next();
        const Id id = m_voterId.int64(0);
        m_voterId.run(); // steps to the end, so the insert completes, and resets
        return id;
    }

    Id m_roundId;
    Statement m_voterId;
    Statement m_removeVotes;
    Statement m_removeBallot;
    Statement m_addBallot;
    Statement m_addVote;
};

} // namespace

Result<Id> startRound(SessionFile& file, const RoundSpec& spec) {
    return file.write([&](Database& db) {
        const QString title = checkedText(spec.title, TextKind::Line, Tr::tr("round title"), false);
        requireAllowed(
            checkRoundRules({spec.method, RoundState::Open, spec.budget, spec.maxPerItem}));
        if (spec.subject == RoundSubject::Solutions) {
            if (!spec.subjectBlockerId)
                fail(ErrorCode::InvalidInput,
                     Tr::tr("A vote on solutions needs the blocker they solve."));
            requireRow(db, "blockers", *spec.subjectBlockerId, Tr::tr("blocker"));
        }
        const std::optional<Id> subjectBlocker =
            spec.subject == RoundSubject::Solutions ? spec.subjectBlockerId : std::nullopt;
        Statement st =
            db.prepare("INSERT INTO rounds(title, subject, subject_blocker_id, method, "
                       "budget, max_per_item, state, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, title).bind(2, toKey(spec.subject)).bind(3, subjectBlocker);
        st.bind(4, toKey(spec.method)).bind(5, spec.budget).bind(6, spec.maxPerItem);
        st.bind(7, toKey(RoundState::Open)).bind(8, QDateTime::currentDateTimeUtc()).run();
        const Id roundId = db.lastInsertId();
        fixRoundItems(db, roundId, spec);
        return roundId;
    });
}

Status setRoundState(SessionFile& file, Id roundId, RoundState state) {
    return file.write([&](Database& db) {
        requireAllowed(checkStateChange(loadRound(db, roundId).settings, state));
        db.prepare("UPDATE rounds SET state = ? WHERE id = ?")
            .bind(1, toKey(state))
            .bind(2, roundId)
            .run();
    });
}

Status deleteRound(SessionFile& file, Id roundId) {
    return file.write([&](Database& db) {
        loadRound(db, roundId);
        db.prepare("DELETE FROM rounds WHERE id = ?").bind(1, roundId).run();
    });
}

namespace {

// Checks one voter's ballot, then replaces their earlier one with it. Every
// check comes before the first write, so a refused ballot changes nothing.
} // namespace

Status castBallot(SessionFile& file, Id roundId, const QString& voter,
                  const std::vector<BallotEntry>& ballot) {
    return file.write([&](Database& db) {
        const StoredRound round = loadRound(db, roundId);
        const QString token =
            BallotWriter::check(round, loadItems(db, roundId, round), voter, ballot);
        BallotWriter(db, roundId).record(token, ballot);
    });
}

Result<std::vector<Status>> castBallots(SessionFile& file, Id roundId,
                                        const std::vector<VoterBallot>& ballots) {
    return file.write([&](Database& db) {
        const StoredRound round = loadRound(db, roundId);
        const RoundItems items = loadItems(db, roundId, round);
        BallotWriter writer(db, roundId);
        std::vector<Status> results;
        results.reserve(ballots.size());
        // A ballot the rules refuse is refused before any of it is written;
        // the others go on. SQLite failing (the disk full) fails the whole.
        for (const VoterBallot& b : ballots) {
            QString token;
            try {
                token = BallotWriter::check(round, items, b.voter, b.ballot);
            } catch (const Failure& refused) {
                results.emplace_back(refused.error);
                continue;
            }
            writer.record(token, b.ballot);
            results.emplace_back();
        }
        return results;
    });
}

Status clearBallot(SessionFile& file, Id roundId, const QString& voter) {
    return file.write([&](Database& db) {
        const StoredRound round = loadRound(db, roundId);
        requireAllowed(checkBallot(round.rules, {}, {}));
        BallotWriter(db, roundId).remove(voter);
    });
}

Status setTally(SessionFile& file, Id roundId, Id itemId, int dots) {
    return file.write([&](Database& db) {
        const StoredRound round = loadRound(db, roundId);
        const RoundItems items = loadItems(db, roundId, round);
        requireNotMerged(items, {{itemId, dots}});
        requireAllowed(checkTally(round.rules, items.eligible, itemId, dots));
        if (dots == 0) {
            db.prepare("DELETE FROM tallies WHERE round_id = ? AND item_id = ?")
                .bind(1, roundId)
                .bind(2, itemId)
                .run();
            return;
        }
        Statement st =
            db.prepare("INSERT INTO tallies(round_id, item_id, dots) VALUES (?, ?, ?) "
                       "ON CONFLICT(round_id, item_id) DO UPDATE SET dots = excluded.dots");
        st.bind(1, roundId).bind(2, itemId).bind(3, dots).run();
    });
}

Status setPaperVoters(SessionFile& file, Id roundId, int count) {
    return file.write([&](Database& db) {
        loadRound(db, roundId);
        if (count < 0 || count > kMostPaperVoters) {
            fail(ErrorCode::InvalidInput,
                 Tr::tr("The number of paper voters is from 0 to %L1.").arg(kMostPaperVoters));
        }
        db.prepare("UPDATE rounds SET paper_voters = ? WHERE id = ?")
            .bind(1, count)
            .bind(2, roundId)
            .run();
    });
}

std::vector<Round> readRounds(Database& db) {
    std::vector<Round> rounds;
    Statement st = db.prepare("SELECT id, title, subject, subject_blocker_id, method, budget, "
                              "max_per_item, state, paper_voters, created FROM rounds ORDER BY id");
    while (st.next()) {
        Round r;
        r.id = st.int64(0);
        r.title = st.text(1);
        r.subject = roundSubjectFromKey(st.text(2)).value_or(RoundSubject::Blockers);
        r.subjectBlockerId = st.optionalInt64(3);
        r.method = voteMethodFromKey(st.text(4)).value_or(VoteMethod::Dots);
        r.budget = st.optionalInt(5);
        r.maxPerItem = st.optionalInt(6);
        r.state = roundStateFromKey(st.text(7)).value_or(RoundState::Closed);
        r.paperVoters = st.integer(8);
        r.created = st.dateTime(9);
        rounds.push_back(std::move(r));
    }
    Statement items = db.prepare("SELECT item_id FROM round_items WHERE round_id = ? ORDER BY 1");
    Statement ballots = db.prepare("SELECT v.token FROM ballots b JOIN voters v ON v.id = "
                                   "b.voter_id WHERE b.round_id = ? ORDER BY v.token");
    for (Round& r : rounds) {
        items.bind(1, r.id);
        while (items.next())
            r.items.push_back(items.int64(0));
        items.reset();
        ballots.bind(1, r.id);
        while (ballots.next())
            r.ballots.push_back(ballots.text(0));
        ballots.reset();
    }
    return rounds;
}

Result<std::vector<Round>> loadRoundList(const SessionFile& file) {
    return file.read([](Database& db) { return readRounds(db); });
}

Result<RoundInput> loadRoundInput(const SessionFile& file, Id roundId) {
    return file.read([&](Database& db) {
        const StoredRound round = loadRound(db, roundId);
        RoundItems items = loadItems(db, roundId, round);
        RoundInput input;
        input.method = round.rules.method;
        input.paperVoters = round.paperVoters;
        Statement ballots = db.prepare("SELECT count(*) FROM ballots WHERE round_id = ?");
        if (ballots.bind(1, roundId).next())
            input.ballots = ballots.integer(0);
        input.candidates = std::move(items.candidates);
        input.rootOf = std::move(items.rootOf);

        // The primary key orders votes by voter: ranking needs them grouped so.
        Statement votes = db.prepare(
            "SELECT voter_id, item_id, value FROM votes WHERE round_id = ? ORDER BY voter_id");
        votes.bind(1, roundId);
        Id lastVoter = -1;
        int voterIndex = -1;
        while (votes.next()) {
            if (votes.int64(0) != lastVoter) {
                lastVoter = votes.int64(0);
                ++voterIndex;
            }
            input.votes.push_back({voterIndex, votes.int64(1), votes.integer(2)});
        }
        Statement tallies = db.prepare("SELECT item_id, dots FROM tallies WHERE round_id = ?");
        tallies.bind(1, roundId);
        while (tallies.next())
            input.tallies.push_back({tallies.int64(0), tallies.integer(1)});
        return input;
    });
}

} // namespace unblock::store
