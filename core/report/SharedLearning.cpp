#include "report/SharedLearning.h"

#include "model/MergeRoots.h"
#include "model/TextRules.h"
#include "ranking/Ranking.h"
#include "ranking/RoundInput.h"
#include "ranking/RoundStates.h"
#include "report/Comparison.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace unblock {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SharedLearning)
};

// A workshop's name as a title may be: one line, clipped (it may be a file's
// name, which can hold line breaks and be longer than a title).
QString asTitle(const QString& text) {
    return text.simplified().left(TextLimits::line);
}

struct SolutionVote {
    int rank = 0;
    QString votes;
};

// How each solution fared in the latest round on its blocker's solutions.
std::unordered_map<Id, SolutionVote> solutionVotes(const SessionData& data) {
    std::unordered_map<Id, SolutionVote> votes;
    for (const Round& round : data.rounds) {
        if (round.subject != RoundSubject::Solutions)
            continue;
        const Result<RoundInput> input = roundInput(data, round.id);
        if (!input)
            continue;
        const RankingResult result = rank(input.value());
        for (const RankedRow& row : result.rows) {
            votes[row.itemId] = {row.rank, Tr::tr("%1, ranked %2 of %3")
                                               .arg(scoreText(result.method, row.score))
                                               .arg(row.rank)
                                               .arg(result.rows.size())};
        }
    }
    return votes;
}

// How each blocker fared in the workshop's latest round on blockers, once
// its results may be shown (a merged blocker counts with the one it is in).
std::unordered_map<Id, QString> blockerVotes(const SessionData& data) {
    std::unordered_map<Id, QString> votes;
    const std::optional<Id> roundId = latestRoundOnBlockers(data.rounds);
    const Round* round = roundId ? data.round(*roundId) : nullptr;
    if (!round || !resultsMayBeShown(*round))
        return votes;
    const Result<RoundInput> input = roundInput(data, round->id);
    if (!input)
        return votes;
    const RankingResult result = rank(input.value());
    for (const RankedRow& row : result.rows) {
        if (row.score > 0) {
            votes[row.itemId] = Tr::tr("%1, ranked %2 of %3")
                                    .arg(scoreText(result.method, row.score))
                                    .arg(row.rank)
                                    .arg(result.rows.size());
        }
    }
    return votes;
}

// The best voted first (ranked before never voted on), then the latest.
bool betterSource(const LearnedSource& a, const LearnedSource& b) {
    const int rankA = a.rank > 0 ? a.rank : std::numeric_limits<int>::max();
    const int rankB = b.rank > 0 ? b.rank : std::numeric_limits<int>::max();
    if (rankA != rankB)
        return rankA < rankB;
    return a.date > b.date;
}

} // namespace

struct Library::Entry {
    std::vector<LearnedSource> solutions;
    std::vector<QString> keys; // each solution's titleKey, worked out once when read
};

QString learnedVotes(const LearnedSource& source) {
    const QString blocker = source.blockerVotes.isEmpty()
                                ? Tr::tr("blocker not voted on")
                                : Tr::tr("blocker: %1").arg(source.blockerVotes);
    const QString solution = source.votes.isEmpty() ? Tr::tr("this solution not voted on")
                                                    : Tr::tr("this solution: %1").arg(source.votes);
    return Tr::tr("%1 · %2").arg(blocker, solution);
}

Library::Library() = default;
Library::~Library() = default;
Library::Library(Library&&) noexcept = default;
Library& Library::operator=(Library&&) noexcept = default;

QFileInfoList librarySessionFiles(const QString& folder) {
    return QDir(folder).entryInfoList({u"*.unblock"_s}, QDir::Files, QDir::Name);
}

Library Library::read(const QString& folder, const ThisWorkshop& here,
                      const std::atomic<bool>* stop) {
    const QFileInfo where(folder);
    const QString name = QDir::toNativeSeparators(folder);
    if (!where.isDir())
        return unread(folder, Tr::tr("The library’s folder “%1” cannot be found.").arg(name));
    if (!where.isReadable())
        return unread(folder, Tr::tr("The library’s folder “%1” cannot be read.").arg(name));
    Library library;
    library.m_folder = folder;
    const QString own = here.path.isEmpty() ? QString() : QFileInfo(here.path).canonicalFilePath();
    QStringList paths;
    for (const QFileInfo& info : librarySessionFiles(folder)) {
        if (own.isEmpty() || info.canonicalFilePath() != own)
            paths << info.filePath();
    }
    std::vector<std::pair<Id, QString>> titles;
    library.m_unreadable = readWorkshops(
        paths,
        [&](WorkshopSession&& session) {
            const SessionDetails& details = session.data.details;
            const bool copyOfHere = !here.title.isEmpty() && here.date.isValid() &&
                                    details.title == here.title && details.date == here.date;
            if (copyOfHere)
                return;
            ++library.m_workshopCount;
            library.add(session, titles);
        },
        stop);
    library.m_index = std::make_unique<AlikeIndex>(titles);
    return library;
}

Library Library::unread(const QString& folder, const QString& problem) {
    Library library;
    library.m_folder = folder;
    library.m_problem = problem;
    return library;
}

// Each blocker that has solutions (its merged duplicates' count with it), by
// every title it goes by.
void Library::add(const WorkshopSession& workshop, std::vector<std::pair<Id, QString>>& titles) {
    const SessionData& data = workshop.data;
    const std::unordered_map<Id, SolutionVote> votes = solutionVotes(data);
    const std::unordered_map<Id, QString> blockers = blockerVotes(data);
    std::unordered_map<Id, std::size_t> entryOf; // by root blocker
    const MergeRoots roots(data.blockers);
    for (const Solution& s : data.solutions) {
        const Id root = roots.rootOf(s.blockerId);
        const Blocker* blocker = data.blocker(root);
        if (!blocker)
            continue;
        auto [at, added] = entryOf.try_emplace(root, m_blockers.size());
        if (added)
            m_blockers.emplace_back();
        const auto vote = votes.find(s.id);
        const SolutionVote voted = vote == votes.end() ? SolutionVote{} : vote->second;
        const auto blockerVote = blockers.find(root);
        Entry& entry = m_blockers[at->second];
        entry.solutions.push_back(
            {s.text, asTitle(workshop.name), data.details.date, blocker->title, voted.rank,
             voted.votes, blockerVote == blockers.end() ? QString() : blockerVote->second});
        entry.keys.push_back(titleKey(s.text));
    }
    for (const Blocker& b : data.blockers) {
        const auto entry = entryOf.find(roots.rootOf(b.id));
        if (entry != entryOf.end())
            titles.emplace_back(static_cast<Id>(entry->second), b.title);
    }
}

QString Library::overview() const {
    if (!m_problem.isEmpty())
        return m_problem;
    QString text = Tr::tr("%n workshop(s) in the library.", nullptr, m_workshopCount);
    if (!m_unreadable.empty()) {
        text += u' ' + Tr::tr("%n file(s) could not be read.", nullptr,
                              static_cast<int>(m_unreadable.size()));
    }
    return text;
}

std::vector<LearnedSolution> Library::solutionsFor(const QString& blockerTitle,
                                                   std::size_t limit) const {
    if (!m_index || blockerTitle.trimmed().isEmpty())
        return {};
    std::vector<LearnedSolution> found;
    QHash<QString, std::size_t> byWords; // the same words from several workshops are one
    // The workshops (by name and day) each solution found has already.
    std::vector<QSet<std::pair<QString, qint64>>> workshopsOf;
    for (const AlikeBlocker& match : m_index->alike(
             blockerTitle, std::numeric_limits<std::size_t>::max(), kLearnFromThreshold)) {
        const Entry& entry = m_blockers[static_cast<std::size_t>(match.blockerId)];
        for (std::size_t i = 0; i < entry.solutions.size(); ++i) {
            const LearnedSource& source = entry.solutions[i];
            const std::pair<QString, qint64> workshop{source.workshop, source.date.toJulianDay()};
            const auto known = byWords.constFind(entry.keys[i]);
            if (known == byWords.cend()) {
                byWords.insert(entry.keys[i], found.size());
                found.push_back({source.text, match.likeness, {source}});
                workshopsOf.push_back({workshop});
            } else if (!workshopsOf[*known].contains(workshop)) {
                workshopsOf[*known].insert(workshop);
                found[*known].sources.push_back(source);
            }
        }
    }
    for (LearnedSolution& solution : found) {
        std::stable_sort(solution.sources.begin(), solution.sources.end(), betterSource);
        solution.text = solution.sources.front().text;
    }
    // Likeness in tenths: blockers about as alike rank by how many workshops
    // found the solution, then how it was voted.
    const auto closeness = [](const LearnedSolution& s) {
        return std::lround(s.likeness.score * 10);
    };
    std::stable_sort(found.begin(), found.end(),
                     [&](const LearnedSolution& a, const LearnedSolution& b) {
                         if (closeness(a) != closeness(b))
                             return closeness(a) > closeness(b);
                         if (a.sources.size() != b.sources.size())
                             return a.sources.size() > b.sources.size();
                         return betterSource(a.sources.front(), b.sources.front());
                     });
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

bool hasSolutionLike(const SessionData& session, Id blockerId, const QString& text) {
    const MergeRoots roots(session.blockers);
    const Id root = roots.rootOf(blockerId);
    return std::any_of(session.solutions.begin(), session.solutions.end(), [&](const Solution& s) {
        return roots.rootOf(s.blockerId) == root && sameTitle(s.text, text);
    });
}

} // namespace unblock
