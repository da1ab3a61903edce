#pragma once

#include "ranking/BallotDraft.h"

#include <QDialog>

#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace unblock::app {

class SessionDocument;

// "Pass the laptop": each attendee in turn fills a private ballot, sees what
// they have left and why a button is off, and casts it. The next voter starts
// from a clean screen; nobody sees totals here.
class KioskDialog : public QDialog {
    Q_OBJECT
public:
    KioskDialog(SessionDocument& doc, Id roundId, QWidget* parent = nullptr);

    int ballotsCast() const { return m_cast; }
    // For tests and keyboard users alike: the controls of item `row`.
    QPushButton* addButton(int row) const { return m_rows[static_cast<std::size_t>(row)].add; }
    QPushButton* removeButton(int row) const {
        return m_rows[static_cast<std::size_t>(row)].remove;
    }
    QPushButton* castButton() const { return m_castButton; }
    QPushButton* startButton() const { return m_startButton; }
    QLabel* remainingLabel() const { return m_remaining; }
    QLabel* reasonLabel() const { return m_reason; }
    int itemCount() const { return static_cast<int>(m_rows.size()); }

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

    SessionDocument& m_doc;
    Id m_round;
    BallotDraft m_draft;
    std::vector<Row> m_rows;
    QStackedWidget* m_pages;
    QLabel* m_welcome;
    QLabel* m_remaining;
    QLabel* m_reason;
    QPushButton* m_startButton;
    QPushButton* m_castButton;
    int m_cast = 0;
};

} // namespace unblock::app
