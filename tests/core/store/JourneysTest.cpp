#include "store/Journeys.h"

#include "io/JsonFormat.h"
#include "journey/CostToServe.h"
#include "journey/JourneyPhoto.h"
#include "store/Blockers.h"
#include "store/Restore.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"
#include "support/TestSupport.h"

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

constexpr Id kReassuranceCall = 2; // the demo journey's step 2: a pain point, linked
constexpr Id kFirstStep = 1;       // not a pain point

const Journey& travelCompany(const SessionData& data) {
    return data.journeys.front();
}

} // namespace

TEST_CASE("A journey's photo and pain point links are kept in the file") {
    TempDir dir;
    const QString path = dir.path(u"photo.unblock"_s);
    writeDemoSession(path);
    Journey j = travelCompany(demoData());
    j.photo = expectOk(journeyPhotoFrom(pictureFile(1200, 900, "png")));
    j.hasPhoto = true;
    {
        auto file = openSession(path);
        expectOk(store::putJourney(*file, j));
    }
    const SessionData reopened = expectOk(store::loadSession(*openSession(path)));
    CHECK(travelCompany(reopened) == j);
    CHECK(travelCompany(reopened).steps[1].blockerId == 14);

    // Through JSON too: the photo travels as base64.
    const SessionData viaJson = expectOk(importJson(exportJson(reopened)));
    CHECK(travelCompany(viaJson).photo == j.photo);
    CHECK(viaJson == reopened);
}

TEST_CASE("A picture that is not a stored photo is refused, naming the journey") {
    SessionData data = demoData();
    data.journeys.front().photo = pictureFile(10, 10, "png");
    CHECK(expectError(importJson(exportJson(data))).message.contains(u"journey 1"));
    QByteArray json = exportJson(demoData());
    json.replace("\"photo\": null", "\"photo\": \"not base64!\"");
    CHECK(expectError(importJson(json)).message.contains(u"journeys[0].photo"));
}

TEST_CASE("A pain point becomes a blocker on the board, linked from its step") {
    TempDir dir;
    const QString path = dir.path(u"raise.unblock"_s);
    writeDemoSession(path);
    auto file = openSession(path);
    SessionData data = expectOk(store::loadSession(*file));
    // The demo's links are undone first, so the step can be raised again.
    Journey j = travelCompany(data);
    for (JourneyStep& s : j.steps)
        s.blockerId.reset();
    expectOk(store::putJourney(*file, j));

    const JourneyStep& call = j.steps[1];
    const store::BlockerFields fields =
        store::painPointBlockerFields(j.title, call.description, call.painNote);
    CHECK(fields.title == call.painNote);
    CHECK(fields.detail.contains(u"Booking a holiday (the travel company)"));
    const Id raised = expectOk(store::addPainPointBlocker(*file, kReassuranceCall, fields));
    data = expectOk(store::loadSession(*file));
    CHECK(data.blocker(raised)->title == call.painNote);
    CHECK(travelCompany(data).steps[1].blockerId == raised);

    CHECK(expectError(store::addPainPointBlocker(*file, kReassuranceCall, fields))
              .message.contains(u"already on the board"));
    CHECK(expectError(store::addPainPointBlocker(*file, kFirstStep, fields))
              .message.contains(u"not marked as a pain point"));
    CHECK(expectError(store::addPainPointBlocker(*file, 999, fields)).code == ErrorCode::NotFound);
    CHECK(expectOk(store::loadSession(*file)) == data); // refusals changed nothing
}

TEST_CASE("A pain point without a note suggests its step as the blocker's title") {
    const store::BlockerFields fields = store::painPointBlockerFields(
        u"Paying council tax"_s, u"  Rings to ask\nwhy the bill went up  "_s, QString());
    CHECK(fields.title == u"Rings to ask");
    const QString longNote(3000, u'x');
    CHECK(store::painPointBlockerFields(u"J"_s, u"S"_s, longNote).title.size() == 500);
}

TEST_CASE("Deleting a raised blocker unlinks its pain point, and restoring links it again") {
    TempDir dir;
    const QString path = dir.path(u"unlink.unblock"_s);
    writeDemoSession(path);
    auto file = openSession(path);
    const SessionData before = expectOk(store::loadSession(*file));
    const store::BlockerRecord record = expectOk(store::loadBlockerRecord(*file, 14));
    CHECK(record.painPoints == std::vector<Id>{kReassuranceCall});

    expectOk(store::deleteBlocker(*file, 14));
    CHECK_FALSE(travelCompany(expectOk(store::loadSession(*file))).steps[1].blockerId);
    expectOk(store::restoreBlocker(*file, record));
    CHECK(expectOk(store::loadSession(*file)) == before);
}

TEST_CASE("The channel table is changed in place, and a channel in use is never removed") {
    TempDir dir;
    const QString path = dir.path(u"channels.unblock"_s);
    writeDemoSession(path);
    auto file = openSession(path);
    const SessionData before = expectOk(store::loadSession(*file));
    std::vector<Channel> channels = before.channels;
    channels[1].costPerContact = 412; // the council's own telephone figure
    channels[1].source = u"Our 2025 contact centre costs"_s;
    std::swap(channels[3].name, channels[4].name); // Post and Email swap names
    channels.pop_back();                           // Third party: unused
    expectOk(store::putChannels(*file, channels));
    const SessionData after = expectOk(store::loadSession(*file));
    CHECK(after.channels == channels);
    CHECK(travelCompany(after).steps == travelCompany(before).steps); // steps keep their channel
    CHECK(journeyCost(travelCompany(after), after.channels).total() == 1740 + 2 * 36);

    std::vector<Channel> withoutPhone = channels;
    withoutPhone.erase(withoutPhone.begin() + 1);
    CHECK(expectError(store::putChannels(*file, withoutPhone)).message ==
          u"“Telephone” is used by journeys, so it cannot be removed. Move their steps to "
          u"another channel first.");
    std::vector<Channel> twice = channels;
    twice[2].name = u" telephone "_s;
    CHECK(expectError(store::putChannels(*file, twice)).message.contains(u"Two channels"));
    twice[2].name = u"Face\x01to face"_s;
    CHECK_FALSE(store::putChannels(*file, twice));
    CHECK(expectOk(store::loadSession(*file)) == after); // refusals changed nothing
}
