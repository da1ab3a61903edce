#include "report/SummaryFormats.h"

#include "report/CsvWriter.h"
#include "report/HtmlWriter.h"
#include "report/MarkdownWriter.h"
#include "report/PrintedSummary.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace unblock {

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
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("Summary", text);
    };
    return tr("PDF (*.pdf)") + u";;"_s + tr("OpenDocument text, for Word and LibreOffice (*.odt)") +
           u";;"_s + tr("Web page (*.html)") + u";;"_s + tr("Markdown (*.md)") + u";;"_s +
           tr("Spreadsheet, one row per solution (*.csv)");
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
