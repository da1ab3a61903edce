#pragma once

#include "board/BoardModel.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace unblock::app {

class ItemDetailsDialog;
class Prompts;
class SessionDocument;

// Capture at the speed of talk: type a blocker and press Enter; Tab to type
// its solutions, Enter after each; Shift+Tab back for the next blocker. The
// tree below shows the board by group, edits in place, reorders with
// Alt+Up/Down or by dragging, and merges a blocker dragged onto another.
class BoardPage : public QWidget {
    Q_OBJECT
public:
    BoardPage(SessionDocument& doc, Prompts& prompts, QWidget* parent = nullptr);

    QLineEdit* blockerEdit() const { return m_blockerEdit; }
    QLineEdit* solutionEdit() const { return m_solutionEdit; }
    QComboBox* groupBox() const { return m_groupBox; }
    QLineEdit* filterEdit() const { return m_filterEdit; }
    QTreeView* tree() const { return m_tree; }
    BoardModel* model() const { return m_model; }

    // Actions for the Edit menu; they act on the selected item.
    QList<QAction*> itemActions() const;
    QAction* findAction() const { return m_find; }
    QAction* addGroupAction() const { return m_addGroup; }

    // The blocker new solutions go under: the last one added, or the selected one.
    std::optional<Id> solutionTarget() const { return m_target; }
    void selectItem(BoardModel::Kind kind, Id id);
    // Opens the details of the selected blocker or solution. Tests pass
    // `answer` to fill the form instead of a person; it is then accepted.
    void editDetails(const std::function<void(ItemDetailsDialog&)>& answer);
    void setZoom(int steps);

private:
    void buildActions();
    void addBlocker();
    void addSolution();
    void refreshGroups();
    void afterReset();
    void setTarget(std::optional<Id> blocker);
    QModelIndex currentSourceIndex() const;
    void deleteCurrent();
    void mergeCurrent();
    void unmergeCurrent();
    void addGroup();

    SessionDocument& m_doc;
    Prompts& m_prompts;
    BoardModel* m_model;
    QSortFilterProxyModel* m_filter;
    QComboBox* m_groupBox;
    QLineEdit* m_blockerEdit;
    QLineEdit* m_solutionEdit;
    QLabel* m_targetLabel;
    QLineEdit* m_filterEdit;
    QTreeView* m_tree;
    std::optional<Id> m_target;
    std::optional<std::pair<BoardModel::Kind, Id>> m_pendingSelection;
    QAction* m_details = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_moveUp = nullptr;
    QAction* m_moveDown = nullptr;
    QAction* m_merge = nullptr;
    QAction* m_unmerge = nullptr;
    QAction* m_find = nullptr;
    QAction* m_addGroup = nullptr;
    int m_basePointSize = 0;
};

} // namespace unblock::app
