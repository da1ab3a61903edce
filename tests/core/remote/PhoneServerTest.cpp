// The phone server on loopback, sent what a hostile client would send.
#include "remote/PhoneServer.h"

#include "core/remote/PhoneRoom.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QWebSocket>

#include <memory>

using namespace unblock;
using namespace unblock::remote;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

struct Answer {
    int status = 0; // 0: the connection was closed without an answer
    QJsonObject body;
};

// The room of PhoneRoom, and its server on loopback.
struct Server : PhoneRoom {
    PhoneServer server;
    quint16 port = 0;

    explicit Server(GuardedTcpServer::Limits limits = {})
        : server(voting, limits) {
        port = expectOk(server.start(QHostAddress::LocalHost));
    }

    QByteArray host() const { return "127.0.0.1:" + QByteArray::number(port); }

    // Sends raw bytes and waits for one answer, or for the server to hang up.
    // Sends raw bytes; the whole answer (by its Content-Length), or what
    // came before the server hung up.
    QByteArray raw(const QByteArray& bytes) const {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        REQUIRE(runUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
        socket.write(bytes);
        QByteArray got;
        runUntil([&] {
            got += socket.readAll();
            const qsizetype head = got.indexOf("\r\n\r\n");
            if (head >= 0) {
                const qsizetype length = got.indexOf("Content-Length: ");
                const qsizetype end = got.indexOf("\r\n", length);
                const qsizetype body = got.mid(length + 16, end - length - 16).toLongLong();
                return got.size() >= head + 4 + body;
            }
            return socket.state() == QAbstractSocket::UnconnectedState;
        });
        return got;
    }
    Answer exchange(const QByteArray& bytes) const {
        const QByteArray got = raw(bytes);
        Answer answer;
        if (!got.startsWith("HTTP/1.1 "))
            return answer;
        answer.status = got.mid(9, 3).toInt();
        answer.body = QJsonDocument::fromJson(got.mid(got.indexOf("\r\n\r\n") + 4)).object();
        return answer;
    }
    Answer request(const QByteArray& method, const QByteArray& path, const QByteArray& body = {},
                   const QByteArray& voter = {}, const QByteArray& extra = {}) const {
        QByteArray raw = method + ' ' + path + " HTTP/1.1\r\nHost: " + host() + "\r\n";
        if (!voter.isEmpty())
            raw += "X-Unblock-Voter: " + voter + "\r\n";
        raw += extra;
        raw +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n\r\n" + body;
        return exchange(raw);
    }
    QByteArray joined() const {
        const Answer answer = request(
            "POST", "/api/join", R"({"session":")" + access.sessionToken().toLatin1() + R"("})");
        REQUIRE(answer.status == 200);
        return answer.body.value(u"voter"_s).toString().toLatin1();
    }
};

// A phone's WebSocket to the server, sent from a page at `origin`.
struct LivePhone {
    QWebSocket socket;
    std::vector<QJsonObject> states;
    bool closed = false;

    LivePhone(const Server& s, const QByteArray& origin)
        : socket(QString::fromLatin1(origin)) {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [this](const QString& text) {
            states.push_back(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        QObject::connect(&socket, &QWebSocket::disconnected, [this] { closed = true; });
        socket.open(QUrl(u"ws://127.0.0.1:%1/api/live"_s.arg(s.port)));
        runUntil([&] { return socket.state() == QAbstractSocket::ConnectedState || closed; });
    }
};

} // namespace

TEST_CASE("A phone joins, reads the round and votes over HTTP") {
    Server s;
    const QByteArray voter = s.joined();
    const Answer state = s.request("GET", "/api/state", {}, voter);
    CHECK(state.status == 200);
    CHECK(state.body.value(u"round"_s).toObject().value(u"title"_s).toString() == u"Top blockers");
    const QByteArray ballot = R"({"sequence":1,"round":)" + QByteArray::number(s.round) +
                              R"(,"ballot":[{"item":)" + QByteArray::number(s.a) +
                              R"(,"value":2}]})";
    CHECK(s.request("POST", "/api/ballot", ballot, voter).status == 200);
    CHECK(s.data.round(s.round)->votes.size() == 1);
    CHECK(s.request("POST", "/api/ballot", ballot, voter).status == 409); // replayed
    CHECK(s.request("GET", "/nothing", {}).status == 404);
}

TEST_CASE("The phone page comes from inside the program, allowed to load only itself") {
    Server s;
    for (const QByteArray path : {"/", "/phone.js", "/phone.css"}) {
        const QByteArray raw = s.raw("GET " + path + " HTTP/1.1\r\nHost: " + s.host() + "\r\n\r\n");
        INFO(path.constData());
        CHECK(raw.startsWith("HTTP/1.1 200"));
        CHECK(raw.contains("Content-Security-Policy: default-src 'none'; script-src 'self'"));
        CHECK(raw.contains("X-Content-Type-Options: nosniff"));
    }
    const QByteArray page = s.raw("GET / HTTP/1.1\r\nHost: " + s.host() + "\r\n\r\n");
    CHECK(page.contains("<script src=\"/phone.js\" defer></script>"));
    CHECK_FALSE(page.contains("http://")); // nothing from elsewhere, so it works offline
    CHECK(s.request("POST", "/", "{}").status == 404);
}

TEST_CASE("The page's words come in the first language asked for that Unblock has") {
    Server s;
    // As the page asks: the phone's languages, comma-separated and URL-encoded.
    const Answer welsh = s.request("GET", "/api/words?lang=fr-FR%2Ccy-GB%2Cen");
    CHECK(welsh.status == 200);
    CHECK(welsh.body.value(u"language"_s).toString() == u"cy");
    CHECK(welsh.body.value(u"words"_s)[u"send"_s].toString() == u"Anfon fy mhleidleisiau");
    const Answer fallback = s.request("GET", "/api/words?lang=%3Cscript%3E");
    CHECK(fallback.body.value(u"language"_s).toString() == u"en_GB");
    CHECK(fallback.body.value(u"words"_s)[u"send"_s].toString() == u"Send my votes");
}

TEST_CASE("A phone's live connection is sent its state, and again only when it changes") {
    Server s;
    const QByteArray voter = s.joined();
    LivePhone phone(s, "http://" + s.host());
    phone.socket.sendTextMessage(QString::fromLatin1(R"({"voter":")" + voter + R"("})"));
    REQUIRE(runUntil([&] { return phone.states.size() == 1; }));
    CHECK(phone.states[0].value(u"round"_s).toObject().value(u"title"_s).toString() ==
          u"Top blockers");
    CHECK(s.server.livePhones() == 1);

    s.server.sessionChanged(); // nothing a phone sees changed
    runUntil([] { return false; }, 200);
    CHECK(phone.states.size() == 1);

    // Another phone votes: this phone's state is unchanged, and no vote of
    // anyone else's ever reaches it.
    expectOk(store::castBallots(*s.file, s.round, {{u"phone-other"_s, {{s.a, 2}}}}));
    s.data = expectOk(store::loadSession(*s.file));
    s.server.sessionChanged();
    runUntil([] { return false; }, 200);
    CHECK(phone.states.size() == 1);

    // The round closes: the phone is told at once, and sees nothing of it.
    expectOk(store::setRoundState(*s.file, s.round, RoundState::Closed));
    s.data = expectOk(store::loadSession(*s.file));
    s.server.sessionChanged();
    REQUIRE(runUntil([&] { return phone.states.size() == 2; }));
    CHECK(phone.states[1].value(u"round"_s).isNull());
    CHECK(phone.states[1].value(u"ballot"_s).toArray().isEmpty());
}

TEST_CASE("Live connections from another page, with a forged token or oversized messages are "
          "closed") {
    Server s({.connectionsPerAddress = 16, .idleMs = 1500, .requestBytes = 64 * 1024});
    LivePhone foreign(s, "http://evil.example");
    REQUIRE(runUntil([&] { return foreign.closed; }));
    CHECK(foreign.states.empty());

    LivePhone forged(s, "http://" + s.host());
    forged.socket.sendTextMessage(uR"({"voter":"forged"})"_s);
    REQUIRE(runUntil([&] { return forged.closed; }));
    REQUIRE(forged.states.size() == 1);
    CHECK(forged.states[0].contains(u"error"_s));

    LivePhone flooding(s, "http://" + s.host());
    flooding.socket.sendTextMessage(QString(100'000, u'x'));
    REQUIRE(runUntil([&] { return flooding.closed; }));

    LivePhone silent(s, "http://" + s.host()); // never says who it is
    CHECK(runUntil([&] { return silent.closed; }, 5000));
    CHECK(s.server.livePhones() == 0);
}

TEST_CASE("A live connection that stops answering pings is let go") {
    Server s({.connectionsPerAddress = 16, .idleMs = 600, .requestBytes = 64 * 1024});
    const QByteArray voter = s.joined();
    // A client that says who it is, then never reads again (so never pongs).
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, s.port);
    REQUIRE(runUntil([&] { return raw.state() == QAbstractSocket::ConnectedState; }));
    raw.write("GET /api/live HTTP/1.1\r\nHost: " + s.host() +
              "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
              "Origin: http://" +
              s.host() + "\r\n\r\n");
    QByteArray upgraded;
    runUntil([&] {
        upgraded += raw.readAll();
        return upgraded.contains("\r\n\r\n");
    });
    INFO(upgraded.constData());
    REQUIRE(upgraded.startsWith("HTTP/1.1 101"));
    const QByteArray hello = R"({"voter":")" + voter + R"("})";
    // One masked text frame, with a mask of zeros so the payload goes as it is.
    raw.write(QByteArray("\x81") + char(0x80 | hello.size()) + QByteArray(4, '\0') + hello);
    REQUIRE(runUntil([&] { return s.server.livePhones() == 1; }));
    CHECK(runUntil([&] { return raw.state() == QAbstractSocket::UnconnectedState; }, 3000));
    CHECK(s.server.livePhones() == 0);
}

TEST_CASE("A quiet phone's live connection outlasts the idle limit") {
    Server s({.connectionsPerAddress = 16, .idleMs = 600, .requestBytes = 64 * 1024});
    const QByteArray voter = s.joined();
    LivePhone phone(s, "http://" + s.host());
    phone.socket.sendTextMessage(QString::fromLatin1(R"({"voter":")" + voter + R"("})"));
    REQUIRE(runUntil([&] { return phone.states.size() == 1; }));
    runUntil([] { return false; }, 2000); // over three idle limits, kept alive by pings
    CHECK_FALSE(phone.closed);
    CHECK(s.server.livePhones() == 1);
    phone.socket.close();
    CHECK(runUntil(
        [&] { return s.server.livePhones() == 0 && s.server.listener()->openConnections() == 0; }));
}

TEST_CASE("Foreign Host and Origin headers and malformed JSON are refused") {
    Server s;
    const QByteArray join = R"({"session":")" + s.access.sessionToken().toLatin1() + R"("})";
    // DNS rebinding: a name the attacker controls, pointing at the laptop.
    const Answer rebound = s.exchange("POST /api/join HTTP/1.1\r\nHost: evil.example:80\r\n"
                                      "Content-Length: " +
                                      QByteArray::number(join.size()) + "\r\n\r\n" + join);
    CHECK(rebound.status == 403);
    CHECK_FALSE(rebound.body.contains(u"voter"_s));
    // Cross-site: another page in the phone's browser posting to the laptop.
    CHECK(s.request("POST", "/api/join", join, {}, "Origin: http://evil.example\r\n").status ==
          403);
    CHECK(s.request("POST", "/api/join", join, {}, "Origin: " + ("http://" + s.host()) + "\r\n")
              .status == 200);
    CHECK(s.request("POST", "/api/join", "{not json").status == 400);
    CHECK(s.request("POST", "/api/join", "[1,2]").status == 400);
    CHECK(s.request("GET", "/api/state", {}, "forged").status == 401);
}

TEST_CASE("A 10 MB body is cut off, and the server goes on answering") {
    Server s;
    const QByteArray huge(10 << 20, 'x');
    const Answer cut = s.request("POST", "/api/join", huge);
    CHECK(cut.status == 0); // hung up on, nothing parsed
    CHECK(s.joined().size() == 22);
}

TEST_CASE("Connections that never finish a request are closed when idle, and real ones served") {
    Server s({.connectionsPerAddress = 600, .idleMs = 1500, .requestBytes = 64 * 1024});
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    int connected = 0;
    for (int i = 0; i < 500; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket* raw = socket.get();
        QObject::connect(raw, &QTcpSocket::connected, [raw, &connected] {
            ++connected;
            raw->write("GET /api/state HTTP/1.1\r\nHost: "); // and never more
        });
        raw->connectToHost(QHostAddress::LocalHost, s.port);
        idle.push_back(std::move(socket));
    }
    REQUIRE(runUntil([&] { return connected == 500; }, 15'000));
    CHECK(s.joined().size() == 22); // a real phone is still served meanwhile
    REQUIRE(runUntil(
        [&] {
            return std::all_of(idle.begin(), idle.end(), [](const auto& socket) {
                return socket->state() == QAbstractSocket::UnconnectedState;
            });
        },
        15'000));
    REQUIRE(runUntil([&] { return s.server.listener()->openConnections() == 0; }));
}

TEST_CASE("Connections over the limit from one address are refused at once") {
    Server s({.connectionsPerAddress = 4, .idleMs = 15'000, .requestBytes = 64 * 1024});
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 6; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, s.port);
        held.push_back(std::move(socket));
    }
    runUntil([&] { return s.server.listener()->openConnections() == 4; });
    runUntil([&] { return held[5]->state() == QAbstractSocket::UnconnectedState; }, 2000);
    CHECK(s.server.listener()->openConnections() == 4);
    const auto closed = std::count_if(held.begin(), held.end(), [](const auto& socket) {
        return socket->state() == QAbstractSocket::UnconnectedState;
    });
    CHECK(closed == 2);
}
