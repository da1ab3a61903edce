// Takes the README's screenshots: runs the real windows on a copy of a
// session and saves each scene as a PNG. Run it under Xvfb at the size you
// want to see:
//   xvfb-run -s "-screen 0 1024x768x24" screenshot-tour SESSION.unblock OUTDIR
// in the system's language, as the app starts: LANGUAGE=cy for Welsh.
// TOUR_DARK=1 gives it a dark palette, as a desktop in dark mode would.
#include "actions/ActionsPage.h"
#include "app/DarkPalette.h"
#include "board/BoardPage.h"
#include "board/LearningPanel.h"
#include "document/Edits.h"
#include "document/SessionDocument.h"
#include "i18n/Languages.h"
#include "journeys/JourneyCanvas.h"
#include "journeys/JourneysPage.h"
#include "matrix/MatrixPage.h"
#include "presenter/PresenterWindow.h"
#include "presenter/RevealChart.h"
#include "report/ActionExport.h"
#include "report/CompareDialog.h"
#include "report/PrintedSummary.h"
#include "report/Summary.h"
#include "report/SummaryDialog.h"
#include "store/Rounds.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"
#include "support/PastWorkshop.h"
#include "voting/KioskDialog.h"
#include "voting/PhonesPanel.h"
#include "voting/VotingPage.h"
#include "window/MainWindow.h"
#include "window/PreferencesDialog.h"
#include "window/Prompts.h"
#include "window/TimerBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMessageBox>
#include <QPalette>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <cstdio>
#include <sqlite3.h>
#include <utility>

using namespace unblock;

namespace {

void settle(int ms = 300) {
    QTest::qWait(ms);
}

// Three councils' past workshops and a file that is not a session.
QString writeLibrary(const QString& outDir) {
    const QString folder = outDir + QStringLiteral("/library");
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const std::vector<std::pair<QString, SessionData>> workshops = {
        {QStringLiteral("caerdydd"),
         test::pastWorkshop(QStringLiteral("Really Useful Day: Caerdydd"), QDate(2026, 3, 12),
                            QStringLiteral("No money for new systems"),
                            {QStringLiteral("Pool budgets with neighbouring councils"),
                             QStringLiteral("Bid for the national digital fund"),
                             QStringLiteral("Share a finance officer across services")},
                            {9, 5, 2})},
        {QStringLiteral("abertawe"),
         test::pastWorkshop(QStringLiteral("Really Useful Day: Abertawe"), QDate(2026, 6, 4),
                            QStringLiteral("Budgets and money worries"),
                            {QStringLiteral("pool budgets with neighbouring councils"),
                             QStringLiteral("Stop paying for licences nobody uses")})},
        {QStringLiteral("wrecsam"),
         test::pastWorkshop(QStringLiteral("Really Useful Day: Wrecsam"), QDate(2026, 9, 17),
                            QStringLiteral("Finite resources, cut every year"),
                            {QStringLiteral("Move the cheapest contacts online first")}, {7})}};
    for (const auto& [name, data] : workshops) {
        auto file = store::SessionFile::create(folder + u'/' + name + QStringLiteral(".unblock"));
        if (file)
            (void)store::writeSession(*file.value(), data);
    }
    QFile notes(folder + QStringLiteral("/notes.unblock"));
    if (notes.open(QIODevice::WriteOnly))
        notes.write("Notes from the day, not a session");
    return folder;
}

void save(QWidget* widget, const QString& dir, const QString& name) {
    settle();
    const QString path = dir + QLatin1Char('/') + name;
    if (!widget->grab().save(path))
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

// A session file changed with SQLite, its checks off, as a stranger's tool
// would leave it (tests/support/HostileSessions.cpp has many more).
bool changeWithSql(const QString& path, const char* sql) {
    sqlite3* db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    const QByteArray all = QByteArray("PRAGMA writable_schema = ON; "
                                      "PRAGMA ignore_check_constraints = ON; "
                                      "PRAGMA foreign_keys = OFF; ") +
                           sql;
    const int rc = sqlite3_exec(db, all.constData(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

// A copy of `session` at `path`, changed by `sql`.
bool hostileCopy(const QString& session, const QString& path, const char* sql) {
    QFile::remove(path);
    if (!QFile::copy(session, path))
        return false;
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return changeWithSql(path, sql);
}

// The library as a shared drive leaves it: the three councils' workshops,
// and files a stranger's laptop, a broken copy or a mistake put there.
QString writeLibraryWithUnread(const QString& library, const QString& session) {
    const QString folder = library + QStringLiteral("-unread");
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    for (const QString& name : QDir(library).entryList({QStringLiteral("*.unblock")}, QDir::Files))
        QFile::copy(library + u'/' + name, folder + u'/' + name);
    const auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile file(folder + u'/' + name);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
    };
    QFile demo(session);
    const QByteArray whole = demo.open(QIODevice::ReadOnly) ? demo.readAll() : QByteArray();
    write(QStringLiteral("empty.unblock"), {});
    write(QStringLiteral("copied-half-way.unblock"), whole.left(whole.size() / 2));
    for (int n = 1; n <= 12; ++n)
        write(QStringLiteral("Really Useful Day (copy %1) - half sent.unblock").arg(n),
              whole.left(whole.size() / 3));
    hostileCopy(session, folder + QStringLiteral("/merged-into-itself.unblock"),
                "UPDATE blockers SET merged_into = id WHERE id = 3;");
    hostileCopy(session, folder + QStringLiteral("/other-program.unblock"),
                "CREATE TABLE contacts(name TEXT);");
    hostileCopy(session, folder + QStringLiteral("/thirtieth-of-february.unblock"),
                "UPDATE session SET date = '2026-02-30';");
    return folder;
}

// What the tour answers in place of the person at the file dialogs and the
// chooser (the real ones where nothing is set).
class TourPrompts : public app::Prompts {
public:
    QString saveFileName(QWidget* parent, const QString& title) override {
        return fileToSave.isEmpty() ? app::Prompts::saveFileName(parent, title)
                                    : std::exchange(fileToSave, {});
    }
    QString exportFileName(QWidget* parent, const QString& title, const QString& filters,
                           const QString& suggestedName) override {
        return fileToSave.isEmpty()
                   ? app::Prompts::exportFileName(parent, title, filters, suggestedName)
                   : std::exchange(fileToSave, {});
    }
    std::optional<int> chooseItem(QWidget* parent, const QString& title, const QString& label,
                                  const QStringList& items,
                                  std::optional<int> preselected) override {
        if (itemToChoose)
            return std::exchange(itemToChoose, std::nullopt);
        return app::Prompts::chooseItem(parent, title, label, items, preselected);
    }
    QString fileToSave;
    std::optional<int> itemToChoose;
};

// The dialog open in `ms` (a modal one runs its own loop), saved, then
// closed (Enter, or Escape when `accept` is false).
void saveDialogSoon(const QString& dir, const QString& name, bool accept = true, int ms = 600) {
    QTimer::singleShot(ms, [dir, name, accept] {
        if (QWidget* dialog = QApplication::activeModalWidget()) {
            save(dialog, dir, name);
            if (auto* box = qobject_cast<QDialog*>(dialog); box && accept)
                box->accept();
            else
                dialog->close();
        } else {
            std::fprintf(stderr, "no dialog for %s\n", qPrintable(name));
        }
    });
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Unblock screenshots"));
    // Default preferences every time, whatever an earlier run left.
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    installTranslations(app, resolveLanguage({}, QLocale::system().uiLanguages()));
    if (qEnvironmentVariableIsSet("TOUR_DARK"))
        QApplication::setPalette(test::darkPalette());
    if (argc != 3) {
        std::fprintf(stderr, "usage: screenshot-tour SESSION.unblock OUTDIR\n");
        return 2;
    }
    const QString outDir = QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(outDir);
    const QString session = outDir + QStringLiteral("/tour.unblock");
    QFile::remove(session);
    if (!QFile::copy(QString::fromLocal8Bit(argv[1]), session))
        return 1;
    QFile::setPermissions(session, QFile::ReadOwner | QFile::WriteOwner);

    TourPrompts prompts;
    app::MainWindow window(prompts);
    if (!window.openSession(session))
        return 1;
    window.setGeometry(window.screen()->availableGeometry());
    window.show();
    save(&window, outDir, QStringLiteral("facilitator-board.png"));

    app::PresenterWindow* presenter = window.presenter();
    presenter->setGeometry(window.screen()->geometry());
    presenter->show();
    window.pages()->setCurrentIndex(0);
    save(presenter, outDir, QStringLiteral("presenter-capture.png"));

    // A new round open for votes, two ballots in, the timer running.
    window.pages()->setCurrentWidget(window.votingPage());
    store::RoundSpec spec;
    spec.title = QStringLiteral("Which blocker first?");
    spec.budget = 3;
    spec.maxPerItem = 2;
    const std::optional<Id> round = window.votingPage()->startRound(spec);
    if (!round)
        return 1;
    app::KioskDialog kiosk(*window.document(), prompts, *round, &window);
    kiosk.show();
    for (int voter = 0; voter < 2; ++voter) {
        kiosk.startButton()->click();
        kiosk.addButton(voter)->click();
        kiosk.addButton(2)->click();
    }
    kiosk.addButton(2)->click();
    settle();
    save(&kiosk, outDir, QStringLiteral("kiosk-ballot.png"));
    kiosk.castButton()->click();
    kiosk.hide(); // closing asks the facilitator first
    window.timerBar()->actions().first()->trigger();
    // Phones let in on the first network: the projector shows how to join.
    app::PhonesPanel* phones = window.votingPage()->phones();
    phones->toggleButton()->click();
    settle();
    save(presenter, outDir, QStringLiteral("presenter-voting.png"));
    save(&window, outDir, QStringLiteral("facilitator-voting.png"));

    // A call for blockers: what phones sent waits beside the board, one of
    // them reading like a blocker already there.
    phones->callChoice()->setCurrentIndex(1);
    std::vector<store::NewIncoming> sent;
    for (const char* text :
         {"Not enough budget for the website", "Rural broadbnd is slow", "Nobody owns the forms"})
        sent.push_back({IncomingKind::Blocker,
                        QString::fromUtf8(text),
                        {},
                        QStringLiteral("p1"),
                        std::nullopt,
                        std::nullopt});
    app::edits::receivePhoneItems(*window.document(), sent,
                                  [](const Result<std::vector<Result<Id>>>&) {});
    settle(500);
    window.pages()->setCurrentIndex(0);
    settle();
    save(&window, outDir, QStringLiteral("facilitator-incoming.png"));
    save(presenter, outDir, QStringLiteral("presenter-call.png"));
    window.pages()->setCurrentWidget(window.votingPage());
    phones->callChoice()->setCurrentIndex(0);
    phones->toggleButton()->click();

    // The demo's revealed round: the reveal, animation finished.
    window.votingPage()->selectRound(1);
    settle();
    presenter->revealChart()->finish();
    save(presenter, outDir, QStringLiteral("presenter-reveal.png"));
    presenter->setTheme(app::PresenterWindow::Theme::HighContrast);
    save(presenter, outDir, QStringLiteral("presenter-reveal-high-contrast.png"));
    presenter->setTheme(app::PresenterWindow::Theme::Light);
    save(presenter, outDir, QStringLiteral("presenter-reveal-light.png"));
    presenter->setTheme(app::PresenterWindow::Theme::Dark);
    save(&window, outDir, QStringLiteral("facilitator-results.png"));

    // The travel company's journey and its future version, on the canvas.
    if (auto* journeys = window.journeysPage()) {
        window.findChild<QTabWidget*>()->setCurrentWidget(journeys);
        settle();
        save(&window, outDir, QStringLiteral("journeys-canvas.png"));
        // The presenter follows the step the group is walking through.
        journeys->canvas()->selectStep(1);
        settle();
        save(presenter, outDir, QStringLiteral("presenter-journey.png"));
        window.findChild<QTabWidget*>()->setCurrentIndex(0);
    }

    // The action plan: three solutions taken on, one done, one overdue.
    if (auto* actions = window.actionsPage()) {
        const std::vector<Solution> solutions = window.document()->data().solutions;
        const QStringList owners{QStringLiteral("Finance lead"), QStringLiteral("Siân"),
                                 QStringLiteral("Digital team")};
        for (qsizetype i = 0; i < owners.size() && i < qsizetype(solutions.size()); ++i) {
            const Solution& s = solutions[std::size_t(i)];
            app::edits::editSolution(
                *window.document(), s.id,
                {s.text, s.impact, s.effort, owners[i], QDate::currentDate().addDays(21 * i - 7)});
        }
        if (solutions.size() > 1)
            app::edits::setActionStatus(*window.document(), solutions[1].id, ActionStatus::Done);
        window.findChild<QTabWidget*>()->setCurrentWidget(actions);
        settle();
        save(&window, outDir, QStringLiteral("facilitator-actions.png"));
        // Export Actions… for Jira: what to tell its importer of the dates.
        const std::vector<ActionExportTarget> targets = actionExportTargets();
        for (std::size_t i = 0; i < targets.size(); ++i) {
            if (targets[i].kind == ActionExport::Jira)
                prompts.itemToChoose = static_cast<int>(i);
        }
        prompts.fileToSave = outDir + QStringLiteral("/tour actions.csv");
        saveDialogSoon(outDir, QStringLiteral("jira-notice.png"));
        actions->exportActions();
        save(&window, outDir, QStringLiteral("jira-status-bar.png"));

        // File ▸ Save a Copy for Sharing…: what the copy leaves out, then
        // the file, then what was saved (the status bar).
        if (auto* share = window.findChild<QAction*>(QStringLiteral("saveSharingCopy"))) {
            prompts.fileToSave = outDir + QStringLiteral("/tour for sharing.unblock");
            QFile::remove(prompts.fileToSave);
            saveDialogSoon(outDir, QStringLiteral("sharing-copy-dialog.png"));
            share->trigger();
            save(&window, outDir, QStringLiteral("sharing-copy-saved.png"));
            window.statusBar()->clearMessage(); // not in the README's later pictures
        }
        window.findChild<QTabWidget*>()->setCurrentIndex(0);
    }

    // Help ▸ About Unblock: the version, the licence, what it is built with.
    if (auto* about = window.findChild<QAction*>(QStringLiteral("aboutUnblock"))) {
        about->trigger();
        if (auto* box = window.findChild<QMessageBox*>(QStringLiteral("aboutBox"))) {
            save(box, outDir, QStringLiteral("about.png"));
            box->close();
        }
    }

    // Impact and effort: thirty solutions scored, as a room might.
    if (auto* matrix = window.matrixPage()) {
        const std::vector<Solution> solutions = window.document()->data().solutions;
        for (std::size_t i = 0; i < solutions.size() && i < 30; ++i) {
            const Solution& s = solutions[i];
            const int impact = static_cast<int>(1 + (i * 7) % 5);
            const int effort = static_cast<int>(1 + (i * 3 + i / 5) % 5);
            app::edits::editSolution(*window.document(), s.id,
                                     {s.text, impact, effort, s.owner, s.due});
        }
        window.findChild<QTabWidget*>()->setCurrentWidget(matrix);
        settle();
        save(&window, outDir, QStringLiteral("facilitator-matrix.png"));
        window.findChild<QTabWidget*>()->setCurrentIndex(0);
    }

    // What other workshops in the library did about the blocker selected.
    if (auto* learning = window.boardPage()->learning()) {
        const QString library = writeLibrary(outDir);
        learning->setFolder(library);
        if (!QTest::qWaitFor([learning] { return !learning->isReading(); }, 10'000))
            std::fprintf(stderr, "the library was not read in 10 s\n");
        for (const Blocker& b : window.document()->data().blockers) {
            if (b.title.startsWith(QStringLiteral("Budgets")))
                window.boardPage()->selectItem(app::BoardModel::Kind::Blocker, b.id);
        }
        settle();
        save(&window, outDir, QStringLiteral("facilitator-library.png"));
        learning->addSelected();
        save(&window, outDir, QStringLiteral("facilitator-library-added.png"));

        // The board with both panels open, phones' items waiting and a long
        // title: what a 1024x768 projector mirrors mid-morning.
        app::edits::addBlocker(
            *window.document(),
            {QStringLiteral("Residents can't find the council tax form on the website, so they "
                            "ring the contact centre, who fill it in for them"),
             {},
             {},
             {},
             {}});
        app::edits::receivePhoneItems(*window.document(), sent,
                                      [](const Result<std::vector<Result<Id>>>&) {});
        settle(500);
        save(&window, outDir, QStringLiteral("facilitator-board-both-panels.png"));
        // The type made larger for the back of the room: the panels move below.
        window.boardPage()->setZoom(3);
        settle();
        save(&window, outDir, QStringLiteral("facilitator-board-zoomed.png"));
        window.boardPage()->setZoom(0);

        // A library with files that could not be read: how many, and when
        // asked, each with why.
        learning->setFolder(writeLibraryWithUnread(library, QString::fromLocal8Bit(argv[1])));
        if (!QTest::qWaitFor([learning] { return !learning->isReading(); }, 10'000))
            std::fprintf(stderr, "the library was not read in 10 s\n");
        learning->unreadableButton()->click();
        save(&window, outDir, QStringLiteral("library-unread-files.png"));
        learning->unreadableButton()->click();
        learning->setFolder(library);
        if (!QTest::qWaitFor([learning] { return !learning->isReading(); }, 10'000))
            std::fprintf(stderr, "the library was not read in 10 s\n");
    }

    // Merge Into… (Ctrl+M) on a blocker with a likely duplicate: the dialog
    // as the facilitator sees it, then left without merging.
    for (const Blocker& b : window.document()->data().blockers) {
        if (b.title.startsWith(QStringLiteral("Budgets")))
            window.boardPage()->selectItem(app::BoardModel::Kind::Blocker, b.id);
    }
    QTimer::singleShot(600, [&] {
        if (QWidget* dialog = QApplication::activeModalWidget()) {
            save(dialog, outDir, QStringLiteral("merge-into.png"));
            dialog->close();
        }
    });
    window.boardPage()->tree()->setFocus();
    for (QAction* action : window.boardPage()->tree()->actions()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_M))
            action->trigger();
    }

    // A reveal with a tie at 8th: three items with one dot each, on a page
    // of their own, the lower places first.
    spec.title = QStringLiteral("A tie at 8th");
    if (const std::optional<Id> tied = window.votingPage()->startRound(spec)) {
        window.votingPage()->paperVotersBox()->setValue(20); // who could have placed them
        const int dots[] = {9, 8, 7, 6, 5, 4, 3, 1, 1, 1};
        std::size_t next = 0;
        // Each tally changes the session: the items are copied first.
        const std::vector<Id> items = window.document()->data().round(*tied)->items;
        for (const Id item : items) {
            const Blocker* blocker = window.document()->data().blocker(item);
            if (next < std::size(dots) && blocker && !blocker->mergedInto)
                app::edits::setTally(*window.document(), *tied, item, dots[next++]);
        }
        app::edits::setRoundState(*window.document(), *tied, RoundState::Closed);
        app::edits::setRoundState(*window.document(), *tied, RoundState::Revealed);
        presenter->showRound(*tied);
        app::RevealChart* reveal = presenter->revealChart();
        while (reveal->itemsShown() > 0)
            reveal->showPrevious();
        for (int row = 0; row < 3; ++row)
            reveal->showNext();
        save(presenter, outDir, QStringLiteral("presenter-reveal-tie-at-8th.png"));
    }

    // The summary, as it will print (Ctrl+P).
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Print))
            action->trigger();
    }
    settle();
    if (auto* summary = window.findChild<unblock::app::SummaryDialog*>()) {
        settle();
        save(summary, outDir, QStringLiteral("summary-preview.png"));
        summary->close();
    }

    // The summary as printed, each page a picture (with poppler's pdftoppm,
    // there when the tests' packages are): the matrix has a page of its own.
    {
        const Result<SummaryDocument> doc = buildSummary(window.document()->data());
        const Result<QByteArray> bytes = doc ? summaryPdf(doc.value()) : doc.error();
        const QString pdf = outDir + QStringLiteral("/summary.pdf");
        QFile file(pdf);
        if (bytes && file.open(QIODevice::WriteOnly)) {
            file.write(bytes.value());
            file.close();
            QProcess::execute(QStringLiteral("pdftoppm"),
                              {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                               pdf, outDir + QStringLiteral("/summary-page")});
        }
    }

    // File ▸ Open on a file Unblock never wrote: refused, saying what is wrong.
    const QString hostile = outDir + QStringLiteral("/from-another-council.unblock");
    if (hostileCopy(QString::fromLocal8Bit(argv[1]), hostile,
                    "UPDATE blockers SET merged_into = id WHERE id = 3;")) {
        saveDialogSoon(outDir, QStringLiteral("refused-hostile-file.png"));
        window.openSession(hostile);
    }
    // And one copied half-way.
    {
        const QString damaged = outDir + QStringLiteral("/copied-half-way.unblock");
        QFile demo(QString::fromLocal8Bit(argv[1]));
        QFile half(damaged);
        if (demo.open(QIODevice::ReadOnly) && half.open(QIODevice::WriteOnly)) {
            half.write(demo.readAll().left(demo.size() / 2));
            half.close();
            saveDialogSoon(outDir, QStringLiteral("refused-damaged-file.png"));
            window.openSession(damaged);
        }
    }

    // Preferences, as a new facilitator first sees them.
    app::PreferencesDialog preferences(app::Preferences{}, &window);
    preferences.show();
    settle();
    save(&preferences, outDir, QStringLiteral("preferences.png"));
    preferences.close();

    // Two workshops compared (the tour's session and the demo it started from).
    app::CompareDialog compare(prompts, &window);
    compare.show();
    if (compare.compare({session, QString::fromLocal8Bit(argv[1])})) {
        settle();
        save(&compare, outDir, QStringLiteral("compare-workshops.png"));
    }
    return 0;
}
