#pragma once

#include "board/BoardModel.h"
#include "store/Blockers.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QBoxLayout;
class QComboBox;
class QLabel;
class QTimer;
class QLineEdit;
class QMenu;
class QTreeView;

namespace unblock::app {

class BoardFilter;
class CaptureLine;
class IncomingPanel;
class LearningPanel;
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
    // What the board keeps of a title however narrow the window or large
    // the type: enough to tell blockers that start alike apart.
    static constexpr int kTitleCharacters = 50;

    BoardPage(SessionDocument& doc, Prompts& prompts, QWidget* parent = nullptr);

    CaptureLine* blockerEdit() const { return m_blockerEdit; }
    CaptureLine* solutionEdit() const { return m_solutionEdit; }
    QLabel* lengthLabel() const { return m_lengthLabel; }
    QLabel* targetLabel() const { return m_targetLabel; }
    // Under the blocker being typed: the blocker on the board it reads like,
    // and Ctrl+Enter to add it merged into that one.
    QLabel* alikeLabel() const { return m_alikeLabel; }
    QComboBox* groupBox() const { return m_groupBox; }
    QLineEdit* filterEdit() const { return m_filterEdit; }
    QTreeView* tree() const { return m_tree; }
    IncomingPanel* incoming() const { return m_incoming; }
    LearningPanel* learning() const { return m_learning; }
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
    // Typing not yet sent is kept with the session (closing the window, or
    // opening another session, never loses it) and comes back when it opens.
    void saveDraft() const;
    void restoreDraft();
    // The categories menu of a blocker (also on the board's context menu).
    QMenu* categoryMenu(Id blockerId, QWidget* parent);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUpCapture();
    void setUpTree();
    void layOut();
    void placePanels();
    void buildActions();
    void connectCapture();
    void connectTree();
    void addBlocker();
    std::optional<Id> addTypedBlocker();
    std::optional<store::BlockerFields> typedBlocker();
    std::optional<Id> blockerAdded(std::optional<Id> id);
    void showLengthNote();
    void showAlike();
    void addBlockerMergedIntoAlike();
    void addSolution();
    void addSolutions(const QStringList& lines);
    bool confirmNewTitle(const QString& title, std::optional<Id> group);
    void afterMerge(Id target);
    void showContextMenu(const QPoint& position);
    void showTarget();
    void refreshGroups();
    void afterReset();
    void expandInserted(const QModelIndex& parent, int first, int last);
    void follow(const SessionUpdate& update);
    void setTarget(std::optional<Id> blocker);
    void showLearning();
    QModelIndex currentSourceIndex() const;
    void deleteCurrent();
    void mergeCurrent();
    void unmergeCurrent();
    void addGroup();

    SessionDocument& m_doc;
    Prompts& m_prompts;
    BoardModel* m_model;
    QComboBox* m_groupBox;
    CaptureLine* m_blockerEdit;
    CaptureLine* m_solutionEdit;
    QLabel* m_lengthLabel;
    QString m_splitNote; // what became of the last blocker added, when it was split
    QLabel* m_targetLabel;
    QLabel* m_alikeLabel = nullptr;
    QTimer* m_alikeTimer = nullptr;
    std::optional<Id> m_alikeTarget;
    QLineEdit* m_filterEdit;
    QTreeView* m_tree;
    QBoxLayout* m_layout = nullptr; // the board and its panels
    QBoxLayout* m_panels = nullptr; // phones' items and the library's
    IncomingPanel* m_incoming;
    LearningPanel* m_learning;
    BoardFilter* m_filter;
    std::optional<Id> m_target;
    std::optional<std::pair<BoardModel::Kind, Id>> m_keptSelection; // across a reset
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
