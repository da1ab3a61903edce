// refreshSession must leave the session in memory exactly as a fresh load
// would, whatever the change: each test applies store operations, follows
// them with refreshSession alone, and compares with loadSession.
#include "journey/JourneyPhoto.h"
#include "store/Blockers.h"
#include "store/Details.h"
#include "store/Journeys.h"
#include "store/Phones.h"
#include "store/Restore.h"
#include "store/Rounds.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"
#include "support/TestSupport.h"

#include <random>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

// A session on disk and its copy in memory, kept up to date by refreshSession.
struct Followed {
    TempDir dir;
    std::unique_ptr<store::SessionFile> file;
    SessionData data;

    Followed() {
        const QString path = dir.path(u"followed.unblock"_s);
        writeDemoSession(path);
        file = openSession(path);
        data = expectOk(store::loadSession(*file, store::Photos::Leave));
    }

    // Follows what the last operations wrote; returns what it said changed.
    SessionUpdate follow() {
        const SessionChange change = file->takeChanges();
        SessionUpdate update = expectOk(store::refreshSession(*file, change, data));
        return update;
    }

    void checkSameAsLoaded() {
        const SessionData loaded = expectOk(store::loadSession(*file, store::Photos::Leave));
        CHECK(data == loaded);
        // The look-ups by id find every row, and only those.
        for (const Blocker& b : loaded.blockers)
            CHECK(data.blocker(b.id) != nullptr);
        for (const Solution& s : loaded.solutions)
            CHECK(data.solution(s.id) != nullptr);
        for (const Journey& j : loaded.journeys)
            CHECK(data.journey(j.id) != nullptr);
        CHECK(data.blocker(987654) == nullptr);
    }
};

template <typename T> Id pick(std::mt19937& random, const std::vector<T>& rows) {
    if (rows.empty())
        return 0;
    std::uniform_int_distribution<std::size_t> at(0, rows.size() - 1);
    return rows[at(random)].id;
}

int number(std::mt19937& random, int low, int high) {
    return std::uniform_int_distribution<int>(low, high)(random);
}

// One operation a facilitator (or a phone) might do, chosen at random. Some
// are refused (merging a blocker into itself, a ballot over budget): a
// refused one changes nothing, and that too must be followed.
void doSomething(std::mt19937& random, Followed& s, int step) {
    store::SessionFile& file = *s.file;
    const SessionData& d = s.data;
    const Id blocker = pick(random, d.blockers);
    const Id other = pick(random, d.blockers);
    const Id group = pick(random, d.groups);
    const Id solution = pick(random, d.solutions);
    const QString text = u"Change %1"_s.arg(step);
    switch (number(random, 0, 18)) {
    case 0:
        (void)store::addBlocker(file, {text, {}, pick(random, d.categories), group, {}});
        break;
    case 1:
        (void)store::editBlocker(file, blocker, {text, u"detail"_s, {}, group, {}});
        break;
    case 2:
        (void)store::moveBlocker(file, blocker, group, number(random, 0, 3));
        break;
    case 3:
        (void)store::deleteBlocker(file, blocker);
        break;
    case 4:
        (void)store::mergeBlockers(file, blocker, other);
        break;
    case 5:
        (void)store::unmergeBlocker(file, blocker);
        break;
    case 6:
        (void)store::addSolution(file, blocker, {text, 3, 2, u"Owner"_s, QDate(2027, 1, 2)});
        break;
    case 7:
        (void)store::moveSolution(file, solution, other, 0);
        break;
    case 8:
        (void)store::deleteSolution(file, solution);
        break;
    case 9:
        (void)store::addGroup(file, text);
        break;
    case 10:
        (void)store::deleteGroup(file, group);
        break;
    case 11:
        (void)store::moveGroup(file, group, 0);
        break;
    case 12:
        (void)store::renameCategory(file, pick(random, d.categories), text);
        break;
    case 13: {
        const std::optional<Id> round =
            d.rounds.empty() ? std::nullopt : std::optional(d.rounds.back().id);
        if (!round || d.rounds.back().state != RoundState::Open) {
            (void)store::startRound(file,
                                    {text, RoundSubject::Blockers, {}, VoteMethod::Dots, 3, 2});
            break;
        }
        std::vector<store::VoterBallot> ballots;
        for (int v = 0; v < 3; ++v)
            ballots.push_back({u"phone-%1-%2"_s.arg(step).arg(v), {{pick(random, d.blockers), 1}}});
        (void)store::castBallots(file, *round, ballots);
        break;
    }
    case 14:
        if (!d.rounds.empty())
            (void)store::setTally(file, d.rounds.back().id, blocker, number(random, 0, 9));
        break;
    case 15:
        if (!d.rounds.empty())
            (void)store::setRoundState(file, d.rounds.back().id, RoundState::Closed);
        break;
    case 16: {
        SessionDetails details = d.details;
        details.venue = text;
        (void)store::setDetails(file, details);
        break;
    }
    case 17:
        if (const Blocker* b = d.blocker(blocker)) {
            // Delete and restore, as undo does: the same id comes back.
            const store::BlockerRecord record = expectOk(store::loadBlockerRecord(file, b->id));
            expectOk(store::deleteBlocker(file, b->id));
            s.follow();
            expectOk(store::restoreBlocker(file, record));
        }
        break;
    case 18: {
        // A call for solutions to two blockers: deleting one (case 3) leaves
        // the call by the file's own cascade, which must be followed too.
        PhoneSettings phones;
        phones.call = PhoneCall::SolutionsToOne;
        phones.blockers = {blocker};
        if (other != blocker)
            phones.blockers.push_back(other);
        phones.perPhone = number(random, 1, 20);
        (void)store::setPhoneSettings(file, phones);
        break;
    }
    }
}

} // namespace

TEST_CASE("Following changes row by row gives the session a fresh load would") {
    for (const unsigned seed : {1u, 2u, 3u, 4u}) {
        CAPTURE(seed);
        std::mt19937 random(seed);
        Followed s;
        for (int step = 0; step < 120; ++step) {
            CAPTURE(step);
            doSomething(random, s, step);
            s.follow();
            s.checkSameAsLoaded();
        }
    }
}

TEST_CASE("An update says which rows were added, changed and removed") {
    Followed s;
    const Id added = expectOk(store::addBlocker(*s.file, {u"New one"_s, {}, {}, {}, {}}));
    SessionUpdate update = s.follow();
    CHECK(update.blockers.added == std::vector<Id>{added});
    CHECK(update.blockers.changed.empty());
    CHECK(update.solutions.empty());
    CHECK(update.touchesBoard());

    const Id solution = s.data.solutions.front().id;
    const Id owner = s.data.solutions.front().blockerId;
    expectOk(store::deleteBlocker(*s.file, owner));
    update = s.follow();
    CHECK(update.blockers.removed == std::vector<Id>{owner});
    CHECK(std::ranges::find(update.solutions.removed, solution) != update.solutions.removed.end());
    CHECK(s.data.solution(solution) == nullptr);

    // Nothing written, nothing said.
    CHECK(s.follow().empty());
}

TEST_CASE("Votes are followed per round, and a journey's photo stays in the file") {
    Followed s;
    const Id round = expectOk(store::startRound(
        *s.file, {u"Dots"_s, RoundSubject::Blockers, {}, VoteMethod::Dots, 3, std::nullopt}));
    s.follow();
    const Id item = s.data.round(round)->items.front();
    expectOk(store::castBallot(*s.file, round, u"phone-1"_s, {{item, 2}}));
    SessionUpdate update = s.follow();
    CHECK(update.ballots == std::set<Id>{round});
    CHECK(update.touchesVoting());
    CHECK_FALSE(update.touchesBoard());
    CHECK(s.data.round(round)->ballots == std::vector<QString>{u"phone-1"_s});
    s.checkSameAsLoaded();

    Journey j = s.data.journeys.front();
    j.photo = expectOk(journeyPhotoFrom(pictureFile(400, 300, "png")));
    j.hasPhoto = true;
    expectOk(store::putJourney(*s.file, j));
    update = s.follow();
    CHECK(update.journeys.changed == std::vector<Id>{j.id});
    CHECK(s.data.journey(j.id)->hasPhoto);
    CHECK(s.data.journey(j.id)->photo.isEmpty()); // read when shown
    CHECK(expectOk(store::loadJourneyPhoto(*s.file, j.id)) == j.photo);

    // Rewriting the journey as the window holds it (no photo loaded) keeps the photo.
    Journey renamed = *s.data.journey(j.id);
    renamed.title = u"Renamed"_s;
    expectOk(store::putJourney(*s.file, renamed));
    s.follow();
    CHECK(expectOk(store::loadJourneyPhoto(*s.file, j.id)) == j.photo);
    s.checkSameAsLoaded();
}
