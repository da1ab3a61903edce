#include "remote/GuardedTcpServer.h"

#include <QTcpSocket>
#include <QTimer>

namespace unblock::remote {
namespace {

constexpr const char* kReceived = "unblockBytesReceived";
constexpr const char* kIdle = "unblockIdle";

} // namespace

GuardedTcpServer::GuardedTcpServer(Limits limits, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits) {
    // A room of phones joins at once, after the QR code goes up: Qt's default
    // queue of 50 unaccepted connections made the rest wait seconds for the
    // operating system to retry (measured with 300 phones).
    setListenBacklogSize(1024);
    setMaxPendingConnections(1024);
}

void GuardedTcpServer::answered(QTcpSocket* socket) {
    socket->setProperty(kReceived, 0);
}

void GuardedTcpServer::upgraded(QTcpSocket* socket) {
    if (auto* idle = socket->findChild<QTimer*>(QLatin1String(kIdle), Qt::FindDirectChildrenOnly))
        idle->stop();
}

int GuardedTcpServer::openConnections() const {
    int open = 0;
    for (int count : m_perAddress)
        open += count;
    return open;
}

void GuardedTcpServer::incomingConnection(qintptr descriptor) {
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QString address = socket->peerAddress().toString();
    if (m_perAddress.value(address) >= m_limits.connectionsPerAddress) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_perAddress[address];
    watch(socket, address);
    addPendingConnection(socket);
    Q_EMIT newConnection();
}

// Connected before the HTTP server's own slots, so this runs first on every
// read: the bytes counted are those that arrived since Qt last read.
//
// Qt HttpServer drops every connection to a socket's signals when it hands
// the socket to its WebSocket server, so the connection is counted until the
// idle timer, the socket's child, goes with it.
void GuardedTcpServer::watch(QTcpSocket* socket, const QString& address) {
    auto* idle = new QTimer(socket);
    idle->setObjectName(QLatin1String(kIdle));
    connect(idle, &QObject::destroyed, this, [this, address] {
        if (--m_perAddress[address] <= 0)
            m_perAddress.remove(address);
    });
    idle->setSingleShot(true);
    idle->setInterval(m_limits.idleMs);
    connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    const auto active = [idle] {
        idle->start();
    };
    connect(socket, &QTcpSocket::bytesWritten, idle, active);
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, idle] {
        idle->start();
        const qint64 received = socket->property(kReceived).toLongLong() + socket->bytesAvailable();
        socket->setProperty(kReceived, received);
        if (received > m_limits.requestBytes)
            socket->abort();
    });
    idle->start();
}

} // namespace unblock::remote
