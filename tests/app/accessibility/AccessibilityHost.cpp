// Not a test on its own: shows every window and dialog a facilitator meets
// (the main window, the presenter, the kiosk and each dialog) on a real
// display, for read_tree.py to read through AT-SPI as a screen reader does.
// Prints "ready" once all are shown.
#include "app/EveryDialog.h"
#include "i18n/Languages.h"
#include "presenter/PresenterWindow.h"
#include "window/MainWindow.h"
#include "window/Prompts.h"

#include <QApplication>
#include <QSettings>
#include <QSocketNotifier>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace unblock;

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Unblock tests"));
    QApplication::setApplicationName(QStringLiteral("unblock-accessibility"));
    installTranslations(app, QStringLiteral("en_GB"));
    QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());

    app::Prompts prompts;
    app::MainWindow window(prompts);
    if (!window.newSession(dir.filePath(QStringLiteral("workshop.unblock")), true))
        return 1;
    window.resize(1024, 768);
    window.show();
    window.presenter()->resize(1024, 768);
    window.presenter()->show();
    // Each dialog on its own, beside the window, as when it is open.
    const std::vector<std::unique_ptr<QDialog>> dialogs = test::everyDialog(window, prompts);
    for (const std::unique_ptr<QDialog>& dialog : dialogs) {
        dialog->setModal(false);
        dialog->show();
    }
    QTimer::singleShot(500, [] {
        std::puts("ready");
        std::fflush(stdout);
    });
    // Each line read shows the window's next tab ("ready" again), until
    // there is none ("done"); the end of input quits.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char byte = 0;
        if (read(STDIN_FILENO, &byte, 1) <= 0) {
            QApplication::quit();
        } else if (byte == '\n') {
            QTabWidget* pages = window.pages();
            const bool more = pages->currentIndex() + 1 < pages->count();
            if (more)
                pages->setCurrentIndex(pages->currentIndex() + 1);
            QTimer::singleShot(300, [more] {
                std::puts(more ? "ready" : "done");
                std::fflush(stdout);
            });
        }
    });
    QTimer::singleShot(120'000, &app, &QApplication::quit); // never outlives its reader
    return QApplication::exec();
}
