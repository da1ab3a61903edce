// Unblock in Welsh: the main window, the presenter and the summary, as a
// facilitator who chose Cymraeg in Preferences sees them.
#include "app/window/GuiFixture.h"
#include "board/BoardPage.h"
#include "presenter/PresenterWindow.h"
#include "report/MarkdownWriter.h"
#include "report/Summary.h"
#include "report/SummaryDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

QStringList texts(const QWidget* widget) {
    QStringList found;
    for (const QLabel* label : widget->findChildren<QLabel*>())
        found << label->text();
    for (const QAbstractButton* button : widget->findChildren<QAbstractButton*>())
        found << button->text();
    return found;
}

} // namespace

TEST_CASE("In Welsh the main window, the presenter and the summary speak Welsh") {
    const ScopedLanguage welsh(u"cy"_s);
    GuiFixture gui;

    QStringList menus;
    for (const QAction* menu : gui.window.menuBar()->actions())
        menus << menu->text();
    CHECK(menus.mid(0, 2) == QStringList{u"&Ffeil"_s, u"&Golygu"_s});
    CHECK(menus.contains(u"&Pleidleisio"_s));
    CHECK(gui.window.pages()->tabText(0) == u"&Bwrdd");
    CHECK(gui.window.boardPage()->blockerEdit()->placeholderText() ==
          u"Teipiwch rwystr a phwyso Enter");

    app::PresenterWindow* presenter = gui.window.presenter();
    presenter->showBoard();
    presenter->show(); // laid out for the room when it is shown
    CHECK(presenter->windowTitle() == u"Unblock — Cyflwynydd");
    CHECK(presenter->sceneText().contains(
        u"Mae’r bwrdd yn wag. Mae rhwystrau’n ymddangos yma wrth iddynt gael eu hychwanegu."_s));

    app::SummaryDialog summary(gui.data(), gui.path, gui.prompts, &gui.window);
    CHECK(summary.windowTitle() == u"Crynodeb");
    CHECK(texts(&summary).contains(u"&Teitl, dyddiad, lleoliad a grwpiau"_s));
    const SummaryDocument doc = expectOk(buildSummary(gui.data(), SummaryOptions{}));
    const QString markdown = writeMarkdown(doc);
    CHECK(markdown.contains(u"Crynodeb y gweithdy"));
    CHECK(markdown.contains(u"Rhwystrau ac atebion eraill a drafodwyd gan grwpiau"));
}
