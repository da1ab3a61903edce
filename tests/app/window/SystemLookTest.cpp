// The facilitator's window takes the system's look: its text size and its
// light or dark colours (the presenter has its own themes for the room).
#include "app/DarkPalette.h"
#include "app/window/GuiFixture.h"
#include "board/BoardPage.h"
#include "journeys/JourneyCanvas.h"
#include "journeys/JourneysPage.h"
#include "voting/KioskDialog.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QLineEdit>
#include <QMenuBar>
#include <QTreeView>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

// The system's font or palette for one test, as a desktop setting gives it.
struct SystemLook {
    SystemLook() = default;
    SystemLook(const SystemLook&) = delete;
    SystemLook& operator=(const SystemLook&) = delete;
    ~SystemLook() {
        QApplication::setFont(font);
        QApplication::setPalette(palette);
    }
    const QFont font = QApplication::font();
    const QPalette palette = QApplication::palette();
};

} // namespace

TEST_CASE("A large system font makes the window's text large, the kiosk's larger still") {
    const SystemLook restore;
    QFont large = QApplication::font();
    large.setPointSize(20);
    QApplication::setFont(large);
    GuiFixture gui;
    CHECK(gui.window.boardPage()->blockerEdit()->font().pointSize() == 20);
    CHECK(gui.window.boardPage()->findChild<QTreeView*>()->font().pointSize() == 20);
    CHECK(gui.window.menuBar()->font().pointSize() == 20);
    // The line the board's rows are drawn in grows with it.
    CHECK(gui.window.boardPage()->blockerEdit()->sizeHint().height() >
          QFontMetrics(restore.font).height() * 2);
    const Id round = startDotRound(gui);
    app::KioskDialog kiosk(gui.doc(), gui.prompts, round, &gui.window);
    CHECK(kiosk.font().pointSize() == 24);
}

TEST_CASE("A dark system palette gives dark pages and dark charts") {
    const SystemLook restore;
    QApplication::setPalette(darkPalette());
    GuiFixture gui;
    const QString demo = gui.dir.path(u"demo.unblock"_s);
    writeDemoSession(demo);
    REQUIRE(gui.window.openSession(demo));
    gui.window.pages()->setCurrentWidget(gui.window.journeysPage());
    QCoreApplication::processEvents();
    CHECK(gui.window.journeysPage()->palette().color(QPalette::Window).lightness() < 128);
    const QList<QChartView*> charts = gui.window.journeysPage()->findChildren<QChartView*>();
    REQUIRE(charts.size() == 2);
    for (const QChartView* view : charts) {
        REQUIRE(view->chart());
        CHECK(view->chart()->theme() == QChart::ChartThemeDark);
    }
    // The journey is drawn on paper: dark ink on white cards and lanes, so
    // every word on it stays readable.
    int words = 0;
    for (const QGraphicsItem* item : gui.window.journeysPage()->canvas()->scene()->items()) {
        if (const auto* text = dynamic_cast<const QGraphicsTextItem*>(item)) {
            ++words;
            CHECK(text->defaultTextColor().lightness() < 128);
        }
    }
    CHECK(words > 5);
}

TEST_CASE("A light system palette gives light charts") {
    GuiFixture gui;
    const QString demo = gui.dir.path(u"demo.unblock"_s);
    writeDemoSession(demo);
    REQUIRE(gui.window.openSession(demo));
    for (const QChartView* view : gui.window.journeysPage()->findChildren<QChartView*>())
        CHECK(view->chart()->theme() == QChart::ChartThemeLight);
}
