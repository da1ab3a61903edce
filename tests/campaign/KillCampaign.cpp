// A kill campaign (issue 17): a writer process is killed with SIGKILL at a
// random moment, again and again, and after each kill the session file must
// pass SQLite's integrity_check and hold every action the writer had
// acknowledged. The writers (CampaignWriter.cpp) take turns:
//   edits   the window's board edits, each acknowledged once committed
//   phones  the phone server with phones voting over HTTP, each ballot
//           acknowledged by its HTTP 200
// Usage: kill-campaign [--kills=N] [--seed=S] [--keep=FOLDER]
#include "remote/RemoteAccess.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>

using namespace unblock;
using namespace Qt::StringLiterals;

namespace {

QString g_writer; // the campaign-writer program
int g_failures = 0;
int g_emptyLocks = 0; // kills that left the lock half made

void problem(int kill, const QString& what) {
    std::fprintf(stderr, "kill %d: %s\n", kill, what.toUtf8().constData());
    ++g_failures;
}

// Processes events for `ms`, or until `done`.
template <typename Done> void waitFor(int ms, Done done) {
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
}

void startWriter(QProcess& writer, const char* mode, const QString& path) {
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(g_writer, {QString::fromLatin1(mode), path});
    if (!writer.waitForStarted(10000))
        qFatal("kill-campaign: cannot start %s", qPrintable(g_writer));
}

void killWriter(QProcess& writer) {
    writer.kill(); // SIGKILL: no handler runs, nothing is flushed
    writer.waitForFinished(10000);
}

// The file after a kill: it opens (the dead writer's lock is stale, its hot
// journal is rolled back), passes integrity_check, and is read whole.
std::optional<SessionData> afterKill(int kill, const QString& path) {
    auto file = store::SessionFile::open(path);
    // Killed while making its lock, the writer left it empty: it is taken
    // over once it has stayed so a moment (store/SessionLock.cpp), as when
    // a person opens the file again.
    if (!file && file.error().code == ErrorCode::Locked) {
        ++g_emptyLocks;
        QThread::msleep(600);
        file = store::SessionFile::open(path);
    }
    if (!file) {
        problem(kill, u"the file does not open: "_s + file.error().message);
        return std::nullopt;
    }
    const Result<QString> check = file.value()->read([](store::Database& db) {
        store::Statement integrity = db.prepare("PRAGMA integrity_check");
        return integrity.next() ? integrity.text(0) : QString();
    });
    if (!check || check.value() != u"ok") {
        problem(kill, u"integrity_check: "_s + (check ? check.value() : check.error().message));
        return std::nullopt;
    }
    Result<SessionData> data = store::loadSession(*file.value());
    if (!data) {
        problem(kill, data.error().message);
        return std::nullopt;
    }
    return std::move(data.value());
}

// --- Board edits -------------------------------------------------------

struct Action {
    QString kind;  // blocker, solution, edit, merge
    Id target = 0; // the blocker (made, edited, given a solution, merged)
    QString text;  // its title or solution; for a merge, the blocker merged into
};

Action actionFrom(const QString& logged) {
    const QStringList parts = logged.split(u' ');
    return {parts.value(0), parts.value(1).toLongLong(), parts.mid(2).join(u' ')};
}

struct EditLog {
    std::vector<Action> acknowledged; // committed: the writer said "done"
    std::optional<Action> pending;    // under way when the writer died
};

// Every acknowledged action is in the session: a blocker under its latest
// title (or the pending edit's), each solution, each merge.
void checkEdits(int kill, const SessionData& data, const EditLog& log) {
    std::map<Id, QString> titles;
    for (const Action& a : log.acknowledged) {
        if (a.kind == u"blocker" || a.kind == u"edit")
            titles[a.target] = a.text;
    }
    for (const auto& [id, title] : titles) {
        const Blocker* b = data.blocker(id);
        const bool pendingEdit = log.pending && log.pending->kind == u"edit" &&
                                 log.pending->target == id && b && b->title == log.pending->text;
        if (!b || (b->title != title && !pendingEdit))
            problem(kill, u"blocker %1 “%2” is missing or renamed"_s.arg(id).arg(title));
    }
    for (const Action& a : log.acknowledged) {
        if (a.kind == u"solution") {
            const bool there =
                std::any_of(data.solutions.begin(), data.solutions.end(), [&](const Solution& s) {
                    return s.blockerId == a.target && s.text == a.text;
                });
            if (!there)
                problem(kill, u"the solution “%1” is missing"_s.arg(a.text));
        } else if (a.kind == u"merge") {
            const Blocker* source = data.blocker(a.target);
            if (!source || source->mergedInto != a.text.toLongLong())
                problem(kill, u"the merge of %1 into %2 is missing"_s.arg(a.target).arg(a.text));
        }
    }
}

void editsCampaign(int kill, const QString& path, int runMs) {
    QProcess writer;
    startWriter(writer, "edits", path);
    EditLog log;
    const auto readLines = [&] {
        while (writer.canReadLine()) {
            const QString line = QString::fromUtf8(writer.readLine()).trimmed();
            if (line.startsWith(u"doing "_s)) {
                log.pending = actionFrom(line.mid(6));
            } else if (line.startsWith(u"done "_s) && log.pending) {
                if (log.pending->kind == u"blocker")
                    log.pending->target = line.mid(5).toLongLong();
                log.acknowledged.push_back(*log.pending);
                log.pending.reset();
            }
        }
    };
    QObject::connect(&writer, &QProcess::readyReadStandardOutput, readLines);
    waitFor(runMs, [&] { return writer.state() == QProcess::NotRunning; });
    killWriter(writer);
    readLines();
    if (const std::optional<SessionData> data = afterKill(kill, path))
        checkEdits(kill, *data, log);
}

// --- Phones voting --------------------------------------------------------

struct Phone {
    QString voter;
    std::vector<std::map<Id, int>> sent; // ballots by sequence - 1
    int acknowledged = 0;                // the highest sequence answered 200
    bool waiting = false;
};

std::map<Id, int> randomBallot(const std::vector<Id>& items, QRandomGenerator& random) {
    std::map<Id, int> ballot;
    int left = 3; // the round's budget; at most 2 on one item
    while (left > 0) {
        const Id item =
            items[static_cast<std::size_t>(random.bounded(static_cast<int>(items.size())))];
        if (ballot[item] < 2) {
            ++ballot[item];
            --left;
        }
        if (random.bounded(4) == 0)
            break;
    }
    return ballot;
}

QNetworkRequest requestTo(const QString& address, const QString& path, const QString& voter) {
    QNetworkRequest request(QUrl(address + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("X-Unblock-Voter", voter.toLatin1());
    request.setTransferTimeout(3000);
    return request;
}

void sendBallot(QNetworkAccessManager& network, const QString& address, Phone& phone, Id round,
                const std::vector<Id>& items, QRandomGenerator& random) {
    phone.sent.push_back(randomBallot(items, random));
    const int sequence = static_cast<int>(phone.sent.size());
    QJsonArray entries;
    for (const auto& [item, dots] : phone.sent.back())
        entries.append(QJsonObject{{u"item"_s, static_cast<double>(item)}, {u"value"_s, dots}});
    const QJsonObject body{{u"sequence"_s, sequence},
                           {u"round"_s, static_cast<double>(round)},
                           {u"ballot"_s, entries}};
    phone.waiting = true;
    QNetworkReply* reply = network.post(requestTo(address, u"/api/ballot"_s, phone.voter),
                                        QJsonDocument(body).toJson(QJsonDocument::Compact));
    QObject::connect(reply, &QNetworkReply::finished, [&, reply, sequence] {
        reply->deleteLater();
        phone.waiting = false;
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
            phone.acknowledged = sequence;
    });
}

QString joinPhone(QNetworkAccessManager& network, const QString& address, const QString& token) {
    QNetworkReply* reply = network.post(requestTo(address, u"/api/join"_s, {}),
                                        QJsonDocument(QJsonObject{{u"session"_s, token}}).toJson());
    waitFor(5000, [reply] { return reply->isFinished(); });
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value(u"voter"_s).toString();
}

void phonesCampaign(int kill, const QString& path, int runMs, QRandomGenerator& random) {
    QProcess writer;
    startWriter(writer, "phones", path);
    // A sanitizer build beside a browser test can take many seconds to load
    // and open the file: the wait is generous, and a writer that never says
    // "join" is reported with why.
    QByteArray line;
    waitFor(60000, [&] {
        if (writer.canReadLine())
            line = writer.readLine().trimmed();
        return !line.isEmpty() || writer.state() == QProcess::NotRunning;
    });
    const QStringList join = QString::fromUtf8(line).split(u' ');
    if (join.size() != 4 || join[0] != u"join") {
        const QString why = writer.state() == QProcess::NotRunning
                                ? u"it exited with status %1"_s.arg(writer.exitCode())
                                : u"it said “%1” within 60 s"_s.arg(QString::fromUtf8(line));
        problem(kill, u"the phone server did not start: "_s + why);
        killWriter(writer);
        return;
    }
    const QUrl url(join[1]);
    const QString address = url.adjusted(QUrl::RemoveFragment | QUrl::RemovePath).toString();
    const Id round = join[2].toLongLong();
    std::vector<Id> items;
    for (const QString& item : join[3].split(u','))
        items.push_back(item.toLongLong());

    QNetworkAccessManager network;
    std::vector<Phone> phones(6);
    for (Phone& phone : phones)
        phone.voter = joinPhone(network, address, url.fragment().mid(2));
    // Each phone sends its next ballot as soon as the last is answered,
    // until the writer is killed at a random moment.
    QTimer pace;
    QObject::connect(&pace, &QTimer::timeout, [&] {
        for (Phone& phone : phones) {
            if (!phone.voter.isEmpty() && !phone.waiting)
                sendBallot(network, address, phone, round, items, random);
        }
    });
    pace.start(1);
    waitFor(runMs, [&] { return writer.state() == QProcess::NotRunning; });
    pace.stop();
    killWriter(writer);
    waitFor(3000, [&] {
        return std::none_of(phones.begin(), phones.end(), [](const Phone& p) { return p.waiting; });
    });

    const std::optional<SessionData> data = afterKill(kill, path);
    if (!data)
        return;
    const Round* stored = data->round(round);
    for (const Phone& phone : phones) {
        if (phone.acknowledged == 0)
            continue;
        std::map<Id, int> inFile;
        const QString name = remote::RemoteAccess::voterName(phone.voter);
        for (const Vote& vote : stored->votes) {
            if (vote.voter == name)
                inFile[vote.itemId] = vote.value;
        }
        // The last ballot answered 200, or one sent after it (committed, its
        // answer lost with the writer).
        bool found = false;
        for (std::size_t i = static_cast<std::size_t>(phone.acknowledged) - 1;
             i < phone.sent.size(); ++i)
            found = found || phone.sent[i] == inFile;
        if (!found)
            problem(kill,
                    u"phone %1: its acknowledged ballot %2 is not in the file"_s.arg(name).arg(
                        phone.acknowledged));
    }
}

int argument(const QStringList& arguments, const QString& name, int fallback) {
    for (const QString& a : arguments) {
        if (a.startsWith(name))
            return a.mid(name.size()).toInt();
    }
    return fallback;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int kills = argument(arguments, u"--kills="_s, 50);
    const auto seed = static_cast<quint32>(argument(
        arguments, u"--seed="_s, static_cast<int>(QRandomGenerator::system()->bounded(1 << 30))));
    g_writer = QDir(QCoreApplication::applicationDirPath()).filePath(u"campaign-writer"_s);
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    const QString edits = dir.filePath(u"edits.unblock"_s);
    const QString phones = dir.filePath(u"phones.unblock"_s);
    for (const QString& path : {edits, phones}) {
        if (!store::SessionFile::create(path))
            qFatal("kill-campaign: cannot create %s", qPrintable(path));
    }
    std::printf("kill-campaign: %d kills, seed %u\n", kills, seed);
    for (int kill = 1; kill <= kills; ++kill) {
        const int runMs = 20 + random.bounded(400);
        if (kill % 2 == 1)
            editsCampaign(kill, edits, runMs);
        else
            phonesCampaign(kill, phones, runMs, random);
    }
    // What the campaign covered, in the same files throughout.
    for (const QString& path : {edits, phones}) {
        auto file = store::SessionFile::open(path, store::OpenMode::ReadOnly);
        const SessionData data = store::loadSession(*file.value()).value();
        std::size_t votes = 0;
        for (const Round& r : data.rounds)
            votes += r.votes.size();
        std::printf("  %s: %zu blockers, %zu solutions, %zu votes\n",
                    qPrintable(QFileInfo(path).fileName()), data.blockers.size(),
                    data.solutions.size(), votes);
    }
    std::printf("kill-campaign: %d kills (%d left an empty lock), %d problems\n", kills,
                g_emptyLocks, g_failures);
    return g_failures == 0 ? 0 : 1;
}
