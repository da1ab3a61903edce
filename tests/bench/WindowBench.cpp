// The real main window (offscreen) on a small and a very large workshop:
// how long until the board is first painted, the CPU each edit costs, and
// how the memory grows while a facilitator works. Each size runs in a
// process of its own (so one's memory is not the other's), and the figures
// that matter are the ratios of the large to the small, printed at the end.
//
// The edits, as a facilitator makes them: 100 blockers typed into the
// capture line, each with a solution typed under it; 100 titles renamed in
// the board; 20 merges; and those 20 merges undone with Ctrl+Z.
//
//   bench-window                       50 against 5,000 blockers, 3 runs each
//   bench-window --small=20 --large=200 --runs=1   the test suite's smoke run
//   bench-window --measure=N           one size, its figures as one line
#include "app/FakePrompts.h"
#include "board/BoardModel.h"
#include "board/BoardPage.h"
#include "board/CaptureLine.h"
#include "document/Edits.h"
#include "document/SessionDocument.h"
#include "io/SessionValidation.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"
#include "support/LargeSession.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <unistd.h>
#include <vector>

using namespace unblock;

namespace {

struct Figures {
    double firstPaintMs = 0;
    double cpuPerEditMs = 0;
    double rssOpenMb = 0;
    double rssAfterMb = 0;
    int edits = 0;
};

double cpuMs() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

[[noreturn]] void fail(const QString& why) {
    std::fprintf(stderr, "bench-window: %s\n", qPrintable(why));
    std::exit(2);
}

// Resident memory, from /proc (Linux, where the benchmark runs).
double rssMb() {
    QFile status(QStringLiteral("/proc/self/statm"));
    const QList<QByteArray> fields =
        status.open(QIODevice::ReadOnly) ? status.readAll().split(' ') : QList<QByteArray>();
    bool read = fields.size() > 1;
    const double pages = read ? fields[1].toDouble(&read) : 0;
    if (!read)
        fail(QStringLiteral("the resident memory could not be read from /proc/self/statm"));
    return pages * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

// Counts the board's paints, so the first can be timed.
class PaintWatch : public QObject {
public:
    bool painted = false;
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

void settle() {
    QApplication::processEvents();
}

// From opening the file to the board's first paint. The machine is shared,
// so the best of three opens is taken, each of a copy of its own.
double firstPaintMs(app::MainWindow& window, const QStringList& copies,
                    test::FakePrompts& prompts) {
    double best = 0;
    for (const QString& path : copies) {
        PaintWatch watch;
        QElapsedTimer clock;
        clock.start();
        if (!window.openSession(path))
            fail(prompts.errors.join(u' '));
        window.boardPage()->tree()->viewport()->installEventFilter(&watch);
        while (!watch.painted)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        best = best == 0 ? ms : std::min(best, ms);
        settle();
    }
    return best;
}

Figures measure(int blockers) {
    QTemporaryDir dir;
    QStringList copies;
    {
        const SessionData data = test::largeSession(blockers, 3);
        for (int copy = 0; copy < 3; ++copy) {
            copies << dir.filePath(QStringLiteral("large-%1.unblock").arg(copy));
            auto file = store::SessionFile::create(copies.back());
            Status written = validateSession(data);
            if (written)
                written = file ? store::writeSession(*file.value(), data) : file.error();
            if (!written)
                fail(written.error().message);
        }
    }
    test::FakePrompts prompts;
    app::MainWindow window(prompts);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        fail(QStringLiteral("the window was not shown"));
    Figures f;
    f.firstPaintMs = firstPaintMs(window, copies, prompts);
    f.rssOpenMb = rssMb();

    app::SessionDocument& doc = *window.document();
    app::BoardPage* board = window.boardPage();
    const double before = cpuMs();
    for (int i = 0; i < 100; ++i) {
        board->blockerEdit()->setFocus();
        QTest::keyClicks(board->blockerEdit(), QStringLiteral("New blocker %1").arg(i));
        QTest::keyClick(board->blockerEdit(), Qt::Key_Return);
        settle();
        QTest::keyClicks(board->solutionEdit(), QStringLiteral("Its solution %1").arg(i));
        QTest::keyClick(board->solutionEdit(), Qt::Key_Return);
        settle();
        f.edits += 2;
    }
    app::BoardModel* model = board->model();
    for (int i = 0; i < 100; ++i) {
        const Id id = doc.data().blockers[static_cast<std::size_t>(i * blockers / 100)].id;
        model->setData(model->indexOf(app::BoardModel::Kind::Blocker, id),
                       QStringLiteral("Renamed %1").arg(i));
        settle();
        ++f.edits;
    }
    for (int i = 0; i < 20; ++i) {
        const Id source = doc.data().blockers[static_cast<std::size_t>(2 * i + 1)].id;
        const Id target = doc.data().blockers[static_cast<std::size_t>(2 * i)].id;
        app::edits::mergeBlockers(doc, source, target);
        settle();
        ++f.edits;
    }
    for (int i = 0; i < 20; ++i) {
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        settle();
        ++f.edits;
    }
    f.cpuPerEditMs = (cpuMs() - before) / f.edits;
    f.rssAfterMb = rssMb();
    if (!prompts.errors.isEmpty())
        fail(prompts.errors.join(u' '));
    return f;
}

// Runs one size in a fresh process and reads its figures back.
bool measureApart(const QString& program, int blockers, Figures& f) {
    QProcess child;
    child.start(program, {QStringLiteral("--measure=%1").arg(blockers)});
    if (!child.waitForFinished(600'000) || child.exitCode() != 0) {
        std::fprintf(stderr, "bench-window: the run on %d blockers failed: %s\n", blockers,
                     child.readAllStandardError().constData());
        return false;
    }
    const QByteArray output = child.readAllStandardOutput().trimmed();
    const QList<QByteArray> v = output.split(' ');
    if (v.size() != 5) {
        std::fprintf(stderr, "bench-window: the run on %d blockers printed \"%s\", not 5 figures\n",
                     blockers, output.constData());
        return false;
    }
    f = {v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble(), v[4].toInt()};
    return true;
}

// Each figure's median over the runs (the middle one of an odd count).
Figures median(std::vector<Figures> runs) {
    const auto middle = [&](double Figures::*field) {
        std::vector<double> values;
        for (const Figures& f : runs)
            values.push_back(f.*field);
        std::sort(values.begin(), values.end());
        return values[values.size() / 2];
    };
    Figures m = runs.front();
    m.firstPaintMs = middle(&Figures::firstPaintMs);
    m.cpuPerEditMs = middle(&Figures::cpuPerEditMs);
    m.rssOpenMb = middle(&Figures::rssOpenMb);
    m.rssAfterMb = middle(&Figures::rssAfterMb);
    return m;
}

int intArgument(int argc, char** argv, const char* name, int fallback) {
    const std::size_t length = std::strlen(name);
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], name, length) == 0)
            return std::atoi(argv[i] + length);
    }
    return fallback;
}

void report(const char* what, double ratio, double goal) {
    std::printf("%-52s %5.2f  (goal ≤ %.1f: %s)\n", what, ratio, goal,
                ratio <= goal ? "reached" : "NOT reached");
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Unblock benchmarks"));
    QApplication::setApplicationName(QStringLiteral("bench-window"));
    QTemporaryDir settings; // the user's own settings are never touched
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());

    if (const int one = intArgument(argc, argv, "--measure=", 0); one > 0) {
        const Figures f = measure(one);
        std::printf("%.3f %.4f %.2f %.2f %d\n", f.firstPaintMs, f.cpuPerEditMs, f.rssOpenMb,
                    f.rssAfterMb, f.edits);
        return 0;
    }
    const int small = intArgument(argc, argv, "--small=", 50);
    const int large = intArgument(argc, argv, "--large=", 5000);
    const int runs = std::max(1, intArgument(argc, argv, "--runs=", 3));
    // The sizes take turns, and each figure is the median of its runs: a
    // moment when the shared machine is busy does not fall on one size alone.
    std::vector<Figures> smallRuns;
    std::vector<Figures> largeRuns;
    const QString self = QApplication::applicationFilePath();
    for (int run = 0; run < runs; ++run) {
        Figures s;
        Figures l;
        if (!measureApart(self, small, s) || !measureApart(self, large, l))
            return 1;
        smallRuns.push_back(s);
        largeRuns.push_back(l);
    }
    const Figures s = median(smallRuns);
    const Figures l = median(largeRuns);
    for (const auto& [blockers, f] : {std::pair(small, s), std::pair(large, l)}) {
        std::printf("%5d blockers: first paint %7.1f ms, %.2f ms CPU per edit (%d edits), "
                    "%.0f MB after opening, %.0f MB after the edits\n",
                    blockers, f.firstPaintMs, f.cpuPerEditMs, f.edits, f.rssOpenMb, f.rssAfterMb);
    }
    std::printf("\n");
    report("CPU per edit, large as a ratio to small", l.cpuPerEditMs / s.cpuPerEditMs, 1.5);
    report("RSS after the edits as a ratio to after opening (large)", l.rssAfterMb / l.rssOpenMb,
           1.3);
    report("First painted board, large as a ratio to small", l.firstPaintMs / s.firstPaintMs, 1.5);
    return 0;
}
