#include "report/SummaryFormats.h"

#include "report/CsvWriter.h"
#include "report/HtmlWriter.h"
#include "report/MarkdownWriter.h"
#include "report/PrintedSummary.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace unblock {

namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Summary)
};

} // namespace

std::optional<SummaryFormat> summaryFormatNamed(const QString& name) {
    const QString word = name.toLower();
    if (word == u"pdf")
        return SummaryFormat::Pdf;
    if (word == u"odt")
        return SummaryFormat::Odt;
    if (word == u"html" || word == u"htm")
        return SummaryFormat::Html;
    if (word == u"md" || word == u"markdown")
        return SummaryFormat::Markdown;
    if (word == u"csv")
        return SummaryFormat::Csv;
    return std::nullopt;
}

QString summaryFileFilters() {
    return Tr::tr("PDF (*.pdf)") + u";;"_s +
           Tr::tr("OpenDocument text, for Word and LibreOffice (*.odt)") + u";;"_s +
           Tr::tr("Web page (*.html)") + u";;"_s + Tr::tr("Markdown (*.md)") + u";;"_s +
           Tr::tr("Spreadsheet, one row per solution (*.csv)");
}

bool isBinary(SummaryFormat format) {
    return format == SummaryFormat::Pdf || format == SummaryFormat::Odt;
}

Result<QByteArray> writeSummary(const SummaryDocument& doc, SummaryFormat format) {
    switch (format) {
    case SummaryFormat::Pdf:
        return summaryPdf(doc);
    case SummaryFormat::Odt:
        return summaryOdt(doc);
    case SummaryFormat::Html:
        return writeHtml(doc).toUtf8();
    case SummaryFormat::Markdown:
        return writeMarkdown(doc).toUtf8();
    case SummaryFormat::Csv:
        return writeCsv(doc);
    }
    return Error{ErrorCode::InvalidInput,
                 QCoreApplication::translate("Summary", "Unknown format.")};
}

} // namespace unblock
