#include "store/Restore.h"

#include "store/Blockers.h"
#include "store/Details.h"
#include "store/Rounds.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"
#include "support/TestSupport.h"

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

TEST_CASE("A deleted blocker is restored with its place, solutions, merges and votes") {
    TempDir dir;
    const QString path = dir.path(u"restore.unblock"_s);
    writeDemoSession(path);
    auto file = openSession(path);
    // Give blocker 2 more to lose: a merged blocker, a vote, a round on its solutions.
    expectOk(store::mergeBlockers(*file, 13, 2));
    const Id round = expectOk(store::startRound(
        *file, {u"How to lead"_s, RoundSubject::Solutions, 2, VoteMethod::Dots, 3, {}}));
    expectOk(store::castBallot(*file, round, u"kiosk-1"_s, {{10, 2}, {11, 1}}));
    const Id blockersRound = expectOk(
        store::startRound(*file, {{}, RoundSubject::Blockers, {}, VoteMethod::Approval, {}, {}}));
    expectOk(store::castBallot(*file, blockersRound, u"phone"_s, {{2, 1}, {3, 1}}));
    const SessionData before = expectOk(store::loadSession(*file));

    const store::BlockerRecord record = expectOk(store::loadBlockerRecord(*file, 2));
    expectOk(store::deleteBlocker(*file, 2));
    CHECK(expectOk(store::loadSession(*file)) != before);
    expectOk(store::restoreBlocker(*file, record));
    CHECK(expectOk(store::loadSession(*file)) == before);
}

TEST_CASE("A deleted solution and a deleted group are restored as they were") {
    TempDir dir;
    const QString path = dir.path(u"restore.unblock"_s);
    writeDemoSession(path);
    auto file = openSession(path);
    const SessionData before = expectOk(store::loadSession(*file));

    const store::SolutionRecord solution = expectOk(store::loadSolutionRecord(*file, 5));
    expectOk(store::deleteSolution(*file, 5));
    expectOk(store::restoreSolution(*file, solution));
    CHECK(expectOk(store::loadSession(*file)) == before);

    const store::GroupRecord group = expectOk(store::loadGroupRecord(*file, 2));
    expectOk(store::deleteGroup(*file, 2));
    expectOk(store::restoreGroup(*file, group));
    CHECK(expectOk(store::loadSession(*file)) == before);
}
