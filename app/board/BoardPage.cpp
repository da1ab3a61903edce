#include "board/BoardPage.h"

#include "board/BoardFilter.h"
#include "board/BoardTree.h"
#include "board/CaptureLine.h"
#include "board/CategoryDelegate.h"
#include "board/IncomingPanel.h"
#include "board/ItemDetailsDialog.h"
#include "board/LearningPanel.h"
#include "document/Edits.h"
#include "document/SessionDocument.h"
#include "model/TextRules.h"
#include "window/Prompts.h"

#include <QAction>
#include <QBoxLayout>
#include <QComboBox>
#include <QCryptographicHash>
#include <QEvent>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace unblock::app {

using Kind = BoardModel::Kind;

BoardPage::BoardPage(SessionDocument& doc, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_prompts(prompts)
    , m_model(new BoardModel(doc, this))
    , m_groupBox(new QComboBox(this))
    , m_blockerEdit(new CaptureLine(TextLimits::line, this))
    , m_solutionEdit(new CaptureLine(0, this))
    , m_lengthLabel(new QLabel(this))
    , m_targetLabel(new QLabel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_tree(new BoardTree(this))
    , m_incoming(new IncomingPanel(doc, prompts, this))
    , m_learning(new LearningPanel(doc, this))
    , m_filter(new BoardFilter(m_tree, m_model)) {
    setUpCapture();
    setUpTree();
    layOut();
    buildActions();
    connectCapture();
    connectTree();
    refreshGroups();
    m_tree->expandAll();
    setTarget(std::nullopt);
    m_blockerEdit->setEnabled(!doc.isReadOnly());
    m_basePointSize = font().pointSize();
}

// The capture lines a facilitator types into, the group they type for, and
// the filter.
void BoardPage::setUpCapture() {
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
    m_lengthLabel->setTextFormat(Qt::PlainText);
    m_lengthLabel->setWordWrap(true);
    m_lengthLabel->setAccessibleName(tr("Length of the blocker typed"));
    m_lengthLabel->hide();
    m_alikeLabel = new QLabel(this);
    m_alikeLabel->setTextFormat(Qt::PlainText);
    m_alikeLabel->setWordWrap(true);
    m_alikeLabel->setAccessibleName(tr("Alike blocker"));
    m_alikeLabel->hide();
    // Worked out when typing pauses, not at every key on a big board.
    m_alikeTimer = new QTimer(this);
    m_alikeTimer->setSingleShot(true);
    m_alikeTimer->setInterval(250);
    auto* mergeTyped = new QAction(tr("Add Merged into the Alike Blocker"), m_blockerEdit);
    mergeTyped->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    mergeTyped->setShortcutContext(Qt::WidgetShortcut);
    m_blockerEdit->addAction(mergeTyped);
    connect(mergeTyped, &QAction::triggered, this, &BoardPage::addBlockerMergedIntoAlike);
    connect(m_alikeTimer, &QTimer::timeout, this, &BoardPage::showAlike);
    connect(m_learning, &LearningPanel::solutionAdded, this,
            [this](Id solution) { selectItem(Kind::Solution, solution); });
    connect(m_incoming, &IncomingPanel::handedBack, this,
            [this] { m_blockerEdit->setFocus(Qt::OtherFocusReason); });
    m_groupBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_groupBox->setMinimumContentsLength(24);
    m_filterEdit->setPlaceholderText(tr("Filter the board"));
    m_filterEdit->setAccessibleName(tr("Filter"));
    m_filterEdit->setClearButtonEnabled(true);
}

void BoardPage::setUpTree() {
    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Board"));
    m_tree->setAccessibleDescription(
        tr("Each blocker with its solutions beneath it. F2 edits the one "
           "selected; Delete removes it; drag to move a solution."));
    m_tree->setItemDelegate(new CategoryDelegate(m_doc, m_tree));
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(true);

    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void BoardPage::layOut() {
    auto* capture = new QFormLayout;
    capture->addRow(tr("&Group:"), m_groupBox);
    capture->addRow(tr("&Blocker:"), m_blockerEdit);
    capture->addRow(QString(), m_lengthLabel);
    capture->addRow(QString(), m_alikeLabel);
    capture->addRow(tr("&Solution:"), m_solutionEdit);
    capture->addRow(QString(), m_targetLabel);
    auto* board = new QVBoxLayout;
    board->addLayout(capture);
    board->addWidget(m_filterEdit);
    board->addWidget(m_tree, 1);
    // What phones sent waits beside the board, while there is any, above
    // what other workshops did, while there is a library (see placePanels).
    m_panels = new QBoxLayout(QBoxLayout::TopToBottom);
    m_panels->addWidget(m_incoming, 3);
    m_panels->addWidget(m_learning, 2);
    m_layout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_layout->addLayout(board, 3);
    m_layout->addLayout(m_panels, 2);
    // The panels take the share the board leaves them, however long the
    // lines in them: they never squeeze the titles.
    for (QWidget* panel : {static_cast<QWidget*>(m_incoming), static_cast<QWidget*>(m_learning)}) {
        panel->setSizePolicy(QSizePolicy::Ignored, panel->sizePolicy().verticalPolicy());
        panel->installEventFilter(this);
    }
    setTabOrder(m_groupBox, m_blockerEdit);
    setTabOrder(m_blockerEdit, m_solutionEdit);
    setTabOrder(m_solutionEdit, m_filterEdit);
    setTabOrder(m_filterEdit, m_tree);
    setTabOrder(m_tree, m_incoming);
    setTabOrder(m_incoming, m_learning);
}

void BoardPage::connectCapture() {
    connect(m_blockerEdit, &QLineEdit::returnPressed, this, &BoardPage::addBlocker);
    connect(m_solutionEdit, &QLineEdit::returnPressed, this, &BoardPage::addSolution);
    connect(m_blockerEdit, &QLineEdit::textChanged, this, [this] {
        showLengthNote();
        m_alikeTimer->start();
    });
    connect(m_solutionEdit, &CaptureLine::linesPasted, this, &BoardPage::addSolutions);
    connect(m_blockerEdit, &CaptureLine::linesPasted, this, [this](const QStringList& lines) {
        m_blockerEdit->insert(lines.join(u' ')); // a blocker is one line
    });
}

// The board follows the document in place, keeping what the facilitator has
// open and selected.
void BoardPage::connectTree() {
    connect(m_model, &BoardModel::merged, this, [this](Id, Id target) { afterMerge(target); });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &BoardPage::showContextMenu);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &BoardFilter::setText);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = currentSourceIndex();
        m_keptSelection =
            current.isValid()
                ? std::optional(std::pair(BoardModel::kindOf(current), BoardModel::idOf(current)))
                : std::nullopt;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &BoardPage::afterReset);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BoardPage::expandInserted);
    connect(&m_doc, &SessionDocument::updated, this, &BoardPage::follow);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                const QModelIndex source = current.siblingAtColumn(0);
                if (!source.isValid())
                    return;
                if (BoardModel::kindOf(source) == Kind::Blocker)
                    setTarget(BoardModel::idOf(source));
                else if (BoardModel::kindOf(source) == Kind::Solution)
                    setTarget(BoardModel::idOf(source.parent()));
            });
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
    return m_tree->currentIndex().siblingAtColumn(0);
}

void BoardPage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    placePanels();
    showTarget();
}

// The panels sit beside the board while it keeps room for kTitleCharacters
// of a title in the board's type, and move below it, side by side, when
// not: a laptop mirrored to a 1024x768 projector, or the type made larger
// for the room, shows the titles rather than the panels.
void BoardPage::placePanels() {
    const QFontMetrics metrics(m_tree->font());
    const int titles = metrics.averageCharWidth() * kTitleCharacters + 2 * m_tree->indentation();
    const int board = titles * 100 / (100 - BoardTree::kDetailPercent) + 2 * metrics.height();
    const bool beside = width() * 3 / 5 >= board;
    m_layout->setDirection(beside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_panels->setDirection(beside ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    // Below, they keep to a third of the page, however much they hold.
    for (QWidget* panel : {static_cast<QWidget*>(m_incoming), static_cast<QWidget*>(m_learning)})
        panel->setMaximumHeight(beside ? QWIDGETSIZE_MAX : height() / 3);
    // With neither panel open the board takes the whole page: a layout
    // keeps a stretched share for its hidden widgets.
    const bool open = m_incoming->isVisibleTo(this) || m_learning->isVisibleTo(this);
    m_layout->setStretch(0, open ? 3 : 1);
    m_layout->setStretch(1, open ? 2 : 0);
}

// A panel opens or closes as phones send and libraries are read.
bool BoardPage::eventFilter(QObject* watched, QEvent* event) {
    if ((watched == m_incoming || watched == m_learning) &&
        (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent))
        placePanels();
    return QWidget::eventFilter(watched, event);
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
    const QModelIndex index = m_model->indexOf(kind, id);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
}

// Another session (or this one read again): all of it open, and the item
// that was selected selected again if it is still there.
void BoardPage::afterReset() {
    m_tree->expandAll();
    refreshGroups();
    setTarget(m_target);
    if (m_keptSelection)
        selectItem(m_keptSelection->first, m_keptSelection->second);
    m_blockerEdit->setEnabled(!m_doc.isReadOnly());
}

// New rows arrive open, with all under them. A blocker's first solution opens
// the blocker too; one the facilitator closed stays closed when more come.
void BoardPage::expandInserted(const QModelIndex& parent, int first, int last) {
    for (int row = first; row <= last; ++row)
        m_tree->expandRecursively(m_model->index(row, 0, parent));
    if (parent.isValid() && m_model->rowCount(parent) == last - first + 1)
        m_tree->expand(parent);
}

// The rest of the page follows the session: the group list, and the blocker
// solutions go under (it may have been deleted, merged away or renamed).
void BoardPage::follow(const SessionUpdate& update) {
    if (update.reloaded)
        return; // afterReset has done it all
    if (!update.groups.empty())
        refreshGroups();
    if (!update.blockers.empty())
        setTarget(m_target);
}

namespace {
QString draftKey(const QString& sessionPath) {
    return QStringLiteral("drafts/") +
           QString::fromLatin1(
               QCryptographicHash::hash(sessionPath.toUtf8(), QCryptographicHash::Sha1).toHex());
}
} // namespace

void BoardPage::saveDraft() const {
    QSettings settings;
    const QString key = draftKey(m_doc.path());
    if (m_blockerEdit->text().isEmpty() && m_solutionEdit->text().isEmpty()) {
        settings.remove(key);
        return;
    }
    settings.setValue(key + QStringLiteral("/blocker"), m_blockerEdit->text());
    settings.setValue(key + QStringLiteral("/solution"), m_solutionEdit->text());
    settings.setValue(key + QStringLiteral("/target"),
                      m_target ? QVariant(static_cast<qlonglong>(*m_target)) : QVariant());
}

void BoardPage::restoreDraft() {
    QSettings settings;
    const QString key = draftKey(m_doc.path());
    const QString blocker = settings.value(key + QStringLiteral("/blocker")).toString();
    const QString solution = settings.value(key + QStringLiteral("/solution")).toString();
    const QVariant target = settings.value(key + QStringLiteral("/target"));
    settings.remove(key);
    if (m_doc.isReadOnly())
        return;
    m_blockerEdit->setText(blocker);
    if (target.isValid() && m_doc.data().blocker(target.toLongLong())) {
        setTarget(target.toLongLong());
        m_solutionEdit->setText(solution);
    }
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
    placePanels();
}

} // namespace unblock::app
