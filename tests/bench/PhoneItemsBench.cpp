// 150 phones on loopback each add 5 blockers within about 2 seconds, in a
// call for items with no waiting between items (the facilitator's setting
// for a trusted room), and the server is stopped and started again halfway,
// as a facilitator might. Then: every item is kept exactly once (a phone
// sends again what was not answered; the server knows a repeat), the p50 and
// p99 latency of an item, and the items' throughput as a ratio to the same
// clients fetching a static answer (the server's 404) in the same run.
//
//   bench-phone-items               150 phones, 5 items each
//   bench-phone-items --phones=30   the test suite's smoke run
#include "bench/PhoneClients.h"
#include "remote/PhoneItems.h"
#include "remote/PhoneServer.h"
#include "store/BackgroundWriter.h"
#include "store/Details.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"

#include <QCoreApplication>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

using namespace unblock;
using namespace unblock::remote;
using namespace unblock::bench;

namespace {

constexpr int kItems = 5;
constexpr int kTables = 10;

int phoneCountFrom(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--phones=", 9) == 0)
            return std::atoi(argv[i] + 9);
    }
    return 150;
}

// Items are written as the app writes them: on a thread of their own,
// through a second connection, while the server goes on.
PhoneItems::Writer backgroundWriter(store::BackgroundWriter& background, int& transactions) {
    return [&background, &transactions](std::vector<store::NewIncoming> items,
                                        PhoneItems::Written written) {
        ++transactions;
        auto results = std::make_shared<PhoneItems::Outcome>(std::vector<Result<Id>>{});
        background.run(
            [items = std::move(items), results](store::SessionFile& session) {
                *results = store::receiveIncoming(session, items);
                return *results ? Status{} : Status(results->error());
            },
            [results, written = std::move(written)](const Status&, const SessionChange&) {
                written(*results);
            });
    };
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int phoneCount = phoneCountFrom(argc, argv);
    QTemporaryDir dir;
    auto created = store::SessionFile::create(dir.filePath(QStringLiteral("items.unblock")));
    if (!created)
        return 2;
    store::SessionFile* file = created.value().get();
    std::vector<Id> tables;
    for (int t = 1; t <= kTables; ++t)
        tables.push_back(store::addGroup(*file, QStringLiteral("Table %1").arg(t)).value());
    SessionData data = store::loadSession(*file).value();
    const PhoneVoting::Session session = [&]() -> const SessionData& {
        return data;
    };

    RemoteAccess access;
    AttemptLimiter limiter;
    VoteBatcher batcher([](Id, std::vector<store::VoterBallot>, VoteBatcher::Written) {});
    PhoneVoting voting(access, limiter, batcher, session);
    int transactions = 0;
    store::BackgroundWriter background(*file);
    PhoneItems items(access, backgroundWriter(background, transactions), session);
    ItemCall trusted;
    trusted.secondsBetween = 0;
    items.openCall(trusted);

    // Every phone on loopback comes from one address: the per-address limit is raised.
    const GuardedTcpServer::Limits limits{phoneCount + 16, 10'000, 64 * 1024};
    auto server = std::make_unique<PhoneServer>(voting, limits);
    server->takeItems(&items);
    const quint16 port = server->start(QHostAddress::LocalHost).value();
    const QByteArray host = "127.0.0.1:" + QByteArray::number(port);

    const std::vector<QByteArray> voters = joinPhones(voting, access, phoneCount);
    std::vector<qint64> staticLatencies;
    const double staticMs = staticAnswers(port, host, phoneCount, kItems, &staticLatencies);
    std::vector<std::unique_ptr<Phone>> phones;
    runUntil([&] { return server->listener()->openConnections() == 0; }, 5000);

    std::vector<qint64> itemLatencies;
    for (int p = 0; p < phoneCount; ++p) {
        std::vector<QByteArray> requests;
        const QByteArray table = QByteArray::number(tables[std::size_t(p % kTables)]);
        for (int n = 1; n <= kItems; ++n) {
            const QByteArray body = R"({"sequence":)" + QByteArray::number(n) +
                                    R"(,"text":"Phone )" + QByteArray::number(p) + " item " +
                                    QByteArray::number(n) + R"(","group":)" + table + "}";
            requests.push_back(request("POST", "/api/item", host, body, voters[std::size_t(p)]));
        }
        phones.push_back(std::make_unique<Phone>(port, requests, &itemLatencies));
    }
    // Halfway, the facilitator stops the server and starts it again: what was
    // queued is written first, open connections are closed, and the phones
    // come back on the same port.
    bool restarted = false;
    QTimer halfway;
    halfway.setInterval(1);
    QObject::connect(&halfway, &QTimer::timeout, [&] {
        if (restarted || itemLatencies.size() < std::size_t(phoneCount * kItems / 2))
            return;
        restarted = true;
        items.flush();
        server.reset();
        server = std::make_unique<PhoneServer>(voting, limits);
        server->takeItems(&items);
        restarted = server->start(QHostAddress::LocalHost, port).ok();
    });
    halfway.start();
    const double itemMs = runPhones(phones, 20000);
    halfway.stop();
    runUntil([&] { return items.queued() == 0 && background.inFlight() == 0; }, 5000);

    int failures = 0;
    int unfinished = 0;
    int resent = 0;
    for (const auto& phone : phones) {
        failures += phone->failures();
        unfinished += phone->done() ? 0 : 1;
        resent += phone->resent();
    }
    const SessionData after = store::loadSession(*file).value();
    QSet<QString> distinct;
    for (const IncomingItem& item : after.incoming)
        distinct.insert(item.phone + u'|' + item.text);
    const int expected = phoneCount * kItems;
    const bool exactlyOnce = itemMs >= 0 && failures == 0 && unfinished == 0 && restarted &&
                             after.incoming.size() == std::size_t(expected) &&
                             distinct.size() == expected;
    const double itemsPerSecond = expected / (itemMs / 1000);
    const double staticPerSecond = expected / (staticMs / 1000);
    std::printf("%d phones, %d items each, the server stopped and started halfway: %s\n",
                phoneCount, kItems,
                exactlyOnce ? "every item kept exactly once" : "ITEMS LOST OR DOUBLED");
    std::printf("items: %.0f ms for %d (%.0f a second) in %d transactions, %d sent again after "
                "the restart; latency p50 %.1f ms, p99 %.1f ms\n",
                itemMs, expected, itemsPerSecond, transactions, resent,
                percentileMs(itemLatencies, 0.5), percentileMs(itemLatencies, 0.99));
    std::printf("static answers: %.0f ms for %d (%.0f a second); latency p99 %.1f ms\n", staticMs,
                expected, staticPerSecond, percentileMs(staticLatencies, 0.99));
    std::printf("Item throughput is %.2fx that of a static answer from the same server.\n",
                itemsPerSecond / staticPerSecond);
    return exactlyOnce ? 0 : 1;
}
