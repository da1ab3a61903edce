#include "store/Snapshot.h"

#include "store/Journeys.h"
#include "store/Rows.h"
#include "store/SessionFile.h"

#include <QCoreApplication>

namespace unblock::store {
namespace {

void loadBoard(Database& db, SessionData& data) {
    Statement categories =
        db.prepare("SELECT id, name, position FROM categories ORDER BY position, id");
    while (categories.next())
        data.categories.push_back({categories.int64(0), categories.text(1), categories.integer(2)});

    Statement groups = db.prepare("SELECT id, name, position FROM groups ORDER BY position, id");
    while (groups.next())
        data.groups.push_back({groups.int64(0), groups.text(1), groups.integer(2)});

    Statement blockers = db.prepare(
        "SELECT b.id, b.title, b.detail, b.category_id, b.group_id, b.author, b.created, "
        "b.position, b.merged_into FROM blockers b LEFT JOIN groups g ON g.id = b.group_id "
        "ORDER BY g.position IS NULL, g.position, b.position, b.id");
    while (blockers.next()) {
        data.blockers.push_back({blockers.int64(0), blockers.text(1), blockers.text(2),
                                 blockers.optionalInt64(3), blockers.optionalInt64(4),
                                 blockers.text(5), blockers.dateTime(6), blockers.integer(7),
                                 blockers.optionalInt64(8)});
    }

    Statement solutions = db.prepare("SELECT id, blocker_id, text, impact, effort, owner, due, "
                                     "position FROM solutions ORDER BY blocker_id, position, id");
    while (solutions.next()) {
        data.solutions.push_back({solutions.int64(0), solutions.int64(1), solutions.text(2),
                                  solutions.optionalInt(3), solutions.optionalInt(4),
                                  solutions.text(5), solutions.date(6), solutions.integer(7)});
    }
}

void loadRounds(Database& db, SessionData& data) {
    data.rounds = readRounds(db);
    Statement votes =
        db.prepare("SELECT v.token, o.item_id, o.value FROM votes o JOIN voters v "
                   "ON v.id = o.voter_id WHERE o.round_id = ? ORDER BY v.token, o.item_id");
    Statement tallies =
        db.prepare("SELECT item_id, dots FROM tallies WHERE round_id = ? ORDER BY item_id");
    for (Round& round : data.rounds) {
        votes.bind(1, round.id);
        while (votes.next())
            round.votes.push_back({votes.text(0), votes.int64(1), votes.integer(2)});
        votes.reset();
        tallies.bind(1, round.id);
        while (tallies.next())
            round.tallies.push_back({tallies.int64(0), tallies.integer(1)});
        tallies.reset();
    }
}

void loadJourneys(Database& db, SessionData& data) {
    Statement channels = db.prepare(
        "SELECT id, name, cost_pence, source, online FROM channels ORDER BY position, id");
    while (channels.next()) {
        data.channels.push_back({channels.int64(0), channels.text(1), channels.optionalInt64(2),
                                 channels.text(3), channels.integer(4) != 0});
    }
    Statement journeys = db.prepare(
        "SELECT id, title, persona, preferred_channel_id, second_channel_id, annual_volume, "
        "variant, current_id, photo FROM journeys ORDER BY position, id");
    Statement steps = db.prepare(
        "SELECT id, description, channel_id, actor, minutes, cost_pence, pain_point, pain_note, "
        "emotion, avoidable, blocker_id FROM journey_steps WHERE journey_id = ? "
        "ORDER BY position, id");
    while (journeys.next()) {
        Journey j;
        j.id = journeys.int64(0);
        j.title = journeys.text(1);
        j.persona = journeys.text(2);
        j.preferredChannelId = journeys.optionalInt64(3);
        j.secondChoiceChannelId = journeys.optionalInt64(4);
        j.annualVolume = journeys.int64(5);
        j.variant =
            journeys.text(6) == u"future" ? JourneyVariant::Future : JourneyVariant::Current;
        j.currentId = journeys.optionalInt64(7);
        j.photo = journeys.blob(8);
        steps.bind(1, j.id);
        while (steps.next()) {
            j.steps.push_back({steps.int64(0), steps.text(1), steps.optionalInt64(2), steps.text(3),
                               steps.optionalInt(4), steps.optionalInt64(5), steps.integer(6) != 0,
                               steps.text(7), steps.integer(8), steps.integer(9) != 0,
                               steps.optionalInt64(10)});
        }
        steps.reset();
        data.journeys.push_back(std::move(j));
    }
}

// A session's channels replace the default table; a session without any
// (an export from before journeys) keeps it.
void writeJourneys(Database& db, const SessionData& data) {
    if (!data.channels.empty())
        writeChannels(db, data.channels);
    // Current journeys first: a future one refers to its current journey.
    for (const Journey& j : data.journeys) {
        if (!j.currentId)
            writeJourney(db, j);
    }
    for (const Journey& j : data.journeys) {
        if (j.currentId)
            writeJourney(db, j);
    }
}

void writeBoard(Database& db, const SessionData& data) {
    const SessionDetails& d = data.details;
    db.prepare("UPDATE session SET title = ?, date = ?, venue = ?, facilitator = ?, attendees = ? "
               "WHERE id = 1")
        .bind(1, d.title)
        .bind(2, d.date)
        .bind(3, d.venue)
        .bind(4, d.facilitator)
        .bind(5, d.attendees)
        .run();
    Statement category = db.prepare("INSERT INTO categories(id, name, position) VALUES (?, ?, ?)");
    for (const Category& c : data.categories)
        category.bind(1, c.id).bind(2, c.name).bind(3, c.position).run();
    Statement group = db.prepare("INSERT INTO groups(id, name, position) VALUES (?, ?, ?)");
    for (const Group& g : data.groups)
        group.bind(1, g.id).bind(2, g.name).bind(3, g.position).run();
    // Merges may point forward in the list: link them once every blocker exists.
    Statement blocker = db.prepare("INSERT INTO blockers(id, title, detail, category_id, group_id, "
                                   "author, created, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const Blocker& b : data.blockers) {
        blocker.bind(1, b.id).bind(2, b.title).bind(3, b.detail).bind(4, b.categoryId);
        blocker.bind(5, b.groupId).bind(6, b.author).bind(7, b.created).bind(8, b.position).run();
    }
    Statement merge = db.prepare("UPDATE blockers SET merged_into = ? WHERE id = ?");
    for (const Blocker& b : data.blockers) {
        if (b.mergedInto)
            merge.bind(1, b.mergedInto).bind(2, b.id).run();
    }
    Statement solution = db.prepare("INSERT INTO solutions(id, blocker_id, text, impact, effort, "
                                    "owner, due, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const Solution& s : data.solutions) {
        solution.bind(1, s.id).bind(2, s.blockerId).bind(3, s.text).bind(4, s.impact);
        solution.bind(5, s.effort).bind(6, s.owner).bind(7, s.due).bind(8, s.position).run();
    }
}

void writeRounds(Database& db, const SessionData& data) {
    for (const Round& r : data.rounds)
        insertRound(db, r);
}

void requireEmpty(Database& db) {
    Statement st =
        db.prepare("SELECT (SELECT count(*) FROM blockers) + (SELECT count(*) FROM groups) "
                   "+ (SELECT count(*) FROM categories) + (SELECT count(*) FROM rounds) "
                   "+ (SELECT count(*) FROM journeys)");
    st.next();
    if (st.int64(0) > 0) {
        fail(ErrorCode::InvalidInput,
             QCoreApplication::translate("Store",
                                         "A whole session can be imported only into a new, "
                                         "empty session file."));
    }
}

} // namespace

void insertRound(Database& db, const Round& r) {
    Statement round =
        db.prepare("INSERT INTO rounds(id, title, subject, subject_blocker_id, method, "
                   "budget, max_per_item, state, paper_voters, created) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    round.bind(1, r.id).bind(2, r.title).bind(3, toKey(r.subject)).bind(4, r.subjectBlockerId);
    round.bind(5, toKey(r.method)).bind(6, r.budget).bind(7, r.maxPerItem);
    round.bind(8, toKey(r.state)).bind(9, r.paperVoters).bind(10, r.created).run();
    Statement item = db.prepare("INSERT INTO round_items(round_id, item_id) VALUES (?, ?)");
    for (const Id id : r.items)
        item.bind(1, r.id).bind(2, id).run();
    Statement voter = db.prepare("INSERT OR IGNORE INTO voters(token) VALUES (?)");
    Statement ballot = db.prepare("INSERT OR IGNORE INTO ballots(round_id, voter_id) "
                                  "VALUES (?, (SELECT id FROM voters WHERE token = ?))");
    for (const QString& token : r.ballots) {
        voter.bind(1, token).run();
        ballot.bind(1, r.id).bind(2, token).run();
    }
    Statement vote = db.prepare("INSERT INTO votes(round_id, voter_id, item_id, value) "
                                "VALUES (?, (SELECT id FROM voters WHERE token = ?), ?, ?)");
    for (const Vote& v : r.votes) {
        voter.bind(1, v.voter).run();
        ballot.bind(1, r.id).bind(2, v.voter).run(); // a vote is always on a ballot
        vote.bind(1, r.id).bind(2, v.voter).bind(3, v.itemId).bind(4, v.value).run();
    }
    Statement tally = db.prepare("INSERT INTO tallies(round_id, item_id, dots) VALUES (?, ?, ?)");
    for (const Tally& t : r.tallies)
        tally.bind(1, r.id).bind(2, t.itemId).bind(3, t.dots).run();
}

Result<SessionData> loadSession(const SessionFile& file) {
    return file.read([](Database& db) {
        SessionData data;
        data.details = readDetails(db);
        loadBoard(db, data);
        loadRounds(db, data);
        loadJourneys(db, data);
        return data;
    });
}

Status writeSession(SessionFile& file, const SessionData& data) {
    return file.write([&](Database& db) {
        requireEmpty(db);
        writeBoard(db, data);
        writeRounds(db, data);
        writeJourneys(db, data);
    });
}

} // namespace unblock::store
