#pragma once

#include "remote/AttemptLimiter.h"
#include "remote/PhoneItems.h"
#include "remote/PhoneServer.h"
#include "remote/PhoneVoting.h"
#include "remote/RemoteAccess.h"
#include "remote/VoteBatcher.h"

#include <QObject>

#include <memory>

namespace unblock::remote {

// Phones voting in one open session: who may join (kept while the session is
// open, so phones rejoin by themselves when the server is stopped and started
// again), the rules, and the server while the facilitator has it on.
class PhoneHost : public QObject {
    Q_OBJECT

public:
    PhoneHost(VoteBatcher::Writer writer, PhoneVoting::Session session,
              GuardedTcpServer::Limits limits = {}, QObject* parent = nullptr);
    ~PhoneHost() override;

    // Starts the server on `address`, on the same port as last time when it
    // is free (open pages find it again), else on the usual port or any.
    Status start(const QHostAddress& address);
    // Writes the ballots still queued, then closes every connection.
    void stop();
    bool isOn() const { return m_server != nullptr; }

    // What phones open: the address with the session token after '#', which
    // browsers never send to a server or in a Referer.
    QString joinUrl() const;
    QString address() const; // "http://192.168.1.20:8321", to type
    QString joinCode() const { return m_access.joinCode(); }
    int livePhones() const;

    void offerRound(std::optional<Id> roundId);
    // The call for items phones see and send to; its items are written by
    // the writer given (phones' items are refused until there is one).
    PhoneItems& items() { return m_items; }
    const PhoneItems& items() const { return m_items; }
    void setItemWriter(PhoneItems::Writer writer) { m_items.setWriter(std::move(writer)); }
    // The session changed: phones are told what changed for them.
    void sessionChanged();

    static constexpr quint16 kUsualPort = 8321;

Q_SIGNALS:
    void changed(); // on or off, or phones came or went

private:
    RemoteAccess m_access;
    AttemptLimiter m_limiter;
    VoteBatcher m_batcher;
    PhoneVoting m_voting;
    PhoneItems m_items;
    GuardedTcpServer::Limits m_limits;
    std::unique_ptr<PhoneServer> m_server;
    quint16 m_lastPort = 0;
};

} // namespace unblock::remote
