// 300 phones on loopback join and cast 5 votes each within about 2 seconds,
// one dot per ballot (each ballot holds all the phone's dots so far). Then:
// every vote is recorded exactly once, the p50 and p99 latency of a ballot,
// and the ballots' throughput as a ratio to the same clients fetching a
// static answer (the server's 404) from the same server in the same run.
//
//   bench-phones                300 phones, 5 votes each
//   bench-phones --phones=30    the test suite's smoke run
#include "bench/PhoneClients.h"
#include "remote/PhoneServer.h"
#include "store/BackgroundWriter.h"
#include "store/Blockers.h"
#include "store/Rounds.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace unblock;
using namespace unblock::remote;
using namespace unblock::bench;

namespace {
constexpr int kVotes = 5;
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    int phoneCount = 300;
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--phones=", 9) == 0)
            phoneCount = std::atoi(argv[i] + 9);
    }
    QTemporaryDir dir;
    Result<std::unique_ptr<store::SessionFile>> created =
        store::SessionFile::create(dir.filePath(QStringLiteral("phones.unblock")));
    if (!created)
        return 2;
    store::SessionFile* file = created.value().get();
    std::vector<Id> items;
    for (int i = 0; i < 10; ++i)
        items.push_back(
            store::addBlocker(*file, {QStringLiteral("Blocker %1").arg(i), {}, {}, {}, {}})
                .value());
    const Id round = store::startRound(*file, {QStringLiteral("Top blockers"),
                                               RoundSubject::Blockers,
                                               {},
                                               VoteMethod::Dots,
                                               kVotes,
                                               kVotes})
                         .value();
    SessionData data = store::loadSession(*file).value();
    RemoteAccess access;
    AttemptLimiter limiter;
    int transactions = 0;
    // Ballots are written as the app writes them: on a thread of their own,
    // through a second connection, while the server goes on.
    store::BackgroundWriter background(*file);
    VoteBatcher batcher(
        [&](Id roundId, std::vector<store::VoterBallot> ballots, VoteBatcher::Written written) {
            ++transactions;
            auto results = std::make_shared<VoteBatcher::Outcome>(std::vector<Status>{});
            background.run(
                [roundId, ballots = std::move(ballots), results](store::SessionFile& session) {
                    *results = store::castBallots(session, roundId, ballots);
                    return *results ? Status{} : Status(results->error());
                },
                [results, written = std::move(written)](const Status&, const SessionChange&) {
                    written(*results);
                });
        });
    PhoneVoting voting(access, limiter, batcher, [&]() -> const SessionData& { return data; });
    voting.offerRound(round);
    // Every phone on loopback comes from one address: the per-address limit is raised.
    PhoneServer server(voting, {phoneCount + 16, 10'000, 64 * 1024});
    const quint16 port = server.start(QHostAddress::LocalHost).value();
    const QByteArray host = "127.0.0.1:" + QByteArray::number(port);

    // Each phone joins first (not timed), then sends its 5 ballots.
    const std::vector<QByteArray> voters = joinPhones(voting, access, phoneCount);
    std::vector<qint64> staticLatencies;
    const double staticMs = staticAnswers(port, host, phoneCount, kVotes, &staticLatencies);
    std::vector<std::unique_ptr<Phone>> phones;
    // The server lets those connections go before the phones vote.
    runUntil([&] { return server.listener()->openConnections() == 0; }, 5000);

    std::vector<qint64> ballotLatencies;
    for (int p = 0; p < phoneCount; ++p) {
        std::vector<QByteArray> requests;
        QByteArray marks;
        for (int v = 1; v <= kVotes; ++v) {
            // Dots go round the items; the ballot holds all of this phone's dots so far.
            const Id item = items[static_cast<std::size_t>((p + v) % 10)];
            marks += (marks.isEmpty() ? "" : ",") + QByteArray(R"({"item":)") +
                     QByteArray::number(item) + R"(,"value":1})";
            const QByteArray body = R"({"sequence":)" + QByteArray::number(v) + R"(,"round":)" +
                                    QByteArray::number(round) + R"(,"ballot":[)" + marks + "]}";
            requests.push_back(
                request("POST", "/api/ballot", host, body, voters[static_cast<std::size_t>(p)]));
        }
        phones.push_back(std::make_unique<Phone>(port, requests, &ballotLatencies));
    }
    const double ballotMs = runPhones(phones);
    int failures = 0;
    int unfinished = 0;
    for (const auto& phone : phones) {
        failures += phone->failures();
        unfinished += phone->done() ? 0 : 1;
    }

    const SessionData after = store::loadSession(*file).value();
    const std::size_t votes = after.round(round)->votes.size();
    int dots = 0;
    for (const Vote& v : after.round(round)->votes)
        dots += v.value;
    const bool exactlyOnce = ballotMs >= 0 && failures == 0 && unfinished == 0 &&
                             dots == phoneCount * kVotes &&
                             votes == static_cast<std::size_t>(phoneCount * kVotes) &&
                             ballotsCast(*after.round(round)) == phoneCount;
    const double ballotsPerSecond = phoneCount * kVotes / (ballotMs / 1000);
    const double staticPerSecond = phoneCount * kVotes / (staticMs / 1000);
    std::printf("%d phones, %d votes each: %s\n", phoneCount, kVotes,
                exactlyOnce ? "every vote recorded exactly once" : "VOTES LOST OR DOUBLED");
    std::printf("ballots: %.0f ms for %d (%.0f a second) in %d transactions; latency p50 %.1f ms, "
                "p99 %.1f ms\n",
                ballotMs, phoneCount * kVotes, ballotsPerSecond, transactions,
                percentileMs(ballotLatencies, 0.5), percentileMs(ballotLatencies, 0.99));
    std::printf("static answers: %.0f ms for %d (%.0f a second); latency p99 %.1f ms\n", staticMs,
                phoneCount * kVotes, staticPerSecond, percentileMs(staticLatencies, 0.99));
    std::printf("Ballot throughput is %.2fx that of a static answer from the same server.\n",
                ballotsPerSecond / staticPerSecond);
    return exactlyOnce ? 0 : 1;
}
