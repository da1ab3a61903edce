#pragma once

#include <QHash>
#include <QString>

#include <deque>

namespace unblock::remote {

// Wrong join codes per network address: after `allowed` wrong codes within
// `windowMs`, that address is refused until the oldest of them is a window
// old. Guessing a 6-letter code (29^6, about 600 million) at 5 a minute
// takes centuries. Times are milliseconds from any fixed start, passed in so
// tests need no clock.
class AttemptLimiter {
public:
    explicit AttemptLimiter(int allowed = 5, qint64 windowMs = 60'000);

    bool isBlocked(const QString& address, qint64 nowMs);
    // How long until `address` may try again; 0 when it may now.
    qint64 retryAfterMs(const QString& address, qint64 nowMs);
    void recordFailure(const QString& address, qint64 nowMs);
    void recordSuccess(const QString& address);

    // Addresses remembered; old ones are dropped, so a flood of addresses
    // cannot grow this without bound.
    qsizetype trackedAddresses() const { return m_failures.size(); }
    static constexpr qsizetype kMaxAddresses = 10'000;

private:
    void forgetBefore(std::deque<qint64>& times, qint64 nowMs) const;
    void prune(qint64 nowMs);

    int m_allowed;
    qint64 m_windowMs;
    QHash<QString, std::deque<qint64>> m_failures;
};

} // namespace unblock::remote
