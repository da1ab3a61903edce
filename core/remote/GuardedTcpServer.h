#pragma once

#include <QHash>
#include <QTcpServer>

class QTcpSocket;

namespace unblock::remote {

// The listening socket handed to the HTTP server, with the limits Qt
// HttpServer 6.4 does not have: connections per address, how long a
// connection may sit idle, and how many bytes a request may send before it
// is answered. A slow, half-open or flooding client is cut off here, before
// Qt buffers what it sends.
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT

public:
    struct Limits {
        int connectionsPerAddress = 16;
        int idleMs = 10'000; // a phone that went quiet is let go well within 15 s
        qint64 requestBytes = qint64{64} * 1024;
    };

    explicit GuardedTcpServer(Limits limits, QObject* parent = nullptr);

    // The server answered on `socket`: its next request may send its own bytes.
    static void answered(QTcpSocket* socket);
    // The request on `socket` is becoming a WebSocket: from here its own
    // protocol bounds it (message sizes, pings), not the limits of a request.
    static void upgraded(QTcpSocket* socket);
    int openConnections() const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void watch(QTcpSocket* socket, const QString& address);

    Limits m_limits;
    QHash<QString, int> m_perAddress;
};

} // namespace unblock::remote
