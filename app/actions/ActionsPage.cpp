#include "actions/ActionsPage.h"

#include "document/Edits.h"
#include "document/SessionDocument.h"
#include "report/ActionExport.h"
#include "window/Prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <array>
#include <set>

namespace unblock::app {
namespace {

enum Column { ActionColumn, BlockerColumn, OwnerColumn, DueColumn, StatusColumn, FromColumn };

// Sorted by its due date, a row takes its place in core's action plan
// (actionPlan); by any other column, the column's words.
class ActionRow : public QTreeWidgetItem {
public:
    ActionRow(QTreeWidget* list, ActionRef action)
        : QTreeWidgetItem(list)
        , ref(action) {}
    const ActionRef ref;
    std::size_t planPlace = 0;

    bool operator<(const QTreeWidgetItem& other) const override {
        if (treeWidget() && treeWidget()->sortColumn() == DueColumn)
            return planPlace < static_cast<const ActionRow&>(other).planPlace;
        return QTreeWidgetItem::operator<(other);
    }
};

QString statusText(ActionStatus status, const QDate& changed) {
    return changed.isValid() ? ActionsPage::tr("%1 since %2")
                                   .arg(actionStatusName(status), changed.toString(Qt::ISODate))
                             : actionStatusName(status);
}

QString dueText(const QDate& due, ActionStatus status, const QDate& today) {
    const QString date = due.isValid() ? due.toString(Qt::ISODate) : QString();
    return isOverdue(due, status, today) ? ActionsPage::tr("%1 (overdue)").arg(date) : date;
}

const char* const kMarkLabels[] = {QT_TRANSLATE_NOOP("unblock::app::ActionsPage", "&Open"),
                                   QT_TRANSLATE_NOOP("unblock::app::ActionsPage", "In &Progress"),
                                   QT_TRANSLATE_NOOP("unblock::app::ActionsPage", "&Done"),
                                   QT_TRANSLATE_NOOP("unblock::app::ActionsPage", "D&ropped")};

} // namespace

ActionsPage::ActionsPage(SessionDocument& doc, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_prompts(prompts)
    , m_owner(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("O&verdue only"), this))
    , m_count(new QLabel(this))
    , m_list(new QTreeWidget(this)) {
    m_owner->setAccessibleName(tr("Show the actions of"));
    m_status->setAccessibleName(tr("Show the actions that are"));
    m_status->addItem(tr("Any status"));
    for (const ActionStatus status : kActionStatuses)
        m_status->addItem(actionStatusName(status), static_cast<int>(status));
    m_list->setColumnCount(6);
    m_list->setHeaderLabels(
        {tr("Action"), tr("For the blocker"), tr("Owner"), tr("Due"), tr("Status"), tr("From")});
    m_list->setAccessibleName(tr("Actions"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(DueColumn, Qt::AscendingOrder);
    // The dates and states whole; the words share the rest, the action the
    // most (each whole in a tooltip).
    QHeaderView* header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(BlockerColumn, QHeaderView::Interactive);
    header->resizeSection(BlockerColumn, 220);
    header->setSectionResizeMode(FromColumn, QHeaderView::Interactive);
    header->resizeSection(FromColumn, 160);
    m_count->setTextFormat(Qt::PlainText);

    auto* filters = new QHBoxLayout;
    auto* ownerLabel = new QLabel(tr("O&wner:"), this);
    ownerLabel->setBuddy(m_owner);
    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    filters->addWidget(ownerLabel);
    filters->addWidget(m_owner, 1);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_overdue);
    filters->addStretch();
    filters->addWidget(m_count);
    auto* marks = new QHBoxLayout;
    marks->addWidget(new QLabel(tr("Mark the actions selected:"), this));
    for (const ActionStatus status : kActionStatuses) {
        auto* mark = new QPushButton(tr(kMarkLabels[static_cast<int>(status)]), this);
        connect(mark, &QPushButton::clicked, this, [this, status] { markSelected(status); });
        marks->addWidget(mark);
        m_marks.push_back(mark);
    }
    marks->addStretch();
    auto* exportButton = new QPushButton(tr("&Export for a Calendar or Tracker…"), this);
    connect(exportButton, &QPushButton::clicked, this, &ActionsPage::exportActions);
    marks->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addLayout(marks);

    for (QComboBox* choice : {m_owner, m_status})
        connect(choice, &QComboBox::currentIndexChanged, this, &ActionsPage::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &ActionsPage::applyFilter);
    connect(&doc, &SessionDocument::updated, this, &ActionsPage::follow);
    setEnabled(!doc.isReadOnly());
    reloadAll();
}

QPushButton* ActionsPage::markButton(ActionStatus status) const {
    return m_marks.at(static_cast<std::size_t>(status));
}

void ActionsPage::setToday(const QDate& today) {
    m_today = today;
    reloadAll();
}

void ActionsPage::follow(const SessionUpdate& update) {
    if (update.reloaded) {
        reloadAll();
        return;
    }
    if (update.solutions.empty() && update.blockers.empty() && update.carried.empty())
        return;
    const SessionData& session = m_doc.data();
    for (const Id id : update.solutions.removed)
        delete m_rows.take({id, false});
    for (const Id id : update.carried.removed)
        delete m_rows.take({id, true});
    for (const std::vector<Id>* ids : {&update.solutions.added, &update.solutions.changed}) {
        for (const Id id : *ids) {
            if (const Solution* s = session.solution(id))
                showAction(*s);
        }
    }
    for (const std::vector<Id>* ids : {&update.carried.added, &update.carried.changed}) {
        for (const Id id : *ids) {
            if (const CarriedAction* a = session.carriedAction(id))
                showCarried(*a);
        }
    }
    // A blocker renamed: the actions under it say so.
    for (const Id blocker : update.blockers.changed) {
        for (const Solution& s : session.solutions) {
            if (s.blockerId == blocker && m_rows.contains({s.id, false}))
                showAction(s);
        }
    }
    refreshOwners();
    applyFilter();
}

void ActionsPage::reloadAll() {
    m_list->clear();
    m_rows.clear();
    for (const CarriedAction& a : m_doc.data().carried)
        showCarried(a);
    for (const Solution& s : m_doc.data().solutions)
        showAction(s);
    refreshOwners();
    applyFilter();
}

// A solution that is no longer an action (its owner and date taken away)
// leaves the list.
void ActionsPage::showAction(const Solution& action) {
    if (!action.isAction()) {
        delete m_rows.take({action.id, false});
        return;
    }
    const Blocker* blocker = m_doc.data().blocker(action.blockerId);
    showRow({action.id, false},
            {action.text, blocker ? blocker->title : QString(), action.owner,
             dueText(action.due, action.status, m_today),
             statusText(action.status, action.statusChanged), tr("This workshop")});
}

void ActionsPage::showCarried(const CarriedAction& action) {
    showRow({action.id, true},
            {action.text, action.blocker, action.owner, dueText(action.due, action.status, m_today),
             statusText(action.status, action.statusChanged), carriedFrom(action)});
}

// Each column's words; the long ones whole in a tooltip.
void ActionsPage::showRow(ActionRef action, const QStringList& columns) {
    auto* row = static_cast<ActionRow*>(m_rows.value(action));
    if (!row) {
        row = new ActionRow(m_list, action);
        m_rows.insert(action, row);
    }
    for (int column = 0; column < columns.size(); ++column)
        row->setText(column, columns[column]);
    for (const int column : {ActionColumn, BlockerColumn, FromColumn})
        row->setToolTip(column, columns[column]);
}

void ActionsPage::refreshOwners() {
    const QString chosen = m_owner->currentIndex() > 0 ? m_owner->currentText() : QString();
    const QSignalBlocker quiet(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Everyone"));
    m_owner->addItems(actionOwners(m_doc.data()));
    m_owner->setCurrentIndex(std::max(0, chosen.isEmpty() ? 0 : m_owner->findText(chosen)));
}

ActionFilter ActionsPage::filter() const {
    ActionFilter wanted;
    if (m_owner->currentIndex() > 0)
        wanted.owner = m_owner->currentText();
    if (m_status->currentIndex() > 0)
        wanted.status = static_cast<ActionStatus>(m_status->currentData().toInt());
    wanted.overdueOnly = m_overdue->isChecked();
    wanted.withCarried = true;
    return wanted;
}

void ActionsPage::applyFilter() {
    const std::vector<ActionRef> plan = actionPlan(m_doc.data(), everyAction(), m_today);
    for (std::size_t place = 0; place < plan.size(); ++place) {
        if (auto* row = static_cast<ActionRow*>(m_rows.value(plan[place])))
            row->planPlace = place;
    }
    m_list->sortItems(m_list->sortColumn(), m_list->header()->sortIndicatorOrder());
    const std::vector<ActionRef> shown = actionPlan(m_doc.data(), filter(), m_today);
    const std::set<ActionRef> visible(shown.begin(), shown.end());
    for (auto row = m_rows.begin(); row != m_rows.end(); ++row)
        (*row)->setHidden(!visible.contains(row.key()));
    m_count->setText(tr("%1 of %2 actions").arg(shown.size()).arg(m_rows.size()));
}

void ActionsPage::markSelected(ActionStatus status) {
    std::vector<ActionRef> actions;
    for (const QTreeWidgetItem* row : m_list->selectedItems()) {
        if (!row->isHidden())
            actions.push_back(static_cast<const ActionRow*>(row)->ref);
    }
    if (actions.empty())
        return;
    m_doc.undoStack()->beginMacro(tr("Mark %n action(s) %1", nullptr, int(actions.size()))
                                      .arg(actionStatusName(status).toLower()));
    for (const ActionRef action : actions) {
        if (action.carried)
            edits::setCarriedStatus(m_doc, action.id, status);
        else
            edits::setActionStatus(m_doc, action.id, status);
    }
    m_doc.undoStack()->endMacro();
}

bool ActionsPage::exportActions() {
    const std::optional<int> choice = m_prompts.chooseItem(
        this, tr("Export Actions"), tr("The actions still to do, for:"),
        {tr("Outlook or Google Calendar (.ics)"), tr("Jira (.csv)"), tr("Azure DevOps (.csv)")});
    if (!choice)
        return false;
    const ActionExport target = std::array{ActionExport::Calendar, ActionExport::Jira,
                                           ActionExport::AzureDevOps}[std::size_t(*choice)];
    const SessionData& session = m_doc.data();
    if (actionsToExport(session, target) == 0) {
        m_prompts.showError(this, tr("Export Actions"), nothingToExport(target));
        return false;
    }
    const bool calendar = target == ActionExport::Calendar;
    const QString path = m_prompts.exportFileName(
        this, tr("Export Actions"),
        calendar ? tr("Calendar (*.ics)") : tr("Spreadsheet for the importer (*.csv)"),
        QFileInfo(m_doc.path()).completeBaseName() +
            (calendar ? u" actions.ics" : u" actions.csv"));
    if (path.isEmpty())
        return false;
    const QByteArray bytes = calendar ? actionsCalendar(session, QDateTime::currentDateTimeUtc())
                                      : actionsCsv(session, target);
    return m_prompts.saveWhole(this, tr("Export Actions"), path, bytes);
}

} // namespace unblock::app
