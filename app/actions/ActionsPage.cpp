#include "actions/ActionsPage.h"

#include "document/Edits.h"
#include "document/KeyedRows.h"
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
#include <QSortFilterProxyModel>
#include <QTreeView>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace unblock::app {
namespace {

enum Column { ActionColumn, BlockerColumn, OwnerColumn, DueColumn, StatusColumn, FromColumn };

qint64 keyOf(ActionRef action) {
    return action.id * 2 + (action.carried ? 1 : 0);
}

ActionRef actionOf(qint64 key) {
    return {key / 2, key % 2 == 1};
}

QString statusText(ActionStatus status, const QDate& changed) {
    return changed.isValid() ? ActionsPage::tr("%1 since %2")
                                   .arg(actionStatusName(status), changed.toString(Qt::ISODate))
                             : actionStatusName(status);
}

QString dueText(const QDate& due, ActionStatus status, const QDate& today) {
    const QString date = due.isValid() ? due.toString(Qt::ISODate) : QString();
    return isOverdue(due, status, today) ? ActionsPage::tr("%1 (overdue)").arg(date) : date;
}

// Each column's words; the long ones whole in a tooltip.
KeyedRows::Row rowOf(const QStringList& columns) {
    KeyedRows::Row row;
    for (int column = 0; column < columns.size(); ++column) {
        const bool long_ =
            column == ActionColumn || column == BlockerColumn || column == FromColumn;
        row.cells.push_back({columns[column], long_ ? columns[column] : QString(), {}, {}});
    }
    return row;
}

const char* const kMarkLabels[] = {QT_TRANSLATE_NOOP("unblock::app::ActionsPage", "&Open"),
                                   QT_TRANSLATE_NOOP("unblock::app::ActionsPage", "In &Progress"),
                                   QT_TRANSLATE_NOOP("unblock::app::ActionsPage", "&Done"),
                                   QT_TRANSLATE_NOOP("unblock::app::ActionsPage", "D&ropped")};

} // namespace

// The rows the filters pass. Sorted by due date, rows keep core's order
// (actionPlan: the soonest first), which is the order of the rows beneath;
// by any other column, by the column's words.
class ActionsPage::Shown : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setPassing(std::unordered_set<qint64> keys) {
        m_passing = std::move(keys);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex&) const override {
        const auto& rows = static_cast<const KeyedRows&>(*sourceModel());
        return m_passing.contains(rows.keyAt(row));
    }
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override {
        if (left.column() == DueColumn)
            return left.row() < right.row();
        return QSortFilterProxyModel::lessThan(left, right);
    }

private:
    std::unordered_set<qint64> m_passing;
};

ActionsPage::ActionsPage(SessionDocument& doc, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_prompts(prompts)
    , m_owner(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("O&verdue only"), this))
    , m_count(new QLabel(this))
    , m_rows(new KeyedRows(
          {tr("Action"), tr("For the blocker"), tr("Owner"), tr("Due"), tr("Status"), tr("From")},
          this))
    , m_shown(new Shown(this))
    , m_list(new QTreeView(this)) {
    m_owner->setAccessibleName(tr("Show the actions of"));
    m_status->setAccessibleName(tr("Show the actions that are"));
    m_status->addItem(tr("Any status"));
    for (const ActionStatus status : kActionStatuses)
        m_status->addItem(actionStatusName(status), static_cast<int>(status));
    m_shown->setSourceModel(m_rows);
    m_shown->setSortRole(KeyedRows::SortRole);
    m_shown->setSortLocaleAware(true);
    m_list->setModel(m_shown);
    m_list->setAccessibleName(tr("Actions"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(DueColumn, Qt::AscendingOrder);
    // The dates and states at the width their words take; the words share
    // the rest, the action the most (each whole in a tooltip). Widths come
    // from the words' sizes, not from measuring every row after each change.
    QHeaderView* header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = fontMetrics();
    header->resizeSection(BlockerColumn, 220);
    header->resizeSection(OwnerColumn, metrics.horizontalAdvance(u"Finance and HR lead"_s) + 16);
    header->resizeSection(DueColumn,
                          metrics.horizontalAdvance(tr("%1 (overdue)").arg(u"2026-12-31"_s)) + 16);
    header->resizeSection(
        StatusColumn,
        metrics.horizontalAdvance(tr("%1 since %2").arg(tr("In progress"), u"2026-12-31"_s)) + 16);
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

// Only a change to an action, or to a blocker an action answers, or to a
// carried action, reaches the rows: every other edit costs a glance.
void ActionsPage::follow(const SessionUpdate& update) {
    if (update.reloaded) {
        reloadAll();
        return;
    }
    const SessionData& session = m_doc.data();
    std::unordered_set<qint64> changed;
    bool gone = false;
    for (const std::vector<Id>* ids : {&update.solutions.added, &update.solutions.changed}) {
        for (const Id id : *ids) {
            const Solution* s = session.solution(id);
            const qint64 key = keyOf({id, false});
            if ((s && s->isAction()) || m_rows->contains(key))
                changed.insert(key);
        }
    }
    for (const Id id : update.solutions.removed)
        gone = gone || m_rows->contains(keyOf({id, false}));
    for (const std::vector<Id>* ids : {&update.carried.added, &update.carried.changed}) {
        for (const Id id : *ids)
            changed.insert(keyOf({id, true}));
    }
    gone = gone || !update.carried.removed.empty();
    // A blocker renamed: the actions under it say so, where they are. One
    // moved on the board moves them in the plan (undated ones go in board
    // order). Solutions are kept by blocker, so its own are found without
    // reading the rest.
    std::unordered_set<qint64> renamed;
    bool moved = false;
    for (std::size_t i = 0; i < update.blockers.changed.size(); ++i) {
        const Fields fields = update.blockers.changedFields[i];
        for (const qint64 key : actionsUnder(update.blockers.changed[i])) {
            if (fields & (BlockerField::Group | BlockerField::Place | BlockerField::Merge))
                moved = true;
            if (fields & BlockerField::Title)
                renamed.insert(key);
        }
    }
    if (changed.empty() && !gone && !moved) {
        for (const qint64 key : renamed)
            m_rows->refresh(key, [this](qint64 k) { return rowFor(k); });
        return;
    }
    changed.insert(renamed.begin(), renamed.end());
    showPlan(changed);
    refreshOwners();
    applyFilter();
}

// The rows of the actions that answer `blocker`.
std::vector<qint64> ActionsPage::actionsUnder(Id blocker) const {
    const std::vector<Solution>& solutions = m_doc.data().solutions;
    const auto [first, last] = std::equal_range(
        solutions.begin(), solutions.end(), blocker, [](const auto& a, const auto& b) {
            if constexpr (std::is_same_v<std::decay_t<decltype(a)>, Solution>)
                return a.blockerId < b;
            else
                return a < b.blockerId;
        });
    std::vector<qint64> keys;
    for (auto s = first; s != last; ++s) {
        if (m_rows->contains(keyOf({s->id, false})))
            keys.push_back(keyOf({s->id, false}));
    }
    return keys;
}

void ActionsPage::reloadAll() {
    m_rows->clear();
    showPlan({});
    refreshOwners();
    applyFilter();
}

// Every action in core's order (actionPlan), each row made from the session.
void ActionsPage::showPlan(const std::unordered_set<qint64>& changed) {
    std::vector<qint64> order;
    for (const ActionRef action : actionPlan(m_doc.data(), everyAction(), m_today))
        order.push_back(keyOf(action));
    m_rows->follow(order, changed, [this](qint64 key) { return rowFor(key); });
}

KeyedRows::Row ActionsPage::rowFor(qint64 key) const {
    const SessionData& session = m_doc.data();
    const ActionRef action = actionOf(key);
    if (action.carried) {
        const CarriedAction& a = *session.carriedAction(action.id);
        return rowOf({a.text, a.blocker, a.owner, dueText(a.due, a.status, m_today),
                      statusText(a.status, a.statusChanged), carriedFrom(a)});
    }
    const Solution& s = *session.solution(action.id);
    const Blocker* blocker = session.blocker(s.blockerId);
    return rowOf({s.text, blocker ? blocker->title : QString(), s.owner,
                  dueText(s.due, s.status, m_today), statusText(s.status, s.statusChanged),
                  tr("This workshop")});
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
    std::unordered_set<qint64> passing;
    for (const ActionRef action : actionPlan(m_doc.data(), filter(), m_today))
        passing.insert(keyOf(action));
    const std::size_t shown = passing.size();
    m_shown->setPassing(std::move(passing));
    m_count->setText(tr("%1 of %2 actions").arg(shown).arg(m_rows->rowCount()));
}

void ActionsPage::markSelected(ActionStatus status) {
    std::vector<ActionRef> actions;
    for (const QModelIndex& row : m_list->selectionModel()->selectedRows())
        actions.push_back(
            actionOf(m_shown->mapToSource(row).data(KeyedRows::KeyRole).toLongLong()));
    if (!actions.empty())
        edits::setActionStatuses(m_doc, actions, status);
}

bool ActionsPage::exportActions() {
    const std::vector<ActionExportTarget> targets = actionExportTargets();
    QStringList labels;
    for (const ActionExportTarget& t : targets)
        labels << t.label;
    const std::optional<int> choice = m_prompts.chooseItem(
        this, tr("Export Actions"), tr("The actions still to do, &for:"), labels, 0);
    if (!choice)
        return false;
    const ActionExportTarget& target = targets.at(static_cast<std::size_t>(*choice));
    if (actionsToExport(m_doc.data(), target.kind) == 0) {
        m_prompts.showError(this, tr("Export Actions"), nothingToExport(target.kind));
        return false;
    }
    const QString path = m_prompts.exportFileName(this, tr("Export Actions"), target.filter,
                                                  QFileInfo(m_doc.path()).completeBaseName() +
                                                      tr(" actions") + u'.' + target.suffix);
    if (path.isEmpty()) // the file dialog ran the event loop: the session is read after it
        return false;
    const int count = actionsToExport(m_doc.data(), target.kind);
    const QByteArray bytes =
        actionsExport(m_doc.data(), target.kind, QDateTime::currentDateTimeUtc());
    if (!m_prompts.saveWhole(this, tr("Export Actions"), path, bytes))
        return false;
    const QString written = tr("%n action(s) written to “%1”, for %2.", nullptr, count)
                                .arg(QFileInfo(path).fileName(), target.label);
    // What the importer will ask (Jira: the date format) is said where it
    // cannot pass unseen, not only in the status bar.
    const QString advice = importerAdvice(target.kind);
    if (!advice.isEmpty())
        m_prompts.inform(this, tr("Export Actions"), written + u' ' + advice);
    Q_EMIT done(advice.isEmpty() ? written : written + u' ' + advice);
    return true;
}

} // namespace unblock::app
