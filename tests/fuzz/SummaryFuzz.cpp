// Every summary writer and the comparison, driven by a fuzzed session (the
// session JSON format, so the seed corpus holds real workshops). The printed
// forms cost far more than the others: one input in eight also prints a PDF
// (laid out, paginated and drawn) and writes an ODT.
#include "FuzzSupport.h"
#include "io/JsonFormat.h"
#include "report/Comparison.h"
#include "report/PrintedSummary.h"
#include "report/Summary.h"
#include "report/SummaryFormats.h"

#include <QHash>

using namespace unblock;

namespace {

void writeOrDie(const SummaryDocument& summary, SummaryFormat format) {
    const Result<QByteArray> written = writeSummary(summary, format);
    if (!written)
        qFatal("fuzz: the summary was not written: %s", qPrintable(written.error().message));
}

void compare(const SessionData& session) {
    const std::vector<WorkshopSession> workshops = {{QStringLiteral("First"), session},
                                                    {QStringLiteral("Second"), session}};
    const Comparison comparison = compareWorkshops(workshops);
    for (const ComparisonFormat format :
         {ComparisonFormat::Html, ComparisonFormat::Markdown, ComparisonFormat::Csv})
        (void)writeComparison(comparison, format);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::startQt();
    const QByteArray input = fuzz::bytes(data, size);
    const Result<SessionData> session = importJson(input);
    if (!session)
        return 0;
    const Result<SummaryDocument> summary = buildSummary(session.value());
    if (summary) {
        for (const SummaryFormat format :
             {SummaryFormat::Markdown, SummaryFormat::Html, SummaryFormat::Csv})
            writeOrDie(summary.value(), format);
        if (qHash(input) % 8 == 0) {
            writeOrDie(summary.value(), SummaryFormat::Pdf);
            writeOrDie(summary.value(), SummaryFormat::Odt);
        }
    }
    compare(session.value());
    return 0;
}
