#include "board/IncomingPanel.h"

#include "board/ChooseMergeTarget.h"
#include "document/Edits.h"
#include "document/SessionDocument.h"
#include "model/Likeness.h"
#include "remote/PhoneItems.h"
#include "remote/RemoteAccess.h"
#include "window/Prompts.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace unblock::app {
namespace {

bool isListed(const IncomingItem& item) {
    return item.state == IncomingState::Waiting || item.state == IncomingState::Rejected;
}

// Who sent it: the name given, else the phone's label ("phone 3FA2C1").
QString senderOf(const IncomingItem& item) {
    return item.name.isEmpty()
               ? IncomingPanel::tr("phone %1").arg(remote::RemoteAccess::phoneLabel(item.phone))
               : item.name;
}

} // namespace

IncomingPanel::IncomingPanel(SessionDocument& doc, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_prompts(prompts)
    , m_heading(new QLabel(tr("From phones"), this))
    , m_rows(new KeyedRows({tr("Item")}, this))
    , m_list(new QTreeView(this))
    , m_accept(new QPushButton(tr("&Accept"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_merge(new QPushButton(tr("&Merge…"), this))
    , m_reject(new QPushButton(tr("&Not Added…"), this))
    , m_block(new QPushButton(tr("Block &Phone"), this))
    , m_acceptEverything(new QCheckBox(tr("Accept everything from now on"), this)) {
    m_heading->setTextFormat(Qt::PlainText);
    // One column, the item's words and, below them, what it looks like or
    // why it was not added: the panel is narrow beside the board.
    m_list->setModel(m_rows);
    m_list->setHeaderHidden(true);
    m_list->setUniformRowHeights(false);
    m_list->setAccessibleName(tr("Items from phones"));
    m_list->setAccessibleDescription(tr("Enter accepts the items selected; F2 edits one first; M "
                                        "merges one into a blocker; Delete does not add it."));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->installEventFilter(this);
    m_accept->setToolTip(tr("Puts the items selected on the board (Enter)"));
    m_edit->setToolTip(tr("Edits the item's words, then puts it on the board (F2)"));
    m_merge->setToolTip(tr("Puts the blocker on the board merged into one it is like (M)"));
    m_reject->setToolTip(tr("Keeps the item off the board, with a word for the phone (Delete)"));
    m_acceptEverything->setToolTip(
        tr("For a trusted room: every item goes on the board as it arrives"));

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading, 0, 0, 1, 3);
    layout->addWidget(m_list, 1, 0, 1, 3);
    layout->addWidget(m_accept, 2, 0);
    layout->addWidget(m_edit, 2, 1);
    layout->addWidget(m_merge, 2, 2);
    layout->addWidget(m_reject, 3, 0);
    layout->addWidget(m_block, 3, 1);
    layout->addWidget(m_acceptEverything, 4, 0, 1, 3);

    connect(m_accept, &QPushButton::clicked, this, &IncomingPanel::acceptSelected);
    connect(m_edit, &QPushButton::clicked, this, &IncomingPanel::editAndAccept);
    connect(m_merge, &QPushButton::clicked, this, &IncomingPanel::mergeSelected);
    connect(m_reject, &QPushButton::clicked, this, &IncomingPanel::rejectSelected);
    connect(m_block, &QPushButton::clicked, this, &IncomingPanel::toggleBlockPhone);
    connect(m_acceptEverything, &QCheckBox::toggled, this, &IncomingPanel::trustTheRoom);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IncomingPanel::updateButtons);
    connect(&m_doc, &SessionDocument::updated, this, &IncomingPanel::follow);
    reloadAll();
}

bool IncomingPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            acceptSelected();
            return true;
        case Qt::Key_F2:
            editAndAccept();
            return true;
        case Qt::Key_M:
            mergeSelected();
            return true;
        case Qt::Key_Delete:
            rejectSelected();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// Rows follow the items that changed, in place: the facilitator's
// selection stays on the rows still listed.
void IncomingPanel::follow(const SessionUpdate& update) {
    if (update.reloaded) {
        reloadAll();
        return;
    }
    if (update.incoming.empty() && !update.touchesBoard())
        return;
    std::unordered_set<KeyedRows::Key> changed(update.incoming.changed.begin(),
                                               update.incoming.changed.end());
    // The board changed: what a waiting blocker reads like may have too.
    if (update.touchesBoard()) {
        for (const KeyedRows::Key key : m_rows->keys())
            changed.insert(key);
    }
    showItems(changed);
    if (!update.incoming.added.empty())
        acceptWaitingIfTrusted();
    updateButtons();
}

void IncomingPanel::reloadAll() {
    m_rows->clear();
    showItems({});
    updateButtons();
}

void IncomingPanel::showItems(const std::unordered_set<KeyedRows::Key>& changed) {
    const SessionData& session = m_doc.data();
    std::vector<KeyedRows::Key> order;
    for (const IncomingItem& item : session.incoming) {
        if (isListed(item))
            order.push_back(item.id);
    }
    m_rows->follow(order, changed,
                   [&](KeyedRows::Key id) { return rowFor(*session.incomingItem(id)); });
}

// An item's words and, below them, what it looks like or why it was not
// added; who sent it, and what it answers, in its tooltip.
KeyedRows::Row IncomingPanel::rowFor(const IncomingItem& item) {
    const SessionData& session = m_doc.data();
    QString where;
    if (item.kind == IncomingKind::Solution) {
        const Blocker* blocker = item.blockerId ? session.blocker(*item.blockerId) : nullptr;
        where = blocker ? tr("A solution to “%1”").arg(blocker->title) : tr("A solution");
    }
    QString note;
    if (item.state == IncomingState::Rejected) {
        note = item.reason.isEmpty() ? tr("Not added") : tr("Not added: %1").arg(item.reason);
    } else if (item.kind == IncomingKind::Blocker) {
        const std::vector<AlikeBlocker> alike = alikeIndex().alike(item.text, 1);
        if (!alike.empty()) {
            note = tr("Looks like “%1” (%2): merge?")
                       .arg(session.blocker(alike.front().blockerId)->title,
                            describeLikeness(alike.front().likeness));
        }
    }
    KeyedRows::Row row;
    // The note sits indented under the words, so it does not read as an item.
    row.cells.push_back({note.isEmpty() ? item.text : item.text + u"\n    "_s + note,
                         where.isEmpty() ? tr("From %1").arg(senderOf(item))
                                         : tr("%1, from %2").arg(where, senderOf(item)),
                         {},
                         {},
                         false,
                         Qt::AlignLeft | Qt::AlignVCenter});
    row.italic = item.state == IncomingState::Rejected;
    return row;
}

std::vector<Id> IncomingPanel::selectedIds() const {
    std::vector<Id> ids;
    for (const QModelIndex& row : m_list->selectionModel()->selectedRows())
        ids.push_back(m_rows->keyAt(row.row()));
    return ids;
}

void IncomingPanel::setPhoneItems(remote::PhoneItems* items) {
    m_phones = items;
    updateButtons();
}

const IncomingItem* IncomingPanel::singleSelected() const {
    const std::vector<Id> ids = selectedIds();
    return ids.size() == 1 ? m_doc.data().incomingItem(ids[0]) : nullptr;
}

const AlikeIndex& IncomingPanel::alikeIndex() {
    return m_doc.boardLikeness();
}

void IncomingPanel::updateButtons() {
    const std::size_t selected = selectedIds().size();
    m_accept->setEnabled(selected > 0);
    m_edit->setEnabled(selected == 1);
    m_merge->setEnabled(selected == 1);
    m_reject->setEnabled(selected > 0);
    const IncomingItem* one = singleSelected();
    const bool blocked = one && m_phones && m_phones->isBlocked(one->phone);
    m_block->setEnabled(one && m_phones);
    m_block->setText(blocked ? tr("Unblock &Phone") : tr("Block &Phone"));
    m_block->setToolTip(blocked ? tr("Takes items from the phone that sent this one again")
                                : tr("Takes no more items from the phone that sent this one"));
    m_heading->setText(tr("From phones: %n waiting", nullptr, [&] {
        int waiting = 0;
        for (const IncomingItem& item : m_doc.data().incoming)
            waiting += item.state == IncomingState::Waiting ? 1 : 0;
        return waiting;
    }()));
    setVisible(m_rows->rowCount() > 0 || m_acceptEverything->isChecked());
}

// Several items at once are one step: one Ctrl+Z takes them all back.
void IncomingPanel::acceptSelected() {
    const std::vector<Id> ids = selectedIds();
    if (ids.empty())
        return;
    const int at = firstSelectedRow();
    edits::acceptIncomingItems(m_doc, ids);
    moveOnFrom(at);
}

void IncomingPanel::editAndAccept() {
    const IncomingItem* item = singleSelected();
    if (!item)
        return;
    const Id id = item->id; // the prompt runs an event loop: keep the id, not the item
    const int at = firstSelectedRow();
    const std::optional<QString> text =
        m_prompts.askText(this, tr("Edit Item from a Phone"), tr("&Words:"), item->text);
    if (text)
        edits::acceptIncoming(m_doc, id, *text);
    moveOnFrom(at);
}

int IncomingPanel::firstSelectedRow() const {
    int first = m_rows->rowCount();
    for (const QModelIndex& row : m_list->selectionModel()->selectedRows())
        first = std::min(first, row.row());
    return first;
}

// After an item is dealt with, the facilitator's hands go on to the next
// waiting one (from `row` on, else from the top), or back to typing when
// none waits: never to a button that went grey, and so never on to the
// switch that lets phones publish unread (Qt moves focus from a disabled
// button to the next in line).
void IncomingPanel::moveOnFrom(int row) {
    const int rows = m_rows->rowCount();
    for (int i = 0; i < rows; ++i) {
        const int at = (row + i) % rows;
        const IncomingItem* item = m_doc.data().incomingItem(m_rows->keyAt(at));
        if (item && item->state == IncomingState::Waiting) {
            m_list->selectionModel()->setCurrentIndex(m_rows->index(at, 0),
                                                      QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
            m_list->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    Q_EMIT handedBack();
}

// Offered first: the blockers it reads like; then the rest of the board.
void IncomingPanel::mergeSelected() {
    const IncomingItem* item = singleSelected();
    if (!item || item->kind != IncomingKind::Blocker)
        return;
    const Id id = item->id;
    const int at = firstSelectedRow();
    const std::optional<Id> target =
        chooseMergeTarget(m_prompts, this, tr("Merge Item from a Phone"),
                          mergeTargets(m_doc.data(), alikeIndex(), item->text));
    if (target)
        edits::mergeIncoming(m_doc, id, *target);
    moveOnFrom(at);
}

void IncomingPanel::rejectSelected() {
    const std::vector<Id> ids = selectedIds();
    if (ids.empty())
        return;
    const int at = firstSelectedRow();
    const std::optional<QString> reason = m_prompts.askText(
        this, tr("Not Added"), tr("A &word for the phone (it may be left empty):"));
    if (reason)
        edits::rejectIncomingItems(m_doc, ids, *reason);
    moveOnFrom(at);
}

void IncomingPanel::toggleBlockPhone() {
    const IncomingItem* item = singleSelected();
    if (!item || !m_phones)
        return;
    if (m_phones->isBlocked(item->phone))
        m_phones->unblock(item->phone);
    else
        m_phones->block(item->phone);
    updateButtons();
}

// Turned on, every item goes to the board and the projector unread: a
// stray Space must not do that, so it is asked first.
void IncomingPanel::trustTheRoom(bool on) {
    if (on && !m_prompts.confirm(this, tr("Accept Everything?"),
                                 tr("Every item phones send will go on the board, and on the "
                                    "projector, without you reading it first. Turn this on?"))) {
        const QSignalBlocker quiet(m_acceptEverything);
        m_acceptEverything->setChecked(false);
        return;
    }
    acceptWaitingIfTrusted();
}

// Queued: the document is still telling its views about the last change.
void IncomingPanel::acceptWaitingIfTrusted() {
    if (!m_acceptEverything->isChecked())
        return;
    QTimer::singleShot(0, this, [this] {
        std::vector<Id> waiting;
        for (const IncomingItem& item : m_doc.data().incoming) {
            if (item.state == IncomingState::Waiting)
                waiting.push_back(item.id);
        }
        for (const Id id : waiting) // one step each: each undone alone
            edits::acceptIncoming(m_doc, id);
    });
}

} // namespace unblock::app
