#include "board/BoardPage.h"

#include "board/CategoryDelegate.h"
#include "board/ItemDetailsDialog.h"
#include "document/Edits.h"
#include "document/SessionDocument.h"
#include "model/CategorySuggester.h"
#include "window/Prompts.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace unblock::app {

using Kind = BoardModel::Kind;

BoardPage::BoardPage(SessionDocument& doc, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_prompts(prompts)
    , m_model(new BoardModel(doc, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_groupBox(new QComboBox(this))
    , m_blockerEdit(new QLineEdit(this))
    , m_solutionEdit(new QLineEdit(this))
    , m_targetLabel(new QLabel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_tree(new QTreeView(this)) {
    m_groupBox->setAccessibleName(tr("Group for new blockers"));
    m_groupBox->setToolTip(tr("The group, or table, whose blockers you are typing in"));
    m_blockerEdit->setPlaceholderText(tr("Type a blocker and press Enter"));
    m_blockerEdit->setAccessibleName(tr("New blocker"));
    m_blockerEdit->setAccessibleDescription(
        tr("Enter adds the blocker; Tab moves to its solutions."));
    m_solutionEdit->setPlaceholderText(tr("Type a solution and press Enter"));
    m_solutionEdit->setAccessibleName(tr("New solution"));
    m_solutionEdit->setAccessibleDescription(tr("Enter adds a solution to the blocker named above; "
                                                "Shift+Tab goes back to blockers."));
    m_targetLabel->setTextFormat(Qt::PlainText);
    m_targetLabel->setWordWrap(true);
    m_filterEdit->setPlaceholderText(tr("Filter the board"));
    m_filterEdit->setAccessibleName(tr("Filter"));
    m_filterEdit->setClearButtonEnabled(true);

    m_filter->setSourceModel(m_model);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_tree->setModel(m_filter);
    m_tree->setAccessibleName(tr("Board"));
    m_tree->setAccessibleDescription(
        tr("Each blocker with its solutions beneath it. F2 edits the one "
           "selected; Delete removes it; drag to move a solution."));
    m_tree->setItemDelegate(new CategoryDelegate(doc, m_tree));
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* capture = new QFormLayout;
    capture->addRow(tr("&Group:"), m_groupBox);
    capture->addRow(tr("&Blocker:"), m_blockerEdit);
    capture->addRow(tr("&Solution:"), m_solutionEdit);
    capture->addRow(QString(), m_targetLabel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(capture);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_tree, 1);
    setTabOrder(m_groupBox, m_blockerEdit);
    setTabOrder(m_blockerEdit, m_solutionEdit);
    setTabOrder(m_solutionEdit, m_filterEdit);
    setTabOrder(m_filterEdit, m_tree);

    buildActions();
    connect(m_blockerEdit, &QLineEdit::returnPressed, this, &BoardPage::addBlocker);
    connect(m_solutionEdit, &QLineEdit::returnPressed, this, &BoardPage::addSolution);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filterEdit, &QLineEdit::textChanged, m_tree, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BoardPage::afterReset);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                const QModelIndex source = m_filter->mapToSource(current);
                if (!source.isValid())
                    return;
                if (BoardModel::kindOf(source) == Kind::Blocker)
                    setTarget(BoardModel::idOf(source));
                else if (BoardModel::kindOf(source) == Kind::Solution)
                    setTarget(BoardModel::idOf(source.parent()));
            });
    refreshGroups();
    m_tree->expandAll();
    setTarget(std::nullopt);
    m_blockerEdit->setEnabled(!doc.isReadOnly());
    m_basePointSize = font().pointSize();
}

void BoardPage::buildActions() {
    auto make = [this](const QString& text, const QKeySequence& keys, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_tree->addAction(action);
        return action;
    };
    m_delete = make(tr("&Delete"), QKeySequence::Delete, &BoardPage::deleteCurrent);
    m_moveUp = make(tr("Move &Up"), QKeySequence(Qt::ALT | Qt::Key_Up),
                    [this] { m_model->moveBy(currentSourceIndex(), -1); });
    m_moveDown = make(tr("Move Do&wn"), QKeySequence(Qt::ALT | Qt::Key_Down),
                      [this] { m_model->moveBy(currentSourceIndex(), +1); });
    m_merge =
        make(tr("&Merge Into…"), QKeySequence(Qt::CTRL | Qt::Key_M), &BoardPage::mergeCurrent);
    m_details =
        make(tr("D&etails…"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] { editDetails(nullptr); });
    m_unmerge = make(tr("&Separate Merged Blocker"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                     &BoardPage::unmergeCurrent);
    m_find = new QAction(tr("&Filter Board"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus();
        m_filterEdit->selectAll();
    });
    m_addGroup = new QAction(tr("Add &Group…"), this);
    m_addGroup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(m_addGroup, &QAction::triggered, this, &BoardPage::addGroup);
}

QList<QAction*> BoardPage::itemActions() const {
    return {m_details, m_delete, m_moveUp, m_moveDown, m_merge, m_unmerge};
}

QModelIndex BoardPage::currentSourceIndex() const {
    return m_filter->mapToSource(m_tree->currentIndex().siblingAtColumn(0));
}

namespace {
std::optional<Id> groupFromBox(const QComboBox* box) {
    const Id id = box->currentData().toLongLong();
    return id == BoardModel::kNoGroup ? std::nullopt : std::optional<Id>(id);
}
} // namespace

void BoardPage::addBlocker() {
    const QString title = m_blockerEdit->text();
    if (title.trimmed().isEmpty())
        return;
    store::BlockerFields fields;
    fields.title = title;
    fields.groupId = groupFromBox(m_groupBox);
    fields.categoryId = suggestCategory(title, m_doc.data().categories);
    if (const std::optional<Id> id = edits::addBlocker(m_doc, fields)) {
        m_blockerEdit->clear();
        setTarget(id);
        selectItem(Kind::Blocker, *id);
    }
}

void BoardPage::addSolution() {
    const QString text = m_solutionEdit->text();
    if (text.trimmed().isEmpty() || !m_target)
        return;
    const Id blocker = *m_target;
    if (const std::optional<Id> id = edits::addSolution(m_doc, blocker, {text, {}, {}, {}, {}})) {
        m_solutionEdit->clear();
        selectItem(Kind::Solution, *id);
        setTarget(blocker);
    }
}

void BoardPage::setTarget(std::optional<Id> blocker) {
    const Blocker* b = blocker ? m_doc.data().blocker(*blocker) : nullptr;
    m_target = b ? std::optional<Id>(b->id) : std::nullopt;
    m_solutionEdit->setEnabled(m_target.has_value() && !m_doc.isReadOnly());
    m_targetLabel->setText(b ? tr("Solutions go under: %1").arg(b->title)
                             : tr("Add or select a blocker to give it solutions."));
}

void BoardPage::refreshGroups() {
    const QVariant current = m_groupBox->currentData();
    m_groupBox->clear();
    for (const Group& g : m_doc.data().groups)
        m_groupBox->addItem(g.name, g.id);
    m_groupBox->addItem(tr("(no group)"), BoardModel::kNoGroup);
    const int at = m_groupBox->findData(current);
    m_groupBox->setCurrentIndex(at < 0 ? 0 : at);
}

void BoardPage::selectItem(Kind kind, Id id) {
    m_pendingSelection = {kind, id};
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(kind, id));
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
}

void BoardPage::afterReset() {
    m_tree->expandAll();
    refreshGroups();
    setTarget(m_target);
    if (m_pendingSelection)
        selectItem(m_pendingSelection->first, m_pendingSelection->second);
    const bool writable = !m_doc.isReadOnly();
    m_blockerEdit->setEnabled(writable);
}

void BoardPage::deleteCurrent() {
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid())
        return;
    const Id id = BoardModel::idOf(index);
    switch (BoardModel::kindOf(index)) {
    case Kind::Blocker:
        edits::deleteBlocker(m_doc, id);
        break;
    case Kind::Solution:
        edits::deleteSolution(m_doc, id);
        break;
    case Kind::Group:
        if (id != BoardModel::kNoGroup)
            edits::deleteGroup(m_doc, id);
        break;
    }
}

void BoardPage::mergeCurrent() {
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid() || BoardModel::kindOf(index) != Kind::Blocker)
        return;
    const Id source = BoardModel::idOf(index);
    QStringList titles;
    std::vector<Id> ids;
    for (const Blocker& b : m_doc.data().blockers) {
        if (b.id != source && !b.mergedInto) {
            titles << b.title;
            ids.push_back(b.id);
        }
    }
    const std::optional<int> chosen = m_prompts.chooseItem(
        this, tr("Merge Blockers"), tr("Count this blocker together with:"), titles);
    if (chosen && *chosen >= 0 && *chosen < static_cast<int>(ids.size()))
        edits::mergeBlockers(m_doc, source, ids[static_cast<std::size_t>(*chosen)]);
}

namespace {
bool accepted(ItemDetailsDialog& dialog, const std::function<void(ItemDetailsDialog&)>& answer) {
    if (!answer)
        return dialog.exec() == QDialog::Accepted;
    answer(dialog);
    return true;
}
} // namespace

void BoardPage::editDetails(const std::function<void(ItemDetailsDialog&)>& answer) {
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid())
        return;
    const Id id = BoardModel::idOf(index);
    const SessionData& session = m_doc.data();
    if (BoardModel::kindOf(index) == Kind::Blocker) {
        ItemDetailsDialog dialog(edits::fieldsOf(*session.blocker(id)), this);
        if (accepted(dialog, answer))
            edits::editBlocker(m_doc, id, dialog.blockerFields());
    } else if (BoardModel::kindOf(index) == Kind::Solution) {
        const auto s = std::find_if(session.solutions.begin(), session.solutions.end(),
                                    [id](const Solution& x) { return x.id == id; });
        if (s == session.solutions.end())
            return;
        ItemDetailsDialog dialog(edits::fieldsOf(*s), this);
        if (accepted(dialog, answer))
            edits::editSolution(m_doc, id, dialog.solutionFields());
    }
}

void BoardPage::unmergeCurrent() {
    const QModelIndex index = currentSourceIndex();
    if (index.isValid() && BoardModel::kindOf(index) == Kind::Blocker)
        edits::unmergeBlocker(m_doc, BoardModel::idOf(index));
}

void BoardPage::addGroup() {
    const std::optional<QString> name =
        m_prompts.askText(this, tr("Add Group"), tr("Name of the group or table:"));
    if (!name)
        return;
    if (const std::optional<Id> id = edits::addGroup(m_doc, *name)) {
        refreshGroups();
        m_groupBox->setCurrentIndex(m_groupBox->findData(*id));
    }
}

void BoardPage::setZoom(int steps) {
    QFont f = font();
    f.setPointSize(std::max(6, m_basePointSize + 2 * steps));
    m_tree->setFont(f);
    m_blockerEdit->setFont(f);
    m_solutionEdit->setFont(f);
}

} // namespace unblock::app
