#define CATCH_CONFIG_RUNNER
#include "support/CatchRunner.h"

#include "support/catch.h"

#if __has_include(<catch2/catch_test_macros.hpp>)
#include <catch2/reporters/catch_reporter_event_listener.hpp>
#include <catch2/reporters/catch_reporter_registrars.hpp>
using ListenerBase = Catch::EventListenerBase;
#else
using ListenerBase = Catch::TestEventListenerBase;
#endif

#include <cstdio>
#include <cstdlib>
#include <utility>

#ifdef _WIN32
#include <windows.h>
#endif

namespace {

std::function<void()> callBeforeEachCase;

// Each case starts as it would alone in its own process, whichever ran
// before it: under Wine a program runs its cases in one process.
struct BeforeEachCase : ListenerBase {
    using ListenerBase::ListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo& info) override {
        ListenerBase::testCaseStarting(info);
        if (callBeforeEachCase)
            callBeforeEachCase();
    }
};

} // namespace

CATCH_REGISTER_LISTENER(BeforeEachCase)

int unblock::test::runCatch(int argc, char* argv[], std::function<void()> beforeEachCase) {
    callBeforeEachCase = std::move(beforeEachCase);
    return Catch::Session().run(argc, argv);
}

void unblock::test::endTests(int failed) {
    std::fflush(nullptr);
#ifdef _WIN32
    TerminateProcess(GetCurrentProcess(), static_cast<UINT>(failed));
#endif
    std::exit(failed);
}
