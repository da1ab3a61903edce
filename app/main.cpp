// Unblock: the facilitator's window.
#include "i18n/Languages.h"
#include "window/MainWindow.h"
#include "window/Preferences.h"
#include "window/Prompts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Unblock"));
    QApplication::setOrganizationDomain(QStringLiteral("unblockapp.org"));
    QApplication::setApplicationName(QStringLiteral("Unblock"));
    QApplication::setApplicationVersion(QStringLiteral(UNBLOCK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(UNBLOCK_APP_ID));
    // The language chosen in Preferences, else the system's.
    unblock::installTranslations(
        app, unblock::resolveLanguage(unblock::app::Preferences::load().language,
                                      QLocale::system().uiLanguages()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Run Really Useful Day workshops."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("session"),
        QApplication::translate("main", "A session file (*.unblock) to open."));
    parser.process(app);

    unblock::app::Prompts prompts;
    unblock::app::MainWindow window(prompts);
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        window.reopenLastSession();
    else
        window.openSession(files.first());
    window.show();
    return QApplication::exec();
}
