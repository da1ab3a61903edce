#pragma once

#include "app/FakePrompts.h"
#include "board/CaptureLine.h"
#include "document/SessionDocument.h"
#include "store/Rounds.h"
#include "store/Snapshot.h"
#include "support/TestSupport.h"
#include "voting/VotingPage.h"
#include "window/MainWindow.h"

#include <QApplication>
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

// Types into whatever has the keyboard focus, as a person would.
inline void type(const QString& text) {
    QTest::keyClicks(QApplication::focusWidget(), text);
}

inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
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
