#include "report/JourneyDiagram.h"

#include "support/TestSupport.h"

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

TEST_CASE("A journey's diagram has the canvas's lanes: each channel with a cost or in use, in the "
          "table's order, then one for steps without a channel") {
    Journey j;
    const std::vector<std::optional<Id>> stepChannels{2, std::nullopt, 1, 99, std::nullopt};
    for (const std::optional<Id>& channel : stepChannels) {
        JourneyStep step;
        step.description = u"Step"_s;
        step.channelId = channel; // 99: a channel no longer in the table
        j.steps.push_back(step);
    }
    j.steps[1].painPoint = true;
    j.steps[2].emotion = -2;
    const JourneyDiagram diagram = journeyDiagram(j, defaultChannels());
    CHECK(diagram.lanes ==
          QStringList{u"Web / online"_s, u"Telephone"_s, u"Face to face"_s, u"No channel"_s});
    std::vector<int> lanes;
    for (const DiagramCard& card : diagram.cards)
        lanes.push_back(card.lane);
    CHECK(lanes == std::vector<int>{1, 3, 0, 3, 3});
    // The canvas draws the same lanes, named the same.
    const std::vector<JourneyLane> canvas = journeyLanes(j, defaultChannels());
    REQUIRE(canvas.size() == 4);
    for (std::size_t lane = 0; lane < canvas.size(); ++lane)
        CHECK(canvas[lane].name == diagram.lanes[static_cast<qsizetype>(lane)]);
    CHECK_FALSE(canvas.back().channelId);
    CHECK(diagram.cards[0].text == u"1. Step");
    CHECK(diagram.cards[0].cost == u"£3.76");
    CHECK(diagram.cards[1].cost == u"cost unknown");
    CHECK(diagram.cards[1].painPoint);
    CHECK(diagram.cards[2].emotion == -2);
    CHECK(journeyDiagramHeightPoints(diagram) > journeyDiagramHeightPoints(JourneyDiagram{}));
}
