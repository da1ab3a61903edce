// Ranks a round of dot votes read from a session file, against the plain SQL
// GROUP BY of the same votes in the same run. The machines are shared and
// noisy, so the figure that matters is the ratio, printed at the end.
//
//   bench-ranking                    1,000,000 votes: 1,000 voters × 1,000 blockers each, of 5,000
//   bench-ranking --votes=20000      a smaller round (the test suite's smoke run)
#include "RatioReporter.h"
#include "ranking/Ranking.h"
#include "store/Blockers.h"
#include "store/Rounds.h"
#include "store/SessionFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstring>
#include <numeric>
#include <sqlite3.h>

using namespace unblock;

namespace {

constexpr int kBlockers = 5000;
constexpr int kVotesPerVoter = 1000;
int g_voters = 1000;
QString g_path;
Id g_round = 0;

void fail(const Error& error) {
    std::fprintf(stderr, "bench-ranking: %s\n", error.message.toUtf8().constData());
    std::exit(1);
}

// The session: 5,000 blockers and one dot round in which each voter puts one
// dot on each of 1,000 different blockers (budget 1,000), cast through the
// store as real ballots are.
void buildSession(const QString& path) {
    auto created = store::SessionFile::create(path);
    if (!created)
        fail(created.error());
    store::SessionFile& file = *created.value();
    std::vector<Id> blockers;
    auto batch = file.write([&](store::Database& db) {
        store::Statement insert = db.prepare("INSERT INTO blockers(title, created, position) "
                                             "VALUES (?, '2026-11-22T10:00:00.000Z', ?)");
        for (int i = 0; i < kBlockers; ++i) {
            insert.bind(1, QStringLiteral("Blocker %1").arg(i)).bind(2, i).run();
            blockers.push_back(db.lastInsertId());
        }
    });
    if (!batch)
        fail(batch.error());
    auto round = store::startRound(file, {QStringLiteral("Bench"),
                                          RoundSubject::Blockers,
                                          {},
                                          VoteMethod::Dots,
                                          kVotesPerVoter,
                                          {}});
    if (!round)
        fail(round.error());
    g_round = round.value();
    QRandomGenerator random(20261122);
    std::vector<int> order(kBlockers);
    for (int voter = 0; voter < g_voters; ++voter) {
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), random);
        std::vector<BallotEntry> ballot;
        for (int i = 0; i < kVotesPerVoter; ++i)
            ballot.push_back(
                {blockers[static_cast<std::size_t>(order[static_cast<std::size_t>(i)])], 1});
        if (auto cast =
                store::castBallot(file, g_round, QStringLiteral("voter-%1").arg(voter), ballot);
            !cast)
            fail(cast.error());
    }
}

void RankFromSessionFile(benchmark::State& state) {
    auto file = store::SessionFile::open(g_path, store::OpenMode::ReadOnly);
    if (!file)
        fail(file.error());
    for (auto _ : state) {
        auto input = store::loadRoundInput(*file.value(), g_round);
        if (!input)
            fail(input.error());
        RankingResult result = rank(input.value());
        benchmark::DoNotOptimize(result.rows.data());
    }
    state.SetItemsProcessed(state.iterations() * g_voters * kVotesPerVoter);
}

void SqlGroupBy(benchmark::State& state) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(QFile::encodeName(g_path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT item_id, sum(value), count(*) FROM votes WHERE round_id = ? "
                       "GROUP BY item_id",
                       -1, &st, nullptr);
    for (auto _ : state) {
        sqlite3_bind_int64(st, 1, g_round);
        qint64 total = 0;
        while (sqlite3_step(st) == SQLITE_ROW)
            total += sqlite3_column_int64(st, 1);
        sqlite3_reset(st);
        benchmark::DoNotOptimize(total);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    state.SetItemsProcessed(state.iterations() * g_voters * kVotesPerVoter);
}

} // namespace

BENCHMARK(SqlGroupBy)->Unit(benchmark::kMillisecond);
BENCHMARK(RankFromSessionFile)->Unit(benchmark::kMillisecond);

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    std::vector<char*> args;
    for (int i = 0; i < argc; ++i) {
        if (std::strncmp(argv[i], "--votes=", 8) == 0)
            g_voters = std::max(1, std::atoi(argv[i] + 8) / kVotesPerVoter);
        else
            args.push_back(argv[i]);
    }
    int count = static_cast<int>(args.size());
    benchmark::Initialize(&count, args.data());

    QTemporaryDir dir;
    g_path = dir.filePath(QStringLiteral("bench.unblock"));
    std::printf("Building a session: %d blockers, %d voters, %d dot votes...\n", kBlockers,
                g_voters, g_voters * kVotesPerVoter);
    std::fflush(stdout);
    buildSession(g_path);

    bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    const double baseline = reporter.time("SqlGroupBy");
    const double ours = reporter.time("RankFromSessionFile");
    if (baseline <= 0 || ours <= 0)
        return 1;
    std::printf("\nRanking %d votes from the session file takes %.2f× the time of a plain SQL "
                "GROUP BY over them (%.1f ms against %.1f ms).\n",
                g_voters * kVotesPerVoter, ours / baseline, ours, baseline);
    return 0;
}
