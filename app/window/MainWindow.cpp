#include "window/MainWindow.h"

#include "actions/ActionsPage.h"
#include "board/BoardPage.h"
#include "board/CaptureLine.h"
#include "board/IncomingPanel.h"
#include "board/LearningPanel.h"
#include "document/Edits.h"
#include "document/PhoneRoom.h"
#include "document/SessionDocument.h"
#include "journeys/JourneysPage.h"
#include "matrix/MatrixPage.h"
#include "model/Licence.h"
#include "presenter/PresenterWindow.h"
#include "report/CompareDialog.h"
#include "report/SummaryDialog.h"
#include "voting/PhonesPanel.h"
#include "voting/VotingPage.h"
#include "window/DetailsDialog.h"
#include "window/Preferences.h"
#include "window/PreferencesDialog.h"
#include "window/Prompts.h"
#include "window/RecentSessions.h"
#include "window/TimerBar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QTime>
#include <QToolBar>
#include <QVBoxLayout>

namespace unblock::app {

MainWindow::MainWindow(Prompts& prompts, QWidget* parent)
    : QMainWindow(parent)
    , m_prompts(prompts)
    , m_timer(new TimerBar(this))
    , m_saveState(new QLabel(this)) {
    setAcceptDrops(true);
    m_saveState->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_saveState);
    auto* timerTools = addToolBar(tr("Timer"));
    timerTools->setObjectName(QStringLiteral("timer"));
    timerTools->addWidget(m_timer);
    buildMenus();
    setCentralWidget(startPage());
    connect(m_timer, &TimerBar::countdownChanged, this, [this](const QString& text, bool finished) {
        if (m_presenter)
            m_presenter->setCountdown(text, finished);
        if (finished)
            statusBar()->showMessage(tr("Time is up."));
    });
    updateTitle();
    // Fit a council laptop's small screen as well as a large monitor.
    const QSize available = screen()->availableGeometry().size();
    resize(std::min(1200, available.width() * 9 / 10), std::min(860, available.height() * 9 / 10));
}

MainWindow::~MainWindow() {
    releaseDocument();
}

// Views read the document until they are gone, so they go first.
void MainWindow::releaseDocument() {
    if (m_board)
        m_board->saveDraft(); // typing not yet sent comes back with the session
    if (m_phones)
        m_phones->host().stop(); // phones' last ballots land while every view is here
    m_editMenu->clear();         // the undo actions of this document's stack
    m_votingMenu->clear();
    delete m_presenter;
    m_presenter = nullptr;
    delete takeCentralWidget();
    m_pages = nullptr;
    m_board = nullptr;
    m_voting = nullptr;
    m_journeys = nullptr;
    m_actions = nullptr;
    m_matrix = nullptr;
    m_phones.reset();
    m_doc.reset();
}

QWidget* MainWindow::startPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("Start a workshop, or open a session file."), page);
    auto* fromTemplate =
        new QPushButton(tr("New Really Useful Day (usual tables and categories)…"), page);
    auto* blank = new QPushButton(tr("New Blank Session…"), page);
    auto* next = new QPushButton(tr("New Session from an Earlier Workshop…"), page);
    auto* open = new QPushButton(tr("Open Session…"), page);
    layout->addStretch();
    layout->addWidget(intro, 0, Qt::AlignCenter);
    for (QPushButton* button : {fromTemplate, blank, next, open})
        layout->addWidget(button, 0, Qt::AlignCenter);
    layout->addStretch();
    connect(fromTemplate, &QPushButton::clicked, this, [this] { chooseAndCreate(true); });
    connect(blank, &QPushButton::clicked, this, [this] { chooseAndCreate(false); });
    connect(next, &QPushButton::clicked, this, &MainWindow::chooseAndContinue);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = m_prompts.openFileName(this);
        if (!path.isEmpty())
            openSession(path);
    });
    return page;
}

// The menus in their order; Edit and Voting are filled for each session.
void MainWindow::buildMenus() {
    buildFileMenu();
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    buildSessionMenu();
    m_votingMenu = menuBar()->addMenu(tr("&Voting"));
    buildViewMenu();
    QMenu* timer = menuBar()->addMenu(tr("&Timer"));
    timer->addActions(m_timer->actions());
    buildHelpMenu();
    rebuildRecentMenu();
    rebuildDocumentMenus();
}

void MainWindow::buildFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Really Useful Day…"), QKeySequence::New, this,
                    [this] { chooseAndCreate(true); })
        ->setObjectName(QStringLiteral("newReallyUsefulDay"));
    file->addAction(tr("New &Blank Session…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                    [this] { chooseAndCreate(false); })
        ->setObjectName(QStringLiteral("newBlankSession"));
    file->addAction(tr("New Session &from…"), this, [this] { chooseAndContinue(); })
        ->setObjectName(QStringLiteral("newSessionFrom"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, [this] {
        const QString path = m_prompts.openFileName(this);
        if (!path.isEmpty())
            openSession(path);
    });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    m_needsSession << file->addAction(tr("Save a &Copy…"),
                                      QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S), this,
                                      [this] { saveCopy(false); });
    m_needsSession << file->addAction(tr("Save a Copy for &Sharing…"), this,
                                      &MainWindow::saveSharingCopy);
    m_needsSession.back()->setObjectName(QStringLiteral("saveSharingCopy"));
    m_needsSession << file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this,
                                      [this] { saveCopy(true); });
    file->addSeparator();
    m_needsSession << file->addAction(tr("Su&mmary…"), QKeySequence::Print, this,
                                      &MainWindow::showSummary);
    m_needsSession << file->addAction(tr("Export &Actions…"), this, [this] {
        if (m_actions)
            m_actions->exportActions();
    });
    file->addAction(tr("Compare &Workshops…"), this, [this] {
        auto* dialog = new CompareDialog(m_prompts, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    file->addSeparator();
    m_needsSession << file->addAction(tr("&Close Session"), QKeySequence::Close, this,
                                      &MainWindow::closeSession);
    file->addSeparator();
    QAction* preferences =
        file->addAction(tr("Pr&eferences…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this,
                        &MainWindow::editPreferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::buildSessionMenu() {
    QMenu* session = menuBar()->addMenu(tr("&Session"));
    m_needsSession << session->addAction(tr("&Details…"), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                                         &MainWindow::editDetails);
    m_needsSession << session->addAction(
        tr("Add &Group…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), this, [this] {
            if (m_board)
                m_board->addGroupAction()->trigger();
        });
}

void MainWindow::buildViewMenu() {
    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_needsSession << view->addAction(tr("&Board"), QKeySequence(Qt::CTRL | Qt::Key_1), this,
                                      [this] { m_pages->setCurrentIndex(0); });
    m_needsSession << view->addAction(tr("&Voting"), QKeySequence(Qt::CTRL | Qt::Key_2), this,
                                      [this] { m_pages->setCurrentIndex(1); });
    m_needsSession << view->addAction(tr("&Journeys"), QKeySequence(Qt::CTRL | Qt::Key_3), this,
                                      [this] { m_pages->setCurrentIndex(2); });
    m_needsSession << view->addAction(tr("&Presenter"), QKeySequence(Qt::Key_F5), this,
                                      &MainWindow::togglePresenter);
    view->addSeparator();
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, this, [this] { zoom(+1); });
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this, [this] { zoom(-1); });
    view->addAction(tr("&Reset Zoom"), QKeySequence(Qt::CTRL | Qt::Key_0), this,
                    [this] { zoom(-m_zoom); });
}

void MainWindow::buildHelpMenu() {
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Unblock"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    about->setObjectName(QStringLiteral("aboutUnblock"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

// Who made Unblock, its licence and what it is built with. Not modal to the
// room: the facilitator reads it and closes it.
void MainWindow::showAbout() {
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("About Unblock"),
                                tr("Unblock %1").arg(QStringLiteral(UNBLOCK_VERSION)),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setInformativeText(licenceNotice() + QStringLiteral("\n\n") + thirdPartyNotice());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::rebuildDocumentMenus() {
    m_editMenu->clear();
    m_votingMenu->clear();
    for (QAction* action : m_needsSession)
        action->setEnabled(m_doc != nullptr);
    if (!m_doc)
        return;
    QAction* undo = m_doc->undoStack()->createUndoAction(m_editMenu, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_doc->undoStack()->createRedoAction(m_editMenu, tr("&Redo"));
    // Ctrl+Shift+Z and Ctrl+Y on every platform, whatever its own Redo key.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(keys))
            redoKeys << keys;
    }
    redo->setShortcuts(redoKeys);
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();
    m_editMenu->addActions(m_board->itemActions());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_board->findAction());
    m_votingMenu->addActions(m_voting->actions());
}

void MainWindow::setDocument(std::unique_ptr<SessionDocument> doc) {
    releaseDocument();
    m_doc = std::move(doc);
    if (!m_doc) {
        setCentralWidget(startPage());
        rebuildDocumentMenus();
        updateTitle();
        return;
    }
    m_phones = std::make_unique<PhoneRoom>(*m_doc);
    m_pages = new QTabWidget(this);
    m_pages->setAccessibleName(tr("Workshop"));
    m_board = new BoardPage(*m_doc, m_prompts, m_pages);
    m_voting = new VotingPage(
        *m_doc, *m_phones, m_prompts, [this] { return m_board->solutionTarget(); }, m_pages);
    // The facilitator blocks a phone from the items it sent.
    m_board->incoming()->setPhoneItems(&m_phones->host().items());
    m_board->learning()->setFolder(Preferences::load().libraryFolder);
    m_journeys = new JourneysPage(*m_doc, m_prompts, m_pages);
    m_actions = new ActionsPage(*m_doc, m_prompts, m_pages);
    connect(m_actions, &ActionsPage::done, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    m_matrix = new MatrixPage(*m_doc, m_pages);
    m_pages->addTab(m_board, tr("&Board"));
    m_pages->addTab(m_voting, tr("&Voting"));
    m_pages->addTab(m_journeys, tr("&Journeys"));
    m_pages->addTab(m_matrix, tr("&Impact and Effort"));
    m_pages->addTab(m_actions, tr("&Actions")); // after the day: what came of it
    setCentralWidget(m_pages);
    m_presenter = new PresenterWindow(*m_doc);
    m_presenter->setZoom(m_zoom);
    m_presenter->setTheme(Preferences::load().presenterTheme);
    // On the only screen the presenter has the keyboard: it takes the keys
    // of the room's moments (close, reveal, the timer) as the window does.
    m_presenter->addActions(m_voting->presenterActions());
    m_presenter->addActions(m_timer->actions());
    connect(m_presenter, &PresenterWindow::stepRequested, m_journeys,
            &JourneysPage::presentNeighbourStep);
    m_board->setZoom(m_zoom);

    connect(m_doc.get(), &SessionDocument::saved, this, [this] {
        m_saveState->setText(tr("All changes saved in %1 at %2")
                                 .arg(QFileInfo(m_doc->path()).fileName(),
                                      QTime::currentTime().toString(u"HH:mm:ss")));
    });
    connect(m_doc.get(), &SessionDocument::failed, this, [this](const QString& message) {
        statusBar()->showMessage(message, 10000);
        m_prompts.showError(this, tr("That change was not made"), message);
    });
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::followActivity);
    connect(m_voting, &VotingPage::roundShown, this, &MainWindow::followActivity);
    connect(m_voting, &VotingPage::roundStarted, this,
            [this] { m_pages->setCurrentWidget(m_voting); });
    connect(m_phones.get(), &PhoneRoom::changed, this, [this] {
        const remote::PhoneHost& phones = m_phones->host();
        if (m_presenter) {
            m_presenter->setPhoneJoin(phones.joinUrl(), phones.address(), phones.joinCode());
            m_presenter->setCallForItems(phones.items().call() && !phones.items().call()->paused);
        }
    });
    connect(m_journeys, &JourneysPage::presentationChanged, this, &MainWindow::followActivity);
    rebuildDocumentMenus();
    updateTitle();
    m_saveState->setText(m_doc->isReadOnly()
                             ? tr("Read-only: %1").arg(m_doc->file().readOnlyReason())
                             : tr("Every change is saved as you make it."));
    remember(m_doc->path());
    m_board->restoreDraft();
    m_board->blockerEdit()->setFocus();
    for (const QString& notice : m_doc->file().notices())
        m_prompts.inform(this, tr("About this session"), notice);
}

void MainWindow::editPreferences() {
    auto* dialog = new PreferencesDialog(Preferences::load(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        const Preferences prefs = Preferences::load();
        if (m_presenter)
            m_presenter->setTheme(prefs.presenterTheme);
        if (m_board)
            m_board->learning()->setFolder(prefs.libraryFolder);
    });
    dialog->open();
}

void MainWindow::remember(const QString& path) {
    recent::remember(path);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList paths = recent::sessions();
    for (int i = 0; i < paths.size(); ++i) {
        const QString path = paths[i];
        QAction* action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
            [this, path] { openSession(path); });
        action->setToolTip(path);
    }
    m_recentMenu->setEnabled(!paths.isEmpty());
}

void MainWindow::updateTitle() {
    if (!m_doc) {
        setWindowTitle(tr("Unblock"));
        return;
    }
    const QString name = QFileInfo(m_doc->path()).fileName();
    setWindowTitle(m_doc->isReadOnly() ? tr("%1 [read-only] — Unblock").arg(name)
                                       : tr("%1 — Unblock").arg(name));
}

void MainWindow::saveCopy(bool continueWithCopy) {
    if (!m_doc)
        return;
    const QString target =
        m_prompts.saveFileName(this, continueWithCopy ? tr("Save As") : tr("Save a Copy"));
    if (target.isEmpty())
        return;
    const Status status = continueWithCopy ? m_doc->saveAs(target) : m_doc->file().saveCopy(target);
    if (!status) {
        m_prompts.showError(this, tr("Could not save"), status.error().message);
        return;
    }
    if (continueWithCopy) {
        remember(m_doc->path());
        updateTitle();
    }
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(target).fileName()), 8000);
}

void MainWindow::editDetails() {
    if (!m_doc)
        return;
    DetailsDialog dialog(m_doc->data().details, this);
    if (dialog.exec() == QDialog::Accepted)
        edits::setDetails(*m_doc, dialog.details());
}

// Modal but not blocking, so tests (and screen readers) can reach into it.
// Phones' ballots may still arrive while it is open: it shows the session as
// it was when opened, photos included.
void MainWindow::showSummary() {
    if (!m_doc)
        return;
    Result<SessionData> session = m_doc->withPhotos();
    if (!session) {
        m_prompts.showError(this, tr("Summary"),
                            tr("The summary could not be made. %1").arg(session.error().message));
        return;
    }
    auto* dialog = new SummaryDialog(std::move(session.value()), m_doc->path(), m_prompts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// The presenter follows what the facilitator is doing.
void MainWindow::followActivity() {
    if (!m_presenter)
        return;
    const std::optional<Id> round = m_voting->currentRound();
    const std::optional<Id> journey = m_journeys->presentedJourney();
    if (m_pages->currentWidget() == m_voting && round)
        m_presenter->showRound(*round);
    else if (m_pages->currentWidget() == m_journeys && journey)
        m_presenter->showJourney(*journey, m_journeys->presentedStep());
    else
        m_presenter->showBoard();
}

void MainWindow::togglePresenter() {
    if (!m_presenter)
        return;
    if (m_presenter->isVisible()) {
        m_presenter->hide();
        return;
    }
    // The screen chosen in Preferences, else a second screen when there is
    // one; otherwise full screen here (Esc leaves).
    const QList<QScreen*> screens = QGuiApplication::screens();
    QScreen* target = screens.size() > 1 && screens[1] != screen() ? screens[1] : screen();
    const QString chosen = Preferences::load().presenterScreen;
    for (QScreen* candidate : screens) {
        if (!chosen.isEmpty() && candidate->name() == chosen)
            target = candidate;
    }
    m_presenter->setScreen(target);
    m_presenter->setGeometry(target->geometry());
    m_presenter->showFullScreen();
    followActivity();
}

void MainWindow::zoom(int delta) {
    m_zoom = std::clamp(m_zoom + delta, -4, 10);
    if (m_board)
        m_board->setZoom(m_zoom);
    if (m_presenter)
        m_presenter->setZoom(m_zoom);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent* event) {
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            openSession(url.toLocalFile());
            return;
        }
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_presenter)
        m_presenter->close();
    event->accept();
}

} // namespace unblock::app
