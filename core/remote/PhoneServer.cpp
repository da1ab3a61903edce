#include "remote/PhoneServer.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace unblock::remote {
namespace {

PhoneReply refused(int status, const QString& message) {
    return {status, QJsonObject{{u"error"_s, message}}};
}

} // namespace

PhoneServer::PhoneServer(PhoneVoting& voting, GuardedTcpServer::Limits limits, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_voting(voting)
    , m_limits(limits) {}

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
    if (!fromHere(request)) {
        reply(request, socket, refused(403, tr("This server only answers its own page.")));
        return true;
    }
    const QString path = request.url().path();
    const QString voter = QString::fromLatin1(request.value("X-Unblock-Voter"));
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    if (post && (path == u"/api/join" || path == u"/api/ballot")) {
        QJsonParseError error{};
        const QJsonDocument json = QJsonDocument::fromJson(request.body(), &error);
        if (error.error != QJsonParseError::NoError || !json.isObject()) {
            reply(request, socket, refused(400, tr("The request could not be read.")));
            return true;
        }
        if (path == u"/api/join") {
            reply(request, socket,
                  m_voting.join(request.remoteAddress().toString(), json.object(),
                                QDateTime::currentMSecsSinceEpoch()));
            return true;
        }
        // The answer comes when the ballot's batch is written; the phone may
        // have gone by then.
        QPointer<QTcpSocket> alive(socket);
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        m_voting.ballot(voter, json.object(), [alive, responder](const PhoneReply& answer) {
            if (!alive)
                return;
            responder->write(QJsonDocument(answer.body),
                             static_cast<QHttpServerResponder::StatusCode>(answer.status));
            GuardedTcpServer::answered(alive);
        });
        return true;
    }
    if (request.method() == QHttpServerRequest::Method::Get && path == u"/api/state") {
        reply(request, socket, m_voting.state(voter));
        return true;
    }
    return false;
}

void PhoneServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) {
    reply(request, socket, refused(404, tr("There is nothing here.")));
}

void PhoneServer::reply(const QHttpServerRequest& request, QTcpSocket* socket,
                        const PhoneReply& answer) {
    makeResponder(request, socket)
        .write(QJsonDocument(answer.body),
               static_cast<QHttpServerResponder::StatusCode>(answer.status));
    GuardedTcpServer::answered(socket);
}

} // namespace unblock::remote
