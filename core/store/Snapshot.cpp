#include "store/Snapshot.h"

#include "store/Journeys.h"
#include "store/Phones.h"
#include "store/RowReaders.h"
#include "store/Rows.h"
#include "store/SessionFile.h"

#include <QCoreApplication>

namespace unblock::store {
namespace {

void loadBoard(Database& db, SessionData& data) {
    Statement categories = db.prepare(QByteArray(QByteArray("SELECT ") + kCategoryColumns +
                                                 " FROM categories c ORDER BY position, id")
                                          .constData());
    while (categories.next())
        data.categories.push_back(categoryFrom(categories));
    Statement groups = db.prepare(
        QByteArray(QByteArray("SELECT ") + kGroupColumns + " FROM groups g ORDER BY position, id")
            .constData());
    while (groups.next())
        data.groups.push_back(groupFrom(groups));
    Statement blockers =
        db.prepare(QByteArray(QByteArray("SELECT ") + kBlockerColumns +
                              " FROM blockers b LEFT JOIN groups g ON g.id = b.group_id "
                              "ORDER BY g.position IS NULL, g.position, b.position, b.id")
                       .constData());
    while (blockers.next())
        data.blockers.push_back(blockerFrom(blockers));
    Statement solutions =
        db.prepare(QByteArray(QByteArray("SELECT ") + kSolutionColumns +
                              " FROM solutions s ORDER BY blocker_id, position, id")
                       .constData());
    while (solutions.next())
        data.solutions.push_back(solutionFrom(solutions));
}

void loadCarried(Database& db, SessionData& data) {
    Statement carried = db.prepare(QByteArray(QByteArray("SELECT ") + kCarriedColumns +
                                              " FROM carried_actions a ORDER BY a.id")
                                       .constData());
    while (carried.next())
        data.carried.push_back(carriedFrom(carried));
}

void writeCarried(Database& db, const SessionData& data) {
    Statement carried = db.prepare(kInsertCarriedRow);
    for (const CarriedAction& a : data.carried)
        writeCarriedRow(carried, a);
}

void loadRounds(Database& db, SessionData& data) {
    data.rounds = readRounds(db);
    for (Round& round : data.rounds)
        readVotes(db, round);
}

void loadIncoming(Database& db, SessionData& data) {
    Statement incoming = db.prepare(QByteArray(QByteArray("SELECT ") + kIncomingColumns + " FROM " +
                                               kIncomingTable + " ORDER BY i.id")
                                        .constData());
    while (incoming.next())
        data.incoming.push_back(incomingFrom(incoming));
}

// What phones sent comes last: it names groups, blockers and solutions.
void writeIncoming(Database& db, const SessionData& data) {
    Statement voter = db.prepare("INSERT OR IGNORE INTO voters(token) VALUES (?)");
    Statement item = db.prepare(
        "INSERT INTO incoming(id, kind, text, name, voter_id, group_id, blocker_id, received, "
        "state, reason, item_id) VALUES (?, ?, ?, ?, (SELECT id FROM voters WHERE token = ?), "
        "?, ?, ?, ?, ?, ?)");
    for (const IncomingItem& i : data.incoming) {
        voter.bind(1, i.phone).run();
        item.bind(1, i.id).bind(2, toKey(i.kind)).bind(3, i.text).bind(4, i.name);
        item.bind(5, i.phone).bind(6, i.groupId).bind(7, i.blockerId).bind(8, i.received);
        item.bind(9, toKey(i.state)).bind(10, i.reason).bind(11, i.itemId).run();
    }
}

void loadJourneys(Database& db, SessionData& data, Photos photos) {
    Statement channels = db.prepare(QByteArray(QByteArray("SELECT ") + kChannelColumns +
                                               " FROM channels h ORDER BY position, id")
                                        .constData());
    while (channels.next())
        data.channels.push_back(channelFrom(channels));
    Statement journeys = db.prepare("SELECT id FROM journeys ORDER BY position, id");
    while (journeys.next())
        data.journeys.push_back(readJourney(db, journeys.int64(0), photos));
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
    if (!data.uid.isEmpty()) // an import without one keeps the one the file was made with
        db.prepare("UPDATE session SET uid = ? WHERE id = 1").bind(1, data.uid).run();
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
    Statement solution = db.prepare(kInsertSolutionRow);
    for (const Solution& s : data.solutions)
        writeSolutionRow(solution, s);
}

void writeRounds(Database& db, const SessionData& data) {
    for (const Round& r : data.rounds)
        insertRound(db, r);
}

void requireEmpty(Database& db) {
    Statement st =
        db.prepare("SELECT (SELECT count(*) FROM blockers) + (SELECT count(*) FROM groups) "
                   "+ (SELECT count(*) FROM categories) + (SELECT count(*) FROM rounds) "
                   "+ (SELECT count(*) FROM journeys) + (SELECT count(*) FROM carried_actions)");
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

Result<SessionData> loadSession(const SessionFile& file, Photos photos) {
    if (photos == Photos::Leave) {
        if (std::optional<SessionData> checked = file.takeCheckedData())
            return std::move(*checked);
    }
    return file.read([photos](Database& db) {
        SessionData data;
        data.uid = readSessionUid(db);
        data.details = readDetails(db);
        loadBoard(db, data);
        loadRounds(db, data);
        loadJourneys(db, data, photos);
        loadIncoming(db, data);
        loadCarried(db, data);
        data.phones = readPhoneSettings(db);
        return data;
    });
}

Result<QByteArray> loadJourneyPhoto(const SessionFile& file, Id journeyId) {
    return file.read([journeyId](Database& db) {
        Statement photo = db.prepare("SELECT photo FROM journeys WHERE id = ?");
        photo.bind(1, journeyId);
        return photo.next() ? photo.blob(0) : QByteArray();
    });
}

Status writeSession(SessionFile& file, const SessionData& data) {
    return file.write([&](Database& db) {
        requireEmpty(db);
        writeBoard(db, data);
        writeRounds(db, data);
        writeJourneys(db, data);
        writeIncoming(db, data);
        writeCarried(db, data);
        writePhoneSettings(db, data.phones);
    });
}

} // namespace unblock::store
