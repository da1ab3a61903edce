// The phone server as phones reach it: a real server on loopback, with a
// session whose round is open to phones, is sent each input over a socket.
//   an HTTP request, raw: @HOST@ becomes the server's host and port, @VOTER@ a
//     joined phone's token, @TOKEN@ the session token, @CODE@ the join code,
//     @ROUND@ and @ITEM@ the open round's id and its first item, @LEN@ the
//     length of the body (what follows the blank line);
//   "WS " then text: the first message of a live connection (a WebSocket
//     opened from the server's own page).
#include "FuzzSupport.h"
#include "remote/PhoneHost.h"
#include "store/Blockers.h"
#include "store/Rounds.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QWebSocket>

using namespace unblock;
using namespace Qt::StringLiterals;

namespace {

template <typename T> T orDie(Result<T> result) {
    if (!result)
        qFatal("fuzz: setting up the phone room: %s", qPrintable(result.error().message));
    return std::move(result).value();
}

void orDie(const Status& status) {
    if (!status)
        qFatal("fuzz: setting up the phone room: %s", qPrintable(status.error().message));
}

// Events are processed until `done` or the time is up: a request the server
// is still waiting to read the rest of ends at the time limit.
template <typename Done> void pumpUntil(Done done, int limitMs) {
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < limitMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
}

struct Room {
    std::unique_ptr<store::SessionFile> file;
    SessionData data;
    Id round = 0;
    std::unique_ptr<remote::PhoneHost> host;
    QString voter;

    Room() {
        file = orDie(store::SessionFile::create(fuzz::freshSessionPath()));
        for (const QString& title : {u"Ageing software"_s, u"Budgets"_s, u"Culture"_s})
            orDie(store::addBlocker(*file, {title, {}, {}, {}, {}}));
        // Short idle time: an input that stops mid-request is let go quickly.
        remote::GuardedTcpServer::Limits limits;
        limits.idleMs = 100;
        host = std::make_unique<remote::PhoneHost>(
            [this](Id roundId, std::vector<store::VoterBallot> ballots,
                   const remote::VoteBatcher::Written& written) {
                auto results = store::castBallots(*file, roundId, ballots);
                reload();
                written(results);
            },
            [this]() -> const SessionData& { return data; }, limits);
        round = orDie(store::startRound(
            *file, {u"Top blockers"_s, RoundSubject::Blockers, {}, VoteMethod::Dots, 3, 2}));
        reload();
        host->offerRound(round);
        orDie(host->start(QHostAddress::LocalHost));
        voter = join();
    }

    void reload() {
        data = orDie(store::loadSession(*file));
        host->sessionChanged();
    }

    QString origin() const { return host->address(); }

    QByteArray request(QByteArray raw) const {
        raw.replace("@HOST@", QUrl(origin()).authority().toUtf8());
        raw.replace("@VOTER@", voter.toUtf8());
        raw.replace("@TOKEN@", host->joinUrl().section(u"#s="_s, 1).toUtf8());
        raw.replace("@CODE@", host->joinCode().toUtf8());
        raw.replace("@ROUND@", QByteArray::number(round));
        raw.replace("@ITEM@", QByteArray::number(data.blockers.front().id));
        const qsizetype body = raw.indexOf("\r\n\r\n");
        raw.replace("@LEN@", QByteArray::number(body < 0 ? 0 : raw.size() - body - 4));
        return raw;
    }

    // Sends one request; what came back (empty when nothing did in time).
    QByteArray send(const QByteArray& raw) const {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(QUrl(origin()).port()));
        pumpUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 500);
        socket.write(request(raw));
        QByteArray answer;
        QElapsedTimer quiet;
        pumpUntil(
            [&] {
                if (socket.bytesAvailable() > 0) {
                    answer += socket.readAll();
                    quiet.start();
                }
                return socket.state() != QAbstractSocket::ConnectedState ||
                       (quiet.isValid() && quiet.elapsed() > 3);
            },
            25);
        socket.abort();
        return answer;
    }

    void sendLive(const QByteArray& message) const {
        QWebSocket socket(origin());
        QString url = origin() + u"/api/live"_s;
        url.replace(u"http://"_s, u"ws://"_s);
        socket.open(QUrl(url));
        pumpUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 500);
        socket.sendTextMessage(QString::fromUtf8(request(message)));
        pumpUntil([&] { return socket.state() != QAbstractSocket::ConnectedState; }, 20);
        socket.abort();
    }

private:
    QString join() const {
        const QByteArray body = R"({"code":"@CODE@"})";
        const QByteArray answer = send("POST /api/join HTTP/1.1\r\nHost: @HOST@\r\n"
                                       "Content-Type: application/json\r\n"
                                       "Content-Length: @LEN@\r\n\r\n" +
                                       body);
        const QString token = QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4))
                                  .object()
                                  .value(u"voter"_s)
                                  .toString();
        if (token.isEmpty())
            qFatal("fuzz: a phone could not join: %s", answer.constData());
        return token;
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::startQt();
    static Room room;
    const QByteArray input = fuzz::bytes(data, size);
    if (input.startsWith("WS "))
        room.sendLive(input.mid(3));
    else
        (void)room.send(input);
    return 0;
}
