#include "report/CsvWriter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace unblock {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Summary", text);
}

void rowsFor(const SummaryBlocker& b, const QString& section, QString& out) {
    const QString rank = b.score ? QString::number(b.rank) : QString();
    const QString score = b.score ? QString::number(*b.score) : QString();
    const QString merged = b.mergedTitles.join(u"; ");
    if (b.solutions.isEmpty()) {
        out += csvRow({section, rank, score, b.group, b.category, b.title, merged, QString()});
        return;
    }
    for (const QString& solution : b.solutions)
        out += csvRow({section, rank, score, b.group, b.category, b.title, merged, solution});
}

} // namespace

QString csvCell(const QString& text) {
    QString cell = text;
    if (!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front()))
        cell.prepend(u'\'');
    const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') ||
                       cell.contains(u'\r') || cell != cell.trimmed();
    if (!quote)
        return cell;
    return u'"' + cell.replace(u"\""_s, u"\"\""_s) + u'"';
}

QByteArray writeCsv(const SummaryDocument& doc) {
    QString out = csvRow({tr("Section"), tr("Rank"), tr("Votes"), tr("Group"), tr("Category"),
                          tr("Blocker"), tr("Merged with"), tr("Solution")});
    for (const SummaryBlocker& b : doc.top)
        rowsFor(b, tr("Top"), out);
    for (const SummaryGroup& g : doc.others) {
        for (const SummaryBlocker& b : g.blockers)
            rowsFor(b, tr("Other"), out);
    }
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
