#include "io/CsvReader.h"
#include "report/CsvWriter.h"
#include "report/HtmlWriter.h"
#include "report/MarkdownWriter.h"
#include "report/Summary.h"
#include "report/SummaryFormats.h"
#include "report/SummaryTextDocument.h"
#include "support/TestSupport.h"

#include <QXmlStreamReader>

#include <map>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

// The demo with hostile and Welsh text, an action and a merged blocker.
SessionData hostileDemo() {
    SessionData data = demoData();
    data.blockers[1].title = u"<script>alert('x')</script> & =SUM(A1)"_s; // in Table 1
    data.solutions[0].text = u"@cmd|' /C calc'!A0"_s;
    data.solutions[1].text = u"-1+1"_s;
    data.solutions[2].text = u"Hyfforddiant i aelodau – ŵ ŷ"_s;
    data.solutions[3].owner = u"Siân"_s;
    data.solutions[3].due = QDate(2027, 1, 31);
    return data;
}

// Headings and list items of the HTML, with the section each is in.
struct HtmlOutline {
    std::vector<std::pair<QString, QString>> headings; // (tag, text)
    QStringList items;
    QStringList elements;
};

HtmlOutline parseHtml(const QString& html) {
    HtmlOutline outline;
    QXmlStreamReader xml(html);
    QString tag;
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            outline.elements << xml.name().toString();
            tag = xml.name().toString();
            text.clear();
        } else if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isEndElement()) {
            const QString name = xml.name().toString();
            if (name == u"h2" || name == u"h3" || name == u"h4")
                outline.headings.emplace_back(name, text);
            if (name == u"li")
                outline.items << text;
            text.clear();
        }
    }
    if (xml.hasError())
        FAIL("the HTML is not well-formed: " << xml.errorString().toStdString());
    return outline;
}

// The CSV summary's two tables: blockers, then (after a blank row) journeys.
std::pair<std::vector<CsvRecord>, std::vector<CsvRecord>> csvTables(const QByteArray& csv) {
    std::vector<CsvRecord> records = expectOk(readCsv(csv));
    const auto blank = std::find_if(records.begin(), records.end(), [](const CsvRecord& r) {
        return r.cells.join(QString()).isEmpty();
    });
    std::vector<CsvRecord> journeys(blank == records.end() ? blank : blank + 1, records.end());
    records.erase(blank, records.end());
    return {records, journeys};
}

} // namespace

TEST_CASE("The HTML summary holds the seed's top 3, every other blocker under its group, every "
          "solution") {
    const SessionData demo = demoData();
    const QString html = writeHtml(expectOk(buildSummary(demo)));
    const HtmlOutline outline = parseHtml(html);
    CHECK(html.count(u"http") == html.count(u"http://www.w3.org/")); // no external assets
    CHECK(outline.elements.contains(u"svg"));

    std::vector<QString> top;
    std::map<QString, QString> groupOf; // blocker → group heading above it
    QString group;
    for (const auto& [tag, text] : outline.headings) {
        if (tag == u"h3" && text.contains(u" dots)"))
            top.push_back(text);
        else if (tag == u"h3")
            group = text;
        else if (tag == u"h4")
            groupOf[text] = group;
    }
    REQUIRE(top.size() == 3);
    CHECK(top[0].startsWith(u"Obstructive staff, members and management team"));
    CHECK(top[1] == u"Weak or negative leadership (11 dots)");
    CHECK(top[2] == u"Budgets / finite resources (9 dots)");
    for (const Blocker& b : demo.blockers) {
        if (b.id <= 3)
            continue;
        INFO(b.title.toStdString());
        REQUIRE(groupOf.count(b.title) == 1);
        CHECK(groupOf[b.title] == demo.groups[static_cast<std::size_t>(*b.groupId - 1)].name);
    }
    for (const Solution& s : demo.solutions)
        CHECK(outline.items.contains(s.text));
}

TEST_CASE("Hostile text prints as text in HTML, Markdown and CSV") {
    const SummaryDocument doc = expectOk(buildSummary(hostileDemo()));

    const QString html = writeHtml(doc);
    const HtmlOutline outline = parseHtml(html);
    CHECK_FALSE(outline.elements.contains(u"script"));
    CHECK(html.contains(u"&lt;script&gt;alert('x')&lt;/script&gt; &amp; =SUM(A1)"));
    CHECK(outline.items.contains(u"Hyfforddiant i aelodau – ŵ ŷ"));

    const QString md = writeMarkdown(doc);
    CHECK(md.contains(u"\\<script\\>alert('x')\\</script\\> & =SUM(A1)"));
    CHECK(md.contains(u"## Action plan"));
    CHECK(md.contains(u"| 2027-01-31 | Siân |"));

    const QByteArray csv = writeCsv(doc);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const auto [records, journeys] = csvTables(csv);
    QStringList blockers;
    QStringList solutions;
    for (const CsvRecord& r : records) {
        REQUIRE(r.cells.size() == 10);
        blockers << r.cells[5];
        solutions << r.cells[7];
    }
    CHECK(blockers.contains(u"<script>alert('x')</script> & =SUM(A1)")); // does not start with =
    CHECK(solutions.contains(u"'@cmd|' /C calc'!A0"));
    CHECK(solutions.contains(u"'-1+1"));
    CHECK(solutions.contains(u"Hyfforddiant i aelodau – ŵ ŷ"));
}

TEST_CASE("CSV cells are quoted and neutralised as spreadsheets need") {
    CHECK(csvCell(u"plain"_s) == u"plain");
    CHECK(csvCell(u"=1+1"_s) == u"'=1+1");
    CHECK(csvCell(u"+44 20"_s) == u"'+44 20");
    CHECK(csvCell(u"@SUM(A1)"_s) == u"'@SUM(A1)");
    CHECK(csvCell(u"\t=cmd"_s) == u"'\t=cmd");
    CHECK(csvCell(u"a, b"_s) == u"\"a, b\"");
    CHECK(csvCell(u"say \"hi\""_s) == u"\"say \"\"hi\"\"\"");
    CHECK(csvCell(u"two\nlines"_s) == u"\"two\nlines\"");
}

TEST_CASE("Every blocker and solution has its CSV row") {
    const SessionData demo = demoData();
    const auto records = csvTables(writeCsv(expectOk(buildSummary(demo)))).first;
    const auto solutionless =
        std::count_if(demo.blockers.begin(), demo.blockers.end(), [&](const Blocker& b) {
            return std::none_of(demo.solutions.begin(), demo.solutions.end(),
                                [&](const Solution& s) { return s.blockerId == b.id; });
        });
    CHECK(records.size() == 1 + demo.solutions.size() + static_cast<std::size_t>(solutionless));
}

TEST_CASE("The CSV summary lists each journey's steps under the blockers") {
    const auto [blockers, journeys] = csvTables(writeCsv(expectOk(buildSummary(demoData()))));
    REQUIRE(journeys.size() == 1 + 5 + 1 + 3 + 1); // headings, steps and totals of both
    CHECK(journeys[0].cells == QStringList{u"Journey"_s, u"Step"_s, u"Channel"_s, u"Who"_s,
                                           u"Cost"_s, u"Avoidable"_s, u"Pain point"_s});
    CHECK(journeys[2].cells == QStringList{u"Booking a holiday (the travel company)"_s,
                                           u"2. Phones to check the booking went through"_s,
                                           u"Telephone"_s, u"Contact centre"_s, u"£3.76"_s,
                                           u"yes"_s,
                                           u"No confirmation arrives, so the customer is not "
                                           u"sure the booking worked"_s});
    CHECK(journeys[6].cells[1].startsWith(u"Cost per journey: £17.40"));
    // The blockers raised from the journey's pain points say so.
    QStringList linked;
    for (const CsvRecord& r : blockers) {
        if (r.cells.value(8) == u"Booking a holiday (the travel company)")
            linked << r.cells[5];
    }
    linked.removeDuplicates();
    linked.sort();
    CHECK(linked == QStringList{u"Ageing software"_s, u"Integration / APIs / Middleware"_s});
}

TEST_CASE("Parts left out of the summary are left out of every format") {
    SummaryOptions options;
    options.parts.top = false;
    options.parts.roundsAppendix = false;
    const SummaryDocument doc = expectOk(buildSummary(demoData(), options));
    CHECK(doc.top.empty());
    CHECK(doc.rounds.empty());
    const QString md = writeMarkdown(doc);
    CHECK_FALSE(md.contains(u"## Top 3"));
    CHECK_FALSE(md.contains(u"Appendix"));
    // The top three are still not repeated among the others.
    CHECK_FALSE(md.contains(u"#### Weak or negative leadership"));
    CHECK(md.contains(u"## Other blockers"));
    CHECK_FALSE(writeHtml(doc).contains(u"id=\"top\""));
}

TEST_CASE("Since last time says what became of the actions carried from earlier workshops, in "
          "every format, text as typed") {
    SessionData data = demoData();
    const QDate past(2020, 1, 31);
    const QDate future = QDate::currentDate().addYears(5);
    data.carried = {
        {1,
         u"=HYPERLINK(\"x\")"_s,
         u"Paper forms"_s,
         u"Gwen"_s,
         past,
         ActionStatus::Done,
         past,
         u"Winter <b>day</b>"_s,
         QDate(2019, 12, 1),
         4,
         {}},
        {2,
         u"  Map the forms"_s,
         u"Paper forms"_s,
         u"Ifan"_s,
         future,
         ActionStatus::InProgress,
         {},
         u"Winter <b>day</b>"_s,
         QDate(2019, 12, 1),
         5,
         {}},
        {3,
         u"Chase the budget"_s,
         u"Money"_s,
         u"Siân"_s,
         past,
         ActionStatus::Open,
         {},
         u"Spring"_s,
         {},
         9,
         {}},
        {4, u"Buy scanners"_s, {}, {}, {}, ActionStatus::Dropped, past, u"Spring"_s, {}, 10, {}}};
    const SummaryDocument doc = expectOk(buildSummary(data));
    const QString counts = u"Of the 4 actions carried from earlier workshops: 1 done, 1 in "
                           "progress, 1 overdue, 1 dropped."_s;
    CHECK(doc.sinceLastTime.counts == counts);
    REQUIRE(doc.sinceLastTime.rows.size() == 4);
    CHECK(doc.sinceLastTime.rows[2] == QStringList{u"Overdue"_s, u"Chase the budget"_s, u"Money"_s,
                                                   u"Siân"_s, u"2020-01-31"_s, u"Spring"_s});
    CHECK(doc.sinceLastTime.rows[0][5] == u"Winter <b>day</b>, 2019-12-01");

    const QString md = writeMarkdown(doc);
    REQUIRE(md.contains(u"## Since last time"));
    CHECK(md.indexOf(u"## Since last time") < md.indexOf(u"## Action plan"));
    CHECK(md.contains(counts));
    CHECK(md.contains(u"Winter \\<b\\>day\\</b\\>, 2019-12-01"));

    const QString html = writeHtml(doc);
    CHECK(html.contains(u"<section id=\"since-last-time\">"));
    CHECK(html.contains(u"Winter &lt;b&gt;day&lt;/b&gt;"));
    CHECK_FALSE(parseHtml(html).elements.contains(u"b"));

    const std::vector<CsvRecord> records = expectOk(readCsv(writeCsv(doc)));
    const auto heading = std::find_if(records.begin(), records.end(), [](const CsvRecord& r) {
        return r.cells.value(0) == u"Since last time";
    });
    REQUIRE(heading != records.end());
    CHECK(heading->cells.value(1) == counts);
    REQUIRE(std::distance(heading, records.end()) == 6);           // the headings and four rows
    CHECK((heading + 2)->cells.value(1) == u"'=HYPERLINK(\"x\")"); // no formula
    CHECK((heading + 3)->cells.value(1) == u"  Map the forms");

    // PDF and ODT are laid out from one text document.
    const QString printed = summaryTextDocument(doc, SummaryMedium::Print)->toPlainText();
    CHECK(printed.contains(u"Since last time"));
    CHECK(printed.contains(counts));
    CHECK(printed.contains(u"Chase the budget"));
    for (const SummaryFormat format : {SummaryFormat::Pdf, SummaryFormat::Odt})
        CHECK_FALSE(expectOk(writeSummary(doc, format)).isEmpty());
}

TEST_CASE("A first workshop, with nothing carried, has no Since last time") {
    const SummaryDocument doc = expectOk(buildSummary(demoData()));
    CHECK(doc.sinceLastTime.empty());
    CHECK_FALSE(writeMarkdown(doc).contains(u"Since last time"));
    CHECK_FALSE(writeHtml(doc).contains(u"since-last-time"));
    CHECK_FALSE(QString::fromUtf8(writeCsv(doc)).contains(u"Since last time"));
}
