#include "model/CountdownTimer.h"

#include "support/catch.h"

using namespace unblock;
using namespace std::chrono_literals;
using State = CountdownTimer::State;

TEST_CASE("A countdown runs, pauses, gains a minute and ends") {
    const auto t0 = CountdownTimer::Clock::time_point{} + 1h;
    CountdownTimer timer;
    CHECK(timer.state(t0) == State::Idle);
    timer.start(5min, t0);
    CHECK(timer.remaining(t0 + 1min) == 4min);
    timer.pause(t0 + 2min);
    CHECK(timer.state(t0 + 10min) == State::Paused);
    CHECK(timer.remaining(t0 + 10min) == 3min);
    timer.resume(t0 + 10min);
    timer.add(1min, t0 + 10min);
    CHECK(timer.remaining(t0 + 11min) == 3min);
    CHECK(timer.total() == 6min);
    CHECK(timer.state(t0 + 14min) == State::Finished);
    CHECK(timer.remaining(t0 + 20min) == 0min);
    timer.add(1min, t0 + 20min); // a finished activity gets one more minute
    CHECK(timer.state(t0 + 20min + 30s) == State::Running);
    timer.reset();
    CHECK(timer.state(t0) == State::Idle);
}
