// Opens, ranks and summarises a session whose blockers were merged one into
// the next (a chain as long as the session), against the same session with
// no merges, in the same run. Merges used to be followed blocker by blocker:
// 20,000 in a chain took 11 s (quadratic). The ratio is what matters.
//
//   bench-merge-chain                  20,000 blockers
//   bench-merge-chain --blockers=2000  a smaller session (the test suite's smoke run)
#include "RatioReporter.h"
#include "ranking/Ranking.h"
#include "report/Summary.h"
#include "report/SummaryFormats.h"
#include "store/Rounds.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"

#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstring>

using namespace unblock;

namespace {

int g_blockers = 20000;
QString g_flat;
QString g_chain;

void fail(const Error& error) {
    std::fprintf(stderr, "bench-merge-chain: %s\n", error.message.toUtf8().constData());
    std::exit(1);
}

// Blockers 1..n and a round on them; in the chain each is merged into the next.
void buildSession(const QString& path, bool chained) {
    auto created = store::SessionFile::create(path);
    if (!created)
        fail(created.error());
    store::SessionFile& file = *created.value();
    if (auto round = store::startRound(
            file, {QStringLiteral("Bench"), RoundSubject::Blockers, {}, VoteMethod::Dots, 3, {}});
        !round)
        fail(round.error());
    auto written = file.write([&](store::Database& db) {
        store::Statement insert =
            db.prepare("INSERT INTO blockers(id, title, created, position) VALUES (?, ?, "
                       "'2026-11-22T10:00:00.000Z', ?)");
        store::Statement item =
            db.prepare("INSERT INTO round_items(round_id, item_id) VALUES (1, ?)");
        for (int i = 1; i <= g_blockers; ++i) {
            insert.bind(1, i).bind(2, QStringLiteral("Blocker %1").arg(i)).bind(3, i).run();
            item.bind(1, i).run();
        }
        if (chained)
            db.exec("UPDATE blockers SET merged_into = id + 1 WHERE id < "
                    "(SELECT max(id) FROM blockers)");
        db.exec("INSERT INTO tallies(round_id, item_id, dots) SELECT 1, id, 1 FROM blockers");
    });
    if (!written)
        fail(written.error());
}

void openRankAndSummarise(benchmark::State& state, const QString& path) {
    for (auto _ : state) {
        auto file = store::SessionFile::open(path, store::OpenMode::ReadOnly);
        if (!file)
            fail(file.error());
        auto data = store::loadSession(*file.value(), store::Photos::Leave);
        auto input = store::loadRoundInput(*file.value(), 1);
        if (!data || !input)
            fail(data ? input.error() : data.error());
        benchmark::DoNotOptimize(rank(input.value()).rows.data());
        auto summary = buildSummary(data.value());
        if (!summary)
            fail(summary.error());
        benchmark::DoNotOptimize(writeSummary(summary.value(), SummaryFormat::Markdown));
    }
}

void NoMerges(benchmark::State& state) {
    openRankAndSummarise(state, g_flat);
}

void OneChainOfMerges(benchmark::State& state) {
    openRankAndSummarise(state, g_chain);
}

} // namespace

BENCHMARK(NoMerges)->Unit(benchmark::kMillisecond);
BENCHMARK(OneChainOfMerges)->Unit(benchmark::kMillisecond);

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    std::vector<char*> args;
    for (int i = 0; i < argc; ++i) {
        if (std::strncmp(argv[i], "--blockers=", 11) == 0)
            g_blockers = std::max(2, std::atoi(argv[i] + 11));
        else
            args.push_back(argv[i]);
    }
    int count = static_cast<int>(args.size());
    benchmark::Initialize(&count, args.data());

    QTemporaryDir dir;
    g_flat = dir.filePath(QStringLiteral("flat.unblock"));
    g_chain = dir.filePath(QStringLiteral("chain.unblock"));
    buildSession(g_flat, false);
    buildSession(g_chain, true);

    bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    const double flat = reporter.time("NoMerges");
    const double chain = reporter.time("OneChainOfMerges");
    if (flat <= 0 || chain <= 0)
        return 1;
    std::printf("\nOpening, ranking and summarising %d blockers merged one into the next takes "
                "%.2f× the time of the same blockers unmerged (%.1f ms against %.1f ms).\n",
                g_blockers, chain / flat, chain, flat);
    return 0;
}
