#pragma once

#include "document/KeyedRows.h"
#include "model/ActionPlan.h"
#include "model/SessionChange.h"

#include <QDate>
#include <QWidget>

#include <unordered_set>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace unblock::app {

class Prompts;
class SessionDocument;

// The action plan after the day: every solution someone took on (an owner or
// a due date), and those carried from earlier workshops, soonest first, with
// what became of it. Filtered by owner, by
// status and to those overdue; the actions selected are marked open, in
// progress, done or dropped, as one undo step. Rows are in core's order
// (actionPlan) and follow the session in place, by id (KeyedRows); a
// change to anything that is not an action costs nothing here.
class ActionsPage : public QWidget {
    Q_OBJECT
public:
    ActionsPage(SessionDocument& doc, Prompts& prompts, QWidget* parent = nullptr);

    QTreeView* list() const { return m_list; }
    QComboBox* ownerFilter() const { return m_owner; }
    QComboBox* statusFilter() const { return m_status; }
    QCheckBox* overdueOnly() const { return m_overdue; }
    QLabel* countLabel() const { return m_count; }
    QPushButton* markButton(ActionStatus status) const;

    void markSelected(ActionStatus status);
    // Asks for a calendar or a tracker and a file; writes the actions still
    // to do there (report/ActionExport.h), and says so (done).
    bool exportActions();
    // What "overdue" is measured from: today, unless a test says otherwise.
    void setToday(const QDate& today);

Q_SIGNALS:
    // What was done, for the window's status bar: "5 actions written to …".
    void done(const QString& message);

private:
    class Shown;
    void follow(const SessionUpdate& update);
    void reloadAll();
    // The rows in core's order, those in `changed` made again.
    void showPlan(const std::unordered_set<qint64>& changed);
    KeyedRows::Row rowFor(qint64 key) const;
    std::vector<qint64> actionsUnder(Id blocker) const;
    void refreshOwners();
    void applyFilter();
    ActionFilter filter() const;

    SessionDocument& m_doc;
    Prompts& m_prompts;
    QComboBox* m_owner;
    QComboBox* m_status;
    QCheckBox* m_overdue;
    QLabel* m_count;
    KeyedRows* m_rows; // every action, shown or filtered out
    Shown* m_shown;    // those the filters pass, sorted by the column chosen
    QTreeView* m_list;
    std::vector<QPushButton*> m_marks; // by ActionStatus
    QDate m_today = QDate::currentDate();
};

} // namespace unblock::app
