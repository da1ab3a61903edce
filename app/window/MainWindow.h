#pragma once

#include "model/SessionData.h"

#include <QMainWindow>

#include <memory>

namespace unblock::store {
struct SessionStart;
}

class QLabel;
class QMenu;
class QTabWidget;

namespace unblock::app {

class BoardPage;
class ActionsPage;
class MatrixPage;
class JourneysPage;
class PhoneRoom;
class PresenterWindow;
class Prompts;
class SessionDocument;
class TimerBar;
class VotingPage;

// The facilitator's window: sessions as files, the board, voting, the timer,
// and the presenter on the second screen. Every edit is in the file the
// moment it is made; the status bar says so.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Prompts& prompts, QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openSession(const QString& path);
    bool newSession(const QString& path, bool fromTemplate, const SessionDetails& details = {});
    // The next workshop after the one in `previousPath`: its tables,
    // categories and channel costs, and the actions it left open.
    bool newSessionFrom(const QString& previousPath, const QString& path,
                        const SessionDetails& details = {});
    // Opens the session that was open last time, if there was one.
    void reopenLastSession();
    void closeSession();

    SessionDocument* document() const { return m_doc.get(); }
    BoardPage* boardPage() const { return m_board; }
    VotingPage* votingPage() const { return m_voting; }
    JourneysPage* journeysPage() const { return m_journeys; }
    ActionsPage* actionsPage() const { return m_actions; }
    MatrixPage* matrixPage() const { return m_matrix; }
    PresenterWindow* presenter() const { return m_presenter; }
    TimerBar* timerBar() const { return m_timer; }
    QTabWidget* pages() const { return m_pages; }
    void togglePresenter();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildFileMenu();
    void buildSessionMenu();
    void buildViewMenu();
    void buildHelpMenu();
    void showAbout();
    void setDocument(std::unique_ptr<SessionDocument> doc);
    void releaseDocument();
    void rebuildDocumentMenus();
    void rebuildRecentMenu();
    void remember(const QString& path);
    void updateTitle();
    void followActivity();
    void zoom(int delta);
    void saveCopy(bool continueWithCopy);
    void saveSharingCopy();
    void editDetails();
    void showSummary();
    void editPreferences();
    void chooseAndCreate(bool fromTemplate);
    void chooseAndContinue();
    bool createSession(const QString& path, const store::SessionStart& start);
    QWidget* startPage();

    Prompts& m_prompts;
    std::unique_ptr<SessionDocument> m_doc;
    std::unique_ptr<PhoneRoom> m_phones; // the session's phones, beside it
    QTabWidget* m_pages = nullptr;
    BoardPage* m_board = nullptr;
    VotingPage* m_voting = nullptr;
    JourneysPage* m_journeys = nullptr;
    ActionsPage* m_actions = nullptr;
    MatrixPage* m_matrix = nullptr;
    PresenterWindow* m_presenter = nullptr;
    TimerBar* m_timer;
    QLabel* m_saveState;
    QMenu* m_editMenu = nullptr;
    QMenu* m_votingMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QList<QAction*> m_needsSession;
    int m_zoom = 0;
};

} // namespace unblock::app
