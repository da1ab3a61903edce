#pragma once

#include "document/KeyedRows.h"
#include "model/Likeness.h"
#include "model/SessionChange.h"
#include "model/SessionData.h"

#include <QPointer>
#include <QWidget>

#include <optional>
#include <unordered_set>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace unblock::remote {
class PhoneItems;
}

namespace unblock::app {

class Prompts;
class SessionDocument;

// Beside the board: what phones sent in a call for items, waiting for the
// facilitator, and what was not added (it stays, and can be accepted
// later). Each waiting blocker says which blocker on the board it reads like
// ("Budgets: shares budget"). Enter accepts the items selected (several at
// once are one undo step), F2 edits one then accepts it, M merges one into
// the blocker it reads like or another chosen, Delete keeps it off the board
// with a word for the phone; a phone that sends nonsense can be blocked
// (and unblocked). Accepted items go on the board as any edit does. Hidden
// while there is nothing to list.
class IncomingPanel : public QWidget {
    Q_OBJECT

public:
    IncomingPanel(SessionDocument& doc, Prompts& prompts, QWidget* parent = nullptr);

    // The call for items whose phones the facilitator may block.
    void setPhoneItems(remote::PhoneItems* items);

    QTreeView* list() const { return m_list; }
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* blockButton() const { return m_block; }
    QCheckBox* acceptEverything() const { return m_acceptEverything; }

    void acceptSelected();
    void editAndAccept();
    void mergeSelected();
    void rejectSelected();
    // Stops taking items from the phone that sent the item selected, or
    // takes them again.
    void toggleBlockPhone();

Q_SIGNALS:
    // The last item listed was dealt with: typing goes on on the board.
    void handedBack();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void follow(const SessionUpdate& update);
    // The items listed (waiting, or not added) in the order they arrived,
    // those in `changed` made again.
    void showItems(const std::unordered_set<KeyedRows::Key>& changed);
    KeyedRows::Row rowFor(const IncomingItem& item);
    void reloadAll();
    void trustTheRoom(bool on);
    void acceptWaitingIfTrusted();
    int firstSelectedRow() const;
    void moveOnFrom(int row);
    std::vector<Id> selectedIds() const;
    void updateButtons();
    const IncomingItem* singleSelected() const;
    // The board's blockers, as the document keeps them for likeness.
    const AlikeIndex& alikeIndex();

    SessionDocument& m_doc;
    Prompts& m_prompts;
    QLabel* m_heading;
    KeyedRows* m_rows; // by the item's id
    QTreeView* m_list;
    QPushButton* m_accept;
    QPushButton* m_edit;
    QPushButton* m_merge;
    QPushButton* m_reject;
    QPushButton* m_block;
    QCheckBox* m_acceptEverything;
    QPointer<remote::PhoneItems> m_phones;
};

} // namespace unblock::app
