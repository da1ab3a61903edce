// The next workshop starts from an earlier one (File ▸ New Session from…,
// `unblock-cli new --from`): its tables, categories and channel costs, and
// the actions it left open, each saying where it came from. The earlier file
// is only read.
#include "model/ActionPlan.h"
#include "store/Blockers.h"
#include "store/CarriedActions.h"
#include "store/Details.h"
#include "store/SessionFile.h"
#include "store/SessionStart.h"
#include "store/Snapshot.h"
#include "support/TestSupport.h"

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

// An earlier workshop: two tables, a category of its own, a cheaper web
// channel, and one action in each status, one solution that is no action,
// and two actions it carried itself (one still open, one done).
QString writeEarlierWorkshop(const TempDir& dir) {
    const QString path = dir.path(u"spring.unblock"_s);
    SessionDetails details{u"Spring workshop"_s, QDate(2027, 3, 4), u"Neath"_s, u"Siân"_s, 30};
    store::SessionStart start = store::blankSession(details);
    start.groups = {u"Table A"_s, u"Table B"_s};
    start.categories = {u"Housing"_s, u"Waste"_s};
    start.channels = defaultChannels();
    start.channels[0].costPerContact = 12;
    start.carried = {{0,
                      u"Map the forms"_s,
                      u"Paper forms"_s,
                      u"Gwen"_s,
                      QDate(2027, 1, 31),
                      ActionStatus::Open,
                      {},
                      u"Winter workshop"_s,
                      QDate(2026, 12, 1),
                      7,
                      {}},
                     {0,
                      u"Buy scanners"_s,
                      u"Paper forms"_s,
                      u"Ifan"_s,
                      {},
                      ActionStatus::Done,
                      QDate(2027, 2, 2),
                      u"Winter workshop"_s,
                      QDate(2026, 12, 1),
                      8,
                      {}}};
    auto file = expectOk(store::createSession(path, start));
    const SessionData made = expectOk(store::loadSession(*file));
    const Id blocker =
        expectOk(store::addBlocker(*file, {u"Legacy systems"_s, {}, {}, made.groups[0].id, {}}));
    const std::pair<QString, ActionStatus> actions[] = {{u"Open one"_s, ActionStatus::Open},
                                                        {u"Under way"_s, ActionStatus::InProgress},
                                                        {u"Finished"_s, ActionStatus::Done},
                                                        {u"Given up"_s, ActionStatus::Dropped}};
    for (const auto& [text, status] : actions) {
        const Id id = expectOk(
            store::addSolution(*file, blocker, {text, {}, {}, u"Rhys"_s, QDate(2027, 6, 30)}));
        expectOk(store::setActionStatus(*file, id, status, QDate(2027, 3, 4)));
    }
    expectOk(store::addSolution(*file, blocker, {u"Not an action"_s, {}, {}, {}, {}}));
    return path;
}

} // namespace

TEST_CASE("The next workshop takes the tables, categories, costs and open actions, each "
          "saying where it came from") {
    TempDir dir;
    const QString earlier = writeEarlierWorkshop(dir);
    const QByteArray earlierBytes = sha256Of(earlier);
    const SessionData previous = [&] {
        auto file = openSession(earlier, store::OpenMode::ReadOnly);
        return expectOk(store::loadSession(*file));
    }();

    SessionDetails details;
    details.title = u"Summer workshop"_s;
    const store::SessionStart start = expectOk(store::nextWorkshopFrom(earlier, details));
    auto file = expectOk(store::createSession(dir.path(u"summer.unblock"_s), start));
    const SessionData next = expectOk(store::loadSession(*file));

    CHECK(next.details.title == u"Summer workshop");
    REQUIRE(next.groups.size() == 2);
    CHECK(next.groups[1].name == u"Table B");
    REQUIRE(next.categories.size() == 2);
    CHECK(next.categories[0].name == u"Housing");
    CHECK(next.channels == previous.channels);
    CHECK(next.blockers.empty()); // a new day's board
    CHECK(next.solutions.empty());

    // Still open from the winter, then this workshop's open and under way.
    REQUIRE(next.carried.size() == 3);
    const CarriedAction& winter = next.carried[0];
    CHECK(winter.text == u"Map the forms");
    CHECK(winter.fromWorkshop == u"Winter workshop");
    CHECK(winter.fromDate == QDate(2026, 12, 1));
    CHECK(winter.fromSolution == 7);
    CHECK(winter.fromSession.isEmpty()); // carried into the spring without one: kept so
    const CarriedAction& open = next.carried[1];
    CHECK(open.text == u"Open one");
    CHECK(open.blocker == u"Legacy systems");
    CHECK(open.owner == u"Rhys");
    CHECK(open.due == QDate(2027, 6, 30));
    CHECK(open.status == ActionStatus::Open);
    CHECK(open.fromWorkshop == u"Spring workshop");
    CHECK(open.fromDate == QDate(2027, 3, 4));
    CHECK(open.fromSession == previous.uid); // the spring's id, whatever it is called later
    CHECK(next.uid != previous.uid);         // a workshop of its own
    const Solution* source = previous.solution(open.fromSolution);
    REQUIRE(source);
    CHECK(source->text == u"Open one");
    CHECK(next.carried[2].text == u"Under way");
    CHECK(next.carried[2].status == ActionStatus::InProgress);
    CHECK(next.carried[2].statusChanged == QDate(2027, 3, 4));

    CHECK(sha256Of(earlier) == earlierBytes); // only read
}

TEST_CASE("An untitled earlier workshop is named by its file") {
    TempDir dir;
    const QString earlier = dir.path(u"Autumn day.unblock"_s);
    {
        auto file = expectOk(store::createSession(earlier, store::blankSession()));
        const Id blocker = expectOk(store::addBlocker(*file, {u"Silos"_s, {}, {}, {}, {}}));
        expectOk(store::addSolution(*file, blocker, {u"Share data"_s, {}, {}, u"Ana"_s, {}}));
    }
    const store::SessionStart start = expectOk(store::nextWorkshopFrom(earlier));
    REQUIRE(start.carried.size() == 1);
    CHECK(start.carried[0].fromWorkshop == u"Autumn day");
    CHECK_FALSE(start.carried[0].fromDate.isValid());
}

TEST_CASE("Starting from a file that is not a session says so and creates nothing") {
    TempDir dir;
    const QString notSession = dir.path(u"notes.unblock"_s);
    writeAll(notSession, "These are my notes, not a session.\n");
    const Error error = expectError(store::nextWorkshopFrom(notSession));
    CHECK_FALSE(error.message.isEmpty());
    const Error missing = expectError(store::nextWorkshopFrom(dir.path(u"gone.unblock"_s)));
    CHECK_FALSE(missing.message.isEmpty());
}

TEST_CASE("A carried action's status is followed, and Since last time counts by outcome") {
    TempDir dir;
    const store::SessionStart start = expectOk(store::nextWorkshopFrom(writeEarlierWorkshop(dir)));
    auto file = expectOk(store::createSession(dir.path(u"summer.unblock"_s), start));
    const SessionData data = expectOk(store::loadSession(*file));
    REQUIRE(data.carried.size() == 3);
    const Id underWay = data.carried[2].id;

    expectOk(store::setCarriedStatus(*file, underWay, ActionStatus::Done, QDate(2027, 7, 1)));
    const SessionData marked = expectOk(store::loadSession(*file));
    const CarriedAction* done = marked.carriedAction(underWay);
    REQUIRE(done);
    CHECK(done->status == ActionStatus::Done);
    CHECK(done->statusChanged == QDate(2027, 7, 1));
    CHECK(expectError(store::setCarriedStatus(*file, 999, ActionStatus::Done, {})).code ==
          ErrorCode::NotFound);

    // On 1 July 2027 the winter's (due in January) and spring's first (due
    // 30 June) are overdue; a month earlier spring's was still open.
    const QDate july(2027, 7, 1);
    CHECK(outcomeOf(marked.carried[0], july) == CarriedOutcome::Overdue);
    CHECK(outcomeOf(marked.carried[1], july) == CarriedOutcome::Overdue);
    CHECK(outcomeOf(marked.carried[1], QDate(2027, 6, 1)) == CarriedOutcome::StillOpen);
    CHECK(outcomeOf(marked.carried[2], july) == CarriedOutcome::Done);
    expectOk(store::setCarriedStatus(*file, marked.carried[0].id, ActionStatus::Dropped, july));
    const SessionData dropped = expectOk(store::loadSession(*file));
    CHECK(outcomeOf(dropped.carried[0], july) == CarriedOutcome::Dropped);
}
