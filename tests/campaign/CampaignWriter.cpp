// The process a kill campaign kills (KillCampaign.cpp): the window's own
// document and edits, without the window.
//   campaign-writer edits FILE   board edits through edits::, forever; before
//                                each it prints "doing KIND TARGET TEXT", after
//                                its commit "done ID" (a new blocker's id, or 0)
//   campaign-writer phones FILE  a round open to phones on loopback, as the
//                                Phones panel runs it; prints "join URL ROUND
//                                ITEM,ITEM,…" once, then serves until killed
#include "document/Edits.h"
#include "document/SessionDocument.h"
#include "remote/PhoneHost.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace unblock;
using namespace unblock::app;

namespace {

void say(const QString& line) {
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

[[noreturn]] void die(const QString& why) {
    std::fprintf(stderr, "campaign-writer: %s\n", why.toUtf8().constData());
    std::exit(1);
}

// Blockers, solutions, edits and merges, in a fixed rhythm. Every title
// is new, so the campaign can tell each action in the file.
int editForever(SessionDocument& doc) {
    QObject::connect(&doc, &SessionDocument::failed, [](const QString& why) { die(why); });
    std::vector<Id> open; // blockers of this run not merged into another
    const qint64 run = QCoreApplication::applicationPid();
    for (int i = 1;; ++i) {
        const QString title = QStringLiteral("Blocker %1-%2").arg(run).arg(i);
        Id made = 0;
        if (i % 5 == 0 && open.size() >= 2) {
            const Id source = open.back();
            open.pop_back();
            say(QStringLiteral("doing merge %1 %2").arg(source).arg(open.front()));
            edits::mergeBlockers(doc, source, open.front());
        } else if (i % 3 == 1 && !open.empty()) {
            say(QStringLiteral("doing solution %1 %2").arg(open.back()).arg(title));
            edits::addSolution(doc, open.back(), {title, {}, {}, {}, {}});
        } else if (i % 7 == 6 && !open.empty()) {
            say(QStringLiteral("doing edit %1 %2").arg(open.back()).arg(title));
            edits::editBlocker(doc, open.back(), {title, {}, {}, {}, {}});
        } else {
            say(QStringLiteral("doing blocker 0 %1").arg(title));
            made = edits::addBlocker(doc, {title, {}, {}, {}, {}}).value_or(0);
            open.push_back(made);
        }
        say(QStringLiteral("done %1").arg(made));
    }
}

std::optional<Id> openRound(const SessionData& data) {
    for (const Round& round : data.rounds) {
        if (round.state == RoundState::Open)
            return round.id;
    }
    return std::nullopt;
}

int servePhones(SessionDocument& doc) {
    QObject::connect(&doc, &SessionDocument::failed, [](const QString& why) { die(why); });
    if (doc.data().blockers.size() < 4) {
        for (const char* title : {"Budgets", "Culture", "Old IT", "Data"})
            edits::addBlocker(doc, {QString::fromLatin1(title), {}, {}, {}, {}});
    }
    std::optional<Id> round = openRound(doc.data());
    if (!round)
        round = edits::startRound(
            doc,
            {QStringLiteral("Top blockers"), RoundSubject::Blockers, {}, VoteMethod::Dots, 3, 2});
    remote::PhoneHost host(
        [&doc](Id roundId, std::vector<store::VoterBallot> ballots,
               remote::VoteBatcher::Written written) {
            edits::castPhoneBallots(doc, roundId, std::move(ballots), std::move(written));
        },
        [&doc]() -> const SessionData& { return doc.data(); });
    QObject::connect(&doc, &SessionDocument::updated, &host, [&host] { host.sessionChanged(); });
    host.offerRound(round);
    if (Status started = host.start(QHostAddress::LocalHost); !started)
        die(started.error().message);
    QStringList items;
    for (const Id item : doc.data().round(*round)->items)
        items << QString::number(item);
    say(QStringLiteral("join %1 %2 %3").arg(host.joinUrl()).arg(*round).arg(items.join(u',')));
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc != 3)
        die(QStringLiteral("usage: campaign-writer edits|phones FILE"));
    auto doc = SessionDocument::open(QString::fromLocal8Bit(argv[2]), store::OpenMode::ReadWrite);
    if (!doc)
        die(doc.error().message);
    const QByteArray mode(argv[1]);
    return mode == "edits" ? editForever(*doc.value()) : servePhones(*doc.value());
}
