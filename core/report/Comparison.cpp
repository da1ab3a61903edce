#include "report/Comparison.h"

#include "model/MergeRoots.h"
#include "ranking/Ranking.h"
#include "ranking/RoundInput.h"
#include "report/BarChart.h"
#include "report/CsvWriter.h"
#include "report/HtmlWriter.h"
#include "report/MarkdownWriter.h"
#include "report/Programme.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

using namespace Qt::StringLiterals;

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Comparison)
};

// Titles match whatever their case, spacing or closing punctuation.
QString matchKey(const QString& title) {
    static const QRegularExpression spaces(u"\\s+"_s);
    static const QRegularExpression edges(u"^[\\s\\p{P}]+|[\\s\\p{P}]+$"_s);
    return title.toCaseFolded().replace(spaces, u" "_s).remove(edges);
}

// One root blocker of one workshop, with what it is known by.
struct Entry {
    int workshop = 0;
    QString title;
    QString category;
    QStringList keys;
    double votesPerVoter = 0;
};

// Groups entries that share any key, across workshops (union-find).
class Matcher {
public:
    explicit Matcher(const std::vector<Entry>& entries)
        : m_parent(entries.size()) {
        std::iota(m_parent.begin(), m_parent.end(), 0);
        QHash<QString, std::size_t> firstWithKey;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            for (const QString& key : entries[i].keys) {
                const auto found = firstWithKey.constFind(key);
                if (found == firstWithKey.cend())
                    firstWithKey.insert(key, i);
                else
                    join(*found, i);
            }
        }
    }
    std::size_t root(std::size_t i) {
        while (m_parent[i] != i)
            i = m_parent[i] = m_parent[m_parent[i]];
        return i;
    }

private:
    void join(std::size_t a, std::size_t b) { m_parent[root(b)] = root(a); }
    std::vector<std::size_t> m_parent;
};

// The workshop's blockers with their votes per voter, from the round that
// ranks its blockers (the latest), as the summary uses.
std::vector<Entry> entriesOf(const SessionData& data, int workshop, int& voters) {
    std::map<Id, double> share;
    voters = 0;
    if (const std::optional<Id> ranking = latestRoundOnBlockers(data.rounds)) {
        if (Result<RoundInput> input = roundInput(data, *ranking)) {
            const RankingResult result = rank(input.value());
            voters = result.voters + result.paperVoters;
            for (const RankedRow& row : result.rows)
                share[row.itemId] = voters > 0 ? static_cast<double>(row.score) / voters : 0;
        }
    }
    QHash<Id, QString> categories;
    for (const Category& c : data.categories)
        categories.insert(c.id, c.name);
    std::vector<Entry> entries;
    std::map<Id, std::size_t> entryOf;
    for (const Blocker& b : data.blockers) {
        if (b.mergedInto)
            continue;
        entryOf[b.id] = entries.size();
        entries.push_back({workshop,
                           b.title,
                           b.categoryId ? categories.value(*b.categoryId) : QString(),
                           {matchKey(b.title)},
                           share.count(b.id) ? share[b.id] : 0});
    }
    const MergeRoots roots(data.blockers);
    for (const Blocker& b : data.blockers) {
        if (b.mergedInto)
            entries[entryOf[roots.rootOf(b.id)]].keys << matchKey(b.title);
    }
    return entries;
}

ComparedBlocker blockerFrom(const std::vector<const Entry*>& group) {
    ComparedBlocker out;
    out.title = group.front()->title;
    std::map<QString, int> categoryVotes;
    for (const Entry* e : group) {
        // A group's entries come in workshop order.
        if (out.workshops.empty() || out.workshops.back() != e->workshop) {
            out.workshops.push_back(e->workshop);
            out.votesPerVoter.push_back(e->votesPerVoter);
        } else {
            out.votesPerVoter.back() += e->votesPerVoter;
        }
        if (e->title != out.title && !out.otherTitles.contains(e->title))
            out.otherTitles << e->title;
        if (!e->category.isEmpty())
            ++categoryVotes[e->category];
    }
    int best = 0;
    for (const auto& [name, count] : categoryVotes) {
        if (count > best) {
            best = count;
            out.category = name;
        }
    }
    return out;
}

std::vector<ComparedCategory> categoriesOf(const std::vector<Entry>& entries) {
    std::map<QString, ComparedCategory> byKey;
    for (const Entry& e : entries) {
        if (e.category.isEmpty())
            continue;
        ComparedCategory& c = byKey[matchKey(e.category)];
        if (c.name.isEmpty())
            c.name = e.category;
        if (c.workshops.empty() || c.workshops.back() != e.workshop) // entries in workshop order
            c.workshops.push_back(e.workshop);
        ++c.blockers;
        c.votesPerVoter += e.votesPerVoter;
    }
    std::vector<ComparedCategory> out;
    for (auto& [key, c] : byKey)
        out.push_back(std::move(c));
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        if (a.workshops.size() != b.workshops.size())
            return a.workshops.size() > b.workshops.size();
        return a.votesPerVoter > b.votesPerVoter;
    });
    return out;
}

QString number(double value) {
    return QString::number(value, 'f', 2);
}

// A table's cells stay short enough to read beside each other, escaped for
// Markdown too (a backslash before each character at worst): the CSV has
// every text whole.
constexpr qsizetype kLongestCell = 96;

QString cut(const QString& text, qsizetype longest = kLongestCell) {
    if (text.size() <= longest)
        return text;
    qsizetype end = longest - 1;
    if (text.at(end - 1).isHighSurrogate()) // never half a character
        --end;
    return text.left(end).trimmed() + u'…';
}

// At most two other ways it was written, each cut short.
QString someOtherTitles(const QStringList& titles) {
    constexpr qsizetype shown = 2;
    QStringList some;
    for (const QString& title : titles.mid(0, shown))
        some << cut(title, 40);
    if (titles.size() > shown)
        some << Tr::tr("and %n more", nullptr, static_cast<int>(titles.size() - shown));
    return some.join(u"; ");
}

QString isoDate(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : u"–"_s;
}

// How many of the top categories the quarter table follows.
constexpr std::size_t kCategoriesByQuarter = 5;

} // namespace

ComparisonTables comparisonTables(const Comparison& c) {
    const Programme programme(c.workshops);
    ComparisonTables t;
    t.blockerHeadings = {Tr::tr("Blocker"),
                         Tr::tr("Category"),
                         Tr::tr("Workshops"),
                         Tr::tr("Votes per voter, summed"),
                         Tr::tr("First"),
                         Tr::tr("Last"),
                         Tr::tr("Trend by quarter"),
                         Tr::tr("Also written as")};
    t.categoryHeadings = {Tr::tr("Category"),        Tr::tr("Workshops"),
                          Tr::tr("Blockers"),        Tr::tr("Votes per voter, summed"),
                          Tr::tr("First"),           Tr::tr("Last"),
                          Tr::tr("Trend by quarter")};
    t.workshopHeadings = {Tr::tr("Workshop"), Tr::tr("Date"), Tr::tr("Voters")};
    for (const ComparedBlocker& b : c.recurring) {
        t.blockers.push_back({cut(b.title), cut(b.category), programme.share(b.workshops),
                              number(b.combined()), isoDate(programme.first(b.workshops)),
                              isoDate(programme.last(b.workshops)), programme.trend(b.workshops),
                              someOtherTitles(b.otherTitles)});
    }
    for (const ComparedCategory& category : c.categories) {
        const std::vector<int>& raisedBy = category.workshops;
        t.categories.push_back({cut(category.name), programme.share(raisedBy),
                                QString::number(category.blockers), number(category.votesPerVoter),
                                isoDate(programme.first(raisedBy)),
                                isoDate(programme.last(raisedBy)), programme.trend(raisedBy)});
    }
    const std::size_t followed = std::min(kCategoriesByQuarter, c.categories.size());
    t.quarterHeadings = {Tr::tr("Quarter"), Tr::tr("Workshops")};
    for (std::size_t k = 0; k < followed; ++k)
        t.quarterHeadings << cut(c.categories[k].name, 40);
    for (std::size_t q = 0; q < programme.quarters().size(); ++q) {
        QStringList row{programme.quarters()[q].name(),
                        QString::number(programme.heldByQuarter()[q])};
        for (std::size_t k = 0; k < followed; ++k)
            row << programme.shareIn(q, c.categories[k].workshops);
        t.quarters.push_back(row);
    }
    for (const ComparedWorkshop& w : c.workshops)
        t.workshops.push_back({cut(w.name), isoDate(w.date), QString::number(w.voters)});
    return t;
}

std::vector<ChartBar> topCategoryBars(const Comparison& c) {
    constexpr std::size_t mostBars = 8; // more would not make a readable chart
    std::vector<const ComparedCategory*> widest;
    for (const ComparedCategory& category : c.categories)
        widest.push_back(&category);
    std::stable_sort(widest.begin(), widest.end(), [](const auto* a, const auto* b) {
        return a->workshops.size() > b->workshops.size();
    });
    widest.resize(std::min(widest.size(), mostBars));
    std::vector<ChartBar> bars;
    for (const ComparedCategory* category : widest) {
        const double share = 100.0 * static_cast<double>(category->workshops.size()) /
                             static_cast<double>(c.workshops.size());
        bars.push_back({category->name, share, Tr::tr("%1%").arg(std::lround(share))});
    }
    return bars;
}

QString comparisonOverview(const Comparison& c) {
    const Programme programme(c.workshops);
    int voters = 0;
    for (const ComparedWorkshop& w : c.workshops)
        voters += w.voters;
    const QString held = Tr::tr("%n workshop(s)", nullptr, static_cast<int>(c.workshops.size()));
    const QString withVoters = Tr::tr("%n voter(s)", nullptr, voters);
    if (!programme.firstDate().isValid())
        return Tr::tr("%1, with %2.").arg(held, withVoters);
    return Tr::tr("%1, held from %2 to %3, with %4.")
        .arg(held, isoDate(programme.firstDate()), isoDate(programme.lastDate()), withVoters);
}

QString workshopNames(const Comparison& c, const std::vector<int>& workshops) {
    QStringList names;
    for (int w : workshops)
        names << c.workshops[static_cast<std::size_t>(w)].name;
    return names.join(u", ");
}

double ComparedBlocker::combined() const {
    return std::accumulate(votesPerVoter.begin(), votesPerVoter.end(), 0.0);
}

Comparison compareWorkshops(const std::vector<WorkshopSession>& sessions) {
    Comparison out;
    std::vector<Entry> entries;
    for (std::size_t w = 0; w < sessions.size(); ++w) {
        int voters = 0;
        std::vector<Entry> more = entriesOf(sessions[w].data, static_cast<int>(w), voters);
        entries.insert(entries.end(), more.begin(), more.end());
        out.workshops.push_back({sessions[w].name, sessions[w].data.details.date, voters});
    }
    Matcher matcher(entries);
    std::map<std::size_t, std::vector<const Entry*>> groups;
    for (std::size_t i = 0; i < entries.size(); ++i)
        groups[matcher.root(i)].push_back(&entries[i]);
    for (const auto& [root, group] : groups) {
        ComparedBlocker blocker = blockerFrom(group);
        if (blocker.workshops.size() > 1)
            out.recurring.push_back(std::move(blocker));
    }
    std::stable_sort(out.recurring.begin(), out.recurring.end(), [](const auto& a, const auto& b) {
        if (a.workshops.size() != b.workshops.size())
            return a.workshops.size() > b.workshops.size();
        return a.combined() > b.combined();
    });
    out.categories = categoriesOf(entries);
    return out;
}

Result<WorkshopSession> loadWorkshop(const QString& path) {
    const auto fail = [&path](const Error& error) {
        return Error{error.code, Tr::tr("%1: %2").arg(QFileInfo(path).fileName(), error.message)};
    };
    if (const QFileInfo info(path); info.size() > kLargestWorkshopFile) {
        return fail({ErrorCode::InvalidInput,
                     Tr::tr("“%1” is %2 MB: too large to be a workshop’s session (at most %3 MB).")
                         .arg(info.fileName())
                         .arg(info.size() / kBytesPerMegabyte)
                         .arg(kLargestWorkshopFile / kBytesPerMegabyte)});
    }
    Result<std::unique_ptr<store::SessionFile>> file =
        store::SessionFile::open(path, store::OpenMode::ReadOnly);
    if (!file)
        return fail(file.error());
    // A programme's worth of journey photos would only fill the memory.
    Result<SessionData> data = store::loadSession(*file.value(), store::Photos::Leave);
    if (!data)
        return fail(data.error());
    const QString title = data->details.title;
    return WorkshopSession{title.isEmpty() ? QFileInfo(path).completeBaseName() : title,
                           std::move(data.value())};
}

Result<std::vector<WorkshopSession>> loadWorkshops(const QStringList& paths) {
    std::vector<WorkshopSession> sessions;
    for (const QString& path : paths) {
        Result<WorkshopSession> session = loadWorkshop(path);
        if (!session)
            return session.error();
        sessions.push_back(std::move(session.value()));
    }
    if (sessions.size() < 2)
        return Error{ErrorCode::InvalidInput, Tr::tr("Comparing needs two session files or more.")};
    return sessions;
}

namespace {

// Why a file was not read, naming it once: the reader's message starts with
// the file's name, and often names it again.
QString reasonFor(const QFileInfo& file, const Error& error) {
    const QString prefix = file.fileName() + u": "_s;
    const QString rest = error.message.mid(prefix.size());
    return error.message.startsWith(prefix) && rest.contains(file.fileName()) ? rest
                                                                              : error.message;
}

} // namespace

QStringList unreadableLines(const std::vector<UnreadableFile>& files) {
    QStringList lines;
    for (const UnreadableFile& file : files)
        lines << Tr::tr("%1: %2").arg(file.fileName, file.reason);
    return lines;
}

QString tooFewToCompare() {
    return Tr::tr("Comparing needs two session files or more that can be read.");
}

std::vector<UnreadableFile> readWorkshops(const QStringList& paths,
                                          const std::function<void(WorkshopSession&&)>& take,
                                          const std::atomic<bool>* stop) {
    std::vector<UnreadableFile> unreadable;
    for (const QString& path : paths) {
        if (stop && stop->load())
            break;
        Result<WorkshopSession> session = loadWorkshop(path);
        if (session) {
            take(std::move(session.value()));
            continue;
        }
        const QFileInfo info(path);
        unreadable.push_back({info.fileName(), reasonFor(info, session.error())});
    }
    return unreadable;
}

namespace {

// The comparison's parts in reading order, for the Markdown and HTML writers.
struct Part {
    QString heading; // level 2; none for the opening
    QString text;    // a paragraph before the table
    QStringList headings;
    std::vector<QStringList> rows;
    bool chart = false; // the top categories' chart goes before the table
};

QString trendNote(const Comparison& c) {
    const Programme programme(c.workshops);
    if (programme.quarters().empty())
        return Tr::tr("No workshop has a date, so there is no trend by quarter.");
    return Tr::tr("Trend by quarter: one mark a quarter from %1 to %2, as high as the share of "
                  "that quarter’s workshops that raised it (· for a quarter without a workshop); "
                  "rising or falling when its share in the later half of the quarters is ten "
                  "points or more above or below the earlier half.")
        .arg(programme.quarters().front().name(), programme.quarters().back().name());
}

std::vector<Part> comparisonParts(const Comparison& c) {
    ComparisonTables t = comparisonTables(c);
    std::vector<Part> parts;
    parts.push_back({{}, comparisonOverview(c), {}, {}, false});
    const QString recurring = Tr::tr("Blockers raised in more than one workshop");
    if (t.blockers.empty())
        parts.push_back(
            {recurring, Tr::tr("No blocker was raised in more than one workshop."), {}, {}, false});
    else
        parts.push_back({recurring, trendNote(c), t.blockerHeadings, std::move(t.blockers), false});
    parts.push_back({Tr::tr("Categories"), {}, t.categoryHeadings, std::move(t.categories), true});
    if (!t.quarters.empty())
        parts.push_back({Tr::tr("By quarter"),
                         Tr::tr("How many workshops each quarter held, and the share of them that "
                                "raised each of the categories raised most widely."),
                         t.quarterHeadings, std::move(t.quarters), false});
    parts.push_back(
        {Tr::tr("Appendix: the workshops"), {}, t.workshopHeadings, std::move(t.workshops), false});
    return parts;
}

} // namespace

QString comparisonMarkdown(const Comparison& c) {
    QString out = u"# "_s + Tr::tr("Across workshops") + u"\n\n"_s;
    for (const Part& part : comparisonParts(c)) {
        if (!part.heading.isEmpty())
            out += u"## "_s + part.heading + u"\n\n"_s;
        if (!part.text.isEmpty())
            out += escapeMarkdown(part.text) + u"\n\n"_s;
        if (!part.headings.isEmpty())
            out += markdownTable(part.headings, part.rows);
    }
    return out;
}

QString comparisonHtml(const Comparison& c) {
    const auto esc = [](const QString& text) {
        return text.toHtmlEscaped();
    };
    QString out = u"<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\">"
                  u"<head><meta charset=\"utf-8\"/><title>"_s +
                  esc(Tr::tr("Across workshops")) + u"</title><style>"_s + htmlStyle() +
                  u"</style></head>\n<body>\n<h1>"_s + esc(Tr::tr("Across workshops")) +
                  u"</h1>\n"_s;
    for (const Part& part : comparisonParts(c)) {
        if (!part.heading.isEmpty())
            out += u"<h2>"_s + esc(part.heading) + u"</h2>\n"_s;
        if (!part.text.isEmpty())
            out += u"<p>"_s + esc(part.text) + u"</p>\n"_s;
        if (part.chart)
            out +=
                barChartSvg(topCategoryBars(c),
                            Tr::tr("Share of workshops that raised each category, widest first"));
        if (!part.headings.isEmpty())
            out += htmlTable(part.headings, part.rows);
    }
    return out + u"</body></html>\n"_s;
}

namespace {

// The workshops' names for a CSV cell: as many as a spreadsheet's cell holds
// (Excel's 32,767 characters), then how many more.
QString namesForCsv(const Comparison& c, const std::vector<int>& raisedBy) {
    constexpr qsizetype cellHolds = 32'000;
    QString names;
    for (std::size_t i = 0; i < raisedBy.size(); ++i) {
        const QString& name = c.workshops[static_cast<std::size_t>(raisedBy[i])].name;
        if (names.size() + name.size() > cellHolds)
            return names + Tr::tr(" and %n more", nullptr, static_cast<int>(raisedBy.size() - i));
        names += (i > 0 ? u", "_s : QString()) + name;
    }
    return names;
}

} // namespace

QByteArray comparisonCsv(const Comparison& c) {
    const Programme programme(c.workshops);
    const QString of = QString::number(c.workshops.size());
    const auto row = [&](const QString& kind, const QString& name, const QString& category,
                         const std::vector<int>& raisedBy, double votesPerVoter,
                         const QString& otherTitles) {
        const int n = static_cast<int>(raisedBy.size());
        return csvRow(
            {kind, name, category, QString::number(n), of,
             QString::number(std::lround(100.0 * n / static_cast<double>(c.workshops.size()))),
             number(votesPerVoter), isoDate(programme.first(raisedBy)),
             isoDate(programme.last(raisedBy)), programme.trendInWords(raisedBy), otherTitles,
             namesForCsv(c, raisedBy)});
    };
    QString out = csvRow({Tr::tr("Kind"), Tr::tr("Name"), Tr::tr("Category"), Tr::tr("Workshops"),
                          Tr::tr("Of"), Tr::tr("Share (%)"), Tr::tr("Votes per voter, summed"),
                          Tr::tr("First"), Tr::tr("Last"), Tr::tr("By quarter"),
                          Tr::tr("Also written as"), Tr::tr("Workshop names")});
    for (const ComparedBlocker& b : c.recurring)
        out += row(Tr::tr("Blocker"), b.title, b.category, b.workshops, b.combined(),
                   b.otherTitles.join(u"; "));
    for (const ComparedCategory& category : c.categories)
        out += row(Tr::tr("Category"), category.name, category.name, category.workshops,
                   category.votesPerVoter, QString());
    return csvForExcel(out);
}

std::optional<ComparisonFormat> comparisonFormatNamed(const QString& suffix) {
    const QString word = suffix.toLower();
    if (word == u"html" || word == u"htm")
        return ComparisonFormat::Html;
    if (word == u"md" || word == u"markdown")
        return ComparisonFormat::Markdown;
    if (word == u"csv")
        return ComparisonFormat::Csv;
    return std::nullopt;
}

QByteArray writeComparison(const Comparison& comparison, ComparisonFormat format) {
    switch (format) {
    case ComparisonFormat::Html:
        return comparisonHtml(comparison).toUtf8();
    case ComparisonFormat::Markdown:
        return comparisonMarkdown(comparison).toUtf8();
    case ComparisonFormat::Csv:
        return comparisonCsv(comparison);
    }
    return {};
}

QString comparisonFileFilters() {
    return Tr::tr("Web page (*.html)") + u";;"_s + Tr::tr("Markdown (*.md)") + u";;"_s +
           Tr::tr("Spreadsheet (*.csv)");
}

} // namespace unblock
