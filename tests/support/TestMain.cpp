// Every test runs with a QCoreApplication, as the app and the CLI do.
#define CATCH_CONFIG_RUNNER
#include "support/catch.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
