#include "model/CountdownTimer.h"

#include <algorithm>

namespace unblock {

using std::chrono::duration_cast;

void CountdownTimer::start(Duration duration, Clock::time_point now) {
    m_total = duration;
    m_deadline = now + duration;
    m_state = State::Running;
}

void CountdownTimer::pause(Clock::time_point now) {
    if (state(now) != State::Running)
        return;
    m_leftAtPause = remaining(now);
    m_state = State::Paused;
}

void CountdownTimer::resume(Clock::time_point now) {
    if (m_state != State::Paused)
        return;
    m_deadline = now + m_leftAtPause;
    m_state = State::Running;
}

void CountdownTimer::add(Duration extra, Clock::time_point now) {
    switch (state(now)) {
    case State::Idle:
        return;
    case State::Paused:
        m_leftAtPause += extra;
        break;
    case State::Finished:
        m_deadline = now + extra;
        m_state = State::Running;
        break;
    case State::Running:
        m_deadline += extra;
        break;
    }
    m_total += extra;
}

void CountdownTimer::reset() {
    m_state = State::Idle;
    m_total = Duration{0};
}

CountdownTimer::State CountdownTimer::state(Clock::time_point now) const {
    if (m_state == State::Running && now >= m_deadline)
        return State::Finished;
    return m_state;
}

CountdownTimer::Duration CountdownTimer::remaining(Clock::time_point now) const {
    switch (state(now)) {
    case State::Idle:
    case State::Finished:
        return Duration{0};
    case State::Paused:
        return m_leftAtPause;
    case State::Running:
        return std::max(Duration{0}, duration_cast<Duration>(m_deadline - now));
    }
    return Duration{0};
}

} // namespace unblock
