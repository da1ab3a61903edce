#include "store/Journeys.h"

#include "journey/JourneyRules.h"
#include "store/Rows.h"
#include "store/SessionFile.h"
#include "store/Sqlite.h"

#include <QCoreApplication>

namespace unblock::store {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Store", text);
}

} // namespace

void writeJourney(Database& db, const Journey& j) {
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
               "current_id = excluded.current_id, photo = excluded.photo")
        .bind(1, j.id)
        .bind(2, j.title)
        .bind(3, j.persona)
        .bind(4, j.preferredChannelId)
        .bind(5, j.secondChoiceChannelId)
        .bind(6, j.annualVolume)
        .bind(7, QString::fromLatin1(j.variant == JourneyVariant::Future ? "future" : "current"))
        .bind(8, j.currentId)
        .bind(9, j.photo)
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
        requireRow(db, "journeys", journeyId, tr("journey"));
        db.prepare("DELETE FROM journeys WHERE id = ?").bind(1, journeyId).run();
    });
}

} // namespace unblock::store
