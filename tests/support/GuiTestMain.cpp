// Widget tests run headless (QT_QPA_PLATFORM=offscreen) with a QApplication,
// and settings kept in a temporary folder, never the user's, cleared as each
// case starts (as a new user's are). English, as the app speaks it to an
// English speaker.
#include "i18n/Languages.h"
#include "support/CatchRunner.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

namespace {

int runTests(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Unblock tests"));
    QApplication::setApplicationName(QStringLiteral("unblock-tests"));
    unblock::installTranslations(app, QStringLiteral("en_GB"));
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    return unblock::test::runCatch(argc, argv, [] { QSettings().clear(); });
}

} // namespace

int main(int argc, char* argv[]) {
    unblock::test::endTests(runTests(argc, argv));
}
