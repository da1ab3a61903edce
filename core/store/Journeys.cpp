#include "store/Journeys.h"

#include "journey/JourneyRules.h"
#include "model/TextRules.h"
#include "store/Rows.h"
#include "store/SessionFile.h"
#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <optional>

namespace unblock::store {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

// Removing a channel would leave its steps without one: the person moves
// them first, knowingly.
void refuseRemovingUsedChannels(Database& db, const std::vector<Channel>& kept) {
    Statement used = db.prepare(
        "SELECT name, (SELECT count(*) FROM journey_steps WHERE channel_id = ?1) + "
        "(SELECT count(*) FROM journeys WHERE ?1 IN (preferred_channel_id, second_channel_id)) "
        "FROM channels WHERE id = ?1");
    Statement all = db.prepare("SELECT id FROM channels");
    while (all.next()) {
        const Id id = all.int64(0);
        if (std::any_of(kept.begin(), kept.end(), [&](const Channel& c) { return c.id == id; }))
            continue;
        used.bind(1, id);
        const bool inUse = used.next() && used.int64(1) > 0;
        const QString name = inUse ? used.text(0) : QString();
        used.reset();
        if (inUse) {
            fail(ErrorCode::InvalidInput,
                 Tr::tr("“%1” is used by journeys, so it cannot be removed. Move their steps to "
                        "another channel first.")
                     .arg(name));
        }
    }
}

} // namespace

namespace {

// A journey read without its photo, which says it has one, keeps the photo
// in the file; one that carries a photo, or says it has none, writes that.
bool keepsStoredPhoto(const Journey& j) {
    return j.hasPhoto && j.photo.isEmpty();
}

} // namespace

namespace {

// A current journey has one future version: a second would leave "what
// the future saves" two answers.
void refuseSecondFuture(Database& db, const Journey& j) {
    if (!j.currentId)
        return;
    Statement other = db.prepare("SELECT title FROM journeys WHERE current_id = ? AND id <> ?");
    other.bind(1, *j.currentId).bind(2, j.id);
    if (other.next()) {
        fail(ErrorCode::InvalidInput,
             Tr::tr("That journey has a future version already (“%1”): change that one instead.")
                 .arg(other.text(0)));
    }
}

} // namespace

namespace {

void bindStep(Statement& st, const JourneyStep& s, int first) {
    st.bind(first, s.description).bind(first + 1, s.channelId).bind(first + 2, s.actor);
    st.bind(first + 3, s.minutes).bind(first + 4, s.cost).bind(first + 5, s.painPoint ? 1 : 0);
    st.bind(first + 6, s.painNote).bind(first + 7, s.emotion).bind(first + 8, s.avoidable ? 1 : 0);
    st.bind(first + 9, s.blockerId);
}

void requireValidStep(const JourneyStep& step) {
    if (Status valid = checkStep(step); !valid)
        fail(ErrorCode::InvalidInput, valid.error().message);
}

StepPlace placeOf(Database& db, Id stepId) {
    Statement st = db.prepare("SELECT journey_id, position FROM journey_steps WHERE id = ?");
    st.bind(1, stepId);
    if (!st.next())
        fail(ErrorCode::NotFound, Tr::tr("That step is no longer in the journey."));
    return {st.int64(0), st.integer(1)};
}

int stepCount(Database& db, Id journeyId) {
    Statement st = db.prepare("SELECT count(*) FROM journey_steps WHERE journey_id = ?");
    st.bind(1, journeyId).next();
    return st.integer(0);
}

// Makes room at `index` (the steps from there move one place on), or
// closes the gap a step left there.
void shiftSteps(Database& db, Id journeyId, int from, int by) {
    db.prepare("UPDATE journey_steps SET position = position + ? WHERE journey_id = ? AND "
               "position >= ?")
        .bind(1, by)
        .bind(2, journeyId)
        .bind(3, from)
        .run();
}

// A step at `index` (kept within the journey), with `id` when given.
Id insertStep(Database& db, Id journeyId, int index, const JourneyStep& step,
              std::optional<Id> id) {
    requireRow(db, "journeys", journeyId, Tr::tr("journey"));
    requireValidStep(step);
    const int count = stepCount(db, journeyId);
    if (count >= static_cast<int>(JourneyLimits::steps))
        fail(ErrorCode::InvalidInput, Tr::tr("A journey has at most 1,000 steps."));
    const int at = std::clamp(index, 0, count);
    shiftSteps(db, journeyId, at, 1);
    Statement insert = db.prepare(
        "INSERT INTO journey_steps(id, journey_id, position, description, channel_id, actor, "
        "minutes, cost_pence, pain_point, pain_note, emotion, avoidable, blocker_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, id).bind(2, journeyId).bind(3, at);
    bindStep(insert, step, 4);
    insert.run();
    return db.lastInsertId();
}

} // namespace

Result<Id> addJourneyStep(SessionFile& file, Id journeyId, int index, const JourneyStep& step) {
    return file.write(
        [&](Database& db) { return insertStep(db, journeyId, index, step, std::nullopt); });
}

Status restoreJourneyStep(SessionFile& file, Id journeyId, int index, const JourneyStep& step) {
    return file.write([&](Database& db) { insertStep(db, journeyId, index, step, step.id); });
}

Status editJourneyStep(SessionFile& file, Id stepId, const JourneyStep& step) {
    return file.write([&](Database& db) {
        placeOf(db, stepId);
        requireValidStep(step);
        Statement update = db.prepare(
            "UPDATE journey_steps SET description = ?, channel_id = ?, actor = ?, minutes = ?, "
            "cost_pence = ?, pain_point = ?, pain_note = ?, emotion = ?, avoidable = ?, "
            "blocker_id = ? WHERE id = ?");
        bindStep(update, step, 1);
        update.bind(11, stepId).run();
    });
}

Status moveJourneyStep(SessionFile& file, Id stepId, int index, std::optional<Id> channelId) {
    return file.write([&](Database& db) {
        const StepPlace from = placeOf(db, stepId);
        const int at = std::clamp(index, 0, stepCount(db, from.journeyId) - 1);
        db.prepare("UPDATE journey_steps SET position = -1 WHERE id = ?").bind(1, stepId).run();
        shiftSteps(db, from.journeyId, from.index + 1, -1);
        shiftSteps(db, from.journeyId, at, 1);
        db.prepare("UPDATE journey_steps SET position = ?, channel_id = ? WHERE id = ?")
            .bind(1, at)
            .bind(2, channelId)
            .bind(3, stepId)
            .run();
    });
}

Status deleteJourneyStep(SessionFile& file, Id stepId) {
    return file.write([&](Database& db) {
        const StepPlace place = placeOf(db, stepId);
        db.prepare("DELETE FROM journey_steps WHERE id = ?").bind(1, stepId).run();
        shiftSteps(db, place.journeyId, place.index + 1, -1);
    });
}

Result<StepPlace> journeyStepPlace(const SessionFile& file, Id stepId) {
    return file.read([&](Database& db) { return placeOf(db, stepId); });
}

void writeJourney(Database& db, const Journey& j) {
    refuseSecondFuture(db, j);
    // An upsert, never a delete and insert: a future journey's link to this
    // one must survive an edit.
    db.prepare("INSERT INTO journeys(id, title, persona, preferred_channel_id, "
               "second_channel_id, annual_volume, variant, current_id, photo, position) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
               "coalesce((SELECT position FROM journeys WHERE id = ?1), "
               "(SELECT count(*) FROM journeys))) "
               "ON CONFLICT(id) DO UPDATE SET title = excluded.title, persona = excluded.persona, "
               "preferred_channel_id = excluded.preferred_channel_id, "
               "second_channel_id = excluded.second_channel_id, "
               "annual_volume = excluded.annual_volume, variant = excluded.variant, "
               "current_id = excluded.current_id, "
               "photo = CASE WHEN ?10 THEN journeys.photo ELSE excluded.photo END")
        .bind(1, j.id)
        .bind(2, j.title)
        .bind(3, j.persona)
        .bind(4, j.preferredChannelId)
        .bind(5, j.secondChoiceChannelId)
        .bind(6, j.annualVolume)
        .bind(7, QString::fromLatin1(j.variant == JourneyVariant::Future ? "future" : "current"))
        .bind(8, j.currentId)
        .bind(9, j.photo)
        .bind(10, keepsStoredPhoto(j) ? 1 : 0)
        .run();
    db.prepare("DELETE FROM journey_steps WHERE journey_id = ?").bind(1, j.id).run();
    Statement step = db.prepare(
        "INSERT INTO journey_steps(id, journey_id, position, description, channel_id, actor, "
        "minutes, cost_pence, pain_point, pain_note, emotion, avoidable, blocker_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    int order = 0;
    for (const JourneyStep& s : j.steps) {
        step.bind(1, s.id > 0 ? std::optional<qint64>(s.id) : std::nullopt);
        step.bind(2, j.id).bind(3, order++).bind(4, s.description);
        step.bind(5, s.channelId).bind(6, s.actor).bind(7, s.minutes).bind(8, s.cost);
        step.bind(9, s.painPoint ? 1 : 0).bind(10, s.painNote).bind(11, s.emotion);
        step.bind(12, s.avoidable ? 1 : 0).bind(13, s.blockerId).run();
    }
}

void writeChannels(Database& db, const std::vector<Channel>& channels) {
    if (Status valid = checkChannelTable(channels); !valid)
        fail(ErrorCode::InvalidInput, valid.error().message);
    for (const Channel& c : channels) {
        if (c.id <= 0)
            fail(ErrorCode::InvalidInput, Tr::tr("A channel needs an id."));
    }
    refuseRemovingUsedChannels(db, channels);
    // Names are unique: park them first, so two channels can swap names.
    db.exec("UPDATE channels SET name = char(1) || id");
    Statement put = db.prepare(
        "INSERT INTO channels(id, name, cost_pence, source, online, position) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
        "cost_pence = excluded.cost_pence, source = excluded.source, online = excluded.online, "
        "position = excluded.position");
    int position = 0;
    for (const Channel& c : channels) {
        put.bind(1, c.id).bind(2, tidyText(c.name)).bind(3, c.costPerContact);
        put.bind(4, tidyText(c.source)).bind(5, c.online ? 1 : 0).bind(6, position++).run();
    }
    db.exec("DELETE FROM channels WHERE substr(name, 1, 1) = char(1)");
}

Status putChannels(SessionFile& file, const std::vector<Channel>& channels) {
    return file.write([&](Database& db) { writeChannels(db, channels); });
}

Result<Id> putJourney(SessionFile& file, const Journey& journey) {
    if (Status valid = checkJourney(journey); !valid)
        return valid.error();
    Journey stored = journey;
    return file.write([&](Database& db) {
        if (stored.id <= 0) {
            Statement next = db.prepare("SELECT coalesce(max(id), 0) + 1 FROM journeys");
            next.next();
            stored.id = next.int64(0);
        }
        writeJourney(db, stored);
        return stored.id;
    });
}

Status deleteJourney(SessionFile& file, Id journeyId) {
    return file.write([&](Database& db) {
        requireRow(db, "journeys", journeyId, Tr::tr("journey"));
        db.prepare("DELETE FROM journeys WHERE id = ?").bind(1, journeyId).run();
    });
}

} // namespace unblock::store
