#define CATCH_CONFIG_RUNNER
#include "support/CatchRunner.h"

#include "support/catch.h"

int unblock::test::runCatch(int argc, char* argv[]) {
    return Catch::Session().run(argc, argv);
}
