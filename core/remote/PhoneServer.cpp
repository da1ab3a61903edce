#include "remote/PhoneServer.h"

#include "remote/PhoneWords.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace unblock::remote {
namespace {

struct PageFile {
    const char* path;
    const char* resource;
    const char* type;
};

// The page phones open: four small files, nothing from elsewhere, so it
// works in a meeting room with no internet.
constexpr PageFile kPageFiles[] = {
    {"/", ":/phone/index.html", "text/html; charset=utf-8"},
    {"/phone.js", ":/phone/phone.js", "text/javascript; charset=utf-8"},
    {"/items.js", ":/phone/items.js", "text/javascript; charset=utf-8"},
    {"/phone.css", ":/phone/phone.css", "text/css; charset=utf-8"},
    {"/icon.svg", ":/phone/icon.svg", "image/svg+xml"},
};

// The page may load only itself and talk only to this server.
constexpr char kPagePolicy[] =
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

} // namespace

PhoneServer::PhoneServer(PhoneVoting& voting, GuardedTcpServer::Limits limits, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_voting(voting)
    , m_limits(limits) {
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &PhoneServer::acceptLive);
    m_ping.setInterval(m_limits.idleMs / 3);
    connect(&m_ping, &QTimer::timeout, this, &PhoneServer::pingLive);
}

// A live connection has the same idle limit as a request: a phone that
// answers no pings for that long (it went out of range, or a client holds
// the connection open and reads nothing) is let go.
void PhoneServer::pingLive() {
    QList<QWebSocket*> silent; // let go after the loop: that changes m_live
    for (auto phone = m_live.begin(); phone != m_live.end(); ++phone) {
        if (phone->heard.hasExpired(m_limits.idleMs))
            silent << phone.key();
        else
            phone.key()->ping();
    }
    for (QWebSocket* socket : silent)
        socket->abort();
}

Result<quint16> PhoneServer::start(const QHostAddress& address, quint16 port) {
    auto* listener = new GuardedTcpServer(m_limits, this);
    if (!listener->listen(address, port)) {
        const QString reason = listener->errorString();
        delete listener;
        return Error{ErrorCode::IoError,
                     tr("Phones cannot connect on %1: %2").arg(address.toString(), reason)};
    }
    bind(listener);
    m_listener = listener;
    m_address = address;
    m_port = listener->serverPort();
    m_ping.start();
    return m_port;
}

QString PhoneServer::origin() const {
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + m_address.toString() + u']'
                             : m_address.toString();
    return u"http://%1:%2"_s.arg(host).arg(m_port);
}

// Only requests that name this server, from its own page (or from no page:
// a browser sends Origin with every cross-site request).
bool PhoneServer::fromHere(const QHttpServerRequest& request) const {
    const QString self = origin();
    const QString host = QString::fromLatin1(request.value("Host"));
    const QByteArray origin = request.value("Origin");
    return u"http://"_s + host == self && (origin.isEmpty() || QString::fromLatin1(origin) == self);
}

bool PhoneServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
    // Qt HttpServer 6.4 upgrades a WebSocket request only when this returns
    // true having written nothing; false refuses it (missingHandler's 404).
    if (request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0) {
        const bool live = request.url().path() == u"/api/live" && fromHere(request) &&
                          !request.value("Origin").isEmpty();
        if (live)
            GuardedTcpServer::upgraded(socket);
        return live;
    }
    if (!fromHere(request)) {
        reply(request, socket,
              PhoneReply::refusal(403, tr("This server only answers its own page.")));
        return true;
    }
    if (servePage(request, socket))
        return true;
    const QString path = request.url().path();
    const QString voter = QString::fromLatin1(request.value("X-Unblock-Voter"));
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    if (post &&
        (path == u"/api/join" || path == u"/api/ballot" || (path == u"/api/item" && m_items))) {
        QJsonParseError error{};
        const QJsonDocument json = QJsonDocument::fromJson(request.body(), &error);
        if (error.error != QJsonParseError::NoError || !json.isObject()) {
            reply(request, socket, PhoneReply::refusal(400, tr("The request could not be read.")));
            return true;
        }
        if (path == u"/api/join") {
            reply(request, socket,
                  m_voting.join(request.remoteAddress().toString(), json.object(),
                                QDateTime::currentMSecsSinceEpoch()));
            return true;
        }
        // The answer comes when the batch holding it is written.
        if (path == u"/api/item")
            m_items->submit(voter, json.object(), QDateTime::currentMSecsSinceEpoch(),
                            laterReply(request, socket));
        else
            m_voting.ballot(voter, json.object(), laterReply(request, socket));
        return true;
    }
    if (request.method() == QHttpServerRequest::Method::Get && path == u"/api/words") {
        const QString wanted =
            QUrlQuery(request.url()).queryItemValue(u"lang"_s, QUrl::FullyDecoded);
        reply(request, socket, {200, phoneWords(wanted.split(u',', Qt::SkipEmptyParts))});
        return true;
    }
    if (request.method() == QHttpServerRequest::Method::Get && path == u"/api/state") {
        PhoneReply state = m_voting.state(voter);
        if (state.status == 200 && m_items) {
            const QString name = RemoteAccess::voterName(voter);
            state.body = stateOf(name, m_voting.offeredRound(), m_voting.ballotsByVoter(),
                                 m_items->offeredCall(), m_items->itemsByPhone());
        }
        reply(request, socket, state);
        return true;
    }
    return false;
}

bool PhoneServer::servePage(const QHttpServerRequest& request, QTcpSocket* socket) {
    if (request.method() != QHttpServerRequest::Method::Get)
        return false;
    for (const PageFile& file : kPageFiles) {
        if (request.url().path() != QLatin1String(file.path))
            continue;
        QFile resource(QString::fromLatin1(file.resource));
        if (!resource.open(QIODevice::ReadOnly))
            return false;
        makeResponder(request, socket)
            .write(resource.readAll(), {{"Content-Type", file.type},
                                        {"Content-Security-Policy", kPagePolicy},
                                        {"X-Content-Type-Options", "nosniff"},
                                        {"Referrer-Policy", "no-referrer"},
                                        {"Cache-Control", "no-cache"}});
        GuardedTcpServer::answered(socket);
        return true;
    }
    return false;
}

// A live connection is kept only when it comes from this server's own page
// (browsers always send Origin with a WebSocket) and names its phone at once.
void PhoneServer::acceptLive() {
    while (hasPendingWebSocketConnections()) {
        QWebSocket* socket = nextPendingWebSocketConnection().release();
        socket->setParent(this);
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            const bool named = !m_live.value(socket).voter.isEmpty();
            m_live.remove(socket);
            socket->deleteLater();
            if (named)
                Q_EMIT livePhonesChanged();
        });
        if (socket->origin() != origin() || socket->requestUrl().path() != u"/api/live") {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            continue;
        }
        socket->setMaxAllowedIncomingFrameSize(kLiveMessageBytes);
        socket->setMaxAllowedIncomingMessageSize(kLiveMessageBytes);
        LivePhone& phone = m_live[socket];
        phone.heard.start();
        connect(socket, &QWebSocket::pong, this, [this, socket] { m_live[socket].heard.start(); });
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString& message) {
                    m_live[socket].heard.start();
                    hello(socket, message);
                });
        connect(socket, &QWebSocket::binaryMessageReceived, socket,
                [socket] { socket->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported); });
        QTimer::singleShot(m_limits.idleMs, socket, [this, socket] {
            if (m_live.value(socket).voter.isEmpty())
                socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
        });
    }
}

void PhoneServer::hello(QWebSocket* socket, const QString& message) {
    auto phone = m_live.find(socket);
    if (phone == m_live.end() || !phone->voter.isEmpty())
        return; // a phone says who it is once
    const QString voter =
        QJsonDocument::fromJson(message.toUtf8()).object().value(u"voter"_s).toString();
    if (!m_voting.knowsVoter(voter)) {
        socket->sendTextMessage(QString::fromUtf8(
            QJsonDocument(
                PhoneReply::refusal(401, tr("This phone has not joined this session.")).body)
                .toJson(QJsonDocument::Compact)));
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
        return;
    }
    phone->voter = RemoteAccess::voterName(voter);
    Q_EMIT livePhonesChanged();
    send(socket, *phone,
         stateOf(phone->voter, m_voting.offeredRound(), m_voting.ballotsByVoter(),
                 m_items ? m_items->offeredCall() : QJsonValue(),
                 m_items ? m_items->itemsByPhone() : QHash<QString, QJsonArray>()));
}

QJsonObject PhoneServer::stateOf(const QString& voterName, const QJsonValue& round,
                                 const QHash<QString, QJsonArray>& ballots, const QJsonValue& call,
                                 const QHash<QString, QJsonArray>& items) const {
    QJsonObject state = PhoneVoting::phoneState(voterName, round, ballots.value(voterName));
    if (m_items) {
        state.insert(u"call"_s, call);
        state.insert(u"items"_s, items.value(voterName));
        state.insert(u"table"_s, m_items->tableOf(voterName));
    }
    return state;
}

std::function<void(const PhoneReply&)> PhoneServer::laterReply(const QHttpServerRequest& request,
                                                               QTcpSocket* socket) {
    QPointer<QTcpSocket> alive(socket);
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    return [alive, responder](const PhoneReply& answer) {
        if (!alive)
            return;
        responder->write(QJsonDocument(answer.body),
                         static_cast<QHttpServerResponder::StatusCode>(answer.status));
        GuardedTcpServer::answered(alive);
    };
}

void PhoneServer::sessionChanged() {
    if (m_live.isEmpty())
        return;
    // Worked out once for every phone.
    const QJsonValue round = m_voting.offeredRound();
    const QHash<QString, QJsonArray> ballots = m_voting.ballotsByVoter();
    const QJsonValue call = m_items ? m_items->offeredCall() : QJsonValue();
    const QHash<QString, QJsonArray> items =
        m_items ? m_items->itemsByPhone() : QHash<QString, QJsonArray>();
    for (auto phone = m_live.begin(); phone != m_live.end(); ++phone) {
        if (!phone->voter.isEmpty())
            send(phone.key(), *phone, stateOf(phone->voter, round, ballots, call, items));
    }
}

void PhoneServer::send(QWebSocket* socket, LivePhone& phone, const QJsonObject& state) {
    QByteArray message = QJsonDocument(state).toJson(QJsonDocument::Compact);
    if (message == phone.lastSent)
        return;
    phone.lastSent = message;
    socket->sendTextMessage(QString::fromUtf8(message));
}

int PhoneServer::livePhones() const {
    int named = 0;
    for (const LivePhone& phone : m_live)
        named += phone.voter.isEmpty() ? 0 : 1;
    return named;
}

void PhoneServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) {
    reply(request, socket, PhoneReply::refusal(404, tr("There is nothing here.")));
}

void PhoneServer::reply(const QHttpServerRequest& request, QTcpSocket* socket,
                        const PhoneReply& answer) {
    makeResponder(request, socket)
        .write(QJsonDocument(answer.body),
               static_cast<QHttpServerResponder::StatusCode>(answer.status));
    GuardedTcpServer::answered(socket);
}

} // namespace unblock::remote
