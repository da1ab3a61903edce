#include "report/HtmlWriter.h"

#include "ranking/Ranking.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Summary)
};

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

// Line breaks in attendees' text survive as <br/>.
QString escLines(const QString& text) {
    return esc(text).replace(u'\n', u"<br/>"_s);
}

const char16_t* kStyle = uR"css(
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; color: #111; line-height: 1.45; }
h1 { font-size: 1.8em; margin-bottom: 0.2em; }
h2 { border-bottom: 2px solid #111; padding-bottom: 0.2em; margin-top: 2em; page-break-after: avoid; }
h3, h4 { page-break-after: avoid; }
dl.details { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; }
dl.details dt { font-weight: bold; }
p.facts { font-style: italic; color: #333; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; }
th, td { border: 1px solid #999; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
svg text { font-family: inherit; }
figure { margin: 1em 0; }
figure.journey svg, figure.matrix svg, img.photo { max-width: 100%; height: auto; }
)css";

void titleBlock(const SummaryDocument& doc, QString& out) {
    const SessionDetails& d = doc.details;
    QStringList rows;
    auto row = [&rows](const QString& label, const QString& value) {
        if (!value.isEmpty())
            rows << u"<dt>"_s + label + u"</dt><dd>"_s + esc(value) + u"</dd>"_s;
    };
    row(Tr::tr("Date"), summaryDate(d));
    row(Tr::tr("Venue"), d.venue);
    row(Tr::tr("Facilitator"), d.facilitator);
    row(Tr::tr("Attendees"), d.attendees > 0 ? QString::number(d.attendees) : QString());
    row(Tr::tr("Groups"), doc.groups.join(u", "));
    if (!rows.isEmpty())
        out += u"<dl class=\"details\">"_s + rows.join(QString()) + u"</dl>\n"_s;
}

void blocker(const SummaryBlocker& b, const QString& tag, const QString& votes, QString& out) {
    out += u'<' + tag + u'>' + esc(b.title) + votes + u"</"_s + tag + u">\n"_s;
    if (!b.detail.isEmpty())
        out += u"<p>"_s + escLines(b.detail) + u"</p>\n"_s;
    QStringList facts = blockerFacts(b);
    for (QString& fact : facts)
        fact = esc(fact);
    if (!facts.isEmpty())
        out += u"<p class=\"facts\">"_s + facts.join(u" · ") + u"</p>\n"_s;
    if (b.solutions.isEmpty()) {
        out += u"<p>"_s + Tr::tr("No solutions were recorded.") + u"</p>\n"_s;
        return;
    }
    out += u"<ul>"_s;
    for (const QString& s : b.solutions)
        out += u"<li>"_s + escLines(s) + u"</li>"_s;
    out += u"</ul>\n"_s;
}

void topSection(const SummaryDocument& doc, QString& out) {
    out += u"<section id=\"top\"><h2>"_s +
           Tr::tr("Top %1 blockers and solutions").arg(doc.topRequested) + u"</h2>\n"_s;
    if (doc.top.empty()) {
        out += u"<p>"_s + esc(doc.noTop) + u"</p></section>\n"_s;
        return;
    }
    out += u"<p>"_s + esc(doc.votingLine) + u".</p>\n"_s;
    if (!doc.topNote.isEmpty())
        out += u"<p>"_s + esc(doc.topNote) + u"</p>\n"_s;
    out += barChartSvg(topBlockerBars(doc), Tr::tr("Votes for the top blockers"));
    for (const SummaryBlocker& b : doc.top) {
        out += u"<article class=\"blocker\">"_s;
        blocker(b, u"h3"_s, u" ("_s + esc(scoreText(doc.scoreMethod, b.score.value_or(0))) + u')',
                out);
        out += u"</article>\n"_s;
    }
    out += u"</section>\n"_s;
}

void othersSection(const SummaryDocument& doc, QString& out) {
    out += u"<section id=\"others\"><h2>"_s +
           Tr::tr("Other blockers and solutions discussed by groups") + u"</h2>\n"_s;
    for (const SummaryGroup& g : doc.others) {
        out += u"<section class=\"group\"><h3>"_s + esc(g.name) + u"</h3>\n"_s;
        for (const SummaryBlocker& b : g.blockers)
            blocker(b, u"h4"_s, QString(), out);
        out += u"</section>\n"_s;
    }
    if (doc.others.empty())
        out += u"<p>"_s + Tr::tr("None.") + u"</p>\n"_s;
    out += u"</section>\n"_s;
}

void journeysSection(const SummaryDocument& doc, QString& out) {
    if (doc.journeys.empty())
        return;
    out += u"<section id=\"journeys\"><h2>"_s + Tr::tr("User journeys") + u"</h2>\n"_s;
    for (const SummaryJourney& j : doc.journeys) {
        out +=
            u"<h3>"_s + esc(j.title) + u"</h3><p class=\"facts\">"_s + esc(j.facts) + u"</p>\n"_s;
        const auto [headings, rows] = journeyTable(j);
        out += htmlTable(headings, rows);
        out +=
            u"<figure class=\"journey\">"_s + journeyDiagramSvg(j.diagram, 640) + u"</figure>\n"_s;
        out += u"<p>"_s + esc(j.totals.join(u" · ")) + u"</p>\n"_s;
        if (!j.saving.isEmpty())
            out += u"<p><strong>"_s + esc(j.saving) + u".</strong></p>\n"_s;
        if (const QString sources = journeySources(j); !sources.isEmpty())
            out += u"<p class=\"facts\">"_s + esc(sources) + u"</p>\n"_s;
        if (!j.photo.isEmpty()) {
            out += u"<figure><img class=\"photo\" alt=\""_s +
                   esc(Tr::tr("Photo of the group's sketch of “%1”").arg(j.title)) +
                   u"\" src=\"data:image/jpeg;base64,"_s + QString::fromLatin1(j.photo.toBase64()) +
                   u"\"/></figure>\n"_s;
        }
    }
    out += u"</section>\n"_s;
}

void matrixSection(const ImpactEffortMatrix& matrix, QString& out) {
    if (matrix.empty())
        return;
    out += u"<section id=\"impact-effort\"><h2>"_s + esc(matrixTitle()) + u"</h2>\n<p>"_s +
           esc(matrixIntro()) + u"</p>\n<figure class=\"matrix\">"_s +
           impactEffortSvg(matrix, 460) + u"</figure>\n"_s;
    const auto [headings, rows] = matrixKey(matrix);
    out += htmlTable(headings, rows);
    if (const QString note = matrixUnscoredNote(matrix); !note.isEmpty())
        out += u"<p>"_s + esc(note) + u"</p>\n"_s;
    out += u"</section>\n"_s;
}

void sinceLastTimeSection(const SummarySinceLastTime& since, QString& out) {
    if (since.empty())
        return;
    out += u"<section id=\"since-last-time\"><h2>"_s + Tr::tr("Since last time") + u"</h2>\n<p>"_s +
           esc(since.counts) + u"</p>\n"_s + htmlTable(since.headings, since.rows) +
           u"</section>\n"_s;
}

void actionsSection(const SummaryDocument& doc, QString& out) {
    sinceLastTimeSection(doc.sinceLastTime, out);
    out += u"<section id=\"actions\"><h2>"_s + Tr::tr("Action plan") + u"</h2>\n"_s;
    std::vector<QStringList> rows;
    for (const SummaryAction& a : doc.actions)
        rows.push_back({a.due.isValid() ? a.due.toString(Qt::ISODate) : Tr::tr("no date"), a.owner,
                        a.solution, a.blocker});
    if (rows.empty())
        out += u"<p>"_s + Tr::tr("No solution has an owner or a due date yet.") + u"</p>\n"_s;
    else
        out += htmlTable({Tr::tr("Due"), Tr::tr("Owner"), Tr::tr("Solution"), Tr::tr("Blocker")},
                         rows);
    out += u"</section>\n"_s;
}

void roundsSection(const SummaryDocument& doc, QString& out) {
    out += u"<section id=\"rounds\"><h2>"_s + Tr::tr("Appendix: voting rounds") + u"</h2>\n"_s;
    for (const SummaryRound& r : doc.rounds) {
        out += u"<h3>"_s + esc(r.title) + u"</h3><p>"_s + esc(r.settings) + u"; "_s + esc(r.state) +
               u".</p>\n"_s;
        if (!r.withheld.isEmpty()) {
            out += u"<p>"_s + esc(r.withheld) + u"</p>\n"_s;
            continue;
        }
        const ResultsTable table = roundTable(r);
        out += htmlTable(table.headings, table.rows);
    }
    if (doc.rounds.empty())
        out += u"<p>"_s + Tr::tr("There was no voting.") + u"</p>\n"_s;
    out += u"</section>\n"_s;
}

} // namespace

QString barChartSvg(const std::vector<ChartBar>& bars, const QString& title) {
    if (bars.empty())
        return {};
    constexpr int rowHeight = 34;
    constexpr int labelWidth = 330;
    constexpr int barMax = 300;
    const int height = static_cast<int>(bars.size()) * rowHeight + 10;
    double maximum = 0;
    for (const ChartBar& bar : bars)
        maximum = std::max(maximum, bar.value);
    if (maximum <= 0)
        maximum = 1;
    QString svg =
        u"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\">"_s
            .arg(labelWidth + barMax + 60)
            .arg(height);
    svg += u"<title>"_s + esc(title) + u"</title>"_s;
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const ChartBar& bar = bars[i];
        const int y = static_cast<int>(i) * rowHeight + 5;
        const int width = static_cast<int>(barMax * bar.value / maximum);
        const QString label = bar.label.size() > 48 ? bar.label.left(46) + u'…' : bar.label;
        svg += u"<text x=\"%1\" y=\"%2\" text-anchor=\"end\" font-size=\"13\">%3</text>"_s
                   .arg(labelWidth - 8)
                   .arg(y + 20)
                   .arg(esc(label));
        svg += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"24\" fill=\"#1d70b8\"/>"_s
                   .arg(labelWidth)
                   .arg(y)
                   .arg(width);
        svg += u"<text x=\"%1\" y=\"%2\" font-size=\"13\">%3</text>"_s.arg(labelWidth + width + 6)
                   .arg(y + 17)
                   .arg(esc(bar.shown));
    }
    return svg + u"</svg>\n"_s;
}

QString htmlTable(const QStringList& headings, const std::vector<QStringList>& rows) {
    QString out = u"<table><thead><tr>"_s;
    for (const QString& h : headings)
        out += u"<th>"_s + esc(h) + u"</th>"_s;
    out += u"</tr></thead><tbody>"_s;
    for (const QStringList& row : rows) {
        out += u"<tr>"_s;
        for (const QString& cell : row)
            out += u"<td>"_s + escLines(cell) + u"</td>"_s;
        out += u"</tr>"_s;
    }
    out += u"</tbody></table>\n"_s;
    return out;
}

QString htmlStyle() {
    return QString::fromUtf16(kStyle);
}

QString writeHtml(const SummaryDocument& doc) {
    const QString title = summaryTitle(doc.details);
    QString out =
        u"<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head>"
        u"<meta charset=\"utf-8\"/><meta name=\"viewport\" content=\"width=device-width\"/><title>"_s +
        esc(title) + u"</title><style>"_s + htmlStyle() + u"</style></head>\n<body>\n<h1>"_s +
        esc(title) + u"</h1>\n"_s;
    if (doc.parts.titleBlock)
        titleBlock(doc, out);
    if (doc.parts.top)
        topSection(doc, out);
    if (doc.parts.others)
        othersSection(doc, out);
    if (doc.parts.journeys)
        journeysSection(doc, out);
    if (doc.parts.matrix)
        matrixSection(doc.matrix, out);
    if (doc.parts.actionPlan)
        actionsSection(doc, out);
    if (doc.parts.roundsAppendix)
        roundsSection(doc, out);
    return out + u"</body></html>\n"_s;
}

} // namespace unblock
