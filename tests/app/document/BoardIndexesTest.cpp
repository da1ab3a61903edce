// The board read for likeness and by title is read on a thread of its own
// when a session is read; edits made before that thread is done are
// replayed on what it read. Either way the indexes answer as the board read
// whole would.
#include "document/BoardIndexes.h"

#include "document/Edits.h"
#include "document/SessionDocument.h"
#include "store/Blockers.h"
#include "support/TestSupport.h"
#include "support/catch.h"

#include <QRandomGenerator>
#include <QTest>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList kWords = {u"budget"_s, u"culture"_s,   u"legacy"_s,  u"systems"_s,
                            u"skills"_s, u"data"_s,      u"silos"_s,   u"procurement"_s,
                            u"risk"_s,   u"appetite"_s,  u"leaders"_s, u"Cymraeg"_s,
                            u"café"_s,   u"contracts"_s, u"phones"_s,  u"forms"_s};

QString titleFrom(QRandomGenerator& random) {
    QStringList words;
    for (int n = 2 + random.bounded(4); n > 0; --n)
        words << kWords[random.bounded(kWords.size())];
    return words.join(u' ');
}

// A board big enough that reading it takes the thread a while.
QString bigBoard(const TempDir& dir, QRandomGenerator& random) {
    const QString path = dir.path(u"big.unblock"_s);
    auto file = createSession(path);
    expectOk(file->transaction([&] {
        for (int n = 0; n < 3000; ++n)
            expectOk(store::addBlocker(*file, {titleFrom(random), {}, {}, {}, {}}));
        return Status{};
    }));
    return path;
}

// Edits of every kind that changes what the indexes read.
void editBoard(app::SessionDocument& doc, QRandomGenerator& random) {
    const auto anyBlocker = [&] {
        const auto& blockers = doc.data().blockers;
        return blockers[random.bounded(static_cast<quint32>(blockers.size()))].id;
    };
    for (int n = 0; n < 40; ++n) {
        switch (random.bounded(5)) {
        case 0:
            REQUIRE(app::edits::addBlocker(doc, {titleFrom(random), {}, {}, {}, {}}));
            break;
        case 1: {
            const Id id = anyBlocker();
            store::BlockerFields fields = app::edits::fieldsOf(*doc.data().blocker(id));
            fields.title = titleFrom(random);
            REQUIRE(app::edits::editBlocker(doc, id, fields));
            break;
        }
        case 2:
            REQUIRE(app::edits::deleteBlocker(doc, anyBlocker()));
            break;
        case 3: {
            const Id source = anyBlocker();
            const Id target = anyBlocker();
            if (source != target && !doc.data().blocker(source)->mergedInto &&
                !doc.data().blocker(target)->mergedInto)
                REQUIRE(app::edits::mergeBlockers(doc, source, target));
            break;
        }
        default:
            if (doc.undoStack()->canUndo())
                doc.undoStack()->undo();
        }
    }
}

// What the indexes answer, beside what the board read whole answers.
void expectAsReadWhole(app::SessionDocument& doc, QRandomGenerator& random) {
    const AlikeIndex whole(doc.data());
    const BoardTitles wholeTitles(doc.data());
    for (int n = 0; n < 200; ++n) {
        const QString probe = titleFrom(random);
        const auto followed = doc.boardLikeness().alike(probe, 5);
        const auto read = whole.alike(probe, 5);
        REQUIRE(followed.size() == read.size());
        for (std::size_t i = 0; i < read.size(); ++i)
            REQUIRE(followed[i].blockerId == read[i].blockerId);
    }
    for (const Blocker& blocker : doc.data().blockers) {
        REQUIRE(doc.boardTitles().find(blocker.title, blocker.groupId) ==
                wholeTitles.find(blocker.title, blocker.groupId));
    }
}

} // namespace

TEST_CASE("Edits made while the board is read on its thread are followed, however they fell") {
    TempDir dir;
    QRandomGenerator random(2926);
    const QString path = bigBoard(dir, random);
    auto doc = expectOk(app::SessionDocument::open(path, store::OpenMode::ReadWrite));

    SECTION("the thread finishes first: the edits are replayed on what it read") {
        // No event is handled until the edits are made, so the thread's
        // result is taken after all of them.
        editBoard(*doc, random);
        REQUIRE(QTest::qWaitFor([&] { return doc->boardIndexesRead(); }, 20000));
        expectAsReadWhole(*doc, random);
    }
    SECTION("asked for before the thread is done: the board is read at once") {
        editBoard(*doc, random);
        expectAsReadWhole(*doc, random);
        QTest::qWait(50); // a result the thread still sends is not taken
        expectAsReadWhole(*doc, random);
    }
    SECTION("read again while the thread reads: only the last reading counts") {
        doc->reload();
        editBoard(*doc, random);
        doc->reload();
        REQUIRE(QTest::qWaitFor([&] { return doc->boardIndexesRead(); }, 20000));
        expectAsReadWhole(*doc, random);
    }
}
