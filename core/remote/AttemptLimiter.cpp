#include "remote/AttemptLimiter.h"

namespace unblock::remote {

AttemptLimiter::AttemptLimiter(int allowed, qint64 windowMs)
    : m_allowed(allowed)
    , m_windowMs(windowMs) {}

void AttemptLimiter::forgetBefore(std::deque<qint64>& times, qint64 nowMs) const {
    while (!times.empty() && times.front() <= nowMs - m_windowMs)
        times.pop_front();
}

bool AttemptLimiter::isBlocked(const QString& address, qint64 nowMs) {
    return retryAfterMs(address, nowMs) > 0;
}

qint64 AttemptLimiter::retryAfterMs(const QString& address, qint64 nowMs) {
    auto found = m_failures.find(address);
    if (found == m_failures.end())
        return 0;
    forgetBefore(found.value(), nowMs);
    if (static_cast<int>(found.value().size()) < m_allowed)
        return 0;
    return found.value().front() + m_windowMs - nowMs;
}

void AttemptLimiter::recordFailure(const QString& address, qint64 nowMs) {
    if (m_failures.size() >= kMaxAddresses && !m_failures.contains(address))
        prune(nowMs);
    std::deque<qint64>& times = m_failures[address];
    forgetBefore(times, nowMs);
    times.push_back(nowMs);
}

void AttemptLimiter::recordSuccess(const QString& address) {
    m_failures.remove(address);
}

// Drops addresses with nothing left in the window; if all are recent (a flood
// from many addresses), the whole table: refusing a few guesses less is
// better than running out of memory.
void AttemptLimiter::prune(qint64 nowMs) {
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        forgetBefore(it.value(), nowMs);
        it = it.value().empty() ? m_failures.erase(it) : std::next(it);
    }
    if (m_failures.size() >= kMaxAddresses)
        m_failures.clear();
}

} // namespace unblock::remote
