#include "report/CsvWriter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Summary)
};

void rowsFor(const SummaryBlocker& b, const QString& section, QString& out) {
    // "2=" for a tie, as every screen shows it.
    const QString rank =
        b.score ? QString::number(b.rank) + (b.tied ? u"="_s : QString()) : QString();
    const QString score = b.score ? QString::number(*b.score) : QString();
    const QString merged = b.mergedTitles.join(u"; ");
    const QString journeys = b.journeys.join(u"; ");
    const QStringList solutions = b.solutions.isEmpty() ? QStringList{QString()} : b.solutions;
    for (const QString& solution : solutions) {
        out += csvRow({section, rank, score, b.group, b.category, b.title, merged, solution,
                       journeys, b.detail});
    }
}

// Journeys follow the blockers as a second table, after a blank row, with
// their own headings: a spreadsheet shows both, one under the other.
void journeyRows(const SummaryDocument& doc, QString& out) {
    if (doc.journeys.empty())
        return;
    out += u"\r\n"_s;
    const SummaryJourney none;
    QStringList headings{Tr::tr("Journey")};
    headings += journeyTable(none).first;
    out += csvRow(headings);
    for (const SummaryJourney& j : doc.journeys) {
        for (const QStringList& row : journeyTable(j).second)
            out += csvRow(QStringList{j.title} + row);
        out += csvRow({j.title, j.totals.join(u" · ") +
                                    (j.saving.isEmpty() ? QString() : u" · "_s + j.saving)});
    }
}

// The impact and effort matrix's key: a table of its own.
void matrixRows(const ImpactEffortMatrix& matrix, QString& out) {
    if (matrix.empty())
        return;
    out += u"\r\n"_s + csvRow({matrixTitle(), matrixIntro()});
    const auto [headings, rows] = matrixKey(matrix);
    out += csvRow(headings);
    for (const QStringList& row : rows)
        out += csvRow(row);
}

// What became of the actions carried from earlier workshops: a third table.
void sinceLastTimeRows(const SummarySinceLastTime& since, QString& out) {
    if (since.empty())
        return;
    out += u"\r\n"_s + csvRow({Tr::tr("Since last time"), since.counts});
    out += csvRow(since.headings);
    for (const QStringList& row : since.rows)
        out += csvRow(row);
}

} // namespace

bool csvNeutralises(QStringView text) {
    return !text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front());
}

QString csvCell(const QString& text) {
    QString cell = text;
    if (csvNeutralises(cell))
        cell.prepend(u'\'');
    const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') ||
                       cell.contains(u'\r') || cell != cell.trimmed();
    if (!quote)
        return cell;
    return u'"' + cell.replace(u"\""_s, u"\"\""_s) + u'"';
}

QByteArray writeCsv(const SummaryDocument& doc) {
    QString out = csvRow({Tr::tr("Section"), Tr::tr("Rank"), Tr::tr("Votes"), Tr::tr("Group"),
                          Tr::tr("Category"), Tr::tr("Blocker"), Tr::tr("Merged with"),
                          Tr::tr("Solution"), Tr::tr("A pain point in"), Tr::tr("Detail")});
    for (const SummaryBlocker& b : doc.top)
        rowsFor(b, Tr::tr("Top"), out);
    for (const SummaryGroup& g : doc.others) {
        for (const SummaryBlocker& b : g.blockers)
            rowsFor(b, Tr::tr("Other blockers"), out);
    }
    journeyRows(doc, out);
    matrixRows(doc.matrix, out);
    sinceLastTimeRows(doc.sinceLastTime, out);
    return csvForExcel(out);
}

QString csvRow(const QStringList& cells) {
    QStringList out;
    for (const QString& cell : cells)
        out << csvCell(cell);
    return out.join(u',') + u"\r\n"_s;
}

QByteArray csvForExcel(const QString& rows) {
    return QByteArray("\xEF\xBB\xBF") + rows.toUtf8();
}

} // namespace unblock
