#include "report/MarkdownWriter.h"

#include "ranking/Ranking.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Summary)
};

void writeTitleBlock(const SummaryDocument& doc, QString& out) {
    const SessionDetails& d = doc.details;
    out += u"# "_s + escapeMarkdown(summaryTitle(d)) + u"\n\n"_s;
    auto field = [&out](const QString& label, const QString& value) {
        if (!value.isEmpty())
            out += u"- **"_s + label + u":** "_s + value + u'\n';
    };
    field(Tr::tr("Date"), summaryDate(d));
    field(Tr::tr("Venue"), escapeMarkdown(d.venue));
    field(Tr::tr("Facilitator"), escapeMarkdown(d.facilitator));
    field(Tr::tr("Attendees"), d.attendees > 0 ? QString::number(d.attendees) : QString());
    QStringList groups;
    for (const QString& g : doc.groups)
        groups << escapeMarkdown(g);
    field(Tr::tr("Groups"), groups.join(u", "));
    out += u'\n';
}

void writeBlocker(const SummaryBlocker& b, const QString& heading, const QString& votes,
                  QString& out) {
    out += heading + escapeMarkdown(b.title) + votes + u"\n\n"_s;
    if (!b.detail.isEmpty())
        out += escapeMarkdown(b.detail) + u"\n\n"_s;
    QStringList facts = blockerFacts(b);
    for (QString& fact : facts)
        fact = escapeMarkdown(fact);
    if (!facts.isEmpty())
        out += u'*' + facts.join(u" · ") + u"*\n\n"_s;
    if (b.solutions.isEmpty()) {
        out += Tr::tr("No solutions were recorded.") + u"\n\n"_s;
        return;
    }
    for (const QString& s : b.solutions)
        out += u"- "_s + escapeMarkdown(s) + u'\n';
    out += u'\n';
}

void writeTop(const SummaryDocument& doc, QString& out) {
    out += u"## "_s + Tr::tr("Top %1 blockers and solutions").arg(doc.topRequested) + u"\n\n"_s;
    if (doc.top.empty()) {
        out += escapeMarkdown(doc.noTop) + u"\n\n"_s;
        return;
    }
    out += doc.votingLine + u".\n\n"_s;
    if (!doc.topNote.isEmpty())
        out += doc.topNote + u"\n\n"_s;
    for (const SummaryBlocker& b : doc.top) {
        writeBlocker(b, u"### "_s + placeText(b) + u' ',
                     u" (%1)"_s.arg(scoreText(doc.scoreMethod, b.score.value_or(0))), out);
    }
}

void writeOthers(const SummaryDocument& doc, QString& out) {
    out += u"## "_s + Tr::tr("Other blockers and solutions discussed by groups") + u"\n\n"_s;
    if (doc.others.empty()) {
        out += Tr::tr("None.") + u"\n\n"_s;
        return;
    }
    for (const SummaryGroup& group : doc.others) {
        const QString name = escapeMarkdown(group.name);
        out += u"### "_s + name + u"\n\n"_s;
        for (const SummaryBlocker& b : group.blockers)
            writeBlocker(b, u"#### "_s, QString(), out);
    }
}

void writeJourneys(const SummaryDocument& doc, QString& out) {
    if (doc.journeys.empty())
        return;
    out += u"## "_s + Tr::tr("User journeys") + u"\n\n"_s;
    for (const SummaryJourney& j : doc.journeys) {
        out +=
            u"### "_s + escapeMarkdown(j.title) + u"\n\n*"_s + escapeMarkdown(j.facts) + u"*\n\n"_s;
        const auto [headings, rows] = journeyTable(j);
        out += markdownTable(headings, rows);
        out += escapeMarkdown(j.totals.join(u" · ")) + u"\n\n"_s;
        if (!j.saving.isEmpty())
            out += u"**"_s + escapeMarkdown(j.saving) + u".**\n\n"_s;
        if (const QString sources = journeySources(j); !sources.isEmpty())
            out += escapeMarkdown(sources) + u"\n\n"_s;
        // Markdown has no place for pictures inside the file itself.
        if (!j.photo.isEmpty())
            out += Tr::tr("A photo of the group's sketch is kept in the session file.") + u"\n\n"_s;
    }
}

// Markdown has no pictures of its own: the key stands for the matrix.
void writeMatrix(const ImpactEffortMatrix& matrix, QString& out) {
    if (matrix.empty())
        return;
    out += u"## "_s + matrixTitle() + u"\n\n"_s + escapeMarkdown(matrixIntro()) + u"\n\n"_s;
    const auto [headings, rows] = matrixKey(matrix);
    out += markdownTable(headings, rows);
    if (const QString note = matrixUnscoredNote(matrix); !note.isEmpty())
        out += escapeMarkdown(note) + u"\n\n"_s;
}

void writeSinceLastTime(const SummarySinceLastTime& since, QString& out) {
    if (since.empty())
        return;
    out += u"## "_s + Tr::tr("Since last time") + u"\n\n"_s + since.counts + u"\n\n"_s;
    out += markdownTable(since.headings, since.rows);
}

void writeActions(const SummaryDocument& doc, QString& out) {
    writeSinceLastTime(doc.sinceLastTime, out);
    out += u"## "_s + Tr::tr("Action plan") + u"\n\n"_s;
    if (doc.actions.empty()) {
        out += Tr::tr("No solution has an owner or a due date yet.") + u"\n\n"_s;
        return;
    }
    std::vector<QStringList> rows;
    for (const SummaryAction& a : doc.actions) {
        rows.push_back({a.due.isValid() ? a.due.toString(Qt::ISODate) : Tr::tr("no date"), a.owner,
                        a.solution, a.blocker});
    }
    out += markdownTable({Tr::tr("Due"), Tr::tr("Owner"), Tr::tr("Solution"), Tr::tr("Blocker")},
                         rows);
}

void writeRounds(const SummaryDocument& doc, QString& out) {
    out += u"## "_s + Tr::tr("Appendix: voting rounds") + u"\n\n"_s;
    if (doc.rounds.empty()) {
        out += Tr::tr("There was no voting.") + u"\n\n"_s;
        return;
    }
    for (const SummaryRound& r : doc.rounds) {
        out += u"### "_s + escapeMarkdown(r.title) + u"\n\n"_s + r.settings + u"; "_s + r.state +
               u".\n\n"_s;
        if (!r.withheld.isEmpty()) {
            out += escapeMarkdown(r.withheld) + u"\n\n"_s;
            continue;
        }
        const ResultsTable table = roundTable(r);
        out += markdownTable(table.headings, table.rows);
    }
}

} // namespace

namespace {

// Characters that format text wherever they stand.
bool isInlineSpecial(QChar c) {
    return QStringView(u"\\`*_[]<>|~").contains(c);
}

// Characters that start a heading, list, quote or rule at the start of a line.
bool isBlockMarker(QChar c) {
    return QStringView(u"#-+=").contains(c);
}

// "1." or "1)" at `i` of `line`, after only digits, would start a numbered list.
bool endsListNumber(QStringView line, qsizetype i) {
    if (i == 0 || (line.at(i) != u'.' && line.at(i) != u')'))
        return false;
    for (qsizetype j = 0; j < i; ++j) {
        if (!line.at(j).isDigit())
            return false;
    }
    return true;
}

// "&amp;" and "&#60;" are entities; a lone "&" is text.
bool startsEntity(const QString& line, qsizetype i) {
    return line.at(i) == u'&' && i + 1 < line.size() &&
           (line.at(i + 1).isLetterOrNumber() || line.at(i + 1) == u'#');
}

// A line's indent, kept as no-break spaces: Markdown reads four leading spaces
// (or a tab) as a code block and drops fewer, but a no-break space is text.
QString keptIndent(QStringView indent) {
    QString out;
    for (const QChar c : indent)
        out += c == u'\t' ? QString(4, QChar::Nbsp) : QString(QChar::Nbsp);
    return out;
}

QString escapeLine(const QString& line) {
    // An empty line would end the paragraph (and a list item with it).
    if (line.isEmpty())
        return QString(QChar::Nbsp);
    qsizetype indent = 0;
    while (indent < line.size() && (line.at(indent) == u' ' || line.at(indent) == u'\t'))
        ++indent;
    QString out = keptIndent(QStringView(line).left(indent));
    out.reserve(line.size() + 8);
    const QStringView text = QStringView(line).mid(indent);
    for (qsizetype i = indent; i < line.size(); ++i) {
        const QChar c = line.at(i);
        const bool atStart = i == indent;
        if (isInlineSpecial(c) || startsEntity(line, i) || (atStart && isBlockMarker(c)) ||
            endsListNumber(text, i - indent))
            out += u'\\';
        out += c;
    }
    return out;
}

// Each line escaped, with `lineBreak` between them.
QString escapeLines(const QString& text, const QString& lineBreak) {
    QStringList lines;
    for (const QString& line : text.split(u'\n'))
        lines << escapeLine(QString(line).remove(u'\r'));
    return lines.join(lineBreak);
}

// A table cell is one line of Markdown, and not every reader takes HTML's
// <br> there: its lines are joined with a slash.
QString escapeCell(const QString& text) {
    QStringList lines;
    for (const QString& line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines << escapeLine(QString(line).remove(u'\r').trimmed());
    }
    return lines.join(u" / "_s);
}

} // namespace

QString markdownTable(const QStringList& headings, const std::vector<QStringList>& rows) {
    QString out;
    QStringList escaped;
    for (const QString& h : headings)
        escaped << escapeCell(h);
    out +=
        u"| "_s + escaped.join(u" | "_s) + u" |\n|"_s + u"---|"_s.repeated(headings.size()) + u'\n';
    for (const QStringList& row : rows) {
        escaped.clear();
        for (const QString& cell : row)
            escaped << escapeCell(cell);
        out += u"| "_s + escaped.join(u" | "_s) + u" |\n"_s;
    }
    return out + u'\n';
}

QString escapeMarkdown(const QString& text) {
    // Two trailing spaces make a Markdown line break inside one paragraph.
    return escapeLines(text, u"  \n"_s);
}

QString writeMarkdown(const SummaryDocument& doc) {
    QString out;
    if (doc.parts.titleBlock)
        writeTitleBlock(doc, out);
    if (doc.parts.top)
        writeTop(doc, out);
    if (doc.parts.others)
        writeOthers(doc, out);
    if (doc.parts.journeys)
        writeJourneys(doc, out);
    if (doc.parts.matrix)
        writeMatrix(doc.matrix, out);
    if (doc.parts.actionPlan)
        writeActions(doc, out);
    if (doc.parts.roundsAppendix)
        writeRounds(doc, out);
    return out;
}

} // namespace unblock
