#pragma once

#include "remote/GuardedTcpServer.h"
#include "remote/PhoneItems.h"
#include "remote/PhoneVoting.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QTimer>

class QWebSocket;

namespace unblock::remote {

// The laptop's server for phones, off until the facilitator starts it, on the
// one interface they choose. It answers only Unblock's own requests, only for
// its own address (a request naming another Host, or coming from another
// Origin, is refused: no cross-site or DNS-rebinding requests), through a
// GuardedTcpServer that bounds connections, idle time and request size.
//   GET  /             the phone page (and /phone.js, /items.js, /phone.css), from resources
//   POST /api/join     {"session": token} or {"code": "K7MQ4X"}
//   GET  /api/state    the round on offer       (header X-Unblock-Voter)
//   GET  /api/words    the page's words: ?lang=cy,en-GB (the languages wanted, in order)
//   POST /api/ballot   {"sequence", "round", "ballot"} (header X-Unblock-Voter)
//   POST /api/item     {"sequence", "text", "name", "group" | "blocker"}: an item
//                      for the call for items, when the server takes them
//                      (X-Unblock-Voter)
//   /api/live          a WebSocket: the phone sends {"voter": token} first, then
//                      is sent its state whenever it changes

class PhoneServer : public QAbstractHttpServer {
    Q_OBJECT

public:
    PhoneServer(PhoneVoting& voting, GuardedTcpServer::Limits limits = {},
                QObject* parent = nullptr);

    // Listens on `address` (port 0: any free one); false with the reason when it cannot.
    Result<quint16> start(const QHostAddress& address, quint16 port = 0);
    // "http://192.168.1.20:8080": what phones open, and the only Host and Origin accepted.
    QString origin() const;
    const GuardedTcpServer* listener() const { return m_listener; }
    // Phones may send items for `items`' call, and are shown it (none: voting only).
    void takeItems(PhoneItems* items) { m_items = items; }

    // The session changed: every phone on a live connection whose state
    // (the round on offer, its own ballot) is now different is sent it.
    void sessionChanged();
    int livePhones() const;

Q_SIGNALS:
    void livePhonesChanged();

public:
    static constexpr int kLiveMessageBytes = 1024; // a phone only ever sends its token

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct LivePhone {
        QString voter; // empty until the phone says who it is
        QByteArray lastSent;
        QElapsedTimer heard; // since the phone last answered a ping or sent anything
    };

    bool servePage(const QHttpServerRequest& request, QTcpSocket* socket);
    void acceptLive();
    void pingLive();
    void hello(QWebSocket* socket, const QString& message);
    void send(QWebSocket* socket, LivePhone& phone, const QJsonObject& state);
    // A phone's state: the round on offer and its ballot, and, when the
    // server takes items, the call and the phone's own items.
    QJsonObject stateOf(const QString& voterName, const QJsonValue& round,
                        const QHash<QString, QJsonArray>& ballots, const QJsonValue& call,
                        const QHash<QString, QJsonArray>& items) const;
    // The reply to a request answered later (after a write); the phone may
    // have gone by then.
    std::function<void(const PhoneReply&)> laterReply(const QHttpServerRequest& request,
                                                      QTcpSocket* socket);
    bool fromHere(const QHttpServerRequest& request) const;
    void reply(const QHttpServerRequest& request, QTcpSocket* socket, const PhoneReply& answer);

    PhoneVoting& m_voting;
    PhoneItems* m_items = nullptr;
    GuardedTcpServer::Limits m_limits;
    GuardedTcpServer* m_listener = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
    QHash<QWebSocket*, LivePhone> m_live;
    QTimer m_ping;
};

} // namespace unblock::remote
