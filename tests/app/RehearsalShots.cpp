// Pictures of the moments a rehearsal of a Really Useful Day found wanting,
// to look at after changing them: the kiosk ballot and its confirmations, the
// reveal of seven long titles, the results chart, the paper tally's running
// count, the presenter's keys on one screen, the Journeys tab of an empty
// session, the projector's board of three tables, and a reveal with a tie at
// 8th, page by page. Run it under Xvfb at each size to be seen:
//   xvfb-run -s "-screen 0 1024x768x24" rehearsal-shots OUTDIR
//   xvfb-run -s "-screen 0 1280x800x24" rehearsal-shots OUTDIR
// Each picture's name starts with the screen's size.
#include "document/Edits.h"
#include "document/SessionDocument.h"
#include "i18n/Languages.h"
#include "presenter/PresenterWindow.h"
#include "presenter/RevealChart.h"
#include "store/Rounds.h"
#include "voting/KioskDialog.h"
#include "voting/PaperTally.h"
#include "voting/VotingPage.h"
#include "window/MainWindow.h"
#include "window/Prompts.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace unblock;
using namespace Qt::StringLiterals;

namespace {

QString g_outDir;
QString g_size;

void save(QWidget* widget, const QString& name) {
    QTest::qWait(300);
    const QString path = g_outDir + u'/' + g_size + u'-' + name;
    if (!widget->grab().save(path))
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

// The real prompts, each question pictured as it is asked and answered yes.
class PicturedPrompts : public app::Prompts {
public:
    bool confirm(QWidget* parent, const QString& title, const QString& question) override {
        const QString name = u"confirm-%1.png"_s.arg(++m_asked);
        QTimer::singleShot(400, [name] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                save(box->window(), name);
                if (QAbstractButton* yes = box->button(QMessageBox::Yes))
                    yes->click();
            }
        });
        return app::Prompts::confirm(parent, title, question);
    }
    std::optional<SessionDetails> askNewSessionDetails(QWidget*) override {
        return SessionDetails{};
    }

private:
    int m_asked = 0;
};

void clickAll(app::KioskDialog& kiosk, std::initializer_list<int> rows) {
    for (int row : rows)
        kiosk.addButton(row)->click();
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Unblock rehearsal shots"_s);
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    installTranslations(app, resolveLanguage({}, QLocale::system().uiLanguages()));
    if (argc != 2) {
        std::fprintf(stderr, "usage: rehearsal-shots OUTDIR\n");
        return 2;
    }
    g_outDir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(g_outDir);
    const QSize screen = QGuiApplication::primaryScreen()->geometry().size();
    g_size = u"%1x%2"_s.arg(screen.width()).arg(screen.height());
    QTemporaryDir work;

    PicturedPrompts prompts;
    app::MainWindow window(prompts);
    if (!window.newSession(work.filePath(u"rehearsal.unblock"_s), true))
        return 1;
    window.setGeometry(window.screen()->availableGeometry());
    window.show();
    app::SessionDocument& doc = *window.document();

    // The Journeys tab of an empty session: nothing to act on yet.
    window.pages()->setCurrentIndex(2);
    save(&window, u"journeys-empty-session.png"_s);

    // Seven long titles, as a room writes them.
    const QStringList titles{
        u"Residents can't find the council tax form on the website and ring instead"_s,
        u"Staff spend hours rekeying data between the CRM and the back-office systems"_s,
        u"Managers don't trust the data the web team gives them, so nothing changes"_s,
        u"The case management system is out of support and nobody will pay to replace it"_s,
        u"Members want their own pages on the homepage, whatever residents look for"_s,
        u"Half our rural residents have no broadband good enough to fill in a form"_s,
        u"Every service buys its own online forms, and none of them talk to each other"_s};
    for (const QString& title : titles)
        app::edits::addBlocker(doc, {title, {}, {}, {}, {}});
    window.pages()->setCurrentIndex(1);
    store::RoundSpec spec;
    spec.title = u"Top blockers"_s;
    spec.budget = 3;
    spec.maxPerItem = 2;
    const std::optional<Id> round = window.votingPage()->startRound(spec);
    if (!round)
        return 1;

    // Paper dots being typed in: the running count and its check.
    app::VotingPage* voting = window.votingPage();
    voting->paperVotersBox()->setValue(12);
    const int dots[] = {9, 7, 6, 4, 3, 2, 1};
    for (int row = 0; row < 5; ++row)
        voting->tallyTable()->model()->setData(voting->tallyTable()->model()->index(row, 0),
                                               dots[row]);
    save(&window, u"paper-tally-running-count.png"_s);

    // The kiosk: a ballot part-filled, its reason line, then its confirmations.
    {
        app::KioskDialog kiosk(doc, prompts, *round, &window);
        kiosk.resize(kiosk.size().boundedTo(window.screen()->availableSize()));
        kiosk.show();
        kiosk.startButton()->click();
        clickAll(kiosk, {0, 0, 0});
        save(&kiosk, u"kiosk-ballot.png"_s);
        kiosk.removeButton(0)->click();
        kiosk.castButton()->click(); // "You have 1 vote left. Cast anyway?"
        save(&kiosk, u"kiosk-after-casting.png"_s);
        kiosk.startButton()->click();
        clickAll(kiosk, {1});
        QTest::keyClick(&kiosk, Qt::Key_Escape); // "Leave without casting?"
        kiosk.startButton()->click();
        clickAll(kiosk, {2, 3, 3});
        kiosk.castButton()->click();
        kiosk.hide();
    }

    // The presenter on the only screen, while voting: its keys at the foot.
    app::PresenterWindow* presenter = window.presenter();
    presenter->setGeometry(window.screen()->geometry());
    presenter->show();
    QApplication::setActiveWindow(presenter);
    if (!QTest::qWaitForWindowActive(presenter))
        qWarning("rehearsal-shots: the presenter did not become active; its keys may be hidden");
    save(presenter, u"presenter-voting-keys.png"_s);
    QTest::keyClick(presenter, Qt::Key_E, Qt::ControlModifier);
    QTest::keyClick(presenter, Qt::Key_J, Qt::ControlModifier);
    presenter->revealChart()->finish();
    save(presenter, u"presenter-reveal-seven-long-titles.png"_s);
    presenter->hide();

    // The results on the facilitator's screen, with their chart.
    window.pages()->setCurrentIndex(1);
    save(&window, u"results-chart.png"_s);

    // Eleven blockers at three tables, one not at a table: the projector's
    // board, long titles wrapped in their columns.
    const QStringList more{u"Procurement rules written for buying bins, not software"_s,
                           u"Nobody owns the website's content, so nobody fixes it"_s,
                           u"Legal sign-off takes six weeks for any change to a form"_s,
                           u"Councillors' casework arrives by every channel at once"_s};
    for (const QString& title : more)
        app::edits::addBlocker(doc, {title, {}, {}, {}, {}});
    const Id tables[] = {*app::edits::addGroup(doc, u"Table 1"_s),
                         *app::edits::addGroup(doc, u"Table 2"_s),
                         *app::edits::addGroup(doc, u"Table 3"_s)};
    std::vector<Id> board;
    for (const Blocker& b : doc.data().blockers)
        board.push_back(b.id);
    for (std::size_t i = 0; i + 1 < board.size(); ++i)
        app::edits::moveBlocker(doc, board[i], tables[i % 3], 99);
    presenter->show();
    presenter->showBoard();
    save(presenter, u"presenter-board-three-tables.png"_s);

    // A tie at 8th: three blockers with one dot each. The reveal shows the
    // top 8 and every item tied with the 8th, a page at a time.
    spec.title = u"Which to fix first"_s;
    const std::optional<Id> second = voting->startRound(spec);
    if (!second)
        return 1;
    voting->paperVotersBox()->setValue(20);
    const int tied[] = {9, 8, 7, 6, 5, 4, 3, 1, 1, 1, 0};
    for (std::size_t i = 0; i < board.size(); ++i)
        app::edits::setTally(doc, *second, board[i], tied[i]);
    presenter->showRound(*second);
    QApplication::setActiveWindow(presenter);
    QTest::keyClick(presenter, Qt::Key_E, Qt::ControlModifier);
    QTest::keyClick(presenter, Qt::Key_J, Qt::ControlModifier);
    // The facilitator takes it a row at a time: the last places come first.
    app::RevealChart* reveal = presenter->revealChart();
    while (reveal->itemsShown() > 0)
        QTest::keyClick(presenter, Qt::Key_Left);
    for (int row = 0; row < 3; ++row)
        QTest::keyClick(presenter, Qt::Key_Space);
    save(presenter, u"presenter-reveal-tie-at-8th-first-page.png"_s);
    reveal->finish();
    save(presenter, u"presenter-reveal-tie-at-8th-last-page.png"_s);
    presenter->hide();
    window.pages()->setCurrentIndex(1);
    save(&window, u"results-tie-at-8th.png"_s);
    return 0;
}
