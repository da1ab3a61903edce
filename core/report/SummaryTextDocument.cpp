#include "report/SummaryTextDocument.h"

#include "ranking/Ranking.h"
#include "report/BarChart.h"
#include "report/JourneyDiagram.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QTextCursor>
#include <QTextList>
#include <QTextTable>

#include <functional>

using namespace Qt::StringLiterals;

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Summary)
};

// Attendees' line breaks stay inside their paragraph.
QString softBreaks(QString text) {
    return text.replace(u'\n', QChar::LineSeparator);
}

// Writes the document top to bottom with a cursor. Each paragraph is a block
// with its own format, so headings, lists and tables never leak into each
// other.
class Builder {
public:
    Builder(QTextDocument& document, SummaryMedium medium)
        : m_cursor(&document)
        , m_medium(medium) {
        QFont font;
        if (medium == SummaryMedium::Print)
            font.setFamilies({u"Noto Sans"_s, u"DejaVu Sans"_s, u"Liberation Sans"_s, u"Arial"_s});
        else
            font.setFamily(u"Arial"_s); // LibreOffice uses the metric-compatible Liberation Sans
        font.setStyleHint(QFont::SansSerif);
        font.setPointSizeF(10);
        document.setDefaultFont(font);
        document.setDocumentMargin(0);
    }

    // Lengths in a text document are pixels at 96 dpi, which Qt scales to the
    // printer's resolution.
    static qreal px(qreal points) { return points * 96 / 72.0; }

    void heading(int level, const QString& text) {
        static constexpr qreal sizes[] = {20, 14, 12, 10.5};
        static constexpr qreal above[] = {0, 16, 10, 8};
        QTextBlockFormat block;
        block.setHeadingLevel(level);
        block.setTopMargin(px(above[level - 1]));
        block.setBottomMargin(px(level == 1 ? 8 : 4));
        block.setProperty(kKeepWithNextProperty, true);
        QTextCharFormat chars;
        chars.setFontPointSize(sizes[level - 1]);
        chars.setFontWeight(QFont::Bold);
        paragraph(text, block, chars);
    }

    void text(const QString& text) {
        QTextBlockFormat block;
        block.setBottomMargin(px(5));
        paragraph(text, block, {});
    }

    // A paragraph that introduces what follows it (a drawing, a table): it
    // never ends a page without it.
    void leadIn(const QString& text) {
        QTextBlockFormat block;
        block.setBottomMargin(px(5));
        block.setProperty(kKeepWithNextProperty, true);
        paragraph(text, block, {});
    }

    // The line of facts under a heading, kept on the heading's page.
    void facts(const QString& text) {
        QTextBlockFormat block;
        block.setBottomMargin(px(5));
        block.setProperty(kKeepWithNextProperty, true);
        QTextCharFormat chars;
        chars.setFontItalic(true);
        chars.setForeground(QColor(0x40, 0x40, 0x40));
        paragraph(text, block, chars);
    }

    void bullets(const QStringList& items) {
        QTextListFormat list;
        list.setStyle(QTextListFormat::ListDisc);
        list.setIndent(1);
        QTextList* current = nullptr;
        for (const QString& item : items) {
            QTextBlockFormat block;
            block.setBottomMargin(px(2));
            paragraph(item, block, {});
            if (current)
                current->add(m_cursor.block());
            else
                current = m_cursor.createList(list);
        }
        // A little space under the list, as under a paragraph.
        QTextBlockFormat last = m_cursor.blockFormat();
        last.setBottomMargin(px(6));
        m_cursor.setBlockFormat(last);
    }

    void table(const QStringList& headings, const std::vector<QStringList>& rows) {
        QTextTableFormat format;
        // Qt's ODF writer writes any width as points (100% would become
        // 100 pt), so an ODT's table gets the width of A4 between 2 cm margins.
        format.setWidth(m_medium == SummaryMedium::Print
                            ? QTextLength(QTextLength::PercentageLength, 100)
                            : QTextLength(QTextLength::FixedLength, 170 / 25.4 * 72));
        format.setCellPadding(px(3));
        format.setCellSpacing(0);
        // No rules: Qt 6.4 draws no collapsed borders in print, and spaced
        // rows read as well without them.
        format.setBorder(0);
        format.setHeaderRowCount(1);
        const int columns = static_cast<int>(headings.size());
        QTextTable* table =
            m_cursor.insertTable(static_cast<int>(rows.size()) + 1, columns, format);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        for (int c = 0; c < columns; ++c)
            table->cellAt(0, c).firstCursorPosition().insertText(headings[c], bold);
        for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
            for (int c = 0; c < columns; ++c) {
                table->cellAt(r + 1, c).firstCursorPosition().insertText(
                    softBreaks(rows[static_cast<std::size_t>(r)].value(c)), QTextCharFormat());
            }
        }
        m_cursor.movePosition(QTextCursor::End);
        m_reuseBlock = true;
    }

    void chart(const std::vector<ChartBar>& bars, QTextDocument& document) {
        drawing(
            BarChartObject::formatFor(bars), barChartHeightPoints(bars.size()),
            [&](QPainter& painter, const QRectF& rect) { paintBarChart(painter, rect, bars); },
            u"unblock-chart.png"_s, document);
    }

    void matrix(const ImpactEffortMatrix& matrix, QTextDocument& document) {
        drawing(
            ImpactEffortObject::formatFor(matrix), matrixHeightPoints(460),
            [&](QPainter& painter, const QRectF& rect) {
                paintImpactEffort(painter, rect, matrix);
            },
            u"unblock-impact-effort.png"_s, document);
    }

    void diagram(const JourneyDiagram& diagram, const QString& name, QTextDocument& document) {
        drawing(
            JourneyDiagramObject::formatFor(diagram), journeyDiagramHeightPoints(diagram),
            [&](QPainter& painter, const QRectF& rect) {
                paintJourneyDiagram(painter, rect, diagram);
            },
            name, document);
    }

    // A photo fits the text width and at most half a page's height.
    void photo(const QByteArray& jpeg, const QString& name, QTextDocument& document) {
        const QImage picture = QImage::fromData(jpeg, "JPEG");
        if (picture.isNull())
            return;
        const QSizeF size =
            QSizeF(picture.size()).scaled(QSizeF(px(460), px(340)), Qt::KeepAspectRatio);
        insertPicture(picture, size, name, document);
    }

private:
    // A drawing is an object painted at print time (vector in a PDF); the
    // ODF writer carries no vector, so an ODT gets it as a sharp picture.
    void drawing(const QTextCharFormat& object, qreal heightPoints,
                 const std::function<void(QPainter&, const QRectF&)>& paint, const QString& name,
                 QTextDocument& document) {
        if (m_medium == SummaryMedium::Print) {
            startPictureBlock();
            m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
            return;
        }
        const QSizeF size(px(460), px(heightPoints));
        constexpr qreal sharpness = 3; // the picture is printed, not only shown
        QImage picture((size * sharpness).toSize(), QImage::Format_RGB32);
        picture.setDotsPerMeterX(qRound(96 * sharpness / 0.0254));
        picture.setDotsPerMeterY(picture.dotsPerMeterX());
        picture.fill(Qt::white);
        {
            QPainter painter(&picture);
            painter.setRenderHint(QPainter::Antialiasing);
            paint(painter, QRectF(QPointF(0, 0), size * sharpness));
        }
        insertPicture(picture, size, name, document);
    }

    void insertPicture(const QImage& picture, QSizeF size, const QString& name,
                       QTextDocument& document) {
        startPictureBlock();
        document.addResource(QTextDocument::ImageResource, QUrl(name), picture);
        QTextImageFormat image;
        image.setName(name);
        image.setWidth(size.width());
        image.setHeight(size.height());
        m_cursor.insertImage(image);
    }

    void startPictureBlock() {
        QTextBlockFormat block;
        block.setBottomMargin(px(8));
        startBlock(block);
    }

    // The document starts with an empty block, and one follows each table:
    // those are filled instead of leaving blank lines.
    void startBlock(const QTextBlockFormat& block) {
        if (m_reuseBlock)
            m_cursor.setBlockFormat(block);
        else
            m_cursor.insertBlock(block, QTextCharFormat());
        m_reuseBlock = false;
    }

    void paragraph(const QString& text, const QTextBlockFormat& block,
                   const QTextCharFormat& chars) {
        startBlock(block);
        m_cursor.setBlockCharFormat(chars);
        m_cursor.insertText(softBreaks(text), chars);
    }

    QTextCursor m_cursor;
    SummaryMedium m_medium;
    bool m_reuseBlock = true;
};

void titleBlock(const SummaryDocument& doc, Builder& out) {
    const SessionDetails& d = doc.details;
    const std::pair<QString, QString> rows[] = {
        {Tr::tr("Date"), summaryDate(d)},
        {Tr::tr("Venue"), d.venue},
        {Tr::tr("Facilitator"), d.facilitator},
        {Tr::tr("Attendees"), d.attendees > 0 ? QString::number(d.attendees) : QString()},
        {Tr::tr("Groups"), doc.groups.join(u", ")}};
    for (const auto& [label, value] : rows) {
        if (!value.isEmpty())
            out.text(label + u": "_s + value);
    }
}

void blocker(const SummaryBlocker& b, int level, const QString& heading, Builder& out) {
    out.heading(level, heading);
    if (!b.detail.isEmpty())
        out.text(b.detail);
    const QStringList facts = blockerFacts(b);
    if (!facts.isEmpty())
        out.facts(facts.join(u" · "));
    if (b.solutions.isEmpty())
        out.text(Tr::tr("No solutions were recorded."));
    else
        out.bullets(b.solutions);
}

void topSection(const SummaryDocument& doc, QTextDocument& document, Builder& out) {
    out.heading(2, Tr::tr("Top %1 blockers and solutions").arg(doc.topRequested));
    if (doc.top.empty()) {
        out.text(doc.noTop);
        return;
    }
    out.leadIn(doc.votingLine + u'.');
    if (!doc.topNote.isEmpty())
        out.leadIn(doc.topNote);
    out.chart(topBlockerBars(doc), document);
    for (const SummaryBlocker& b : doc.top) {
        blocker(b, 3,
                u"%1 %2 (%3)"_s.arg(placeText(b), b.title,
                                    scoreText(doc.scoreMethod, b.score.value_or(0))),
                out);
    }
}

void othersSection(const SummaryDocument& doc, Builder& out) {
    out.heading(2, Tr::tr("Other blockers and solutions discussed by groups"));
    if (doc.others.empty())
        out.text(Tr::tr("None."));
    for (const SummaryGroup& g : doc.others) {
        out.heading(3, g.name);
        for (const SummaryBlocker& b : g.blockers)
            blocker(b, 4, b.title, out);
    }
}

void journeysSection(const SummaryDocument& doc, QTextDocument& document, Builder& out) {
    if (doc.journeys.empty())
        return;
    out.heading(2, Tr::tr("User journeys"));
    int number = 0;
    for (const SummaryJourney& j : doc.journeys) {
        out.heading(3, j.title);
        out.facts(j.facts);
        const auto [headings, rows] = journeyTable(j);
        out.table(headings, rows);
        out.diagram(j.diagram, u"unblock-journey-%1.png"_s.arg(++number), document);
        out.text(j.totals.join(u" · "));
        if (!j.saving.isEmpty())
            out.text(j.saving + u'.');
        if (const QString sources = journeySources(j); !sources.isEmpty())
            out.text(sources);
        if (!j.photo.isEmpty()) {
            out.facts(Tr::tr("The group's sketch:"));
            out.photo(j.photo, u"unblock-photo-%1.jpg"_s.arg(number), document);
        }
    }
}

void matrixSection(const ImpactEffortMatrix& matrix, QTextDocument& document, Builder& out) {
    if (matrix.empty())
        return;
    out.heading(2, matrixTitle());
    out.leadIn(matrixIntro());
    out.matrix(matrix, document);
    const auto [headings, rows] = matrixKey(matrix);
    out.table(headings, rows);
    if (const QString note = matrixUnscoredNote(matrix); !note.isEmpty())
        out.text(note);
}

void sinceLastTimeSection(const SummarySinceLastTime& since, Builder& out) {
    if (since.empty())
        return;
    out.heading(2, Tr::tr("Since last time"));
    out.leadIn(since.counts);
    out.table(since.headings, since.rows);
}

void actionsSection(const SummaryDocument& doc, Builder& out) {
    sinceLastTimeSection(doc.sinceLastTime, out);
    out.heading(2, Tr::tr("Action plan"));
    if (doc.actions.empty()) {
        out.text(Tr::tr("No solution has an owner or a due date yet."));
        return;
    }
    std::vector<QStringList> rows;
    for (const SummaryAction& a : doc.actions)
        rows.push_back({a.due.isValid() ? a.due.toString(Qt::ISODate) : Tr::tr("no date"), a.owner,
                        a.solution, a.blocker});
    out.table({Tr::tr("Due"), Tr::tr("Owner"), Tr::tr("Solution"), Tr::tr("Blocker")}, rows);
}

void roundsSection(const SummaryDocument& doc, Builder& out) {
    out.heading(2, Tr::tr("Appendix: voting rounds"));
    if (doc.rounds.empty())
        out.text(Tr::tr("There was no voting."));
    for (const SummaryRound& r : doc.rounds) {
        out.heading(3, r.title);
        out.facts(r.settings + u"; "_s + r.state + u'.'); // kept with its table
        if (!r.withheld.isEmpty()) {
            out.text(r.withheld);
            continue;
        }
        const ResultsTable table = roundTable(r);
        out.table(table.headings, table.rows);
    }
}

} // namespace

std::unique_ptr<QTextDocument> summaryTextDocument(const SummaryDocument& doc,
                                                   SummaryMedium medium) {
    auto document = std::make_unique<QTextDocument>();
    document->setMetaInformation(QTextDocument::DocumentTitle, summaryTitle(doc.details));
    Builder out(*document, medium);
    out.heading(1, summaryTitle(doc.details));
    if (doc.parts.titleBlock)
        titleBlock(doc, out);
    if (doc.parts.top)
        topSection(doc, *document, out);
    if (doc.parts.others)
        othersSection(doc, out);
    if (doc.parts.journeys)
        journeysSection(doc, *document, out);
    if (doc.parts.matrix)
        matrixSection(doc.matrix, *document, out);
    if (doc.parts.actionPlan)
        actionsSection(doc, out);
    if (doc.parts.roundsAppendix)
        roundsSection(doc, out);
    // Only now: a document with a layout lays itself out again on every
    // insertion, which made a 500-blocker summary take minutes to build.
    if (medium == SummaryMedium::Print) {
        BarChartObject::registerOn(*document);
        JourneyDiagramObject::registerOn(*document);
        ImpactEffortObject::registerOn(*document);
    }
    return document;
}

} // namespace unblock
