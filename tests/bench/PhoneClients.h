#pragma once

#include "remote/PhoneVoting.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <vector>

// Phones on loopback for the benchmarks: keep-alive connections sending
// their requests one after another, timing each answer.
namespace unblock::bench {

class Phone {
public:
    Phone(quint16 port, std::vector<QByteArray> requests, std::vector<qint64>* latencies);
    bool done() const { return m_next == m_requests.size() && !m_waiting; }
    // Answers that were neither 200, nor 404 (the static answer), nor 409
    // with "repeat" (an item sent again after its answer was lost).
    int failures() const { return m_failures; }
    int resent() const { return m_resent; }

private:
    void sendNext();
    void read();
    void reconnect();

    quint16 m_port;
    QTcpSocket m_socket;
    QTimer m_retry; // while the server is away (stopped and started again)
    std::vector<QByteArray> m_requests;
    std::size_t m_next = 0;
    bool m_waiting = false;
    QElapsedTimer m_clock;
    QByteArray m_buffer;
    std::vector<qint64>* m_latencies;
    int m_failures = 0;
    int m_resent = 0;
};

// `count` phones join (not timed); their voter tokens.
std::vector<QByteArray> joinPhones(remote::PhoneVoting& voting, const remote::RemoteAccess& access,
                                   int count);

// The baseline: `count` phones each fetch the server's static answer (its
// 404) `perPhone` times. Returns the wall time in ms, as runPhones does.
double staticAnswers(quint16 port, const QByteArray& host, int count, int perPhone,
                     std::vector<qint64>* latencies);

QByteArray request(const QByteArray& method, const QByteArray& path, const QByteArray& host,
                   const QByteArray& body, const QByteArray& voter = {});

// Runs the event loop until `done` or `ms` milliseconds have passed.
template <typename Done> bool runUntil(Done done, int ms);

// The latency below which a share `p` of them fall, in milliseconds.
double percentileMs(std::vector<qint64> microseconds, double p);

// Runs every phone's requests; returns the wall time in ms, or -1 if they
// did not finish within `ms`.
double runPhones(std::vector<std::unique_ptr<Phone>>& phones, int ms = 8000);

} // namespace unblock::bench

#include <QCoreApplication>
#include <QDeadlineTimer>

template <typename Done> bool unblock::bench::runUntil(Done done, int ms) {
    const QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return done();
}
