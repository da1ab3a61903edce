// refreshSession: the session in memory follows a change by reading just the
// rows the change touched (see Snapshot.h).
#include "store/Phones.h"
#include "store/Rows.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"

#include <QByteArray>

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace unblock::store {
namespace {

// Where each id is in `rows`, for the touched ids: a linear search for a
// few, a map for many.
template <typename Row> class Positions {
public:
    Positions(const std::vector<Row>& rows, std::size_t lookups) {
        if (lookups > 16) {
            for (std::size_t i = 0; i < rows.size(); ++i)
                m_map.emplace(rows[i].id, i);
        }
        m_rows = &rows;
    }
    std::optional<std::size_t> find(Id id) const {
        if (!m_map.empty()) {
            const auto it = m_map.find(id);
            return it == m_map.end() ? std::nullopt : std::optional<std::size_t>(it->second);
        }
        for (std::size_t i = 0; i < m_rows->size(); ++i) {
            if ((*m_rows)[i].id == id)
                return i;
        }
        return std::nullopt;
    }

private:
    const std::vector<Row>* m_rows = nullptr;
    std::unordered_map<Id, std::size_t> m_map;
};

Fields bit(bool differs, Fields field) {
    return differs ? field : 0;
}

// Which of a row's properties differ, for the kinds views tell apart.
Fields differences(const Blocker& a, const Blocker& b) {
    Fields f = 0;
    f |= bit(a.title != b.title, BlockerField::Title);
    f |= bit(a.detail != b.detail, BlockerField::Detail);
    f |= bit(a.categoryId != b.categoryId, BlockerField::Category);
    f |= bit(a.groupId != b.groupId, BlockerField::Group);
    f |= bit(a.author != b.author, BlockerField::Author);
    f |= bit(a.position != b.position, BlockerField::Place);
    f |= bit(a.mergedInto != b.mergedInto, BlockerField::Merge);
    return f;
}

Fields differences(const Solution& a, const Solution& b) {
    Fields f = 0;
    f |= bit(a.text != b.text, SolutionField::Text);
    f |= bit(a.impact != b.impact, SolutionField::Impact);
    f |= bit(a.effort != b.effort, SolutionField::Effort);
    f |= bit(a.owner != b.owner, SolutionField::Owner);
    f |= bit(a.due != b.due, SolutionField::Due);
    f |= bit(a.position != b.position || a.blockerId != b.blockerId, SolutionField::Place);
    f |= bit(a.status != b.status || a.statusChanged != b.statusChanged, SolutionField::Status);
    f |= bit(a.fromWorkshop != b.fromWorkshop || a.fromDate != b.fromDate, SolutionField::Learned);
    return f;
}

template <typename Row> Fields differences(const Row&, const Row&) {
    return kAllFields;
}

// Each touched row read again: replaced where it was (and reported only if
// it differs, with what differs), added at the end, or taken out. Removals go last, from the
// back, so the positions found stay right.
template <typename Row, typename Read>
void refreshRows(std::vector<Row>& rows, const std::set<Id>& touched, Read read, IdChanges& out) {
    if (touched.empty())
        return;
    const Positions<Row> positions(rows, touched.size());
    std::vector<std::size_t> gone;
    std::vector<Row> added;
    for (const Id id : touched) {
        const std::optional<std::size_t> at = positions.find(id);
        std::optional<Row> now = read(id);
        if (now && at) {
            if (!(rows[*at] == *now)) {
                out.changedFields.push_back(differences(rows[*at], *now));
                rows[*at] = std::move(*now);
                out.changed.push_back(id);
            }
        } else if (now) {
            added.push_back(std::move(*now));
            out.added.push_back(id);
        } else if (at) {
            gone.push_back(*at);
            out.removed.push_back(id);
        }
    }
    std::sort(gone.rbegin(), gone.rend());
    for (const std::size_t at : gone)
        rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(at));
    rows.insert(rows.end(), std::make_move_iterator(added.begin()),
                std::make_move_iterator(added.end()));
}

// Sorts only what is out of order. Usually nothing is; rows just added are
// at the end, and are merged into place in one pass rather than sorting the
// whole board again.
template <typename Row, typename Less> void keepSorted(std::vector<Row>& rows, Less less) {
    const auto firstOut = std::is_sorted_until(rows.begin(), rows.end(), less);
    if (firstOut == rows.end())
        return;
    if (std::is_sorted(firstOut, rows.end(), less))
        std::inplace_merge(rows.begin(), firstOut, rows.end(), less);
    else
        std::stable_sort(rows.begin(), rows.end(), less);
}

// One row by id, with the columns and reader of its kind.
template <typename Row, typename From>
std::optional<Row> oneRow(Statement& statement, Id id, From from) {
    statement.bind(1, id);
    std::optional<Row> row;
    if (statement.next())
        row = from(statement);
    statement.reset();
    return row;
}

// `table` is "name alias", perhaps joined to others ("incoming i JOIN …").
Statement selectById(Database& db, const char* columns, const char* table) {
    const QByteArray alias = QByteArray(table).split(' ').value(1);
    const QByteArray sql =
        QByteArray("SELECT ") + columns + " FROM " + table + " WHERE " + alias + ".id = ?";
    return db.prepare(sql.constData());
}

// The touched rows of one table, each read by id with its kind's columns.
template <typename Row, typename From>
void refreshById(Database& db, const char* columns, const char* table, std::vector<Row>& rows,
                 const std::set<Id>& touched, From from, IdChanges& out) {
    if (touched.empty())
        return;
    Statement select = selectById(db, columns, table);
    refreshRows(
        rows, touched, [&](Id id) { return oneRow<Row>(select, id, from); }, out);
}

void refreshBoard(Database& db, const SessionChange& change, SessionData& data,
                  SessionUpdate& update) {
    refreshById(db, kCategoryColumns, "categories c", data.categories, change.categories,
                categoryFrom, update.categories);
    refreshById(db, kGroupColumns, "groups g", data.groups, change.groups, groupFrom,
                update.groups);
    refreshById(db, kBlockerColumns, "blockers b", data.blockers, change.blockers, blockerFrom,
                update.blockers);
    refreshById(db, kSolutionColumns, "solutions s", data.solutions, change.solutions, solutionFrom,
                update.solutions);

    auto byPosition = [](const auto& a, const auto& b) {
        return std::tie(a.position, a.id) < std::tie(b.position, b.id);
    };
    keepSorted(data.categories, byPosition);
    keepSorted(data.groups, byPosition);
    // Blockers in board order: by their group's place (no group last), then their own.
    std::unordered_map<Id, int> groupPlace;
    for (const Group& g : data.groups)
        groupPlace.emplace(g.id, g.position);
    const auto placeOf = [&](const Blocker& b) {
        const auto it = b.groupId ? groupPlace.find(*b.groupId) : groupPlace.end();
        return it == groupPlace.end() ? std::make_pair(1, 0) : std::make_pair(0, it->second);
    };
    if (!update.blockers.empty() || !update.groups.empty()) {
        keepSorted(data.blockers, [&](const Blocker& a, const Blocker& b) {
            return std::tuple(placeOf(a), a.position, a.id) <
                   std::tuple(placeOf(b), b.position, b.id);
        });
    }
    keepSorted(data.solutions, [](const Solution& a, const Solution& b) {
        return std::tie(a.blockerId, a.position, a.id) < std::tie(b.blockerId, b.position, b.id);
    });
}

// A round is read whole (settings, items, ballots, votes, paper dots): its
// settings say whether it was added, changed or removed; its votes are
// reported apart.
void refreshRounds(Database& db, const SessionChange& change, SessionData& data,
                   SessionUpdate& update) {
    std::set<Id> touched = change.rounds;
    touched.insert(change.ballots.begin(), change.ballots.end());
    if (touched.empty())
        return;
    std::vector<Round> all = readRounds(db); // settings, items and ballots: a short list
    refreshRows(
        data.rounds, touched,
        [&](Id id) -> std::optional<Round> {
            const auto it =
                std::find_if(all.begin(), all.end(), [id](const Round& r) { return r.id == id; });
            if (it == all.end())
                return std::nullopt;
            readVotes(db, *it);
            return *it;
        },
        update.rounds);
    keepSorted(data.rounds, [](const Round& a, const Round& b) { return a.id < b.id; });
    for (const Id id : change.ballots) {
        if (data.round(id))
            update.ballots.insert(id);
    }
    // A round whose only change was its votes is reported by its ballots.
    IdChanges& rounds = update.rounds;
    for (std::size_t i = rounds.changed.size(); i-- > 0;) {
        const Id id = rounds.changed[i];
        if (change.ballots.contains(id) && !change.rounds.contains(id)) {
            rounds.changed.erase(rounds.changed.begin() + static_cast<std::ptrdiff_t>(i));
            rounds.changedFields.erase(rounds.changedFields.begin() +
                                       static_cast<std::ptrdiff_t>(i));
        }
    }
}

// Each row's place in `table`, by position then id.
std::unordered_map<Id, int> storedOrder(Database& db, const char* table) {
    const QByteArray sql = QByteArray("SELECT id FROM ") + table + " ORDER BY position, id";
    Statement order = db.prepare(sql.constData());
    std::unordered_map<Id, int> place;
    for (int i = 0; order.next(); ++i)
        place.emplace(order.int64(0), i);
    return place;
}

void refreshJourneys(Database& db, const SessionChange& change, SessionData& data,
                     SessionUpdate& update) {
    refreshById(db, kChannelColumns, "channels h", data.channels, change.channels, channelFrom,
                update.channels);
    refreshRows(
        data.journeys, change.journeys,
        [&](Id id) -> std::optional<Journey> {
            Journey j = readJourney(db, id, Photos::Leave);
            return j.id == id ? std::optional<Journey>(std::move(j)) : std::nullopt;
        },
        update.journeys);
    // Channels and journeys keep their stored order, which their rows do not carry.
    if (!update.channels.empty()) {
        const std::unordered_map<Id, int> place = storedOrder(db, "channels");
        keepSorted(data.channels, [&](const Channel& a, const Channel& b) {
            return place.at(a.id) < place.at(b.id);
        });
    }
    if (!update.journeys.empty()) {
        const std::unordered_map<Id, int> place = storedOrder(db, "journeys");
        keepSorted(data.journeys, [&](const Journey& a, const Journey& b) {
            return place.at(a.id) < place.at(b.id);
        });
    }
}

} // namespace

Result<SessionUpdate> refreshSession(const SessionFile& file, const SessionChange& change,
                                     SessionData& data) {
    return file.read([&](Database& db) {
        SessionUpdate update;
        if (change.details) {
            const SessionDetails now = readDetails(db);
            update.details = !(now == data.details);
            data.details = now;
            data.uid = readSessionUid(db); // a restore may bring the file's own back
        }
        if (change.phones) {
            PhoneSettings now = readPhoneSettings(db);
            update.phones = !(now == data.phones);
            data.phones = std::move(now);
        }
        refreshBoard(db, change, data, update);
        refreshRounds(db, change, data, update);
        refreshJourneys(db, change, data, update);
        refreshById(db, kIncomingColumns, kIncomingTable, data.incoming, change.incoming,
                    incomingFrom, update.incoming);
        keepSorted(data.incoming,
                   [](const IncomingItem& a, const IncomingItem& b) { return a.id < b.id; });
        refreshById(db, kCarriedColumns, "carried_actions a", data.carried, change.carried,
                    carriedFrom, update.carried);
        keepSorted(data.carried,
                   [](const CarriedAction& a, const CarriedAction& b) { return a.id < b.id; });
        return update;
    });
}

} // namespace unblock::store
