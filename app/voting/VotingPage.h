#pragma once

#include "model/SessionData.h"
#include "store/Rounds.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QSpinBox;
class QStackedWidget;

namespace unblock::app {

class KeyedRows;
class PaperTally;
class PhoneRoom;
class PhonesPanel;
class Prompts;
class ResultsView;
class SessionDocument;

// The facilitator's voting controls: rounds, phones, paper tallies, the
// kiosk, and the results, which stay hidden until the facilitator reveals them.
class VotingPage : public QWidget {
    Q_OBJECT
public:
    // `selectedBlocker` tells which blocker's solutions a new round could be about.
    VotingPage(SessionDocument& doc, PhoneRoom& phones, Prompts& prompts,
               std::function<std::optional<Id>()> selectedBlocker, QWidget* parent = nullptr);

    std::optional<Id> currentRound() const;
    void selectRound(Id roundId);
    // Starts a round as the New Round dialog does, and selects it.
    std::optional<Id> startRound(const store::RoundSpec& spec);
    void setState(RoundState state);

    QList<QAction*> actions() const;
    // The actions the presenter takes too: closing and revealing, in front of the room.
    QList<QAction*> presenterActions() const { return {m_close, m_reveal}; }
    QAction* kioskAction() const { return m_kiosk; }
    PaperTally* tallyTable() const { return m_tally; }
    QSpinBox* paperVotersBox() const { return m_paperVoters; }
    QLabel* paperCountLabel() const { return m_paperCount; }
    ResultsView* results() const { return m_results; }
    QLabel* hiddenLabel() const { return m_hidden; }
    PhonesPanel* phones() const { return m_phones; }
    bool resultsVisible() const;

Q_SIGNALS:
    void roundShown();   // the selected round, or its state, changed
    void roundStarted(); // a new round is open: the facilitator goes to it

private:
    void setUpControls();
    void buildActions();
    void layOut();
    void connectControls();
    void refresh();
    void followRounds();
    void refreshTally(const Round& round);
    void showResults(const Round& round);
    void newRound();
    void openKiosk();
    void updateActions();

    SessionDocument& m_doc;
    Prompts& m_prompts;
    std::function<std::optional<Id>()> m_selectedBlocker;
    KeyedRows* m_roundRows; // the rounds list, by id, as started
    QComboBox* m_rounds;
    QLabel* m_state;
    PaperTally* m_tally;
    QSpinBox* m_paperVoters;
    QLabel* m_paperCount;
    QStackedWidget* m_resultArea;
    QLabel* m_hidden;
    ResultsView* m_results;
    PhonesPanel* m_phones;
    QAction* m_new;
    QAction* m_close;
    QAction* m_reveal;
    QAction* m_reopen;
    QAction* m_kiosk;
    bool m_refreshing = false;
};

} // namespace unblock::app
