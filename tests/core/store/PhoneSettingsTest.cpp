// How the room's phones are set up is kept in the session file: a session
// reopened mid-workshop goes on with its call for items and its limits.
#include "io/JsonFormat.h"
#include "store/Blockers.h"
#include "store/Phones.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"
#include "support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

PhoneSettings solutionsTo(std::vector<Id> blockers) {
    PhoneSettings settings;
    settings.call = PhoneCall::SolutionsToTop;
    settings.blockers = std::move(blockers);
    settings.names = true;
    settings.paused = true;
    settings.secondsBetween = 0;
    settings.perPhone = 1000;
    return settings;
}

} // namespace

TEST_CASE("Phones' settings are kept whole, read back after reopening, and refused with a "
          "reason when they do not hold together") {
    TempDir dir;
    const QString path = dir.path(u"phones.unblock"_s);
    auto file = createSession(path);
    CHECK(expectOk(store::loadSession(*file)).phones == PhoneSettings{}); // a new session's
    const Id budgets = expectOk(store::addBlocker(*file, {u"Budgets"_s, {}, {}, {}, {}}));
    const Id culture = expectOk(store::addBlocker(*file, {u"Culture"_s, {}, {}, {}, {}}));

    const PhoneSettings call = solutionsTo({culture, budgets}); // in the order named
    expectOk(store::setPhoneSettings(*file, call));
    file.reset();
    file = openSession(path);
    CHECK(expectOk(store::loadSession(*file)).phones == call);

    const auto refused = [&](const PhoneSettings& settings, const QString& why,
                             ErrorCode code = ErrorCode::InvalidInput) {
        const Error error = expectError(store::setPhoneSettings(*file, settings));
        CHECK(error.code == code);
        CHECK(error.message.contains(why));
        CHECK(expectOk(store::loadSession(*file)).phones == call); // nothing changed
    };
    PhoneSettings wrong = call;
    wrong.secondsBetween = kMostSecondsBetweenItems + 1;
    refused(wrong, u"they can be 0 to 600"_s);
    wrong = call;
    wrong.perPhone = 0;
    refused(wrong, u"they can be 1 to 1000"_s);
    refused(solutionsTo({}), u"names no blocker"_s);
    refused(solutionsTo({budgets, budgets}), u"names a blocker twice"_s);
    refused(solutionsTo({budgets, 999}), u"999"_s, ErrorCode::NotFound);
    wrong = PhoneSettings{};
    wrong.call = PhoneCall::Blockers;
    wrong.blockers = {budgets};
    refused(wrong, u"Only a call for solutions names blockers"_s);
}

TEST_CASE("A blocker deleted leaves the call for solutions that named it") {
    TempDir dir;
    auto file = createSession(dir.path(u"phones.unblock"_s));
    const Id budgets = expectOk(store::addBlocker(*file, {u"Budgets"_s, {}, {}, {}, {}}));
    const Id culture = expectOk(store::addBlocker(*file, {u"Culture"_s, {}, {}, {}, {}}));
    expectOk(store::setPhoneSettings(*file, solutionsTo({budgets, culture})));
    (void)file->takeChanges();
    expectOk(store::deleteBlocker(*file, budgets));
    CHECK(file->takeChanges().phones); // the cascade is a change like any other
    CHECK(expectOk(store::loadSession(*file)).phones.blockers == std::vector<Id>{culture});
}

TEST_CASE("Phones' settings travel in the JSON export, and an export without them reads as a new "
          "session's") {
    SessionData data = demoData();
    data.phones = solutionsTo({data.blockers[2].id, data.blockers[0].id});
    const SessionData back = expectOk(importJson(exportJson(data)));
    CHECK(back.phones == data.phones);

    QJsonObject older = QJsonDocument::fromJson(exportJson(data)).object();
    REQUIRE(older.contains(u"phones"_s));
    older.remove(u"phones"_s); // as exported before format 9
    CHECK(expectOk(importJson(QJsonDocument(older).toJson())).phones == PhoneSettings{});

    // A stranger's file is checked as strictly as the session file checks.
    QByteArray hostile = exportJson(data);
    hostile.replace("\"per_phone\": 1000", "\"per_phone\": 100000");
    CHECK(expectError(importJson(hostile)).message.contains(u"phones"));
    hostile = exportJson(data);
    hostile.replace("\"call\": \"solutions to the top\"", "\"call\": \"everything\"");
    CHECK(expectError(importJson(hostile)).message.contains(u"phones.call"));
}
