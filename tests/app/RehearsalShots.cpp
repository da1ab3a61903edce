// Pictures of the moments a rehearsal of a Really Useful Day found wanting,
// to look at after changing them: the kiosk ballot and its confirmations, the
// reveal of seven long titles, the results chart, the paper tally's running
// count, the presenter's keys on one screen, and the Journeys tab of an empty
// session. Run it under Xvfb at each size to be seen:
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
    return 0;
}
