#include "io/JourneyCsv.h"

#include "journey/CostToServe.h"
#include "report/CsvWriter.h"
#include "report/Summary.h"
#include "support/TestSupport.h"

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

Result<std::vector<JourneyStep>> parse(const char* csv) {
    return parseJourneyStepsCsv(QByteArray(csv), defaultChannels());
}

QString csvError(const char* csv) {
    return expectError(parse(csv)).message;
}

} // namespace

TEST_CASE("A spreadsheet of steps becomes a journey's steps, columns in any order") {
    const auto steps =
        expectOk(parse("Who,Step,channel,Cost,Minutes,Pain point,Emotion,Avoidable\r\n"
                       "Resident,Reports the pothole online,Web / online,,5,,+1,no\r\n"
                       "Contact centre,Phones to chase it,telephone,£4.10,12,"
                       "\"Nobody says when, so they ring\",−2,yes\r\n"
                       ",Visits the office,,,,yes,-1,\r\n"));
    REQUIRE(steps.size() == 3);
    CHECK(steps[0].description == u"Reports the pothole online");
    CHECK(steps[0].channelId == 1);
    CHECK(steps[0].actor == u"Resident");
    CHECK(steps[0].minutes == 5);
    CHECK_FALSE(steps[0].cost); // the channel's figure
    CHECK_FALSE(steps[0].painPoint);
    CHECK(steps[0].emotion == 1);
    CHECK(steps[1].channelId == 2);
    CHECK(steps[1].cost == 410);
    CHECK(steps[1].painPoint);
    CHECK(steps[1].painNote == u"Nobody says when, so they ring");
    CHECK(steps[1].emotion == -2);
    CHECK(steps[1].avoidable);
    CHECK_FALSE(steps[2].channelId);
    CHECK(steps[2].painPoint);
    CHECK(steps[2].painNote.isEmpty());
    CHECK_FALSE(steps[2].avoidable);
}

TEST_CASE("The steps table of the CSV summary reads back as the same steps") {
    const SessionData demo = demoData();
    const SummaryJourney journey = summaryJourney(demo.journeys[0], demo);
    const auto [headings, rows] = journeyTable(journey);
    QString csv = csvRow(headings);
    for (const QStringList& row : rows)
        csv += csvRow(row);
    const auto steps = expectOk(parseJourneyStepsCsv(csv.toUtf8(), demo.channels));
    REQUIRE(steps.size() == demo.journeys[0].steps.size());
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const JourneyStep& original = demo.journeys[0].steps[i];
        CHECK(steps[i].description == original.description);
        CHECK(steps[i].channelId == original.channelId);
        CHECK(steps[i].actor == original.actor);
        CHECK(steps[i].avoidable == original.avoidable);
        CHECK(steps[i].painNote == original.painNote);
        // The summary writes each cost out; read back, it is the same figure.
        CHECK(stepCost(steps[i], demo.channels).pence == stepCost(original, demo.channels).pence);
    }
}

TEST_CASE("Mistakes in a steps spreadsheet are refused, naming the line and column") {
    CHECK(csvError("") == u"The file is empty: it has no heading row and no steps.");
    CHECK(csvError("step,channel\n") == u"The file has headings but no steps.");
    CHECK(csvError("channel,cost\nTelephone,3\n").contains(u"there is no “step” heading"));
    CHECK(csvError("step,colour\nx,red\n")
              .startsWith(u"Line 1, column 2 (colour): this is not a heading Unblock knows."));
    CHECK(csvError("step,channel\nRings,Fax\n")
              .startsWith(u"Line 2, column 2 (channel): “Fax” is not in the session's channel "
                          u"table (Web / online, Telephone,"));
    CHECK(csvError("step,cost\nRings,3.999\n") ==
          u"Line 2, column 2 (cost): “3.999” is not an amount in pounds, such as 3.76.");
    CHECK(csvError("step,emotion\nRings,3\n")
              .startsWith(u"Line 2, column 2 (emotion): “3” is not an emotion"));
    CHECK(csvError("step,minutes\nRings,an hour\n").startsWith(u"Line 2, column 2 (minutes)"));
    CHECK(csvError("step,avoidable\nRings,maybe\n") ==
          u"Line 2, column 2 (avoidable): “maybe” is not yes or no.");
    CHECK(csvError("step,who\nRings,\n,Resident\n") ==
          u"Line 3, column 1 (step): the step is empty.");
    CHECK(csvError("step\nRings,stray\n").startsWith(u"Line 2, column 2"));
    CHECK(csvError("step\n\"never closed\n") == u"Line 2: a quoted cell is never closed.");
}

TEST_CASE("Hostile text in a steps spreadsheet is refused or kept as plain text") {
    const auto steps = expectOk(parse("step,pain point\n<script>alert(1)</script>,=SUM(A1)\n"));
    CHECK(steps[0].description == u"<script>alert(1)</script>");
    CHECK(steps[0].painNote == u"=SUM(A1)");
    CHECK(csvError("step\n\"bell \x07 here\"\n").startsWith(u"Line 2, column 1 (step)"));
    const QByteArray huge = "step\n" + QByteArray(30000, 'x') + "\n";
    CHECK(expectError(parseJourneyStepsCsv(huge, defaultChannels()))
              .message.startsWith(u"Line 2, column 1 (step)"));
    QByteArray many = "step\n";
    for (int i = 0; i < 1001; ++i)
        many += "Rings again\n";
    CHECK(expectError(parseJourneyStepsCsv(many, defaultChannels())).message ==
          u"Line 1002: a journey has at most 1,000 steps.");
}
