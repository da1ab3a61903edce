#include "report/SharedLearning.h"

#include "model/ActionPlan.h"
#include "report/MarkdownWriter.h"
#include "report/Summary.h"
#include "store/Blockers.h"
#include "store/Snapshot.h"
#include "support/GeneratedText.h"
#include "support/HostileLibrary.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <atomic>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

Blocker blocker(Id id, const QString& title) {
    Blocker b;
    b.id = id;
    b.title = title;
    b.created = QDateTime(QDate(2026, 3, 12), QTime(10, 0), Qt::UTC);
    b.position = static_cast<int>(id);
    return b;
}

Solution solution(Id id, Id blockerId, const QString& text) {
    Solution s;
    s.id = id;
    s.blockerId = blockerId;
    s.text = text;
    s.position = static_cast<int>(id);
    return s;
}

// Caerdydd: money (with "Lack of funding" merged into it), and fear of
// change; the room voted on the money blocker's solutions on paper.
SessionData caerdydd() {
    SessionData data;
    data.details.title = u"Caerdydd"_s;
    data.details.date = QDate(2026, 3, 12);
    Blocker funding = blocker(3, u"Lack of funding"_s);
    funding.mergedInto = 1;
    data.blockers = {blocker(1, u"No money for new systems"_s), blocker(2, u"Fear of change"_s),
                     funding};
    data.solutions = {solution(1, 1, u"Pool budgets with the neighbours"_s),
                      solution(2, 1, u"Bid for national funding"_s),
                      solution(3, 2, u"Show quick wins"_s),
                      solution(4, 3, u"Share a finance officer"_s)};
    Round round;
    round.id = 1;
    round.title = u"Money"_s;
    round.subject = RoundSubject::Solutions;
    round.subjectBlockerId = 1;
    round.state = RoundState::Revealed;
    round.paperVoters = 7;
    round.created = QDateTime(QDate(2026, 3, 12), QTime(15, 0), Qt::UTC);
    round.items = {1, 2, 4};
    round.tallies = {{2, 5}, {1, 2}};
    data.rounds = {round};
    return data;
}

// Abertawe, later, wrote one of Caerdydd's solutions its own way and never voted.
SessionData abertawe() {
    SessionData data;
    data.details.title = u"Abertawe"_s;
    data.details.date = QDate(2026, 6, 1);
    data.blockers = {blocker(1, u"Budgets and money worries"_s)};
    data.solutions = {solution(1, 1, u"pool  budgets with the NEIGHBOURS"_s),
                      solution(2, 1, u"Stop paying for unused licences"_s)};
    return data;
}

void writeSession(const QString& path, const SessionData& data) {
    auto file = createSession(path);
    expectOk(store::writeSession(*file, data));
}

// A library: Caerdydd, Abertawe, a file that is not a session, a note, and
// a session in a subfolder (not in the library).
struct LibraryFolder {
    TempDir dir;
    QString folder = dir.path(u"library"_s);
    LibraryFolder() {
        REQUIRE(QDir().mkpath(folder + u"/older"_s));
        writeSession(folder + u"/caerdydd.unblock"_s, caerdydd());
        writeSession(folder + u"/abertawe.unblock"_s, abertawe());
        writeAll(folder + u"/notes.unblock"_s, "not a session");
        writeAll(folder + u"/readme.txt"_s, "the council's past workshops");
        writeSession(folder + u"/older/caerdydd-2025.unblock"_s, caerdydd());
    }
    QByteArray fingerprint() const {
        QByteArray all;
        for (const QString& name : QDir(folder).entryList(QDir::Files, QDir::Name))
            all += name.toUtf8() + sha256Of(folder + u'/' + name);
        return all;
    }
};

QStringList textsOf(const std::vector<LearnedSolution>& found) {
    QStringList texts;
    for (const LearnedSolution& s : found)
        texts << s.text;
    return texts;
}

const LearnedSolution& find(const std::vector<LearnedSolution>& found, const QString& text) {
    const auto it = std::find_if(found.begin(), found.end(),
                                 [&](const LearnedSolution& s) { return s.text == text; });
    REQUIRE(it != found.end());
    return *it;
}

} // namespace

TEST_CASE("The library reads each session in its folder read-only and lists one it cannot read") {
    LibraryFolder library;
    const QByteArray before = library.fingerprint();
    const Library read = Library::read(library.folder);
    CHECK(read.workshopCount() == 2);
    REQUIRE(read.unreadable().size() == 1);
    CHECK(read.unreadable()[0].fileName == u"notes.unblock");
    CHECK(read.unreadable()[0].reason.startsWith(u"“notes.unblock” is not an Unblock session"));
    CHECK(read.overview() == u"2 workshops in the library. 1 file could not be read.");
    CHECK(library.fingerprint() == before); // nothing in it changed, not even a byte

    // The session open here is left out when it is in the library too, and
    // so are copies of it (a backup, a Save As): the same title and date.
    const Library without =
        Library::read(library.folder, {library.folder + u"/abertawe.unblock"_s, {}, {}});
    CHECK(without.workshopCount() == 1);
    CHECK(textsOf(without.solutionsFor(u"Budgets and money worries"_s))
              .filter(u"licences"_s)
              .isEmpty());
    const Library copies = Library::read(library.folder, {{}, u"Caerdydd"_s, QDate(2026, 3, 12)});
    CHECK(copies.workshopCount() == 1);
    CHECK(Library::read(library.folder, {{}, u"Caerdydd"_s, QDate(2026, 3, 13)}).workshopCount() ==
          2); // another day's workshop of the same name is another workshop

    // Told to stop, it reads no further file.
    const std::atomic<bool> stop{true};
    const Library stopped = Library::read(library.folder, {}, &stop);
    CHECK(stopped.workshopCount() == 0);
    CHECK(stopped.unreadable().empty());
}

TEST_CASE("A library folder that is not there, or cannot be read, is said, not an empty library") {
    TempDir dir;
    const QString gone = dir.path(u"gone"_s);
    const Library read = Library::read(gone);
    CHECK(read.workshopCount() == 0);
    CHECK(read.problem() ==
          u"The library’s folder “%1” cannot be found."_s.arg(QDir::toNativeSeparators(gone)));
    CHECK(read.overview() == read.problem());
    CHECK(read.solutionsFor(u"No money"_s).empty());

    const QString locked = dir.path(u"locked"_s);
    REQUIRE(QDir().mkpath(locked));
    writeSession(locked + u"/caerdydd.unblock"_s, caerdydd());
    REQUIRE(QFile::setPermissions(locked, QFile::WriteOwner | QFile::ExeOwner));
    if (QFileInfo(locked).isReadable()) {
        WARN("running as a user who reads any folder: the unreadable folder is not tested");
    } else {
        CHECK(Library::read(locked).problem().endsWith(u"” cannot be read."_s));
    }
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST_CASE("Solutions to blockers that read alike are found, with votes, workshop and date") {
    LibraryFolder library;
    const Library read = Library::read(library.folder);

    const std::vector<LearnedSolution> found = read.solutionsFor(u"Not enough money"_s);
    // Both workshops' money blockers, Caerdydd's merged duplicate's solution
    // with them; fear of change is not alike.
    CHECK(textsOf(found).size() == 4);
    CHECK_FALSE(textsOf(found).contains(u"Show quick wins"_s));

    // The same words from two workshops are one, the best voted source first.
    // Written as the best voted workshop wrote it, whichever was read first.
    const LearnedSolution& pooled = find(found, u"Pool budgets with the neighbours"_s);
    REQUIRE(pooled.sources.size() == 2);
    CHECK(pooled.sources[1].text == u"pool  budgets with the NEIGHBOURS");
    CHECK(pooled.sources[0].workshop == u"Caerdydd");
    CHECK(pooled.sources[0].date == QDate(2026, 3, 12));
    CHECK(pooled.sources[0].blocker == u"No money for new systems");
    CHECK(pooled.sources[0].rank == 2);
    CHECK(pooled.sources[0].votes == u"2 dots, ranked 2 of 3");
    CHECK(pooled.sources[1].workshop == u"Abertawe");
    CHECK(pooled.sources[1].votes.isEmpty()); // never voted on
    CHECK(pooled.likeness.sharedWords.contains(u"money"_s));
    // Found by two workshops, it comes before those only one found.
    CHECK(found.front().text == u"Pool budgets with the neighbours");

    const LearnedSolution& bid = find(found, u"Bid for national funding"_s);
    CHECK(bid.sources[0].votes == u"5 dots, ranked 1 of 3");
    // Under the blocker it was merged into, answering that one.
    const LearnedSolution& officer = find(found, u"Share a finance officer"_s);
    CHECK(officer.sources[0].blocker == u"No money for new systems");
    CHECK(officer.sources[0].votes == u"0 dots, ranked 3 of 3");

    // A merged duplicate's own words find its blocker: "funding".
    CHECK(textsOf(read.solutionsFor(u"Funding cuts"_s)).contains(u"Share a finance officer"_s));
    CHECK(read.solutionsFor(u"Fear of change"_s).size() == 1);
    CHECK(read.solutionsFor(u"Parking at the civic centre"_s).empty());
    CHECK(read.solutionsFor(u"   "_s).empty());
    CHECK(read.solutionsFor(u"Not enough money"_s, 2).size() == 2);
}

TEST_CASE("A solution learned from the library notes where from, in the file and the summary") {
    TempDir dir;
    const QString path = dir.path(u"here.unblock"_s);
    writeDemoSession(path);
    auto file = openSession(path);
    const SessionData demo = expectOk(store::loadSession(*file));
    const Id blockerId = demo.blockers.front().id;
    const Id id = expectOk(store::addSolution(
        *file, blockerId, {u"Pool budgets with the neighbours"_s, {}, {}, {}, {}},
        {u"Caerdydd"_s, QDate(2026, 3, 12)}));
    const SessionData data = expectOk(store::loadSession(*file));
    const Solution* learned = data.solution(id);
    REQUIRE(learned);
    CHECK(learnedFrom(*learned) == u"Caerdydd, 2026-03-12");
    CHECK(learnedFrom(demo.solutions.front()).isEmpty());

    const QString markdown = writeMarkdown(expectOk(buildSummary(data)));
    CHECK(
        markdown.contains(u"Pool budgets with the neighbours (learned from Caerdydd, 2026-03-12)"));

    // A workshop's name is a title: one too long for one is refused, and
    // nothing is added.
    const Error tooLong = expectError(store::addSolution(
        *file, blockerId, {u"Anything"_s, {}, {}, {}, {}}, {QString(501, u'x'), {}}));
    CHECK(tooLong.message.contains(u"workshop's title"));
    CHECK(expectOk(store::loadSession(*file)).solutions.size() == data.solutions.size());
}

TEST_CASE("Generated text in the library is found and carried into a solution as it was") {
    TextGenerator generate(1906);
    TempDir dir;
    const QString folder = dir.path(u"library"_s);
    REQUIRE(QDir().mkpath(folder));
    std::vector<SessionData> workshops;
    for (int workshop = 0; workshop < 8; ++workshop) {
        SessionData data = generatedSession(generate, false);
        data.details.title = generate.line(80);
        writeSession(folder + u"/w%1.unblock"_s.arg(workshop), data);
        workshops.push_back(std::move(data));
    }
    const Library read = Library::read(folder);
    REQUIRE(read.workshopCount() == 8);
    CHECK(read.unreadable().empty());

    const QString here = dir.path(u"here.unblock"_s);
    writeDemoSession(here);
    auto file = openSession(here);
    const Id blockerId = expectOk(store::loadSession(*file)).blockers.front().id;
    int checked = 0;
    for (const SessionData& data : workshops) {
        for (const Solution& s : data.solutions) {
            const QString title = data.blocker(data.rootOf(s.blockerId))->title;
            if (likeness(title, title).score < kLearnFromThreshold)
                continue; // no word to match by (emoji, digits, stop words)
            const std::vector<LearnedSolution> found = read.solutionsFor(title, 10'000);
            const auto same = std::find_if(found.begin(), found.end(), [&](const auto& f) {
                return sameTitle(f.text, s.text);
            });
            REQUIRE(same != found.end());
            const LearnedSource& source = same->sources.front();
            const Id id = expectOk(store::addSolution(
                *file, blockerId, {same->text, {}, {}, {}, {}}, {source.workshop, source.date}));
            const SessionData after = expectOk(store::loadSession(*file));
            REQUIRE(after.solution(id));
            CHECK(after.solution(id)->text == same->text);
            CHECK(after.solution(id)->fromWorkshop == source.workshop);
            ++checked;
        }
    }
    CHECK(checked > 20);
}

TEST_CASE("How the other room voted is said of the blocker and of the solution apart, and only "
          "once its results were revealed") {
    TempDir dir;
    SessionData wrecsam;
    wrecsam.details.title = u"Wrecsam"_s;
    wrecsam.details.date = QDate(2026, 9, 17);
    wrecsam.blockers = {blocker(1, u"Old case system"_s),
                        blocker(2, u"No money for new systems"_s)};
    wrecsam.solutions = {solution(1, 2, u"Pool budgets with the neighbours"_s)};
    Round blockers;
    blockers.id = 1;
    blockers.title = u"Top blockers"_s;
    blockers.state = RoundState::Revealed;
    blockers.paperVoters = 9;
    blockers.created = QDateTime(QDate(2026, 9, 17), QTime(14, 0), Qt::UTC);
    blockers.items = {1, 2};
    blockers.tallies = {{1, 9}, {2, 7}};
    wrecsam.rounds = {blockers};
    const QString folder = dir.path(u"library"_s);
    REQUIRE(QDir().mkpath(folder));
    expectOk(store::writeSession(*createSession(folder + u"/wrecsam.unblock"_s), wrecsam));

    std::vector<LearnedSolution> found = Library::read(folder).solutionsFor(u"Not enough money"_s);
    REQUIRE(found.size() == 1);
    const LearnedSource& source = found.front().sources.front();
    CHECK(source.blockerVotes == u"7 dots, ranked 2 of 2");
    CHECK(source.votes.isEmpty());
    CHECK(learnedVotes(source) == u"blocker: 7 dots, ranked 2 of 2 · this solution not voted on");

    // Not yet revealed there: not said here either.
    wrecsam.rounds[0].state = RoundState::Closed;
    QFile::remove(folder + u"/wrecsam.unblock"_s);
    expectOk(store::writeSession(*createSession(folder + u"/wrecsam.unblock"_s), wrecsam));
    found = Library::read(folder).solutionsFor(u"Not enough money"_s);
    REQUIRE(found.size() == 1);
    CHECK(found.front().sources.front().blockerVotes.isEmpty());
    CHECK(learnedVotes(found.front().sources.front()) ==
          u"blocker not voted on · this solution not voted on");
}

TEST_CASE("A library of 400 workshops with 20 hostile files among them lists the 20 with why, and "
          "suggests from the rest") {
    const TempDir dir;
    const QString folder = dir.path(u"library"_s);
    REQUIRE(QDir().mkpath(folder));
    const QStringList hostile = writeHostileLibrary(folder);
    REQUIRE(hostile.size() == 20);
    REQUIRE(librarySessionFiles(folder).size() == 400);

    const Library library = Library::read(folder);
    CHECK(library.workshopCount() == 380);
    CHECK(library.overview() == u"380 workshops in the library. 20 files could not be read.");
    QStringList listed;
    for (const UnreadableFile& file : library.unreadable()) {
        listed << file.fileName;
        INFO(file.fileName.toStdString() + ": " + file.reason.toStdString());
        CHECK_FALSE(file.reason.isEmpty());
        CHECK_FALSE(file.reason.contains(u"writing"_s)); // it was a read
    }
    listed.sort();
    QStringList expected = hostile;
    expected.sort();
    CHECK(listed == expected);
    const auto reasonOf = [&](const QString& name) {
        for (const UnreadableFile& file : library.unreadable()) {
            if (file.fileName == name)
                return file.reason;
        }
        return QString();
    };
    // Too large to be a workshop: refused unopened, and said so.
    CHECK(reasonOf(u"huge.unblock"_s) ==
          u"“huge.unblock” is 300 MB: too large to be a workshop’s session (at most 256 MB)."_s);
    CHECK(reasonOf(u"notes.unblock"_s).startsWith(u"“notes.unblock” is not an Unblock session"_s));

    // Each of the demo's solutions, from every good workshop and no other.
    const SessionData demo = demoData();
    REQUIRE_FALSE(demo.solutions.empty());
    const Blocker* answered = demo.blocker(demo.solutions.front().blockerId);
    REQUIRE(answered);
    const std::vector<LearnedSolution> found = library.solutionsFor(answered->title);
    REQUIRE_FALSE(found.empty());
    QSet<QString> workshops;
    for (const LearnedSolution& solution : found) {
        for (const LearnedSource& source : solution.sources)
            workshops.insert(source.workshop);
    }
    CHECK(workshops.size() == 380);
    for (const QString& workshop : workshops)
        CHECK(workshop.startsWith(u"Workshop "_s));
}
