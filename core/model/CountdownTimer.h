#pragma once

#include <chrono>

namespace unblock {

// The countdown of a timed activity. It holds no clock of its own: every call
// is given the time, so the app drives it from a QTimer and tests from a
// clock they set.
class CountdownTimer {
public:
    using Clock = std::chrono::steady_clock;
    using Duration = std::chrono::milliseconds;
    enum class State { Idle, Running, Paused, Finished };

    void start(Duration duration, Clock::time_point now);
    void pause(Clock::time_point now);
    void resume(Clock::time_point now);
    // Adds time (a minute, usually); a finished countdown runs again.
    void add(Duration extra, Clock::time_point now);
    void reset();

    State state(Clock::time_point now) const;
    Duration remaining(Clock::time_point now) const;
    Duration total() const { return m_total; }

private:
    State m_state = State::Idle;
    Duration m_total{0};
    Duration m_leftAtPause{0};
    Clock::time_point m_deadline{};
};

} // namespace unblock
