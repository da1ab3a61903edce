#include "actions/ActionsPage.h"

#include "document/Edits.h"
#include "document/SessionDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <set>

namespace unblock::app {
namespace {

enum Column { ActionColumn, BlockerColumn, OwnerColumn, DueColumn, StatusColumn };
constexpr int kIdRole = Qt::UserRole;

// Soonest first, undated last, as the summary's action plan orders them.
class ActionRow : public QTreeWidgetItem {
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    QDate due;

    bool operator<(const QTreeWidgetItem& other) const override {
        const QDate theirs = static_cast<const ActionRow&>(other).due;
        if (due.isValid() != theirs.isValid())
            return due.isValid();
        if (due != theirs)
            return due < theirs;
        return data(0, kIdRole).toLongLong() < other.data(0, kIdRole).toLongLong();
    }
};

const char* const kMarkLabels[] = {QT_TRANSLATE_NOOP("unblock::app::ActionsPage", "&Open"),
                                   QT_TRANSLATE_NOOP("unblock::app::ActionsPage", "In &Progress"),
                                   QT_TRANSLATE_NOOP("unblock::app::ActionsPage", "&Done"),
                                   QT_TRANSLATE_NOOP("unblock::app::ActionsPage", "D&ropped")};

} // namespace

ActionsPage::ActionsPage(SessionDocument& doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
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
    m_list->setColumnCount(5);
    m_list->setHeaderLabels(
        {tr("Action"), tr("For the blocker"), tr("Owner"), tr("Due"), tr("Status")});
    m_list->setAccessibleName(tr("Actions"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(DueColumn, Qt::AscendingOrder);
    // The dates and states whole; the words share the rest (whole in a tooltip).
    QHeaderView* header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(BlockerColumn, QHeaderView::Interactive);
    header->resizeSection(BlockerColumn, 220);
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
    if (update.solutions.empty() && update.blockers.empty())
        return;
    const SessionData& session = m_doc.data();
    for (const Id id : update.solutions.removed)
        delete m_rows.take(id);
    for (const std::vector<Id>* ids : {&update.solutions.added, &update.solutions.changed}) {
        for (const Id id : *ids) {
            if (const Solution* s = session.solution(id))
                showAction(*s);
        }
    }
    // A blocker renamed: the actions under it say so.
    for (const Id blocker : update.blockers.changed) {
        for (const Solution& s : session.solutions) {
            if (s.blockerId == blocker && m_rows.contains(s.id))
                showAction(s);
        }
    }
    refreshOwners();
    applyFilter();
}

void ActionsPage::reloadAll() {
    m_list->clear();
    m_rows.clear();
    for (const Solution& s : m_doc.data().solutions)
        showAction(s);
    refreshOwners();
    applyFilter();
}

// A solution that is no longer an action (its owner and date taken away)
// leaves the list.
void ActionsPage::showAction(const Solution& action) {
    if (!action.isAction()) {
        delete m_rows.take(action.id);
        return;
    }
    auto* row = static_cast<ActionRow*>(m_rows.value(action.id));
    if (!row) {
        row = new ActionRow(m_list);
        row->setData(0, kIdRole, static_cast<qlonglong>(action.id));
        m_rows.insert(action.id, row);
    }
    const Blocker* blocker = m_doc.data().blocker(action.blockerId);
    row->due = action.due;
    row->setText(ActionColumn, action.text);
    row->setToolTip(ActionColumn, action.text);
    row->setText(BlockerColumn, blocker ? blocker->title : QString());
    row->setToolTip(BlockerColumn, row->text(BlockerColumn));
    row->setText(OwnerColumn, action.owner);
    const QString due = action.due.isValid() ? action.due.toString(Qt::ISODate) : QString();
    row->setText(DueColumn, isOverdue(action, m_today) ? tr("%1 (overdue)").arg(due) : due);
    row->setText(StatusColumn, action.statusChanged.isValid()
                                   ? tr("%1 since %2")
                                         .arg(actionStatusName(action.status),
                                              action.statusChanged.toString(Qt::ISODate))
                                   : actionStatusName(action.status));
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
    return wanted;
}

void ActionsPage::applyFilter() {
    const std::vector<Id> shown = actionPlan(m_doc.data(), filter(), m_today);
    const std::set<Id> visible(shown.begin(), shown.end());
    for (auto row = m_rows.begin(); row != m_rows.end(); ++row)
        (*row)->setHidden(!visible.contains(row.key()));
    m_count->setText(tr("%1 of %2 actions").arg(shown.size()).arg(m_rows.size()));
}

void ActionsPage::markSelected(ActionStatus status) {
    std::vector<Id> ids;
    for (const QTreeWidgetItem* row : m_list->selectedItems()) {
        if (!row->isHidden())
            ids.push_back(row->data(0, kIdRole).toLongLong());
    }
    if (ids.empty())
        return;
    m_doc.undoStack()->beginMacro(tr("Mark %n action(s) %1", nullptr, int(ids.size()))
                                      .arg(actionStatusName(status).toLower()));
    for (const Id id : ids)
        edits::setActionStatus(m_doc, id, status);
    m_doc.undoStack()->endMacro();
}

} // namespace unblock::app
