#pragma once

#include "app/FakePrompts.h"
#include "board/CaptureLine.h"
#include "document/Edits.h"
#include "document/SessionDocument.h"
#include "store/Rounds.h"
#include "store/Snapshot.h"
#include "support/TestSupport.h"
#include "voting/PaperTally.h"
#include "voting/VotingPage.h"
#include "window/MainWindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QItemSelectionModel>
#include <QTabWidget>
#include <QTest>

namespace unblock::test {

// A real main window on a new session file, shown (offscreen) and active.
struct GuiFixture {
    explicit GuiFixture(bool fromTemplate = true) {
        REQUIRE(window.newSession(path, fromTemplate));
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
    app::SessionDocument& doc() const { return *window.document(); }
    const SessionData& data() const { return window.document()->data(); }

    TempDir dir;
    QString path = dir.path(QStringLiteral("workshop.unblock"));
    FakePrompts prompts;
    app::MainWindow window{prompts};
};

// Phones' items kept as the phone server keeps them (on the document's
// writer thread); their ids, once the session in memory has them.
inline std::vector<Id> receivePhoneItems(GuiFixture& gui,
                                         const std::vector<store::NewIncoming>& items) {
    std::optional<Result<std::vector<Result<Id>>>> outcome;
    app::edits::receivePhoneItems(
        gui.doc(), items,
        [&](const Result<std::vector<Result<Id>>>& written) { outcome = written; });
    REQUIRE(QTest::qWaitFor([&] { return outcome.has_value(); }));
    std::vector<Id> ids;
    for (const Result<Id>& kept : expectOk(*outcome))
        ids.push_back(expectOk(kept));
    return ids;
}

// Types into whatever has the keyboard focus, as a person would.
inline void type(const QString& text) {
    QTest::keyClicks(QApplication::focusWidget(), text);
}

inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

// Types a count into the paper tally as a facilitator does: the item's row,
// the digits (the first opens the cell's editor), Enter.
inline void typePaperDots(app::PaperTally* tally, int row, int dots) {
    tally->setFocus();
    tally->setCurrentIndex(tally->model()->index(row, 0));
    const QString digits = QString::number(dots);
    QTest::keyClick(tally, digits.front().toLatin1());
    QWidget* editor = QApplication::focusWidget();
    REQUIRE(editor != tally);
    QTest::keyClicks(editor, digits.mid(1));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents(); // the delegate commits the count queued
    REQUIRE(tally->model()->index(row, 0).data(Qt::EditRole).toInt() == dots);
}

// Three blockers on the board and a dot round: 3 dots each, at most 2 on one.
inline Id startDotRound(GuiFixture& gui) {
    for (const QString& title : {QStringLiteral("Weak leadership"), QStringLiteral("Budgets"),
                                 QStringLiteral("Broadband")}) {
        type(title);
        press(Qt::Key_Return);
    }
    gui.window.pages()->setCurrentWidget(gui.window.votingPage());
    store::RoundSpec spec;
    spec.title = QStringLiteral("Top blockers");
    spec.budget = 3;
    spec.maxPerItem = 2;
    const std::optional<Id> round = gui.window.votingPage()->startRound(spec);
    REQUIRE(round);
    return *round;
}

// A list or table view's rows as a person sees them, top to bottom: the
// words of `column` of each row.
inline QStringList shownTexts(const QAbstractItemView* view, int column = 0) {
    QStringList texts;
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

// The row shown whose `column` says `text` (its first cell), or an invalid index.
inline QModelIndex shownRow(const QAbstractItemView* view, const QString& text, int column = 0) {
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return model->index(row, 0);
    }
    return {};
}

// What a shown row says in `column`.
inline QString cellOf(const QModelIndex& row, int column) {
    return row.siblingAtColumn(column).data().toString();
}

// Adds the row to the view's selection, as a Ctrl+click does.
inline void selectShown(QAbstractItemView* view, const QModelIndex& row) {
    REQUIRE(row.isValid());
    view->selectionModel()->select(row, QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

inline bool isSelectedRow(const QAbstractItemView* view, const QModelIndex& row) {
    return row.isValid() && view->selectionModel()->isRowSelected(row.row(), row.parent());
}

inline std::vector<QString> solutionTexts(const SessionData& data, Id blocker) {
    std::vector<std::pair<int, QString>> found;
    for (const Solution& s : data.solutions) {
        if (s.blockerId == blocker)
            found.emplace_back(s.position, s.text);
    }
    std::sort(found.begin(), found.end());
    std::vector<QString> texts;
    for (const auto& [position, text] : found)
        texts.push_back(text);
    return texts;
}

} // namespace unblock::test
