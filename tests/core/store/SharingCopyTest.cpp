// Save a Copy for Sharing: the copy holds no one's name and nothing deleted,
// byte for byte, and is otherwise the same workshop.
#include "store/SharingCopy.h"

#include "ranking/Ranking.h"
#include "ranking/RoundInput.h"
#include "store/Blockers.h"
#include "store/CarriedActions.h"
#include "store/Details.h"
#include "store/Incoming.h"
#include "store/Rounds.h"
#include "store/Schema.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"
#include "support/GeneratedText.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QUuid>

#include <sqlite3.h>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

// A person's name as people type it: accented and Welsh letters, an emoji
// (a flag of tag characters among them), white space before it, and
// generated text of every class the text rules allow. Unique (its number),
// and long enough never to occur anywhere by chance.
QString personName(TextGenerator& generate, int n) {
    static const QStringList given{u"Siân"_s,  u"Dafydd"_s, u"Gwenllïan"_s, u"Rhodri"_s,
                                   u"Zoë"_s,   u"Łukasz"_s, u"Ngozi"_s,     u"Øyvind"_s,
                                   u"Aoife"_s, u"Tomás"_s};
    static const QStringList family{u"ap Rhŷs"_s, u"Ŵyn"_s, u"Llŷr"_s, u"Gŵyr"_s, u"Tŷ-Ŵen"_s};
    static const QStringList emoji{u"🌻"_s, u"🐉"_s, u"👩🏽‍💻"_s,
                                   u"\U0001F3F4\U000E0067\U000E0062\U000E0077\U000E006C"
                                   u"\U000E0073\U000E007F"_s};
    static const QStringList before{u"   "_s, u"\u00a0 "_s, u"\t"_s, QString()};
    return before[n % before.size()] + given[n % given.size()] + u' ' + family[n % family.size()] +
           u' ' + generate.line(16) + u' ' + emoji[n % emoji.size()] + u" №"_s + QString::number(n);
}

QString randomPhone() {
    return u"phone-"_s +
           QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, u'0');
}

QByteArray utf16(const QString& text, bool bigEndian) {
    QByteArray bytes;
    for (const QChar c : text) {
        const char high = static_cast<char>(c.unicode() >> 8);
        const char low = static_cast<char>(c.unicode() & 0xff);
        bytes.append(bigEndian ? high : low).append(bigEndian ? low : high);
    }
    return bytes;
}

// Where `text` is in `bytes`, in any encoding SQLite may store text in.
QStringList encodingsHolding(const QByteArray& bytes, const QString& text) {
    QStringList found;
    if (bytes.contains(text.toUtf8()))
        found << u"UTF-8"_s;
    if (bytes.contains(utf16(text, false)))
        found << u"UTF-16LE"_s;
    if (bytes.contains(utf16(text, true)))
        found << u"UTF-16BE"_s;
    return found;
}

// A workshop with people's names everywhere a name goes: the facilitator,
// blockers' authors (one changed since, its old name left in the page's
// free space), owners of solutions and of carried actions, voters known by
// name (as an imported session may have them), phones and what they sent
// with their senders' names; and a blocker deleted, whose title SQLite left
// in the file's free space (as a SQLite built without secure delete does).
struct NamedWorkshop {
    NamedWorkshop() {
        TextGenerator generate(20260531);
        int n = 0;
        const auto name = [&](QStringList& into) {
            const QString asTyped = personName(generate, n++);
            into << asTyped.trimmed(); // as stored
            typed << asTyped;
            return asTyped;
        };
        auto file = createSession(path);
        // Whatever SQLite this runs on was built with, deleted text stays in
        // the original file: the copy is what must not have it.
        expectOk(file->write([](store::Database& db) { db.exec("PRAGMA secure_delete = OFF"); }));

        SessionDetails details;
        details.title = u"Diwrnod Defnyddiol, Caerdydd"_s;
        details.venue = u"Neuadd y Ddinas"_s;
        details.date = QDate(2026, 5, 31);
        details.facilitator = name(names);
        expectOk(store::setDetails(*file, details));
        const Id table = expectOk(store::addGroup(*file, u"Table 1"_s));

        std::vector<Id> blockers;
        for (int i = 0; i < 4; ++i) {
            const QString title = u"Blocker %1: "_s.arg(i) + generate.line(60);
            blockers.push_back(expectOk(store::addBlocker(
                *file, {title, generate.paragraph(120), {}, table, name(names)})));
            titles << title.trimmed();
            const QString solution = u"Solution %1: "_s.arg(i) + generate.line(60);
            expectOk(store::addSolution(*file, blockers.back(),
                                        {solution, 3, 2, name(owners), QDate(2026, 7, i + 1)}));
            solutions << solution.trimmed();
        }
        // An author changed. SQLite may have written over the old name or
        // left it in the page's free space: the copy must not have it either way.
        const QString renamed = u"Blocker 0 renamed: "_s + generate.line(40);
        overwritten << names.takeAt(1);
        expectOk(store::editBlocker(*file, blockers[0], {renamed, {}, {}, table, name(names)}));
        titles[0] = renamed.trimmed();

        CarriedAction carried;
        carried.text = u"Carried: "_s + generate.line(40);
        carried.blocker = u"An earlier blocker"_s;
        carried.owner = name(owners);
        carried.fromWorkshop = u"Spring workshop"_s;
        carried.fromDate = QDate(2026, 3, 1);
        carried.fromSolution = 7;
        expectOk(store::addCarriedActions(*file, {carried}));
        solutions << carried.text.trimmed();

        store::RoundSpec spec;
        spec.title = u"Top blockers"_s;
        spec.budget = 5;
        spec.maxPerItem = 3;
        round = expectOk(store::startRound(*file, spec));
        const QStringList phones{randomPhone(), randomPhone(), randomPhone()};
        QStringList voters;
        for (int i = 0; i < 3; ++i)
            voters << name(names); // voters known by name
        voters << phones << u"kiosk-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (const QString& phone : phones)
            names << phone; // a phone's id is its owner's label
        for (qsizetype v = 0; v < voters.size(); ++v) {
            const auto item = [&](qsizetype k) {
                return blockers[std::size_t((v + k) % 4)];
            };
            expectOk(store::castBallot(*file, round, voters[v], {{item(0), 3}, {item(1), 2}}));
        }
        expectOk(store::setTally(*file, round, blockers[3], 4));
        expectOk(store::setPaperVoters(*file, round, 2));

        // Phones' items, their senders named; one on the board (by its
        // sender's name), one not added.
        std::vector<store::NewIncoming> sent;
        for (qsizetype p = 0; p < phones.size(); ++p) {
            const QString text = u"From a phone %1: "_s.arg(p) + generate.line(50);
            sent.push_back({IncomingKind::Blocker, text, name(names), phones[p], table, {}});
            phoneTexts << text.trimmed();
        }
        std::vector<Id> incoming;
        for (const Result<Id>& kept : expectOk(store::receiveIncoming(*file, sent)))
            incoming.push_back(expectOk(kept));
        expectOk(store::acceptIncoming(*file, incoming[0]));
        titles << phoneTexts[0];
        expectOk(store::rejectIncoming(*file, incoming[1], u"Said already"_s));

        deletedTitle = u"Deleted: "_s + generate.line(60).trimmed() + u" 🗑"_s;
        const Id doomed =
            expectOk(store::addBlocker(*file, {deletedTitle, {}, {}, table, name(names)}));
        expectOk(store::deleteBlocker(*file, doomed));
        data = expectOk(store::loadSession(*file));
    }

    // Every needle in the original's bytes: else the search below proves nothing.
    void requireInOriginal() const {
        const QByteArray original = readAll(path);
        for (const QString& text : names + owners + QStringList{deletedTitle}) {
            INFO(text.toStdString());
            REQUIRE(original.contains(text.toUtf8()));
        }
    }

    TempDir dir;
    QString path = dir.path(u"workshop.unblock"_s);
    QStringList names;       // as stored: everyone's but the owners'
    QStringList owners;      // of solutions and carried actions
    QStringList overwritten; // a name changed since, maybe not in the original's bytes
    QStringList typed;       // every name as it was typed
    QStringList titles;      // of the blockers on the board
    QStringList solutions;
    QStringList phoneTexts;
    QString deletedTitle;
    Id round = 0;
    SessionData data;
};

std::vector<std::tuple<Id, qint64, int, qint64, int>> ranked(const SessionData& data, Id round) {
    const RankingResult result = rank(expectOk(roundInput(data, round)));
    std::vector<std::tuple<Id, qint64, int, qint64, int>> rows;
    for (const RankedRow& row : result.rows)
        rows.emplace_back(row.itemId, row.score, row.voters, row.paperDots, row.rank);
    return rows;
}

int pragmaOf(const QString& path, const char* pragma) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY,
                            nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, pragma, -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    const int value = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return value;
}

QString encodingOf(const QString& path) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY,
                            nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "PRAGMA encoding", -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    const QString encoding =
        QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return encoding;
}

// A temporary file or a journal left in the folder.
QStringList leftBeside(const TempDir& dir) {
    QStringList left;
    for (const QString& name : QDir(dir.path(u"."_s)).entryList(QDir::Files | QDir::Hidden)) {
        if (name.endsWith(u".tmp") || name.endsWith(u"-journal"))
            left << name;
    }
    return left;
}

// The copy is the same workshop but for the names.
void requireSameWorkshop(const SessionData& original, const SessionData& copy, bool ownersKept,
                         Id round) {
    REQUIRE(copy.blockers.size() == original.blockers.size());
    for (std::size_t i = 0; i < copy.blockers.size(); ++i) {
        Blocker expected = original.blockers[i];
        expected.author.clear();
        CHECK(copy.blockers[i] == expected);
    }
    REQUIRE(copy.solutions.size() == original.solutions.size());
    for (std::size_t i = 0; i < copy.solutions.size(); ++i) {
        Solution expected = original.solutions[i];
        if (!ownersKept)
            expected.owner.clear();
        CHECK(copy.solutions[i] == expected);
    }
    REQUIRE(copy.carried.size() == original.carried.size());
    CHECK(copy.carried.front().owner == (ownersKept ? original.carried.front().owner : QString()));
    CHECK(copy.carried.front().text == original.carried.front().text);
    CHECK(copy.details.title == original.details.title);
    CHECK(copy.details.venue == original.details.venue);
    CHECK(copy.details.date == original.details.date);
    CHECK(copy.details.facilitator.isEmpty());
    REQUIRE(copy.incoming.size() == original.incoming.size());
    for (std::size_t i = 0; i < copy.incoming.size(); ++i) {
        CHECK(copy.incoming[i].text == original.incoming[i].text);
        CHECK(copy.incoming[i].state == original.incoming[i].state);
        CHECK(copy.incoming[i].reason == original.incoming[i].reason);
        CHECK(copy.incoming[i].itemId == original.incoming[i].itemId);
        CHECK(copy.incoming[i].name.isEmpty());
        // A phone is still a phone, under another id.
        CHECK(copy.incoming[i].phone.startsWith(u"phone-"));
        CHECK(copy.incoming[i].phone != original.incoming[i].phone);
    }

    const Round& before = original.rounds.front();
    const Round& after = copy.rounds.front();
    // A phone's items and its ballot are still one phone's.
    for (const IncomingItem& item : copy.incoming) {
        CHECK(std::find(after.ballots.begin(), after.ballots.end(), item.phone) !=
              after.ballots.end());
    }
    CHECK(copy.incoming[0].phone != copy.incoming[1].phone);

    CHECK(ranked(copy, round) == ranked(original, round));
    CHECK(after.ballots.size() == before.ballots.size());
    CHECK(after.votes.size() == before.votes.size());
    CHECK(after.paperVoters == before.paperVoters);
    CHECK(after.tallies == before.tallies);
    QStringList kinds;
    for (const QString& voter : after.ballots) {
        CHECK(std::find(before.ballots.begin(), before.ballots.end(), voter) ==
              before.ballots.end());
        kinds << voter.section(u'-', 0, 0);
    }
    kinds.sort();
    CHECK(kinds == QStringList{u"kiosk"_s, u"phone"_s, u"phone"_s, u"phone"_s, u"voter"_s,
                               u"voter"_s, u"voter"_s});
}

} // namespace

TEST_CASE("A copy for sharing holds none of the names in its bytes, nor a deleted blocker, and "
          "ranks the same") {
    NamedWorkshop workshop;
    workshop.requireInOriginal();
    const QByteArray originalSum = sha256Of(workshop.path);
    const QString copyPath = workshop.dir.path(u"for sharing.unblock"_s);
    {
        auto file = openSession(workshop.path);
        expectOk(store::saveSharingCopy(*file, copyPath));
    }
    CHECK(sha256Of(workshop.path) == originalSum); // only read

    const QByteArray copy = readAll(copyPath);
    REQUIRE(copy.startsWith("SQLite format 3"));
    CHECK(encodingOf(copyPath) == u"UTF-8");
    CHECK(pragmaOf(copyPath, "PRAGMA freelist_count") == 0);
    const QStringList gone = workshop.names + workshop.owners + workshop.typed +
                             workshop.overwritten + QStringList{workshop.deletedTitle};
    QStringList found;
    for (const QString& text : gone) {
        if (const QStringList where = encodingsHolding(copy, text); !where.isEmpty())
            found << u"“%1” (%2)"_s.arg(text, where.join(u", "));
    }
    INFO(found.join(u"\n").toStdString());
    CHECK(found.isEmpty());
    // What the workshop said is all there.
    QStringList missing;
    for (const QString& text : workshop.titles + workshop.solutions + workshop.phoneTexts) {
        if (!copy.contains(text.toUtf8()))
            missing << text;
    }
    INFO(missing.join(u"\n").toStdString());
    CHECK(missing.isEmpty());

    auto opened = openSession(copyPath, store::OpenMode::ReadOnly);
    const SessionData shared = expectOk(store::loadSession(*opened));
    requireSameWorkshop(workshop.data, shared, false, workshop.round);
}

TEST_CASE("A copy for sharing keeps the owners of actions when the organiser asks, and no other "
          "name") {
    NamedWorkshop workshop;
    workshop.requireInOriginal();
    const QString copyPath = workshop.dir.path(u"with owners.unblock"_s);
    {
        auto file = openSession(workshop.path, store::OpenMode::ReadOnly);
        expectOk(store::saveSharingCopy(*file, copyPath, {.keepOwners = true}));
    }
    const QByteArray copy = readAll(copyPath);
    for (const QString& owner : workshop.owners) {
        INFO(owner.toStdString());
        CHECK(copy.contains(owner.toUtf8()));
    }
    QStringList found;
    for (const QString& text :
         workshop.names + workshop.overwritten + QStringList{workshop.deletedTitle}) {
        if (const QStringList where = encodingsHolding(copy, text); !where.isEmpty())
            found << u"“%1” (%2)"_s.arg(text, where.join(u", "));
    }
    INFO(found.join(u"\n").toStdString());
    CHECK(found.isEmpty());
    auto opened = openSession(copyPath, store::OpenMode::ReadOnly);
    requireSameWorkshop(workshop.data, expectOk(store::loadSession(*opened)), true, workshop.round);
}

TEST_CASE("A copy for sharing is never the session itself, and replaces another file whole") {
    TempDir dir;
    const QString path = dir.path(u"workshop.unblock"_s);
    auto file = createSession(path);
    SessionDetails details;
    details.facilitator = u"Siân ap Rhŷs"_s;
    expectOk(store::setDetails(*file, details));
    const QByteArray before = sha256Of(path);
    const Error itself = expectError(store::saveSharingCopy(*file, path));
    CHECK(itself.code == ErrorCode::InvalidInput);
    CHECK(itself.message.contains(u"the session itself"));
    // Nor by another name for the same file.
    const QString link = dir.path(u"link.unblock"_s);
    REQUIRE(QFile::link(path, link));
    CHECK(expectError(store::saveSharingCopy(*file, link)).code == ErrorCode::InvalidInput);
    CHECK(sha256Of(path) == before);

    // As Save a Copy does, a file already there is replaced, whole.
    const QString target = dir.path(u"shared.unblock"_s);
    writeAll(target, "an older copy");
    expectOk(store::saveSharingCopy(*file, target));
    auto copy = openSession(target, store::OpenMode::ReadOnly);
    CHECK(expectOk(store::loadDetails(*copy)).facilitator.isEmpty());
    CHECK(leftBeside(dir).isEmpty());
}

TEST_CASE("A session from a newer Unblock gets no copy for sharing, and the target stays as it "
          "was") {
    TempDir dir;
    const QString path = dir.path(u"newer.unblock"_s);
    createSession(path).reset();
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    const QByteArray newer =
        "PRAGMA user_version = " + QByteArray::number(store::kCurrentVersion + 1);
    REQUIRE(sqlite3_exec(db, newer.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    auto file = openSession(path, store::OpenMode::ReadOnly);
    REQUIRE(file->isReadOnly());
    const QString target = dir.path(u"shared.unblock"_s);
    writeAll(target, "an older copy");
    const Error refused = expectError(store::saveSharingCopy(*file, target));
    CHECK(refused.code == ErrorCode::UnsupportedVersion);
    CHECK(refused.message.contains(u"newer version"));
    CHECK(readAll(target) == "an older copy");
    CHECK(leftBeside(dir).isEmpty());
}
