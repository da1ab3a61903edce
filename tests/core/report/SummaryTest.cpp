#include "report/Summary.h"

#include "report/MarkdownWriter.h"
#include "support/TestSupport.h"

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

TEST_CASE("The demo summary has the seed's top 3 and every other blocker by group") {
    const SessionData demo = demoData();
    const SummaryDocument doc = expectOk(buildSummary(demo));
    REQUIRE(doc.top.size() == 3);
    CHECK(doc.top[0].title.startsWith(u"Obstructive staff, members and management team"));
    CHECK(doc.top[1].title == u"Weak or negative leadership");
    CHECK(doc.top[2].title == u"Budgets / finite resources");
    CHECK(doc.top[0].solutions.size() == 9);

    std::size_t others = 0;
    for (const SummaryGroup& g : doc.others)
        others += g.blockers.size();
    CHECK(others == demo.blockers.size() - 3);
    CHECK(doc.others.front().name == u"Table 1");

    const QString md = writeMarkdown(doc);
    CHECK(md.contains(u"## Top 3 blockers and solutions"));
    CHECK(md.contains(
        u"### 1. Obstructive staff, members and management team – lack of cooperation (14 dots)"));
    CHECK(md.contains(u"## Other blockers and solutions discussed by groups"));
    for (const Solution& s : demo.solutions)
        CHECK(md.contains(escapeMarkdown(s.text)));
}

TEST_CASE("User text cannot inject Markdown or HTML into the summary") {
    CHECK(escapeMarkdown(u"<script>alert(1)</script>"_s) == u"\\<script\\>alert(1)\\</script\\>");
    CHECK(escapeMarkdown(u"**bold** _it_ [link](x) `code`"_s) ==
          u"\\*\\*bold\\*\\* \\_it\\_ \\[link\\](x) \\`code\\`");
    CHECK(escapeMarkdown(u"# not a heading"_s) == u"\\# not a heading");
    CHECK(escapeMarkdown(u"1. not a list"_s) == u"1\\. not a list");
    CHECK(escapeMarkdown(u"- not a list"_s) == u"\\- not a list");
    CHECK(escapeMarkdown(u"one-to-one (ie 1.5 days)"_s) == u"one-to-one (ie 1.5 days)");
    CHECK(escapeMarkdown(u"Culture & change, &amp;"_s) == u"Culture & change, \\&amp;");
    CHECK(escapeMarkdown(u"two\nlines"_s) == u"two  \nlines");
}

TEST_CASE("Merged blockers appear once, with the merged text and solutions kept") {
    SessionData data = demoData();
    data.blockers[1].mergedInto = data.blockers[0].id; // both in Table 1
    const SummaryDocument doc = expectOk(buildSummary(data, {3, std::nullopt, {}}));
    const QString md = writeMarkdown(doc);
    CHECK(md.contains(u"Merged with: " + escapeMarkdown(data.blockers[1].title)));
    CHECK(md.count(escapeMarkdown(data.blockers[1].title)) == 1);
}

TEST_CASE("A summary without votes still lists every blocker") {
    SessionData data = demoData();
    data.rounds.clear();
    const SummaryDocument doc = expectOk(buildSummary(data));
    CHECK(doc.top.empty());
    CHECK(writeMarkdown(doc).contains(u"No votes have been recorded yet."));
    CHECK_FALSE(buildSummary(data, {0, std::nullopt, {}}).ok());
    CHECK(expectError(buildSummary(data, {3, Id{7}, {}})).code == ErrorCode::NotFound);
}

namespace {

const SummaryBlocker* summaryBlocker(const SummaryDocument& doc, Id id) {
    for (const SummaryBlocker& b : doc.top) {
        if (b.id == id)
            return &b;
    }
    for (const SummaryGroup& g : doc.others) {
        for (const SummaryBlocker& b : g.blockers) {
            if (b.id == id)
                return &b;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("A blocker raised from a pain point names the journeys it affects") {
    SessionData data = demoData();
    // Also in the future journey: each journey is named once.
    data.journeys[1].steps[0].painPoint = true;
    data.journeys[1].steps[0].blockerId = 11;
    const SummaryDocument doc = expectOk(buildSummary(data));
    const SummaryBlocker* ageing = summaryBlocker(doc, 11);
    REQUIRE(ageing);
    CHECK(ageing->journeys == QStringList{data.journeys[0].title, data.journeys[1].title});
    CHECK(blockerFacts(*ageing).last() ==
          u"A pain point in: Booking a holiday (the travel company); "
          u"Booking a holiday, with confirmation and e-tickets");
    CHECK(summaryBlocker(doc, 1)->journeys.isEmpty());

    // Merged into another blocker, the link counts for that one.
    for (Blocker& b : data.blockers) {
        if (b.id == 11)
            b.mergedInto = 13; // Ageing software into Broadband
    }
    const SummaryDocument merged = expectOk(buildSummary(data));
    CHECK(summaryBlocker(merged, 13)->journeys.size() == 2);
    CHECK_FALSE(summaryBlocker(merged, 11));
    CHECK(writeMarkdown(merged).contains(u"A pain point in: Booking a holiday"));
}
