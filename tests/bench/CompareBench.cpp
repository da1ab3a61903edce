// Compares a programme of generated workshops from their session files, as
// `unblock-cli compare` does (open each read-only, compare, write Markdown,
// HTML and CSV), against only opening and reading the same files in the same
// run: the machines are shared and noisy, so the ratio is the figure that
// holds; the absolute times are checked against the goals too.
//
//   bench-compare                    400 workshops, then 4,000 (goals: 2 s and 20 s)
//   bench-compare --workshops=40     one smaller programme (the suite's smoke run)
//   bench-compare --keep=FOLDER      leaves the files in FOLDER, to time `unblock-cli compare`
#include "RatioReporter.h"
#include "report/Comparison.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"
#include "support/GeneratedProgramme.h"

#include <QDir>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstring>
#include <optional>

using namespace unblock;

namespace {

QStringList g_paths;
QString g_keep; // where to leave the generated files; a temporary folder if empty

void fail(const Error& error) {
    std::fprintf(stderr, "bench-compare: %s\n", error.message.toUtf8().constData());
    std::exit(1);
}

QStringList writeProgramme(const QString& folder, int workshops) {
    QStringList paths;
    for (const WorkshopSession& workshop : test::generatedProgramme(workshops)) {
        const QString path = QStringLiteral("%1/workshop-%2.unblock").arg(folder).arg(paths.size());
        auto file = store::SessionFile::create(path);
        if (!file)
            fail(file.error());
        if (Status written = store::writeSession(*file.value(), workshop.data); !written)
            fail(written.error());
        paths << path;
    }
    return paths;
}

void OpenAndReadEachFile(benchmark::State& state) {
    for (auto _ : state) {
        for (const QString& path : g_paths) {
            auto file = store::SessionFile::open(path, store::OpenMode::ReadOnly);
            if (!file)
                fail(file.error());
            benchmark::DoNotOptimize(store::loadSession(*file.value()).value().blockers.size());
        }
    }
}

void CompareAndWriteEveryFormat(benchmark::State& state) {
    for (auto _ : state) {
        Result<std::vector<WorkshopSession>> sessions = loadWorkshops(g_paths);
        if (!sessions)
            fail(sessions.error());
        const Comparison comparison = compareWorkshops(sessions.value());
        for (const ComparisonFormat format :
             {ComparisonFormat::Markdown, ComparisonFormat::Html, ComparisonFormat::Csv})
            benchmark::DoNotOptimize(writeComparison(comparison, format).size());
    }
}

// Runs both benchmarks over `workshops` files; false if a goal is set and missed.
bool measure(int workshops, std::optional<double> goalSeconds) {
    QTemporaryDir temporary;
    const QString folder =
        g_keep.isEmpty() ? temporary.path() : g_keep + QStringLiteral("/%1").arg(workshops);
    if (!QDir().mkpath(folder))
        fail({ErrorCode::IoError, QStringLiteral("cannot make %1").arg(folder)});
    g_paths = writeProgramme(folder, workshops);
    std::printf("\n%d workshops of 24 blockers each, in session files:\n", workshops);
    benchmark::ClearRegisteredBenchmarks();
    benchmark::RegisterBenchmark("OpenAndReadEachFile", OpenAndReadEachFile)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("CompareAndWriteEveryFormat", CompareAndWriteEveryFormat)
        ->Unit(benchmark::kMillisecond);
    bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    const double baseline = reporter.time("OpenAndReadEachFile");
    const double ours = reporter.time("CompareAndWriteEveryFormat");
    if (baseline <= 0 || ours <= 0)
        return false;
    std::printf("Comparing %d workshops and writing every format takes %.2f× the time of only "
                "reading their files (%.2f s against %.2f s).\n",
                workshops, ours / baseline, ours / 1000, baseline / 1000);
    if (!goalSeconds)
        return true;
    const bool reached = ours / 1000 < *goalSeconds;
    std::printf("The goal, under %.0f s, is %s.\n", *goalSeconds,
                reached ? "reached" : "NOT reached");
    return reached;
}

} // namespace

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // The goals: 400 workshops in under 2 seconds, 4,000 in under 20.
    std::vector<std::pair<int, std::optional<double>>> programmes = {{400, 2.0}, {4000, 20.0}};
    std::vector<char*> args;
    for (int i = 0; i < argc; ++i) {
        if (std::strncmp(argv[i], "--workshops=", 12) == 0)
            programmes = {{std::max(2, std::atoi(argv[i] + 12)), std::nullopt}};
        else if (std::strncmp(argv[i], "--keep=", 7) == 0)
            g_keep = QString::fromLocal8Bit(argv[i] + 7);
        else
            args.push_back(argv[i]);
    }
    int count = static_cast<int>(args.size());
    benchmark::Initialize(&count, args.data());
    bool reached = true;
    for (const auto& [workshops, goal] : programmes)
        reached = measure(workshops, goal) && reached;
    return reached ? 0 : 1;
}
