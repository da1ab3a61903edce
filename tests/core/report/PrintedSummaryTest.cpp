// The printed summary (PDF and ODT), read back with the tools a user has:
// pdftotext for the PDF, unzip for the ODT's content.xml.
#include "report/PrintedSummary.h"

#include "journey/JourneyPhoto.h"
#include "report/CsvWriter.h"
#include "report/HtmlWriter.h"
#include "report/MarkdownWriter.h"
#include "report/Pagination.h"
#include "report/Summary.h"
#include "report/SummaryTextDocument.h"
#include "support/LargeSession.h"
#include "support/PrintedPages.h"
#include "support/TestSupport.h"

#include <QAbstractTextDocumentLayout>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>
#include <QXmlStreamReader>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60'000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

// Whitespace collapsed, and ligatures (ﬁ, ﬀ) back to letters as a PDF
// reader's search sees them.
QString collapsed(QString text) {
    text = text.normalized(QString::NormalizationForm_KC);
    return text.replace(QRegularExpression(u"\\s+"_s), u" "_s).trimmed();
}

// The PDF's text page by page, without the running header and page numbers,
// each page's whitespace collapsed.
struct PdfText {
    QStringList pages;
    QStringList footers;
    QString all() const { return pages.join(u' '); }
};

PdfText pdfText(const QByteArray& pdf, const SessionDetails& details) {
    const TempDir dir;
    const QString path = dir.path(u"summary.pdf"_s);
    writeAll(path, pdf);
    const QString text = QString::fromUtf8(run(QStringLiteral(PDFTOTEXT), {path, u"-"_s}));
    static const QRegularExpression footer(u"^Page \\d+ of \\d+$"_s);
    PdfText out;
    QStringList pages = text.split(u'\f');
    if (pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (const QString& page : pages) {
        QStringList kept;
        for (const QString& line : page.split(u'\n')) {
            if (footer.match(line.trimmed()).hasMatch())
                out.footers << line.trimmed();
            else if (line != summaryTitle(details) && line != summaryDate(details))
                kept << line;
        }
        out.pages << collapsed(kept.join(u'\n'));
    }
    return out;
}

// The ODT's paragraphs and headings, in order, from content.xml, with white
// space as ODF readers treat it (runs collapse to one space; line-break
// elements are the only line breaks).
QStringList odtParagraphs(const QByteArray& odt) {
    const TempDir dir;
    const QString path = dir.path(u"summary.odt"_s);
    writeAll(path, odt);
    CHECK(run(QStringLiteral(UNZIP), {u"-p"_s, path, u"mimetype"_s}) ==
          "application/vnd.oasis.opendocument.text");
    QXmlStreamReader xml(run(QStringLiteral(UNZIP), {u"-p"_s, path, u"content.xml"_s}));
    QStringList paragraphs;
    QString text;
    int depth = 0; // inside a text:p or text:h
    while (!xml.atEnd()) {
        xml.readNext();
        const bool paragraph = xml.name() == u"p" || xml.name() == u"h";
        if (xml.isStartElement() && paragraph && depth++ == 0)
            text.clear();
        else if (xml.isStartElement() && xml.name() == u"line-break")
            text += u'\n';
        else if (xml.isStartElement() && xml.name() == u"s")
            text += u' ';
        else if (xml.isStartElement() && xml.name() == u"tab")
            text += u'\t';
        else if (xml.isCharacters() && depth > 0)
            text += xml.text().toString().replace(QRegularExpression(u"\\s+"_s), u" "_s);
        else if (xml.isEndElement() && paragraph && --depth == 0)
            // Qt's ODF writer puts a tab (invisible) before each line break.
            paragraphs << text.replace(QRegularExpression(u"[ \t]*\n *"_s), u"\n"_s).trimmed();
    }
    if (xml.hasError())
        FAIL("content.xml is not well-formed: " << xml.errorString().toStdString());
    return paragraphs;
}

// Checks the demo's content, in order, in a text: the seed's top 3, then each
// other blocker under its own group heading, and every solution.
void checkDemoContent(const QString& text, const SessionData& demo) {
    const auto after = [&text](const QString& needle, qsizetype from) {
        const qsizetype at = text.indexOf(needle, from);
        INFO("looking for: " << needle.toStdString());
        REQUIRE(at >= from);
        return at;
    };
    qsizetype at = after(u"Top 3 blockers and solutions"_s, 0);
    at = after(u"1. Obstructive staff, members and management team"_s, at);
    at = after(u"2. Weak or negative leadership (11 dots)"_s, at);
    at = after(u"3. Budgets / finite resources (9 dots)"_s, at);
    const qsizetype others = after(u"Other blockers and solutions discussed by groups"_s, at);
    const qsizetype end = after(u"Action plan"_s, others);
    std::vector<qsizetype> groupStarts;
    for (const Group& g : demo.groups)
        groupStarts.push_back(after(g.name, groupStarts.empty() ? others : groupStarts.back()));
    groupStarts.push_back(end);
    for (const Blocker& b : demo.blockers) {
        if (b.id <= 3)
            continue;
        const auto group = static_cast<std::size_t>(*b.groupId - 1);
        INFO(b.title.toStdString() << " should be under " << demo.groups[group].name.toStdString());
        const qsizetype where = text.indexOf(collapsed(b.title), groupStarts[group]);
        CHECK(where > groupStarts[group]);
        CHECK(where < groupStarts[group + 1]);
    }
    for (const Solution& s : demo.solutions) {
        INFO(s.text.toStdString());
        CHECK(text.contains(collapsed(s.text)));
    }
    // The travel company's journeys, with the saving worked out by hand:
    // (£0.27 + £3.76 + £9.34 + £3.76 + £0.27) − 3 × £0.27 = £16.59 a journey.
    at = after(u"User journeys"_s, others);
    at = after(u"Booking a holiday (the travel company)"_s, at);
    at = after(u"Visits the branch to collect the tickets"_s, at);
    at = after(u"Cost per journey: £17.40"_s, at);
    at = after(u"Saves £16.59 a journey over"_s, at);
    after(u"£1,990,800.00 a year"_s, at);
}

SessionData hostileDemo() {
    SessionData data = demoData();
    data.blockers[1].title = u"<b>x</b> <script>alert('x')</script> & =SUM(A1)"_s;
    data.solutions[2].text = u"Hyfforddiant i aelodau – ŵ ŷ ‘dyfodol’\nail linell"_s;
    data.solutions[3].owner = u"Siân"_s;
    data.solutions[3].due = QDate(2027, 1, 31);
    return data;
}

QStringList headingsOf(const QTextDocument& document) {
    QStringList headings;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (const int level = block.blockFormat().headingLevel())
            headings << u"h%1 %2"_s.arg(level).arg(block.text());
    }
    return headings;
}

} // namespace

TEST_CASE("The printable summary's document has each part under its own heading") {
    const SessionData demo = demoData();
    const auto document = summaryTextDocument(expectOk(buildSummary(demo)), SummaryMedium::Print);
    const QStringList headings = headingsOf(*document);
    CHECK(headings.first() == u"h1 Really Useful Day: GOV.UK and User Journeys");
    CHECK(headings.contains(u"h2 Top 3 blockers and solutions"));
    CHECK(headings.contains(u"h3 2. Weak or negative leadership (11 dots)"));
    CHECK(headings.contains(u"h3 Table 4"));
    CHECK(headings.contains(u"h4 Broadband"));
    CHECK(headings.contains(u"h2 Action plan"));
    const auto appendix = headings.indexOf(u"h2 Appendix: voting rounds");
    REQUIRE(appendix > 0);
    CHECK(headings.value(appendix + 1) == u"h3 " + demo.rounds[0].title);
    CHECK(document->toPlainText().contains(u"Dot voting, voters on paper: 24"));
}

TEST_CASE("The PDF summary holds the seed's top 3 in order, every other blocker under its "
          "group, every solution",
          "[pdftotext]") {
    const SessionData demo = demoData();
    const QByteArray pdf = expectOk(summaryPdf(expectOk(buildSummary(demo))));
    REQUIRE(pdf.startsWith("%PDF-"));
    const PdfText text = pdfText(pdf, demo.details);
    checkDemoContent(text.all(), demo);
    // The chart is drawn, not pasted in as a picture.
    CHECK_FALSE(pdf.contains("/Subtype /Image"));
    CHECK(text.all().contains(u"1. Obstructive staff"));
}

TEST_CASE("The ODT summary holds the seed's top 3 in order, every other blocker under its "
          "group, every solution",
          "[unzip]") {
    const SessionData demo = demoData();
    const QStringList paragraphs =
        odtParagraphs(expectOk(summaryOdt(expectOk(buildSummary(demo)))));
    checkDemoContent(collapsed(paragraphs.join(u'\n')), demo);
}

TEST_CASE("Markup, Welsh and line breaks print as the text attendees typed, in PDF and ODT",
          "[pdftotext][unzip]") {
    const SessionData data = hostileDemo();
    const SummaryDocument doc = expectOk(buildSummary(data));
    const QString pdf = pdfText(expectOk(summaryPdf(doc)), data.details).all();
    CHECK(pdf.contains(u"<b>x</b> <script>alert('x')</script> & =SUM(A1)"));
    CHECK(pdf.contains(u"Hyfforddiant i aelodau – ŵ ŷ ‘dyfodol’ ail linell"));
    CHECK(pdf.contains(u"Siân"));

    const QStringList odt = odtParagraphs(expectOk(summaryOdt(doc)));
    CHECK(odt.contains(u"<b>x</b> <script>alert('x')</script> & =SUM(A1)"));
    CHECK(odt.contains(u"Hyfforddiant i aelodau – ŵ ŷ ‘dyfodol’\nail linell"));
}

TEST_CASE("500 blockers and 20 journeys paginate with headers, page numbers and no heading "
          "alone at a page foot",
          "[pdftotext]") {
    SessionData data = largeSession(500, 3, 20);
    data.solutions[4].text = QString(u"A very long solution that must wrap. "_s).repeated(500);
    const SummaryDocument doc = expectOk(buildSummary(data));
    const QByteArray pdf = expectOk(summaryPdf(doc));
    const PdfText text = pdfText(pdf, data.details);
    const auto pages = text.pages.size();
    CHECK(pages > 40);
    REQUIRE(text.footers.size() == pages);
    for (qsizetype i = 0; i < pages; ++i)
        CHECK(text.footers[i] == u"Page %1 of %2"_s.arg(i + 1).arg(pages));

    QStringList headings{u"Top 3 blockers and solutions"_s,
                         u"Other blockers and solutions discussed by groups"_s, u"User journeys"_s,
                         u"Action plan"_s, u"Appendix: voting rounds"_s};
    for (const Group& g : data.groups)
        headings << g.name;
    for (const Blocker& b : data.blockers)
        headings << b.title;
    for (const Journey& j : data.journeys)
        headings << j.title;
    // In the action plan, blockers' titles are table cells, not headings.
    const auto actionPlan = text.all().indexOf(u"Action plan");
    qsizetype seen = 0;
    for (qsizetype i = 0; i < pages; ++i) {
        seen += text.pages[i].size() + 1;
        for (const QString& heading : headings) {
            if (seen > actionPlan && heading.startsWith(u"Blocker "))
                continue;
            INFO("page " << i + 1 << " ends with a heading: " << heading.toStdString());
            CHECK_FALSE(text.pages[i].endsWith(heading));
        }
    }
    const QString all = text.all();
    for (const Solution& s : data.solutions) {
        INFO(s.text.left(200).toStdString());
        REQUIRE(all.contains(collapsed(s.text)));
    }
    for (const Journey& j : data.journeys)
        CHECK(all.contains(j.title));
}

namespace {

// A document of numbered lines with two headings (kept with what follows)
// after line `headingsAfter`, then a table with a header row.
std::unique_ptr<QTextDocument> linesAndTable(int lines, int headingsAfter, int tableRows) {
    auto document = std::make_unique<QTextDocument>();
    QTextCursor cursor(document.get());
    const auto add = [&cursor](const QString& text, bool heading) {
        QTextBlockFormat format;
        format.setProperty(kKeepWithNextProperty, heading);
        cursor.insertBlock(format);
        cursor.insertText(text);
    };
    for (int i = 0; i < lines; ++i) {
        add(u"Line %1"_s.arg(i), false);
        if (i == headingsAfter) {
            add(u"Section"_s, true);
            add(u"Group"_s, true);
        }
    }
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    QTextTable* table = cursor.insertTable(tableRows, 2, format);
    table->cellAt(0, 0).firstCursorPosition().insertText(u"Heading"_s);
    for (int r = 1; r < tableRows; ++r)
        table->cellAt(r, 0).firstCursorPosition().insertText(u"Row %1"_s.arg(r));
    document->setTextWidth(400);
    return document;
}

qreal topOf(const QTextDocument& document, const QString& text) {
    const QTextBlock block = document.find(text).block();
    REQUIRE(block.isValid());
    return document.documentLayout()->blockBoundingRect(block).top();
}

} // namespace

TEST_CASE("Pages end between lines, never under a heading, and cover the whole document") {
    const auto document = linesAndTable(40, 20, 30);
    // A page that would end just under "Group" ends above "Section" instead.
    const qreal groupBottom = topOf(*document, u"Line 21"_s) - 1;
    const std::vector<PrintedPage> pages = paginate(*document, groupBottom);
    REQUIRE(pages.size() >= 3);
    CHECK(pages[0].slices.size() == 1);
    CHECK(pages[0].slices[0].bottom == topOf(*document, u"Section"_s));

    // Slices run on without gaps or overlaps to the end; table headers repeat.
    qreal covered = 0;
    int repeatedHeaders = 0;
    for (const PrintedPage& page : pages) {
        qreal height = 0;
        for (const PageSlice& slice : page.slices) {
            height += slice.height();
            if (slice.top < covered) {
                CHECK(slice.bottom <= topOf(*document, u"Row 1"_s));
                ++repeatedHeaders;
                continue;
            }
            CHECK(slice.top == covered);
            covered = slice.bottom;
        }
        CHECK(height <= groupBottom + 0.01);
    }
    CHECK(covered == document->documentLayout()->documentSize().height());
    CHECK(repeatedHeaders >= 1);
}

TEST_CASE("The appendix heading, its round's title and settings stay on the page of the round's "
          "first row, at any page height") {
    const SessionData demo = demoData();
    const auto document = summaryTextDocument(expectOk(buildSummary(demo)), SummaryMedium::Print);
    const QAbstractTextDocumentLayout& layout = *document->documentLayout();
    const QTextCursor heading = document->find(u"Appendix: voting rounds"_s);
    REQUIRE_FALSE(heading.isNull());
    const QTextTable* table = nullptr;
    for (QTextFrame* frame : document->rootFrame()->childFrames()) {
        auto* candidate = qobject_cast<QTextTable*>(frame);
        if (candidate && candidate->firstPosition() > heading.position())
            table = candidate;
    }
    REQUIRE(table);
    const qreal headingTop = layout.blockBoundingRect(heading.block()).top();
    const qreal firstRow =
        layout.blockBoundingRect(table->cellAt(1, 0).firstCursorPosition().block()).top();
    // The rehearsal's page put the heading at its foot and the table overleaf.
    for (qreal height = 300; height <= 1400; height += 9) {
        const std::vector<PrintedPage> pages = paginate(*document, height);
        INFO("page height " << height);
        CHECK(pageOf(pages, headingTop) == pageOf(pages, firstRow));
    }
}

TEST_CASE("A table's header row never ends a page alone") {
    const auto document = linesAndTable(10, -1, 5);
    const qreal rowOne = topOf(*document, u"Row 1"_s);
    // A page that would end between the header row and row 1 ends above the table.
    const std::vector<PrintedPage> pages = paginate(*document, rowOne + 2);
    REQUIRE(pages.size() >= 2);
    CHECK(pages[0].slices.back().bottom <= topOf(*document, u"Heading"_s));
}

TEST_CASE("Each journey is drawn as a vector diagram, and its photo printed, in PDF, ODT and "
          "HTML",
          "[pdftotext][unzip]") {
    SessionData data = demoData();
    data.journeys[0].photo = expectOk(journeyPhotoFrom(pictureFile(1600, 1200, "png")));
    const SummaryDocument doc = expectOk(buildSummary(data));

    const QByteArray pdf = expectOk(summaryPdf(doc));
    const QString text = pdfText(pdf, data.details).all();
    // Both diagrams, their text drawn as text: searchable, sharp at any zoom.
    CHECK(text.count(u"How they feel") == 2);
    CHECK(text.contains(u"The group's sketch:"));
    // The photo is the PDF's one picture: the diagrams and chart are vector.
    CHECK(pdf.count("/Subtype /Image") == 1);

    const TempDir dir;
    const QString odt = dir.path(u"summary.odt"_s);
    writeAll(odt, expectOk(summaryOdt(doc)));
    const QString listing = QString::fromUtf8(run(QStringLiteral(UNZIP), {u"-l"_s, odt}));
    CHECK(listing.count(u"Pictures/"_s) == 4); // the chart, two diagrams, the photo

    const QString html = writeHtml(doc);
    QXmlStreamReader xml(html);
    int svgs = 0;
    int photos = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"svg")
            ++svgs;
        if (xml.name() == u"img" &&
            xml.attributes().value(u"src"_s).startsWith(u"data:image/jpeg;base64,"))
            ++photos;
    }
    CHECK_FALSE(xml.hasError());
    CHECK(svgs == 3); // the chart and two diagrams
    CHECK(photos == 1);
    CHECK(html.contains(u"How they feel"));
}

TEST_CASE("The summary draws the matrix: vector in PDF, a picture in ODT, SVG in HTML, the key "
          "in Markdown and CSV; left out when no solution is scored",
          "[pdftotext][unzip]") {
    const SessionData data = scoredDemo(randomScores(30, 7));
    const SummaryDocument doc = expectOk(buildSummary(data));
    REQUIRE(doc.matrix.solutions.size() == 30);

    const QByteArray pdf = expectOk(summaryPdf(doc));
    const QString text = pdfText(pdf, data.details).all();
    CHECK(text.contains(u"Impact and effort"));
    for (const Quadrant q : kQuadrants)
        CHECK(text.contains(quadrantName(q)));
    CHECK(pdf.count("/Subtype /Image") == 0); // the matrix and chart are vector

    const TempDir dir;
    const QString odt = dir.path(u"summary.odt"_s);
    writeAll(odt, expectOk(summaryOdt(doc)));
    const QString listing = QString::fromUtf8(run(QStringLiteral(UNZIP), {u"-l"_s, odt}));
    CHECK(listing.count(u"Pictures/"_s) == 4); // the chart, two diagrams and the matrix

    const QString html = writeHtml(doc);
    QXmlStreamReader xml(html);
    int circles = 0;
    bool inMatrix = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"figure")
            inMatrix = xml.attributes().value(u"class"_s) == u"matrix";
        if (inMatrix && xml.name() == u"circle")
            ++circles;
    }
    CHECK_FALSE(xml.hasError());
    CHECK(circles == 30);

    const QString markdown = writeMarkdown(doc);
    CHECK(markdown.contains(u"## Impact and effort"));
    CHECK(markdown.contains(u"| No. | Solution | Blocker | Impact | Effort | Quadrant |"));
    CHECK(
        QString::fromUtf8(writeCsv(doc)).contains(u"No.,Solution,Blocker,Impact,Effort,Quadrant"));

    const SummaryDocument none = expectOk(buildSummary(demoData()));
    CHECK(none.matrix.empty());
    CHECK_FALSE(writeMarkdown(none).contains(u"Impact and effort"));
    CHECK_FALSE(writeHtml(none).contains(u"impact-effort"));
}

TEST_CASE("A PDF that cannot be written is reported, not printed blank") {
    // A PDF writer whose file cannot be made will not start a page.
    TempDir dir;
    QPdfWriter pdf(dir.path(u"no such folder/summary.pdf"_s));
    const Error error = expectError(printSummary(expectOk(buildSummary(demoData())), pdf));
    CHECK(error.code == ErrorCode::IoError);
    CHECK(error.message == u"The printer or file could not be started.");
}
