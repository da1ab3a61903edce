// Rehearsal findings about the Journeys tab: choosing a step with the mouse,
// the mark of the chosen step, an empty session, lane names, room for steps
// at 1024×768, and the cost axis.
#include "app/window/GuiFixture.h"
#include "document/Edits.h"
#include "journeys/JourneyCanvas.h"
#include "journeys/JourneysPage.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsItem>
#include <QPushButton>
#include <QScrollBar>
#include <QValueAxis>

#include <cmath>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

// A journey of `steps` steps on the web and the telephone; the second is a pain point.
app::JourneysPage* showJourney(GuiFixture& gui, int steps) {
    gui.window.resize(1024, 768);
    QTest::keyClick(&gui.window, Qt::Key_3, Qt::ControlModifier);
    app::JourneysPage* page = gui.window.journeysPage();
    Journey j;
    j.title = u"Renewing a parking permit"_s;
    j.steps.resize(static_cast<std::size_t>(steps));
    for (int i = 0; i < steps; ++i) {
        JourneyStep& s = j.steps[static_cast<std::size_t>(i)];
        s.description = u"Step %1 of the renewal"_s.arg(i + 1);
        s.channelId = i % 2 ? 2 : 1; // telephone, web
    }
    j.steps[1].painPoint = true;
    j.steps[1].painNote = u"No acknowledgement is sent"_s;
    j.steps[1].avoidable = true;
    REQUIRE(app::edits::addJourney(gui.doc(), j));
    QCoreApplication::processEvents();
    return page;
}

} // namespace

TEST_CASE("rehearsal: a click chooses a step, and Ctrl+B then puts its pain point on the board") {
    GuiFixture gui;
    app::JourneysPage* page = showJourney(gui, 3);
    app::JourneyCanvas* canvas = page->canvas();
    canvas->selectStep(0);
    const QPoint card = canvas->mapFromScene(canvas->cardCentre(1));
    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, Qt::NoModifier, card);
    CHECK(page->presentedStep() == 1);
    gui.prompts.textToGive = u"Permits send no acknowledgement"_s;
    QTest::keyClick(canvas, Qt::Key_B, Qt::ControlModifier);
    CHECK(gui.prompts.notices.isEmpty());
    REQUIRE(gui.data().journeys.front().steps[1].blockerId);
}

TEST_CASE("rehearsal: a click on the step already chosen, after the page was drawn again, "
          "still chooses it") {
    GuiFixture gui;
    app::JourneysPage* page = showJourney(gui, 3);
    page->addFutureVersion(); // two canvases: the current journey and its future
    QCoreApplication::processEvents();
    app::JourneyCanvas* canvas = page->canvas();
    REQUIRE(page->otherCanvas()->isVisible());
    const QPoint card = canvas->mapFromScene(canvas->cardCentre(1));
    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, Qt::NoModifier, card);
    // Something else changes the session (a phone's vote, a blocker typed):
    // the page is drawn again, each canvas keeping its step.
    REQUIRE(app::edits::addBlocker(gui.doc(), {u"Elsewhere"_s, {}, {}, {}, {}}));
    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, Qt::NoModifier, card);
    gui.prompts.textToGive = u"Permits send no acknowledgement"_s;
    QTest::keyClick(canvas, Qt::Key_B, Qt::ControlModifier);
    CHECK(gui.prompts.notices.isEmpty());
    CHECK(gui.data().journeys.front().steps[1].blockerId);
}

TEST_CASE("rehearsal: the chosen step is marked with a solid frame, not dashes like an avoidable "
          "contact") {
    GuiFixture gui;
    app::JourneysPage* page = showJourney(gui, 3);
    app::JourneyCanvas* canvas = page->canvas();
    auto framePixels = [&] {
        const QImage picture = canvas->viewport()->grab().toImage();
        int blue = 0;
        for (int y = 0; y < picture.height(); ++y) {
            for (int x = 0; x < picture.width(); ++x)
                blue += picture.pixelColor(x, y) == QColor(0x1d, 0x70, 0xb8) ? 1 : 0;
        }
        return blue;
    };
    canvas->scene()->clearSelection();
    const int unchosen = framePixels();
    canvas->selectStep(1);
    // A solid frame five pixels wide around a 136 × 80 card.
    CHECK(unchosen == 0);
    CHECK(framePixels() > 2 * (136 + 80) * 4);
}

TEST_CASE("rehearsal: with no journey, what acts on one waits for there to be one") {
    GuiFixture gui;
    QTest::keyClick(&gui.window, Qt::Key_3, Qt::ControlModifier);
    app::JourneysPage* page = gui.window.journeysPage();
    for (QPushButton* button : page->journeyButtons())
        CHECK_FALSE(button->isEnabled());
    showJourney(gui, 2);
    for (QPushButton* button : page->journeyButtons())
        CHECK(button->isEnabled());
}

TEST_CASE("rehearsal: lane names stay in view as the steps scroll, and 1024×768 shows four "
          "steps or more") {
    GuiFixture gui;
    app::JourneysPage* page = showJourney(gui, 9);
    app::JourneyCanvas* canvas = page->canvas();
    const QRectF visible = canvas->mapToScene(canvas->viewport()->rect()).boundingRect();
    int whole = 0;
    for (int step = 0; step < 9; ++step) {
        const QPointF centre = canvas->cardCentre(step);
        if (visible.contains(centre + QPointF(68, 0)) && visible.contains(centre - QPointF(68, 0)))
            ++whole;
    }
    CHECK(whole >= 4);

    QScrollBar* across = canvas->horizontalScrollBar();
    REQUIRE(across->maximum() > 0);
    across->setValue(across->maximum());
    const qreal left = canvas->mapToScene(0, 0).x();
    REQUIRE_FALSE(canvas->laneNames().empty());
    for (const QGraphicsItem* name : canvas->laneNames())
        CHECK(std::abs(name->pos().x() - left) < 1.0);
}

TEST_CASE("rehearsal: the cost axis steps by round sums of money") {
    GuiFixture gui;
    app::JourneysPage* page = showJourney(gui, 3); // web £0.27, telephone £3.76
    QChartView* costs = nullptr;
    for (QChartView* view : page->findChildren<QChartView*>()) {
        if (view->accessibleName() == u"Cost of each step")
            costs = view;
    }
    REQUIRE(costs);
    QValueAxis* axis = nullptr;
    for (QAbstractAxis* a : costs->chart()->axes(Qt::Horizontal))
        axis = qobject_cast<QValueAxis*>(a) ? qobject_cast<QValueAxis*>(a) : axis;
    REQUIRE(axis);
    CHECK(axis->tickType() == QValueAxis::TicksDynamic);
    // Whole pounds, as many steps as the narrow chart has room for.
    CHECK((axis->tickInterval() == 1 || axis->tickInterval() == 2));
    CHECK(axis->max() == 4);
    CHECK(axis->labelFormat() == u"%.0f");
    CHECK_FALSE(axis->truncateLabels());
}
