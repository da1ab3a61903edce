#include "report/Summary.h"

#include "journey/CostToServe.h"
#include "model/ActionPlan.h"
#include "model/BoardGroups.h"
#include "model/MergeRoots.h"
#include "ranking/RoundStates.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Summary)
};

std::optional<Id> rankingRound(const SessionData& session, const SummaryOptions& options) {
    return options.roundId ? options.roundId : latestRoundOnBlockers(session.rounds);
}

QString votingLine(const Round& round, const RankingResult& result) {
    QString line = displayName(round.method);
    line[0] = line[0].toUpper();
    QStringList parts{line};
    if (result.voters > 0)
        parts << Tr::tr("voters with a ballot: %1").arg(result.voters);
    if (result.paperVoters > 0)
        parts << Tr::tr("voters on paper: %1").arg(result.paperVoters);
    if (round.budget)
        parts << Tr::tr("votes per voter: %1").arg(*round.budget);
    return parts.join(u", ");
}

// A solution as the summary lists it, saying where it was learned if it came
// from another workshop (the library).
QString solutionLine(const Solution& s) {
    if (s.fromWorkshop.isEmpty())
        return s.text;
    return Tr::tr("%1 (learned from %2)").arg(s.text, learnedFrom(s));
}

class BlockerWriter {
public:
    explicit BlockerWriter(const SessionData& session)
        : m_session(session) {
        for (const Category& c : session.categories)
            m_categories.insert(c.id, c.name);
        const MergeRoots roots(session.blockers);
        for (const Blocker& b : session.blockers) {
            if (b.mergedInto)
                m_mergedInto[roots.rootOf(b.id)].push_back(&b);
        }
        // A pain point raised as a blocker counts for whatever it was merged into.
        for (const Journey& j : session.journeys) {
            for (const JourneyStep& step : j.steps) {
                if (!step.blockerId || !session.blocker(*step.blockerId))
                    continue;
                QStringList& titles = m_journeys[roots.rootOf(*step.blockerId)];
                if (!titles.contains(j.title))
                    titles << j.title;
            }
        }
    }

    // A blocker too long for a title keeps the whole as its detail: printed
    // under the title, it goes on from where the title stopped rather than
    // saying the title twice.
    static QString detailAfterTitle(const Blocker& b) {
        QString start = b.title;
        if (start.endsWith(QChar(0x2026)))
            start.chop(1); // where it was cut
        if (start.isEmpty() || !b.detail.startsWith(start) || b.detail.size() == start.size())
            return b.detail;
        return QChar(0x2026) + b.detail.mid(start.size()).trimmed();
    }

    // A root blocker with the text and solutions of those merged into it.
    SummaryBlocker make(const Blocker& b) const {
        SummaryBlocker out;
        out.id = b.id;
        out.title = b.title;
        out.detail = detailAfterTitle(b);
        out.category = b.categoryId ? m_categories.value(*b.categoryId) : QString();
        const std::optional<Id> group = shownGroupOf(m_session, b);
        out.group = group ? m_session.group(*group)->name : noGroupName();
        out.journeys = m_journeys.value(b.id);
        std::vector<Id> sources{b.id};
        if (auto it = m_mergedInto.find(b.id); it != m_mergedInto.end()) {
            for (const Blocker* merged : it->second) {
                out.mergedTitles << merged->title;
                sources.push_back(merged->id);
            }
        }
        for (Id source : sources) {
            for (const Solution& s : m_session.solutions) {
                if (s.blockerId == source)
                    out.solutions << solutionLine(s);
            }
        }
        return out;
    }

private:
    const SessionData& m_session;
    QHash<Id, QString> m_categories;
    std::unordered_map<Id, std::vector<const Blocker*>> m_mergedInto;
    QHash<Id, QStringList> m_journeys; // journeys whose pain points a blocker is
};

// Why a round's ranking is not printed, or nothing when it may be.
QString withheldWhy(const Round& round, const SummaryOptions& options) {
    if (options.includeUnrevealed || resultsMayBeShown(round))
        return {};
    const QString name =
        round.title.isEmpty() ? Tr::tr("Round %1").arg(round.id) : Tr::tr("“%1”").arg(round.title);
    return Tr::tr("The results of %1 have not been revealed yet, so they are not printed. "
                  "Reveal them, or ask for them after the day.")
        .arg(name);
}

void addTop(const SessionData& session, const SummaryOptions& options, const BlockerWriter& writer,
            SummaryDocument& doc) {
    doc.topRequested = options.topCount;
    doc.noTop = Tr::tr("No votes have been recorded yet.");
    const std::optional<Id> roundId = rankingRound(session, options);
    if (!roundId)
        return;
    if (const QString why = withheldWhy(*session.round(*roundId), options); !why.isEmpty()) {
        doc.noTop = why;
        return;
    }
    Result<RoundInput> input = roundInput(session, *roundId);
    if (!input)
        return;
    const RankingResult result = rank(input.value());
    const TopSelection selection = top(result, options.topCount);
    doc.votingLine = votingLine(*session.round(*roundId), result);
    doc.scoreMethod = result.method;
    doc.topNote = selection.note;
    for (const RankedRow& row : selection.rows) {
        SummaryBlocker entry = writer.make(*session.blocker(row.itemId));
        entry.score = row.score;
        entry.rank = row.rank;
        entry.tied = row.tied;
        doc.top.push_back(std::move(entry));
    }
}

void addOthers(const SessionData& session, const BlockerWriter& writer, SummaryDocument& doc) {
    std::unordered_set<Id> inTop;
    for (const SummaryBlocker& b : doc.top)
        inTop.insert(b.id);
    // The board's grouping, as every screen shows it.
    for (const BoardGroup& group : boardGroups(session)) {
        SummaryGroup others{group.name, {}};
        for (const Id id : group.blockers) {
            if (!inTop.contains(id))
                others.blockers.push_back(writer.make(*session.blocker(id)));
        }
        if (!others.blockers.empty())
            doc.others.push_back(std::move(others));
    }
}

void addActions(const SessionData& session, SummaryDocument& doc) {
    for (const ActionRef action : actionPlan(session, {}, QDate::currentDate())) {
        const Solution* s = session.solution(action.id);
        const Blocker* b = session.blocker(s->blockerId);
        doc.actions.push_back({s->text, b ? b->title : QString(), s->owner, s->due});
    }
}

void addSinceLastTime(const SessionData& session, SummarySinceLastTime& since) {
    if (session.carried.empty())
        return;
    const QDate today = QDate::currentDate();
    since.headings = {Tr::tr("What became of it"),
                      Tr::tr("Action"),
                      Tr::tr("Blocker"),
                      Tr::tr("Owner"),
                      Tr::tr("Due"),
                      Tr::tr("From")};
    QStringList counts;
    for (const CarriedOutcome outcome : kCarriedOutcomes) {
        int count = 0;
        for (const CarriedAction& a : session.carried) {
            if (outcomeOf(a, today) != outcome)
                continue;
            ++count;
            since.rows.push_back({carriedOutcomeName(outcome), a.text, a.blocker, a.owner,
                                  a.due.isValid() ? a.due.toString(Qt::ISODate) : QString(),
                                  carriedFrom(a)});
        }
        if (count > 0)
            counts << Tr::tr("%1 %2").arg(count).arg(carriedOutcomeName(outcome).toLower());
    }
    since.counts = Tr::tr("Of the %n action(s) carried from earlier workshops: %1.", nullptr,
                          int(session.carried.size()))
                       .arg(counts.join(u", "));
}

QString stateName(RoundState state) {
    switch (state) {
    case RoundState::Open:
        return Tr::tr("still open");
    case RoundState::Closed:
        return Tr::tr("closed, not yet revealed");
    case RoundState::Revealed:
        return Tr::tr("revealed");
    }
    return {};
}

void addRounds(const SessionData& session, const SummaryOptions& options, SummaryDocument& doc) {
    for (const Round& round : session.rounds) {
        Result<RoundInput> input = roundInput(session, round.id);
        if (!input)
            continue;
        const RankingResult result = rank(input.value());
        QString settings = votingLine(round, result);
        if (round.maxPerItem)
            settings += Tr::tr(", most on one item: %1").arg(*round.maxPerItem);
        const QString title =
            round.title.isEmpty() ? Tr::tr("Round %1").arg(round.id) : round.title;
        const QString withheld = withheldWhy(round, options);
        doc.rounds.push_back({title, settings, stateName(round.state), result.scoreName,
                              withheld.isEmpty() ? result.rows : std::vector<RankedRow>{},
                              result.voters > 0, withheld});
    }
}

QString channelName(const std::vector<Channel>& channels, std::optional<Id> id) {
    for (const Channel& c : channels) {
        if (id && c.id == *id)
            return c.name;
    }
    return {};
}

QString pounds(std::optional<Pence> pence) {
    return pence ? formatPounds(*pence) : Tr::tr("unknown");
}

} // namespace

const std::vector<SummaryPartChoice>& summaryPartChoices() {
    static const std::vector<SummaryPartChoice> parts{
        {"title", QT_TRANSLATE_NOOP("Summary", "&Title, date, venue and groups"),
         &SummaryParts::titleBlock},
        {"top", QT_TRANSLATE_NOOP("Summary", "Top &blockers and solutions"), &SummaryParts::top},
        {"others", QT_TRANSLATE_NOOP("Summary", "&Other blockers, by group"),
         &SummaryParts::others},
        {"journeys", QT_TRANSLATE_NOOP("Summary", "User &journeys and cost to serve"),
         &SummaryParts::journeys},
        {"matrix", QT_TRANSLATE_NOOP("Summary", "&Impact and effort matrix"),
         &SummaryParts::matrix},
        {"actions", QT_TRANSLATE_NOOP("Summary", "&Action plan"), &SummaryParts::actionPlan},
        {"rounds", QT_TRANSLATE_NOOP("Summary", "Appendix: &voting rounds"),
         &SummaryParts::roundsAppendix},
    };
    return parts;
}

QString summaryPartLabel(const SummaryPartChoice& part) {
    return QCoreApplication::translate("Summary", part.label);
}

ResultsTable roundTable(const SummaryRound& round) {
    return resultsTable(round.rows, round.scoreName, round.hasBallots);
}

SummaryJourney summaryJourney(const Journey& j, const SessionData& session) {
    const std::vector<Channel>& channels = session.channels;
    SummaryJourney out;
    out.title = j.title;
    QStringList facts{j.variant == JourneyVariant::Future ? Tr::tr("Future journey")
                                                          : Tr::tr("Current journey")};
    if (!j.persona.isEmpty())
        facts << j.persona;
    if (const QString preferred = channelName(channels, j.preferredChannelId); !preferred.isEmpty())
        facts << Tr::tr("prefers: %1").arg(preferred);
    if (j.annualVolume > 0)
        facts
            << Tr::tr("journeys a year: %1")
                   .arg(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(j.annualVolume));
    out.facts = facts.join(u" · ");
    out.diagram = journeyDiagram(j, channels);
    out.photo = j.photo;
    for (const JourneyStep& step : j.steps) {
        const StepCost cost = stepCost(step, channels);
        if (cost.pence && !cost.source.isEmpty() && !out.sources.contains(cost.source))
            out.sources << cost.source;
        out.steps.push_back({step.description, channelName(channels, step.channelId), step.actor,
                             pounds(cost.pence), step.avoidable,
                             step.painPoint
                                 ? (step.painNote.isEmpty() ? Tr::tr("yes") : step.painNote)
                                 : QString()});
    }
    const JourneyCost cost = journeyCost(j, channels);
    out.totals << Tr::tr("Cost per journey: %1").arg(pounds(cost.total()));
    out.totals << Tr::tr("Avoidable contact: %1").arg(pounds(cost.avoidable()));
    if (cost.total() && j.annualVolume > 0) {
        const Result<Pence> year = annualCost(*cost.total(), j.annualVolume);
        out.totals
            << Tr::tr("A year: %1").arg(year ? formatPounds(year.value()) : Tr::tr("too large"));
    }
    out.saving = savingText(j, session.journeys, channels);
    return out;
}

// What a pair of journeys saves, said from either side: the future version
// and the current one it improves say the same figure.
QString savingText(const Journey& journey, const std::vector<Journey>& journeys,
                   const std::vector<Channel>& channels) {
    const Journey* current = currentOf(journey, journeys);
    const Journey* future = futureOf(journey, journeys);
    if (!current && !future)
        return {};
    if (!current)
        current = &journey;
    if (!future)
        future = &journey;
    const Result<Saving> saving = futureSaving(*current, *future, channels);
    if (!saving || !saving->perJourney) {
        return Tr::tr("What “%1” saves over “%2” is unknown: a step has no cost.")
            .arg(future->title, current->title);
    }
    const QString perJourney = formatPounds(*saving->perJourney);
    const QString perYear = formatPounds(*saving->perYear);
    if (&journey == future) {
        return Tr::tr("Saves %1 a journey over “%2”, %3 a year")
            .arg(perJourney, current->title, perYear);
    }
    return Tr::tr("Its future version “%1” saves %2 a journey, %3 a year")
        .arg(future->title, perJourney, perYear);
}

QString placeText(const SummaryBlocker& blocker) {
    return QString::number(blocker.rank) + (blocker.tied ? u'=' : u'.');
}

QStringList blockerFacts(const SummaryBlocker& b) {
    QStringList facts;
    if (!b.category.isEmpty())
        facts << Tr::tr("Category: %1").arg(b.category);
    for (const QString& merged : b.mergedTitles)
        facts << Tr::tr("Merged with: %1").arg(merged);
    if (!b.journeys.isEmpty())
        facts << Tr::tr("A pain point in: %1").arg(b.journeys.join(u"; "));
    return facts;
}

std::pair<QStringList, std::vector<QStringList>> journeyTable(const SummaryJourney& journey) {
    const QStringList headings{Tr::tr("Step"), Tr::tr("Channel"),   Tr::tr("Who"),
                               Tr::tr("Cost"), Tr::tr("Avoidable"), Tr::tr("Pain point")};
    std::vector<QStringList> rows;
    int number = 0;
    for (const SummaryJourneyStep& step : journey.steps) {
        rows.push_back({u"%1. %2"_s.arg(++number).arg(step.description), step.channel, step.actor,
                        step.cost, step.avoidable ? Tr::tr("yes") : QString(), step.painPoint});
    }
    return {headings, rows};
}

QString journeySources(const SummaryJourney& journey) {
    return journey.sources.isEmpty() ? QString()
                                     : Tr::tr("Costs: %1.").arg(journey.sources.join(u"; "));
}

QString summaryDate(const SessionDetails& details) {
    if (!details.date.isValid())
        return {};
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(details.date, QLocale::LongFormat);
}

QString summaryTitle(const SessionDetails& details) {
    return details.title.isEmpty() ? Tr::tr("Workshop summary") : details.title;
}

Result<SummaryDocument> buildSummary(const SessionData& session, const SummaryOptions& options) {
    if (options.topCount < 1) {
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("The summary needs a top of at least one blocker.")};
    }
    if (options.roundId) {
        const Round* round = session.round(*options.roundId);
        if (!round || round->subject != RoundSubject::Blockers) {
            return Error{ErrorCode::NotFound,
                         Tr::tr("There is no voting round %1 on blockers.").arg(*options.roundId)};
        }
    }
    SummaryDocument doc;
    doc.details = session.details;
    // A table that raised nothing is not one the summary names.
    for (const Group& g : session.groups) {
        const bool raised = std::any_of(session.blockers.begin(), session.blockers.end(),
                                        [&](const Blocker& b) { return b.groupId == g.id; });
        if (raised)
            doc.groups << g.name;
    }
    const BlockerWriter writer(session);
    if (options.parts.top || options.parts.others)
        addTop(session, options, writer, doc); // "others" are those not in the top
    if (options.parts.others)
        addOthers(session, writer, doc);
    if (!options.parts.top)
        doc.top.clear();
    if (options.parts.journeys) {
        for (const Journey& j : session.journeys)
            doc.journeys.push_back(summaryJourney(j, session));
    }
    if (options.parts.matrix)
        doc.matrix = impactEffortMatrix(session);
    if (options.parts.actionPlan) {
        addSinceLastTime(session, doc.sinceLastTime);
        addActions(session, doc);
    }
    if (options.parts.roundsAppendix)
        addRounds(session, options, doc);
    doc.parts = options.parts;
    return doc;
}

} // namespace unblock
