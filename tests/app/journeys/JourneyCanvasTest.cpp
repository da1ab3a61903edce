// A journey sketched on the canvas by keyboard and mouse, undone, and read
// back from the file.
#include "journeys/JourneyCanvas.h"

#include "app/window/GuiFixture.h"
#include "journeys/JourneyDialog.h"
#include "journeys/JourneysPage.h"
#include "journeys/StepDialog.h"

#include <QPushButton>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

constexpr Id kWeb = 1;
constexpr Id kPhone = 2;
constexpr Id kFaceToFace = 3;

std::vector<std::pair<QString, std::optional<Id>>> stepsOf(const SessionData& data) {
    std::vector<std::pair<QString, std::optional<Id>>> steps;
    REQUIRE(data.journeys.size() == 1);
    for (const JourneyStep& s : data.journeys[0].steps)
        steps.emplace_back(s.description, s.channelId);
    return steps;
}

void addStep(GuiFixture& gui, app::JourneyCanvas* canvas, const QString& text) {
    gui.prompts.textToGive = text;
    QTest::keyClick(canvas, Qt::Key_Insert);
}

} // namespace

TEST_CASE("A journey is sketched by keyboard and mouse, undone, and reopened from the file") {
    GuiFixture gui;
    QTest::keyClick(&gui.window, Qt::Key_3, Qt::ControlModifier);
    app::JourneysPage* page = gui.window.journeysPage();
    REQUIRE(page);
    gui.prompts.textToGive = u"Reporting a missed bin"_s;
    page->newJourney();
    REQUIRE(gui.data().journeys.size() == 1);
    CHECK(gui.data().journeys[0].title == u"Reporting a missed bin");

    app::JourneyCanvas* canvas = page->canvas();
    canvas->setFocus();
    addStep(gui, canvas, u"Reports it online"_s);
    addStep(gui, canvas, u"Phones to chase it"_s);
    addStep(gui, canvas, u"Goes to the civic centre"_s);
    using Steps = std::vector<std::pair<QString, std::optional<Id>>>;
    CHECK(stepsOf(gui.data()) == Steps{{u"Reports it online"_s, kWeb},
                                       {u"Phones to chase it"_s, kWeb},
                                       {u"Goes to the civic centre"_s, kWeb}});

    // Keyboard: the second step down one lane (telephone), the third two.
    QTest::keyClick(canvas, Qt::Key_Left);
    QTest::keyClick(canvas, Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(canvas, Qt::Key_Right);
    QTest::keyClick(canvas, Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(canvas, Qt::Key_Down, Qt::AltModifier);
    CHECK(stepsOf(gui.data())[1].second == kPhone);
    CHECK(stepsOf(gui.data())[2].second == kFaceToFace);
    CHECK(page->totals().startsWith(u"Cost per journey: £13.37")); // 27 + 376 + 934 pence

    // Alt+Left makes the visit come before the call.
    QTest::keyClick(canvas, Qt::Key_Left, Qt::AltModifier);
    CHECK(stepsOf(gui.data())[1].first == u"Goes to the civic centre");

    // Mouse: drag the call to the front, in the web lane.
    canvas->selectStep(2);
    const QPoint from = canvas->mapFromScene(canvas->cardCentre(2));
    const QPointF card = canvas->cardCentre(2) - canvas->placeFor(2, 1);
    const QPoint to = canvas->mapFromScene(canvas->placeFor(0, 0) + card);
    QTest::mousePress(canvas->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(canvas->viewport(), (from + to) / 2);
    QTest::mouseMove(canvas->viewport(), to);
    QTest::mouseRelease(canvas->viewport(), Qt::LeftButton, {}, to);
    CHECK(stepsOf(gui.data()) == Steps{{u"Phones to chase it"_s, kWeb},
                                       {u"Reports it online"_s, kWeb},
                                       {u"Goes to the civic centre"_s, kFaceToFace}});

    QTest::keyClick(canvas, Qt::Key_Delete);
    CHECK(stepsOf(gui.data()).size() == 2);

    // Undo takes back the delete and the drag, one at a time.
    gui.doc().undoStack()->undo();
    CHECK(stepsOf(gui.data()).size() == 3);
    gui.doc().undoStack()->undo();
    CHECK(stepsOf(gui.data())[0].first == u"Reports it online");
    CHECK(stepsOf(gui.data())[2].first == u"Phones to chase it");
    const SessionData expected = gui.data();

    gui.window.closeSession();
    auto file = openSession(gui.path, store::OpenMode::ReadOnly);
    CHECK(expectOk(store::loadSession(*file)).journeys == expected.journeys);
}

TEST_CASE("Step and journey dialogs keep every field, and costs are typed in pounds") {
    // (parsePounds itself is tested with the cost to serve.)
    const std::vector<Channel> channels = defaultChannels();
    JourneyStep step;
    step.id = 7;
    step.description = u"Phones to check <b>again</b>"_s;
    step.channelId = kPhone;
    step.actor = u"Contact centre"_s;
    step.minutes = 8;
    step.cost = 412;
    step.painPoint = true;
    step.painNote = u"No confirmation"_s;
    step.emotion = -2;
    step.avoidable = true;
    CHECK(app::StepDialog(step, channels).step() == step);

    Journey journey;
    journey.id = 3;
    journey.title = u"Paying council tax"_s;
    journey.persona = u"Prefers the phone"_s;
    journey.preferredChannelId = kPhone;
    journey.secondChoiceChannelId = kFaceToFace;
    journey.annualVolume = 10'000'000;
    CHECK(app::JourneyDialog(journey, channels).journey() == journey);
}
