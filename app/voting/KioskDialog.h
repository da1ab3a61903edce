#pragma once

#include "ranking/BallotDraft.h"

#include <QDialog>

#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace unblock::app {

class Prompts;
class SessionDocument;

// "Pass the laptop": each attendee in turn fills a private ballot, sees the
// round's question and rule, what they have left and why a button is off, and
// casts it. The next voter starts from a clean screen; nobody sees totals
// here. Nothing a voter has marked is thrown away without asking, and Esc
// never leaves the facilitator's window in front of a voter.
class KioskDialog : public QDialog {
    Q_OBJECT
public:
    KioskDialog(SessionDocument& doc, Prompts& prompts, Id roundId, QWidget* parent = nullptr);

    // Ballots cast in the round, everywhere (the kiosk's, phones' and others').
    int ballotsCast() const;
    bool onBallot() const;
    // For tests and keyboard users alike: the controls of item `row`.
    QPushButton* addButton(int row) const { return m_rows[static_cast<std::size_t>(row)].add; }
    QPushButton* removeButton(int row) const {
        return m_rows[static_cast<std::size_t>(row)].remove;
    }
    QPushButton* castButton() const { return m_castButton; }
    QPushButton* startButton() const { return m_startButton; }
    QLabel* remainingLabel() const { return m_remaining; }
    QLabel* questionLabel() const { return m_question; }
    QLabel* reasonLabel() const { return m_reason; }
    int itemCount() const { return static_cast<int>(m_rows.size()); }

    // Esc: on a ballot, asks before leaving it unsent (then back to the start
    // page); on the start page, asks before handing back to the facilitator.
    void reject() override;

private:
    struct Row {
        Id item;
        QLabel* count;
        QPushButton* add;
        QPushButton* remove;
    };
    void buildBallot(QWidget* page, const std::vector<std::pair<Id, QString>>& items);
    void refresh();
    void startBallot();
    void cast();
    void showStartPage(const QString& message);

    SessionDocument& m_doc;
    Prompts& m_prompts;
    Id m_round;
    BallotDraft m_draft;
    std::vector<Row> m_rows;
    QStackedWidget* m_pages;
    QLabel* m_welcome;
    QLabel* m_question;
    QLabel* m_remaining;
    QLabel* m_reason;
    QPushButton* m_startButton;
    QPushButton* m_castButton;
};

} // namespace unblock::app
