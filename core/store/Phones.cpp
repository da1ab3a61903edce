#include "store/Phones.h"

#include "store/Rows.h"
#include "store/SessionFile.h"

#include <QCoreApplication>

namespace unblock::store {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

} // namespace

PhoneSettings readPhoneSettings(Database& db) {
    PhoneSettings settings;
    Statement row = db.prepare("SELECT call, names, paused, seconds_between, per_phone "
                               "FROM phone_settings WHERE id = 1");
    if (row.next()) {
        // The table's CHECK admits only the keys phoneCallFromKey knows.
        settings.call = phoneCallFromKey(row.text(0)).value_or(PhoneCall::Nothing);
        settings.names = row.integer(1) != 0;
        settings.paused = row.integer(2) != 0;
        settings.secondsBetween = row.integer(3);
        settings.perPhone = row.integer(4);
    }
    Statement blockers =
        db.prepare("SELECT blocker_id FROM phone_call_blockers ORDER BY position, blocker_id");
    while (blockers.next())
        settings.blockers.push_back(blockers.int64(0));
    return settings;
}

void writePhoneSettings(Database& db, const PhoneSettings& settings) {
    if (const std::optional<QString> problem = phoneSettingsProblem(settings))
        fail(ErrorCode::InvalidInput, *problem);
    for (const Id blocker : settings.blockers)
        requireRow(db, "blockers", blocker, Tr::tr("blocker"));
    Statement row = db.prepare(
        "INSERT INTO phone_settings(id, call, names, paused, seconds_between, per_phone) "
        "VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET call = excluded.call, "
        "names = excluded.names, paused = excluded.paused, "
        "seconds_between = excluded.seconds_between, per_phone = excluded.per_phone");
    row.bind(1, toKey(settings.call)).bind(2, settings.names ? 1 : 0);
    row.bind(3, settings.paused ? 1 : 0).bind(4, settings.secondsBetween);
    row.bind(5, settings.perPhone).run();
    db.exec("DELETE FROM phone_call_blockers");
    Statement named = db.prepare("INSERT INTO phone_call_blockers(blocker_id, position) "
                                 "VALUES (?, ?)");
    int position = 0;
    for (const Id blocker : settings.blockers)
        named.bind(1, blocker).bind(2, position++).run();
}

Status setPhoneSettings(SessionFile& file, const PhoneSettings& settings) {
    return file.write([&](Database& db) { writePhoneSettings(db, settings); });
}

} // namespace unblock::store
