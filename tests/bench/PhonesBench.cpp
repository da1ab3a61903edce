// 300 phones on loopback join and cast 5 votes each within about 2 seconds,
// one dot per ballot (each ballot holds all the phone's dots so far). Then:
// every vote is recorded exactly once, the p50 and p99 latency of a ballot,
// and the ballots' throughput as a ratio to the same clients fetching a
// static answer (the server's 404) from the same server in the same run.
//
//   bench-phones                300 phones, 5 votes each
//   bench-phones --phones=30    the test suite's smoke run
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

namespace {

constexpr int kVotes = 5;

// One phone: a keep-alive connection sending its requests one after another.
class Phone {
public:
    Phone(quint16 port, std::vector<QByteArray> requests, std::vector<qint64>* latencies)
        : m_requests(std::move(requests))
        , m_latencies(latencies) {
        QObject::connect(&m_socket, &QTcpSocket::connected, [this] { sendNext(); });
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { read(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    bool done() const { return m_next == m_requests.size() && m_waiting == false; }
    int failures() const { return m_failures; }

private:
    void sendNext() {
        if (m_next == m_requests.size())
            return;
        m_clock.start();
        m_waiting = true;
        m_socket.write(m_requests[m_next++]);
    }
    void read() {
        m_buffer += m_socket.readAll();
        const qsizetype head = m_buffer.indexOf("\r\n\r\n");
        const qsizetype at = m_buffer.indexOf("Content-Length: ");
        if (head < 0 || at < 0)
            return;
        const qsizetype length =
            m_buffer.mid(at + 16, m_buffer.indexOf("\r\n", at) - at - 16).toLongLong();
        if (m_buffer.size() < head + 4 + length)
            return;
        if (!m_buffer.startsWith("HTTP/1.1 200") && !m_buffer.startsWith("HTTP/1.1 404"))
            ++m_failures;
        m_buffer.remove(0, head + 4 + length);
        m_latencies->push_back(m_clock.nsecsElapsed() / 1000);
        m_waiting = false;
        sendNext();
    }

    QTcpSocket m_socket;
    std::vector<QByteArray> m_requests;
    std::size_t m_next = 0;
    bool m_waiting = false;
    QElapsedTimer m_clock;
    QByteArray m_buffer;
    std::vector<qint64>* m_latencies;
    int m_failures = 0;
};

QByteArray request(const QByteArray& method, const QByteArray& path, const QByteArray& host,
                   const QByteArray& body, const QByteArray& voter = {}) {
    QByteArray raw = method + ' ' + path + " HTTP/1.1\r\nHost: " + host + "\r\n";
    if (!voter.isEmpty())
        raw += "X-Unblock-Voter: " + voter + "\r\n";
    return raw + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

template <typename Done> bool runUntil(Done done, int ms) {
    const QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return done();
}

// The latency below which a share `p` of them fall, in milliseconds.
double percentileMs(std::vector<qint64> microseconds, double p) {
    if (microseconds.empty())
        return 0;
    std::sort(microseconds.begin(), microseconds.end());
    const auto last = static_cast<double>(microseconds.size() - 1);
    return static_cast<double>(microseconds[static_cast<std::size_t>(p * last)]) / 1000.0;
}

// Runs every phone's requests; returns the wall time in ms, or -1 if they did not finish.
double runPhones(std::vector<std::unique_ptr<Phone>>& phones) {
    QElapsedTimer wall;
    wall.start();
    if (!runUntil(
            [&] {
                return std::all_of(phones.begin(), phones.end(),
                                   [](const auto& p) { return p->done(); });
            },
            8000))
        return -1;
    return static_cast<double>(wall.nsecsElapsed()) / 1e6;
}

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
    std::vector<QByteArray> voters;
    for (int p = 0; p < phoneCount; ++p) {
        const PhoneReply joined = voting.join(
            QStringLiteral("127.0.0.1"), {{QStringLiteral("session"), access.sessionToken()}}, 0);
        voters.push_back(joined.body.value(QStringLiteral("voter")).toString().toLatin1());
    }
    std::vector<qint64> staticLatencies;
    std::vector<std::unique_ptr<Phone>> phones;
    for (int p = 0; p < phoneCount; ++p) {
        std::vector<QByteArray> requests(kVotes, request("GET", "/nothing", host, {}));
        phones.push_back(std::make_unique<Phone>(port, requests, &staticLatencies));
    }
    const double staticMs = runPhones(phones);
    phones.clear();
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
