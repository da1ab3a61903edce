#pragma once

// A workshop full of people's names, for the tests of the copy for sharing
// (store/SharingCopy.h) through each of its fronts: core, unblock-cli and
// the window. They search the copy's bytes for the same strings.

#include "model/SessionData.h"
#include "store/Blockers.h"
#include "store/CarriedActions.h"
#include "store/Details.h"
#include "store/Incoming.h"
#include "store/Rounds.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"
#include "support/GeneratedText.h"
#include "support/TestSupport.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QUuid>

namespace unblock::test {

using namespace Qt::StringLiterals;

// A person's name as people type it: accented and Welsh letters, an emoji
// (a flag of tag characters among them), white space before it, and
// generated text of every class the text rules allow. Unique (its number),
// and long enough never to occur anywhere by chance.
inline QString personName(TextGenerator& generate, int n) {
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

inline QString randomPhone() {
    return u"phone-"_s +
           QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, u'0');
}

inline QByteArray utf16(const QString& text, bool bigEndian) {
    QByteArray bytes;
    for (const QChar c : text) {
        const char high = static_cast<char>(c.unicode() >> 8);
        const char low = static_cast<char>(c.unicode() & 0xff);
        bytes.append(bigEndian ? high : low).append(bigEndian ? low : high);
    }
    return bytes;
}

// Where `text` is in `bytes`, in any encoding SQLite may store text in.
inline QStringList encodingsHolding(const QByteArray& bytes, const QString& text) {
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
// blockers' authors (one changed since: its old name too), owners of solutions and of carried
// actions, voters known by name (as an imported session may have them), phones and what they sent
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
        // Revealed, so every front shows its result.
        expectOk(store::setRoundState(*file, round, RoundState::Closed));
        expectOk(store::setRoundState(*file, round, RoundState::Revealed));

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

    // What no copy for sharing may hold: every name (the owners' unless
    // kept), as stored and as typed, and the deleted blocker's title.
    QStringList mustBeGone(bool ownersKept) const {
        QStringList gone = names + overwritten + typed + QStringList{deletedTitle};
        if (!ownersKept)
            gone += owners;
        else
            gone.removeIf([&](const QString& t) { return owners.contains(t.trimmed()); });
        return gone;
    }
    // Those of them found in `bytes`, and in which encodings: none, for a
    // copy for sharing.
    QStringList foundIn(const QByteArray& bytes, bool ownersKept) const {
        QStringList found;
        for (const QString& text : mustBeGone(ownersKept)) {
            if (const QStringList where = encodingsHolding(bytes, text); !where.isEmpty())
                found << u"“%1” (%2)"_s.arg(text, where.join(u", "));
        }
        return found;
    }
    // What the workshop said, that every copy keeps; those missing from `bytes`.
    QStringList missingFrom(const QByteArray& bytes) const {
        QStringList missing;
        for (const QString& text : titles + solutions + phoneTexts) {
            if (!bytes.contains(text.toUtf8()))
                missing << text;
        }
        return missing;
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

} // namespace unblock::test
