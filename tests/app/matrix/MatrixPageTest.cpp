// The impact and effort tab: the board's scored solutions as numbered marks
// and a key, following every edit and undo, waiting while hidden.
#include "matrix/MatrixPage.h"

#include "app/window/GuiFixture.h"
#include "document/Edits.h"

#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

QStringList keyColumn(const QTableWidget* key, int column) {
    QStringList texts;
    for (int r = 0; r < key->rowCount(); ++r)
        texts << key->item(r, column)->text();
    return texts;
}

} // namespace

TEST_CASE("The impact and effort tab keys the scored solutions, quick wins first, and follows "
          "edits and undo") {
    GuiFixture gui;
    app::MatrixPage* page = gui.window.matrixPage();
    QTabWidget* pages = gui.window.pages();
    pages->setCurrentWidget(page);
    gui.window.show();
    CHECK(page->key()->rowCount() == 0);

    const Id budgets = *app::edits::addBlocker(gui.doc(), {u"Budgets"_s, {}, {}, {}, {}});
    const Id pool = *app::edits::addSolution(gui.doc(), budgets,
                                             {u"Pool budgets"_s, 2, 5, {}, {}}); // a money pit
    const Id ask = *app::edits::addSolution(gui.doc(), budgets,
                                            {u"Ask the cabinet"_s, 5, 1, {}, {}}); // a quick win
    REQUIRE(app::edits::addSolution(gui.doc(), budgets, {u"Think big"_s, {}, {}, {}, {}}));
    CHECK(keyColumn(page->key(), 1) == QStringList{u"Ask the cabinet"_s, u"Pool budgets"_s});
    CHECK(keyColumn(page->key(), 5) == QStringList{u"Quick wins"_s, u"Money pits"_s});
    CHECK(page->matrix().unscored == 1);

    // Pointing at a mark names its solution; between marks, nothing.
    const QWidget* drawing = page->drawing();
    const int dpi = drawing->logicalDpiY();
    CHECK(app::MatrixPage::tipAt(page->matrix(), drawing->rect(), dpi, QPoint(1, 1)).isEmpty());
    QStringList tips;
    for (int y = 0; y < drawing->height(); y += 2) {
        for (int x = 0; x < drawing->width(); x += 2) {
            const QString tip =
                app::MatrixPage::tipAt(page->matrix(), drawing->rect(), dpi, QPoint(x, y));
            if (!tip.isEmpty() && !tips.contains(tip))
                tips << tip;
        }
    }
    CHECK(tips == QStringList{u"1. Ask the cabinet\n(Quick wins: impact 5, effort 1)"_s,
                              u"2. Pool budgets\n(Money pits: impact 2, effort 5)"_s});

    // Choosing a row of the key makes its mark stand out, for the keyboard.
    CHECK_FALSE(page->highlighted());
    page->key()->setCurrentCell(1, 0);
    CHECK(page->highlighted() == std::optional<std::size_t>(1));

    // An edit moves it; undo puts it back.
    CHECK(app::edits::editSolution(gui.doc(), pool, {u"Pool budgets"_s, 5, 5, {}, {}}));
    CHECK(keyColumn(page->key(), 5) == QStringList{u"Quick wins"_s, u"Big bets"_s});
    CHECK_FALSE(page->highlighted()); // numbered afresh: no row stays chosen
    gui.doc().undoStack()->undo();
    CHECK(keyColumn(page->key(), 5) == QStringList{u"Quick wins"_s, u"Money pits"_s});

    // Hidden, it waits; shown again, it is up to date.
    pages->setCurrentIndex(0);
    CHECK(app::edits::editSolution(gui.doc(), ask, {u"Ask the cabinet"_s, {}, {}, {}, {}}));
    CHECK(page->key()->rowCount() == 2); // not drawn again while hidden
    pages->setCurrentWidget(page);
    CHECK(keyColumn(page->key(), 1) == QStringList{u"Pool budgets"_s});
    CHECK(page->matrix().unscored == 2);
}
