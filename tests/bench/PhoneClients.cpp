#include "bench/PhoneClients.h"

#include <algorithm>

namespace unblock::bench {

Phone::Phone(quint16 port, std::vector<QByteArray> requests, std::vector<qint64>* latencies)
    : m_port(port)
    , m_requests(std::move(requests))
    , m_latencies(latencies) {
    QObject::connect(&m_socket, &QTcpSocket::connected, [this] {
        // Back after the server went away: the request it had not answered
        // goes again, as the phone page sends it again.
        if (m_waiting) {
            ++m_resent;
            m_buffer.clear();
            m_socket.write(m_requests[m_next - 1]);
        } else {
            sendNext();
        }
    });
    QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { read(); });
    QObject::connect(&m_socket, &QTcpSocket::disconnected, [this] {
        if (m_waiting)
            m_retry.start();
    });
    QObject::connect(&m_socket, &QTcpSocket::errorOccurred, [this] {
        if (m_waiting && m_socket.state() == QAbstractSocket::UnconnectedState)
            m_retry.start();
    });
    m_retry.setSingleShot(true);
    m_retry.setInterval(20);
    QObject::connect(&m_retry, &QTimer::timeout, [this] { reconnect(); });
    m_socket.connectToHost(QHostAddress::LocalHost, m_port);
}

void Phone::reconnect() {
    m_socket.abort();
    m_socket.connectToHost(QHostAddress::LocalHost, m_port);
}

void Phone::sendNext() {
    if (m_next == m_requests.size())
        return;
    m_clock.start();
    m_waiting = true;
    m_socket.write(m_requests[m_next++]);
}

void Phone::read() {
    m_buffer += m_socket.readAll();
    const qsizetype head = m_buffer.indexOf("\r\n\r\n");
    const qsizetype at = m_buffer.indexOf("Content-Length: ");
    if (head < 0 || at < 0)
        return;
    const qsizetype length =
        m_buffer.mid(at + 16, m_buffer.indexOf("\r\n", at) - at - 16).toLongLong();
    if (m_buffer.size() < head + 4 + length)
        return;
    const bool repeat =
        m_buffer.startsWith("HTTP/1.1 409") && m_buffer.mid(head + 4).contains("\"repeat\"");
    if (!m_buffer.startsWith("HTTP/1.1 200") && !m_buffer.startsWith("HTTP/1.1 404") && !repeat)
        ++m_failures;
    m_buffer.remove(0, head + 4 + length);
    m_latencies->push_back(m_clock.nsecsElapsed() / 1000);
    m_waiting = false;
    sendNext();
}

std::vector<QByteArray> joinPhones(remote::PhoneVoting& voting, const remote::RemoteAccess& access,
                                   int count) {
    std::vector<QByteArray> voters;
    for (int p = 0; p < count; ++p) {
        const remote::PhoneReply joined = voting.join(
            QStringLiteral("127.0.0.1"), {{QStringLiteral("session"), access.sessionToken()}}, 0);
        voters.push_back(joined.body.value(QStringLiteral("voter")).toString().toLatin1());
    }
    return voters;
}

double staticAnswers(quint16 port, const QByteArray& host, int count, int perPhone,
                     std::vector<qint64>* latencies) {
    std::vector<std::unique_ptr<Phone>> phones;
    for (int p = 0; p < count; ++p) {
        std::vector<QByteArray> requests(std::size_t(perPhone),
                                         request("GET", "/nothing", host, {}));
        phones.push_back(std::make_unique<Phone>(port, requests, latencies));
    }
    return runPhones(phones);
}

QByteArray request(const QByteArray& method, const QByteArray& path, const QByteArray& host,
                   const QByteArray& body, const QByteArray& voter) {
    QByteArray raw = method + ' ' + path + " HTTP/1.1\r\nHost: " + host + "\r\n";
    if (!voter.isEmpty())
        raw += "X-Unblock-Voter: " + voter + "\r\n";
    return raw + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

double percentileMs(std::vector<qint64> microseconds, double p) {
    if (microseconds.empty())
        return 0;
    std::sort(microseconds.begin(), microseconds.end());
    const auto last = static_cast<double>(microseconds.size() - 1);
    return static_cast<double>(microseconds[static_cast<std::size_t>(p * last)]) / 1000.0;
}

double runPhones(std::vector<std::unique_ptr<Phone>>& phones, int ms) {
    QElapsedTimer wall;
    wall.start();
    if (!runUntil(
            [&] {
                return std::all_of(phones.begin(), phones.end(),
                                   [](const auto& p) { return p->done(); });
            },
            ms))
        return -1;
    return static_cast<double>(wall.nsecsElapsed()) / 1e6;
}

} // namespace unblock::bench
