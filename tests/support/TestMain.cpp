// Every test runs with a QCoreApplication, as the CLI's commands do; tests of
// printing (which lays out text with fonts) get a QGuiApplication on the
// offscreen platform, as the CLI uses. Both speak English as the programs
// do for an English speaker (its file gives the plural forms).
#include "i18n/Languages.h"
#include "support/CatchRunner.h"

#ifdef UNBLOCK_TEST_GUI_APPLICATION
#include <QGuiApplication>
using Application = QGuiApplication;
#else
#include <QCoreApplication>
using Application = QCoreApplication;
#endif

namespace {

int runTests(int argc, char* argv[]) {
#ifdef UNBLOCK_TEST_GUI_APPLICATION
    qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    Application app(argc, argv);
    unblock::installTranslations(app, QStringLiteral("en_GB"));
    return unblock::test::runCatch(argc, argv);
}

} // namespace

int main(int argc, char* argv[]) {
    unblock::test::endTests(runTests(argc, argv));
}
