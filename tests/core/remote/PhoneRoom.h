#pragma once

#include "remote/PhoneVoting.h"
#include "store/Blockers.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace unblock::test {

// Runs the event loop until `done` or `ms` milliseconds have passed: batches'
// timers and sockets work in it.
template <typename Done> bool runUntil(Done done, int ms = 5000) {
    const QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    return done();
}

// A session file with three blockers and a dot round (3 dots, at most 2 on
// one) offered to phones, with phone voting's rules around it. Batches are
// written to the file and `data` follows it.
struct PhoneRoom {
    TempDir dir;
    std::unique_ptr<store::SessionFile> file =
        createSession(dir.path(QStringLiteral("room.unblock")));
    Id a = expectOk(store::addBlocker(*file, {QStringLiteral("Ageing software"), {}, {}, {}, {}}));
    Id b = expectOk(store::addBlocker(*file, {QStringLiteral("Budgets"), {}, {}, {}, {}}));
    Id c = expectOk(store::addBlocker(*file, {QStringLiteral("Culture"), {}, {}, {}, {}}));
    Id round = expectOk(store::startRound(
        *file,
        {QStringLiteral("Top blockers"), RoundSubject::Blockers, {}, VoteMethod::Dots, 3, 2}));
    SessionData data = expectOk(store::loadSession(*file));
    remote::RemoteAccess access;
    remote::AttemptLimiter limiter;
    remote::VoteBatcher batcher{[this](Id roundId, std::vector<store::VoterBallot> ballots,
                                       const remote::VoteBatcher::Written& written) {
        auto results = store::castBallots(*file, roundId, ballots);
        data = expectOk(store::loadSession(*file));
        written(results);
    }};
    remote::PhoneVoting voting{access, limiter, batcher, [this]() -> const SessionData& {
                                   return data;
                               }};

    PhoneRoom() { voting.offerRound(round); }
};

} // namespace unblock::test
