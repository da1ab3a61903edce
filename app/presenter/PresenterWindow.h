#pragma once

#include "model/Ids.h"
#include "model/SessionChange.h"
#include "presenter/PresenterTheme.h"

#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;

namespace unblock::app {

class BoardScene;
class JourneyView;
class QrCodeView;
class RevealChart;
class SessionDocument;

// What the room sees on the projector: large type, white on black, readable
// at 1024×768. It follows the facilitator: the board while capturing,
// "voting in progress" while a round is open, the animated reveal, and the
// countdown of a timed activity. Controls the room should not see stay on
// the facilitator's screen.
class PresenterWindow : public QWidget {
    Q_OBJECT
public:
    enum class Scene { Board, Voting, Journey };
    using Theme = PresenterTheme;
    explicit PresenterWindow(SessionDocument& doc, QWidget* parent = nullptr);

    void showBoard();
    void showRound(Id roundId);
    // A journey large, the step the group is talking about outlined and told in full.
    void showJourney(Id journeyId, std::optional<int> step);
    // The countdown line: empty hides it; `finished` shows the end signal.
    void setCountdown(const QString& text, bool finished);
    // Beside an open round: the QR code of `joinUrl`, and the address and
    // code to type. An empty link takes it away.
    void setPhoneJoin(const QString& joinUrl, const QString& address, const QString& code);
    // During a call for items the board, as it grows, has the same code
    // beside it, inviting the room to add theirs.
    void setCallForItems(bool open);
    QrCodeView* phoneCode() const { return m_phoneCode; }
    BoardScene* boardScene() const { return m_boardScene; }
    void setZoom(int steps);
    void setTheme(Theme theme);
    Theme theme() const { return m_theme; }

    QString sceneText();        // what the room reads, for tests and screen readers
    RevealChart* revealChart(); // up to date, even while hidden
    // The keys the presenter takes, as it shows them when it has the keyboard
    // (on the only screen, the facilitator drives the room from here).
    QString keysText() const;

Q_SIGNALS:
    // Space, Right or Page Down (a presentation clicker's keys) on a journey:
    // the next step (+1) or, with Left or Page Up, the one before (-1).
    void stepRequested(int delta);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void actionEvent(QActionEvent* event) override;

private:
    void refresh();
    void refreshWhenSeen();
    void fitTypeWhenSeen();
    void bringUpToDate();
    bool shows(const SessionUpdate& update) const; // the scene shows something it changed
    void showKeys();
    void step(int delta);
    bool fillJourney();
    void applyFonts();
    QSize pageRoom() const;

    SessionDocument& m_doc;
    Scene m_scene = Scene::Board;
    std::optional<Id> m_round;
    QLabel* m_title;
    QLabel* m_countdown;
    QStackedWidget* m_pages;
    BoardScene* m_boardScene; // the board, and the code beside it during a call
    QWidget* m_votingPage;
    QLabel* m_message;
    QWidget* m_phoneJoin;
    QrCodeView* m_phoneCode;
    QLabel* m_phoneText;
    RevealChart* m_reveal;
    QWidget* m_journeyPage;
    JourneyView* m_journey;
    QLabel* m_journeyText;
    QLabel* m_keys;
    std::optional<Id> m_journeyId;
    std::optional<int> m_step;
    int m_zoom = 0;
    Theme m_theme = Theme::Dark;
    bool m_finished = false; // the countdown has ended
    bool m_revealed = false;
    bool m_stale = false; // changed while hidden: drawn again when shown
};

} // namespace unblock::app
