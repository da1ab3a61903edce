// Cost to serve, checked against sums done by hand.
#include "journey/CostToServe.h"

#include "journey/JourneyRules.h"
#include "support/TestSupport.h"

#include <limits>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

constexpr Id kWeb = 1;
constexpr Id kPhone = 2;
constexpr Id kFaceToFace = 3;
constexpr Id kPost = 4;

JourneyStep step(const QString& text, Id channel, bool avoidable = false) {
    JourneyStep s;
    s.description = text;
    s.channelId = channel;
    s.avoidable = avoidable;
    return s;
}

// The Travel Company (HMRC's illustration): booked online, yet a call for
// reassurance, a visit in person and another call follow.
Journey travelCompany() {
    Journey j;
    j.title = u"Booking a holiday"_s;
    j.annualVolume = 120'000;
    j.steps = {step(u"Books the holiday online"_s, kWeb),
               step(u"Phones to check the booking went through"_s, kPhone, true),
               step(u"Visits the branch to collect the tickets"_s, kFaceToFace, true),
               step(u"Phones to confirm the transfer time"_s, kPhone, true)};
    return j;
}

} // namespace

TEST_CASE("The default channel table carries its figures and their source") {
    const std::vector<Channel> channels = defaultChannels();
    REQUIRE(channels.size() == 11);
    CHECK(channels[0].costPerContact == 27);
    CHECK(channels[1].costPerContact == 376);
    CHECK(channels[2].costPerContact == 934);
    CHECK(channels[0].source.contains(u"Socitm 2008"));
    CHECK(channels[0].online);
    CHECK(channels[3].name == u"Post");
    CHECK_FALSE(channels[3].costPerContact);
}

TEST_CASE("The travel company's journey with the default costs") {
    const JourneyCost cost = journeyCost(travelCompany(), defaultChannels());
    CHECK(cost.contacts == 4);
    CHECK(cost.avoidableContacts == 3);
    CHECK(cost.total() == 27 + 376 + 934 + 376);                        // £17.13
    CHECK(cost.avoidable() == 376 + 934 + 376);                         // £16.86
    CHECK(expectOk(annualCost(*cost.total(), 120'000)) == 205'560'000); // £2,055,600.00
    CHECK(formatPounds(*cost.total()) == u"£17.13");
    CHECK(formatPounds(205'560'000) == u"£2,055,600.00");
    CHECK(formatPounds(-5) == u"−£0.05");
}

TEST_CASE("A future journey without the reassurance call saves that call, every time") {
    const Journey current = travelCompany();
    Journey future = current;
    future.variant = JourneyVariant::Future;
    future.steps.erase(future.steps.begin() + 1);
    const Saving saving = expectOk(futureSaving(current, future, defaultChannels()));
    CHECK(saving.perJourney == 376);
    CHECK(saving.perYear == 376 * 120'000); // £451,200.00
}

TEST_CASE("A step without a cost is unknown, never zero") {
    Journey j = travelCompany();
    j.steps.push_back(step(u"Receives the documents by post"_s, kPost, true));
    const JourneyCost cost = journeyCost(j, defaultChannels());
    CHECK_FALSE(cost.total());
    CHECK_FALSE(cost.avoidable());
    CHECK(cost.known == 1713);
    CHECK(cost.unknownSteps == 1);
    CHECK(stepCost(j.steps.back(), defaultChannels()).pence == std::nullopt);

    Journey future = travelCompany();
    const Saving saving = expectOk(futureSaving(j, future, defaultChannels()));
    CHECK_FALSE(saving.perJourney);
    CHECK_FALSE(saving.perYear);

    // A figure set on the step itself counts, and says so.
    j.steps.back().cost = 65;
    CHECK(journeyCost(j, defaultChannels()).total() == 1713 + 65);
    CHECK(stepCost(j.steps.back(), defaultChannels()).source == u"set for this step");
}

TEST_CASE("Volumes up to 10 million a year stay exact, and overflow is an error") {
    CHECK(expectOk(annualCost(1713, 10'000'000)) == 17'130'000'000);
    // The largest cost a contact may have (£1 million) at 10 million a year.
    CHECK(expectOk(annualCost(100'000'000 * 1000LL, 10'000'000)) == 1'000'000'000'000'000'000);
    const Error error = expectError(annualCost(std::numeric_limits<qint64>::max() / 2, 3));
    CHECK(error.message.contains(u"too large"));
}

TEST_CASE("What if half the phone calls moved online") {
    const Journey j = travelCompany();
    // 2 calls × 120,000 × (£3.76 − £0.27) × 50%.
    CHECK(expectOk(movedOnlineSaving(j, defaultChannels(), kPhone, 50)) == 41'880'000);
    CHECK(expectOk(movedOnlineSaving(j, defaultChannels(), kPhone, 0)) == 0);
    // One contact a year: 349p × 33% = 115.17 → 115; × 50% = 174.5 → 175.
    Journey once;
    once.annualVolume = 1;
    once.steps = {step(u"Call"_s, kPhone)};
    CHECK(expectOk(movedOnlineSaving(once, defaultChannels(), kPhone, 33)) == 115);
    CHECK(expectOk(movedOnlineSaving(once, defaultChannels(), kPhone, 50)) == 175);
    // No figure for post: unknown.
    CHECK_FALSE(expectOk(movedOnlineSaving(once, defaultChannels(), kPost, 50)));
    CHECK(expectError(movedOnlineSaving(once, defaultChannels(), kPhone, 101))
              .message.contains(u"0 to 100"));
}

TEST_CASE("Journeys refuse figures that would make the sums meaningless, naming the step") {
    Journey j = travelCompany();
    expectOk(checkJourney(j));
    j.annualVolume = 10'000'000;
    expectOk(checkJourney(j));
    j.steps[2].cost = JourneyLimits::costPerContact + 1;
    CHECK(expectError(checkJourney(j)).message ==
          u"Step 3: A cost per contact is from £0 to £1,000,000.");
    j.steps[2].cost = -1;
    CHECK(expectError(checkJourney(j)).message.startsWith(u"Step 3: "));
    j.steps[2].cost.reset();
    j.steps[0].emotion = 3;
    CHECK(expectError(checkJourney(j)).message.contains(u"emotion"));
    j.steps[0].emotion = -2;
    j.steps[1].description = u"bell \u0007"_s;
    CHECK_FALSE(checkJourney(j));
    j.steps[1].description = u"ok"_s;
    j.annualVolume = JourneyLimits::annualVolume + 1;
    CHECK(expectError(checkJourney(j)).message.contains(u"volume"));
}

TEST_CASE("Costs are typed in pounds, with or without the sign and thousands separators") {
    CHECK(expectOk(parsePounds(u"3.76"_s)) == 376);
    CHECK(expectOk(parsePounds(u" £1,234.5 "_s)) == 123450);
    CHECK(expectOk(parsePounds(u"12"_s)) == 1200);
    CHECK_FALSE(expectOk(parsePounds(u""_s)).has_value());
    CHECK(expectError(parsePounds(u"3.999"_s)).message.contains(u"not an amount in pounds"));
    CHECK_FALSE(parsePounds(u"-1"_s));
    CHECK_FALSE(parsePounds(u"<b>1</b>"_s));
    CHECK(expectOk(parsePounds(u"1,000,000"_s)) == 100000000);
    // A decimal comma (a spreadsheet in another locale) is refused, never
    // read as pounds: "3,76" once became £376.
    CHECK(expectError(parsePounds(u"3,76"_s)).message ==
          u"“3,76” is not an amount in pounds, such as 3.76.");
    CHECK_FALSE(parsePounds(u"1,2345"_s));
    CHECK_FALSE(parsePounds(u",500"_s));
    CHECK_FALSE(parsePounds(u"12,345,678"_s)); // over seven digits of pounds
}

TEST_CASE("A channel table names each channel once, whatever the case or spacing") {
    std::vector<Channel> table = defaultChannels();
    CHECK(checkChannelTable(table));
    Channel again = table[5];
    again.id = 99;
    again.name = u"  webCHAT "_s;
    table.push_back(again);
    const Status refused = checkChannelTable(table);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message == u"Two channels are called “webCHAT”: give each its own name.");
    table.back().name = u"Text relay"_s;
    CHECK(checkChannelTable(table));
}
