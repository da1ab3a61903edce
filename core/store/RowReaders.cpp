#include "store/RowReaders.h"

namespace unblock::store {

Category categoryFrom(const Statement& st) {
    return {st.int64(0), st.text(1), st.integer(2)};
}

Group groupFrom(const Statement& st) {
    return {st.int64(0), st.text(1), st.integer(2)};
}

Blocker blockerFrom(const Statement& st) {
    return {st.int64(0), st.text(1),     st.text(2),    st.optionalInt64(3), st.optionalInt64(4),
            st.text(5),  st.dateTime(6), st.integer(7), st.optionalInt64(8)};
}

Solution solutionFrom(const Statement& st) {
    return {st.int64(0),
            st.int64(1),
            st.text(2),
            st.optionalInt(3),
            st.optionalInt(4),
            st.text(5),
            st.date(6),
            st.integer(7),
            actionStatusFromKey(st.text(8)).value_or(ActionStatus::Open),
            st.date(9),
            st.text(10),
            st.date(11)};
}

void writeSolutionRow(Statement& insert, const Solution& s) {
    insert.bind(1, s.id).bind(2, s.blockerId).bind(3, s.text).bind(4, s.impact);
    insert.bind(5, s.effort).bind(6, s.owner).bind(7, s.due).bind(8, s.position);
    insert.bind(9, toKey(s.status)).bind(10, s.statusChanged).bind(11, s.fromWorkshop);
    insert.bind(12, s.fromDate).run();
}

CarriedAction carriedFrom(const Statement& st) {
    return {st.int64(0), st.text(1), st.text(2),
            st.text(3),  st.date(4), actionStatusFromKey(st.text(5)).value_or(ActionStatus::Open),
            st.date(6),  st.text(7), st.date(8),
            st.int64(9), st.text(10)};
}

void writeCarriedRow(Statement& insert, const CarriedAction& a) {
    if (a.id > 0)
        insert.bind(1, a.id);
    else
        insert.bindNull(1);
    insert.bind(2, a.text).bind(3, a.blocker).bind(4, a.owner).bind(5, a.due);
    insert.bind(6, toKey(a.status)).bind(7, a.statusChanged).bind(8, a.fromWorkshop);
    insert.bind(9, a.fromDate).bind(10, a.fromSolution).bind(11, a.fromSession).run();
}

Channel channelFrom(const Statement& st) {
    return {st.int64(0), st.text(1), st.optionalInt64(2), st.text(3), st.integer(4) != 0};
}

IncomingItem incomingFrom(const Statement& st) {
    return {st.int64(0),
            incomingKindFromKey(st.text(1)).value_or(IncomingKind::Blocker),
            st.text(2),
            st.text(3),
            st.text(4),
            st.optionalInt64(5),
            st.optionalInt64(6),
            st.dateTime(7),
            incomingStateFromKey(st.text(8)).value_or(IncomingState::Waiting),
            st.text(9),
            st.optionalInt64(10)};
}

Journey readJourney(Database& db, Id journeyId, Photos photos) {
    Statement row = db.prepare(
        "SELECT id, title, persona, preferred_channel_id, second_channel_id, annual_volume, "
        "variant, current_id, photo IS NOT NULL, CASE WHEN ?2 THEN photo END FROM journeys "
        "WHERE id = ?1");
    row.bind(1, journeyId).bind(2, photos == Photos::Load ? 1 : 0);
    Journey j;
    if (!row.next())
        return j; // id 0: there is no such journey
    j.id = row.int64(0);
    j.title = row.text(1);
    j.persona = row.text(2);
    j.preferredChannelId = row.optionalInt64(3);
    j.secondChoiceChannelId = row.optionalInt64(4);
    j.annualVolume = row.int64(5);
    j.variant = row.text(6) == u"future" ? JourneyVariant::Future : JourneyVariant::Current;
    j.currentId = row.optionalInt64(7);
    j.hasPhoto = row.integer(8) != 0;
    j.photo = row.blob(9);
    Statement steps = db.prepare(
        "SELECT id, description, channel_id, actor, minutes, cost_pence, pain_point, pain_note, "
        "emotion, avoidable, blocker_id FROM journey_steps WHERE journey_id = ? "
        "ORDER BY position, id");
    steps.bind(1, j.id);
    while (steps.next()) {
        j.steps.push_back({steps.int64(0), steps.text(1), steps.optionalInt64(2), steps.text(3),
                           steps.optionalInt(4), steps.optionalInt64(5), steps.integer(6) != 0,
                           steps.text(7), steps.integer(8), steps.integer(9) != 0,
                           steps.optionalInt64(10)});
    }
    return j;
}

void readVotes(Database& db, Round& round) {
    Statement votes =
        db.prepare("SELECT v.token, o.item_id, o.value FROM votes o JOIN voters v "
                   "ON v.id = o.voter_id WHERE o.round_id = ? ORDER BY v.token, o.item_id");
    votes.bind(1, round.id);
    round.votes.clear();
    while (votes.next())
        round.votes.push_back({votes.text(0), votes.int64(1), votes.integer(2)});
    Statement tallies =
        db.prepare("SELECT item_id, dots FROM tallies WHERE round_id = ? ORDER BY item_id");
    tallies.bind(1, round.id);
    round.tallies.clear();
    while (tallies.next())
        round.tallies.push_back({tallies.int64(0), tallies.integer(1)});
}

} // namespace unblock::store
