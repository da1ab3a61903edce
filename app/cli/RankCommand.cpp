#include "cli/RankCommand.h"

#include "cli/CliSupport.h"
#include "ranking/Ranking.h"
#include "ranking/RoundStates.h"
#include "store/Rounds.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace unblock::cli {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

Round chooseRound(const store::SessionFile& file, const CommandLine& cli) {
    Result<std::vector<Round>> rounds = store::loadRoundList(file);
    if (!rounds)
        failWith(rounds.error());
    if (cli.parser().isSet(u"round"_s)) {
        const int wanted = cli.intOption(u"round"_s, 0, 1);
        for (const Round& r : rounds.value()) {
            if (r.id == wanted)
                return r;
        }
        throw CliError{Tr::tr("rank: there is no voting round %1.").arg(wanted), Failed};
    }
    if (const std::optional<Id> latest = latestRoundOnBlockers(rounds.value())) {
        for (const Round& r : rounds.value()) {
            if (r.id == *latest)
                return r;
        }
    }
    throw CliError{Tr::tr("rank: the session has no voting round on blockers yet."), Failed};
}

// Ranked ballots can be counted by Borda or by Schulze; dots and ticks only as cast.
VoteMethod chooseMethod(const Round& round, const CommandLine& cli) {
    if (!cli.parser().isSet(u"method"_s))
        return round.method;
    const std::optional<VoteMethod> method = voteMethodFromKey(cli.parser().value(u"method"_s));
    if (!method) {
        throw CliError{
            Tr::tr("rank: --method is one of dots, approval, borda or schulze, not “%1”.")
                .arg(cli.parser().value(u"method"_s)),
            Usage};
    }
    if (*method != round.method && !(isRanked(*method) && isRanked(round.method))) {
        throw CliError{
            Tr::tr("rank: round %1 was a vote by %2; its ballots cannot be counted by %3. "
                   "Only ranked ballots can be recounted (by borda or schulze).")
                .arg(round.id)
                .arg(displayName(round.method), displayName(*method)),
            Usage};
    }
    return *method;
}

// The table as text in columns, each as wide as its widest cell and two
// spaces apart; the last (the item) runs on.
QString columns(const ResultsTable& table) {
    std::vector<qsizetype> widths(static_cast<std::size_t>(table.headings.size()), 0);
    const auto measure = [&](const QStringList& cells) {
        for (qsizetype c = 0; c < cells.size(); ++c)
            widths[static_cast<std::size_t>(c)] =
                std::max(widths[static_cast<std::size_t>(c)], cells[c].size());
    };
    measure(table.headings);
    for (const QStringList& row : table.rows)
        measure(row);
    const auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype c = 0; c + 1 < cells.size(); ++c)
            text += cells[c].leftJustified(widths[static_cast<std::size_t>(c)] + 2);
        text += cells.last();
        text += u'\n';
        return text;
    };
    QString out = line(table.headings);
    for (const QStringList& row : table.rows)
        out += line(row);
    return out;
}

void printTable(const Round& round, const RankingResult& result, const TopSelection& shown,
                bool isTop) {
    QString out = Tr::tr("Round %1%2: %3, voters with a ballot: %4")
                      .arg(round.id)
                      .arg(round.title.isEmpty() ? QString() : u" “" + round.title + u"”")
                      .arg(displayName(result.method))
                      .arg(result.voters);
    if (result.paperVoters > 0)
        out += Tr::tr(", voters on paper: %1").arg(result.paperVoters);
    out += u"\n\n"_s;
    out += columns(resultsTable(shown.rows, result.scoreName, result.voters > 0)) + u'\n';
    if (isTop && !shown.note.isEmpty())
        out += shown.note + u'\n';
    for (const RankedRow& row : shown.rows) {
        if (!row.orderNote.isEmpty())
            out += u"- " + row.title + u": " + row.orderNote + u'\n';
    }
    out += result.tieBreakRule + u'\n';
    printOut(out);
}

QJsonObject rowToJson(const RankedRow& row) {
    QJsonArray merged;
    for (Id id : row.mergedIds)
        merged.append(static_cast<double>(id));
    return {{u"rank"_s, row.rank},           {u"id"_s, static_cast<double>(row.itemId)},
            {u"title"_s, row.title},         {u"score"_s, static_cast<double>(row.score)},
            {u"voters"_s, row.voters},       {u"paper_dots"_s, static_cast<double>(row.paperDots)},
            {u"tied"_s, row.tied},           {u"merged"_s, merged},
            {u"order_note"_s, row.orderNote}};
}

void printJson(const Round& round, const RankingResult& result, const TopSelection& shown,
               bool isTop) {
    QJsonArray rows;
    for (const RankedRow& row : shown.rows)
        rows.append(rowToJson(row));
    QJsonObject out{{u"round"_s, static_cast<double>(round.id)},
                    {u"method"_s, toKey(result.method)},
                    {u"score_name"_s, result.scoreName},
                    {u"voters"_s, result.voters},
                    {u"paper_voters"_s, result.paperVoters},
                    {u"tie_break"_s, result.tieBreakRule},
                    {u"rows"_s, rows}};
    if (isTop) {
        out.insert(u"top_requested"_s, shown.requested);
        out.insert(u"widened"_s, shown.widened);
        out.insert(u"note"_s, shown.note);
    }
    printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
}

} // namespace

int runRank(const QStringList& arguments) {
    CommandLine cli(u"rank"_s, Tr::tr("Ranks a voting round's items, ties shown and explained."));
    cli.addPositional(u"FILE"_s, Tr::tr("The session file (*.unblock)."));
    cli.parser().addOption(
        {u"round"_s, Tr::tr("The round to rank. Default: the latest round on blockers."), u"ID"_s});
    cli.parser().addOption(
        {u"method"_s,
         Tr::tr("Count ranked ballots by borda or schulze instead of the round's own method."),
         u"METHOD"_s});
    cli.parser().addOption(
        {u"top"_s, Tr::tr("Show the top N only (ties at the N-th place widen it)."), u"N"_s});
    cli.parser().addOption({u"format"_s, Tr::tr("table (the default) or json."), u"FORMAT"_s});
    cli.parser().addOption(
        {u"count-merged-voter-once"_s,
         Tr::tr("A voter's dots on merged blockers count once (their largest), not added.")});
    cli.parser().addOption(
        {u"include-unrevealed"_s,
         Tr::tr("Rank a round whose results have not been revealed yet (after the day).")});
    if (!cli.parse(arguments))
        return Success;
    const QString format = cli.parser().value(u"format"_s);
    if (!format.isEmpty() && format != u"table" && format != u"json")
        throw CliError{Tr::tr("rank: --format is table or json, not “%1”.").arg(format), Usage};

    auto file = openSession(cli.positional(0), store::OpenMode::ReadOnly);
    const Round round = chooseRound(*file, cli);
    // One rule for every screen: results not yet revealed are not shown.
    if (!resultsMayBeShown(round) && !cli.parser().isSet(u"include-unrevealed"_s)) {
        throw CliError{Tr::tr("rank: the results of round %1 have not been revealed yet. Reveal "
                              "them, or add --include-unrevealed after the day.")
                           .arg(round.id),
                       Failed};
    }
    Result<RoundInput> input = store::loadRoundInput(*file, round.id);
    if (!input)
        failWith(input.error());
    input->method = chooseMethod(round, cli);
    const RankingResult result =
        rank(input.value(), RankOptions{cli.parser().isSet(u"count-merged-voter-once"_s)});

    const bool isTop = cli.parser().isSet(u"top"_s);
    TopSelection shown;
    if (isTop)
        shown = top(result, cli.intOption(u"top"_s, kDefaultTopCount, 1));
    else
        shown.rows = result.rows;
    if (format == u"json")
        printJson(round, result, shown, isTop);
    else
        printTable(round, result, shown, isTop);
    return Success;
}

} // namespace unblock::cli
