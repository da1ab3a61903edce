// What the facilitator does to the item selected on the board: delete,
// merge, separate, file under a category, edit its details; and the menu
// that offers it all.
#include "board/BoardPage.h"
#include "board/ChooseMergeTarget.h"
#include "board/ItemDetailsDialog.h"
#include "document/Edits.h"
#include "document/SessionDocument.h"
#include "window/Prompts.h"

#include <QAction>
#include <QMenu>
#include <QTreeView>

namespace unblock::app {

using Kind = BoardModel::Kind;

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
    const std::optional<Id> target =
        chooseMergeTarget(m_prompts, this, tr("Merge Blockers"),
                          mergeTargets(m_doc.data(), m_doc.boardLikeness(),
                                       m_doc.data().blocker(source)->title, source));
    if (target && edits::mergeBlockers(m_doc, source, *target))
        afterMerge(*target);
}

// After a merge the facilitator goes on with the blocker that stands for both.
void BoardPage::afterMerge(Id target) {
    selectItem(Kind::Blocker, target);
    setTarget(target);
}

void BoardPage::showContextMenu(const QPoint& position) {
    const QModelIndex index = m_tree->indexAt(position).siblingAtColumn(0);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(m_tree->indexAt(position));
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions(itemActions());
    if (BoardModel::kindOf(index) == Kind::Blocker && !m_doc.isReadOnly()) {
        menu->addSeparator();
        menu->addMenu(categoryMenu(BoardModel::idOf(index), menu));
    }
    menu->popup(m_tree->viewport()->mapToGlobal(position));
}

// Each category once, the blocker's own ticked; choosing one files it there.
QMenu* BoardPage::categoryMenu(Id blockerId, QWidget* parent) {
    auto* menu = new QMenu(tr("&Category"), parent);
    const Blocker* blocker = m_doc.data().blocker(blockerId);
    auto add = [&](const QString& name, std::optional<Id> category) {
        QAction* action = menu->addAction(name, this, [this, blockerId, category] {
            const Blocker* b = m_doc.data().blocker(blockerId); // looked up again
            if (!b)
                return;
            store::BlockerFields fields = edits::fieldsOf(*b);
            fields.categoryId = category;
            edits::editBlocker(m_doc, blockerId, fields);
        });
        action->setCheckable(true);
        action->setChecked(blocker && blocker->categoryId == category);
    };
    add(tr("(none)"), std::nullopt);
    for (const Category& c : m_doc.data().categories)
        add(c.name, c.id);
    return menu;
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
        const Blocker* blocker = session.blocker(id);
        if (!blocker)
            return;
        ItemDetailsDialog dialog(edits::fieldsOf(*blocker), session.categories, this);
        if (accepted(dialog, answer))
            edits::editBlocker(m_doc, id, dialog.blockerFields());
    } else if (BoardModel::kindOf(index) == Kind::Solution) {
        const Solution* solution = session.solution(id);
        if (!solution)
            return;
        ItemDetailsDialog dialog(edits::fieldsOf(*solution), this);
        if (accepted(dialog, answer))
            edits::editSolution(m_doc, id, dialog.solutionFields());
    }
}

void BoardPage::unmergeCurrent() {
    const QModelIndex index = currentSourceIndex();
    if (index.isValid() && BoardModel::kindOf(index) == Kind::Blocker)
        edits::unmergeBlocker(m_doc, BoardModel::idOf(index));
}

} // namespace unblock::app
