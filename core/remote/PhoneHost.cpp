#include "remote/PhoneHost.h"

using namespace Qt::StringLiterals;

namespace unblock::remote {

PhoneHost::PhoneHost(VoteBatcher::Writer writer, PhoneVoting::Session session,
                     GuardedTcpServer::Limits limits, QObject* parent)
    : QObject(parent)
    , m_batcher(std::move(writer))
    , m_voting(m_access, m_limiter, m_batcher, session)
    , m_items(m_access, {}, std::move(session))
    , m_limits(limits) {}

PhoneHost::~PhoneHost() {
    stop();
}

Status PhoneHost::start(const QHostAddress& address) {
    stop();
    auto server = std::make_unique<PhoneServer>(m_voting, m_limits);
    server->takeItems(&m_items);
    Result<quint16> port = server->start(address, m_lastPort ? m_lastPort : kUsualPort);
    if (!port)
        port = server->start(address, 0);
    if (!port)
        return port.error();
    m_lastPort = port.value();
    connect(server.get(), &PhoneServer::livePhonesChanged, this, &PhoneHost::changed);
    m_server = std::move(server);
    Q_EMIT changed();
    return {};
}

void PhoneHost::stop() {
    if (!m_server)
        return;
    m_batcher.flush();
    m_items.flush();
    m_server.reset();
    Q_EMIT changed();
}

QString PhoneHost::address() const {
    return m_server ? m_server->origin() : QString();
}

QString PhoneHost::joinUrl() const {
    return m_server ? m_server->origin() + u"/#s=" + m_access.sessionToken() : QString();
}

int PhoneHost::livePhones() const {
    return m_server ? m_server->livePhones() : 0;
}

void PhoneHost::offerRound(std::optional<Id> roundId) {
    m_voting.offerRound(roundId);
    sessionChanged();
}

void PhoneHost::sessionChanged() {
    if (m_server)
        m_server->sessionChanged();
}

} // namespace unblock::remote
