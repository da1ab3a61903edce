// Prints a large workshop's summary as PDF, against printing the same summary,
// pre-built as HTML, with a bare QTextDocument (what a program gets from Qt
// for free) in the same run. The figure that matters is the ratio, printed at
// the end.
//
//   bench-summary                  500 blockers, 1,500 solutions, 20 journeys
//   bench-summary --blockers=50    a smaller workshop (the test suite's smoke run)
#include "RatioReporter.h"
#include "report/HtmlWriter.h"
#include "report/PrintedSummary.h"
#include "report/Summary.h"
#include "support/LargeSession.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTextDocument>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstring>

using namespace unblock;

namespace {

int g_blockers = 500;
SummaryDocument g_summary;
QString g_html;

void BareQTextDocumentFromHtml(benchmark::State& state) {
    for (auto _ : state) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        QTextDocument document;
        document.setHtml(g_html);
        document.print(&pdf);
        benchmark::DoNotOptimize(bytes.size());
    }
}

void UnblockSummaryPdf(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(summaryPdf(g_summary).value().size());
}

} // namespace

BENCHMARK(BareQTextDocumentFromHtml)->Unit(benchmark::kMillisecond);
BENCHMARK(UnblockSummaryPdf)->Unit(benchmark::kMillisecond);

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    std::vector<char*> args;
    for (int i = 0; i < argc; ++i) {
        if (std::strncmp(argv[i], "--blockers=", 11) == 0)
            g_blockers = std::max(1, std::atoi(argv[i] + 11));
        else
            args.push_back(argv[i]);
    }
    int count = static_cast<int>(args.size());
    benchmark::Initialize(&count, args.data());

    const Result<SummaryDocument> summary = buildSummary(test::largeSession(g_blockers, 3, 20));
    if (!summary)
        return 1;
    g_summary = summary.value();
    g_html = writeHtml(g_summary);
    std::printf("A summary of %d blockers, %d solutions and 20 journeys.\n", g_blockers,
                g_blockers * 3);

    bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    const double baseline = reporter.time("BareQTextDocumentFromHtml");
    const double ours = reporter.time("UnblockSummaryPdf");
    if (baseline <= 0 || ours <= 0)
        return 1;
    std::printf("\nUnblock's PDF summary takes %.2f× the time of printing the same summary as "
                "HTML with a bare QTextDocument (%.0f ms against %.0f ms).\n",
                ours / baseline, ours, baseline);
    return 0;
}
