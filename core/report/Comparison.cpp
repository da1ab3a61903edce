#include "report/Comparison.h"

#include "ranking/Ranking.h"
#include "ranking/RoundInput.h"
#include "report/BarChart.h"
#include "report/CsvWriter.h"
#include "report/HtmlWriter.h"
#include "report/MarkdownWriter.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
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
    for (const Blocker& b : data.blockers) {
        if (b.mergedInto)
            entries[entryOf[data.rootOf(b.id)]].keys << matchKey(b.title);
    }
    return entries;
}

ComparedBlocker blockerFrom(const std::vector<const Entry*>& group) {
    ComparedBlocker out;
    out.title = group.front()->title;
    std::map<QString, int> categoryVotes;
    for (const Entry* e : group) {
        const auto at = std::find(out.workshops.begin(), out.workshops.end(), e->workshop);
        if (at == out.workshops.end()) {
            out.workshops.push_back(e->workshop);
            out.votesPerVoter.push_back(e->votesPerVoter);
        } else {
            out.votesPerVoter[static_cast<std::size_t>(at - out.workshops.begin())] +=
                e->votesPerVoter;
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
        if (std::find(c.workshops.begin(), c.workshops.end(), e.workshop) == c.workshops.end())
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

std::vector<ChartBar> categoryBars(const Comparison& c) {
    std::vector<ChartBar> bars;
    for (const ComparedCategory& category : c.categories) {
        if (category.workshops.size() > 1)
            bars.push_back({category.name, category.votesPerVoter, number(category.votesPerVoter)});
    }
    return bars;
}

} // namespace

ComparisonTables comparisonTables(const Comparison& c) {
    ComparisonTables t;
    t.workshopHeadings = {Tr::tr("Workshop"), Tr::tr("Voters")};
    t.blockerHeadings = {Tr::tr("Blocker"), Tr::tr("Category"), Tr::tr("Workshops"),
                         Tr::tr("Votes per voter, summed"), Tr::tr("Also written as")};
    t.categoryHeadings = {Tr::tr("Category"), Tr::tr("Workshops"), Tr::tr("Blockers"),
                          Tr::tr("Votes per voter, summed")};
    for (const ComparedWorkshop& w : c.workshops)
        t.workshops.push_back({w.name, QString::number(w.voters)});
    for (const ComparedCategory& category : c.categories) {
        t.categories.push_back({category.name, workshopNames(c, category.workshops),
                                QString::number(category.blockers),
                                number(category.votesPerVoter)});
    }
    for (const ComparedBlocker& b : c.recurring) {
        t.blockers.push_back({b.title, b.category, workshopNames(c, b.workshops),
                              number(b.combined()), b.otherTitles.join(u"; ")});
    }
    return t;
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
        out.workshops.push_back({sessions[w].name, voters});
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

Result<std::vector<WorkshopSession>> loadWorkshops(const QStringList& paths) {
    std::vector<WorkshopSession> sessions;
    for (const QString& path : paths) {
        const auto fail = [&path](const Error& error) {
            return Error{error.code,
                         Tr::tr("%1: %2").arg(QFileInfo(path).fileName(), error.message)};
        };
        Result<std::unique_ptr<store::SessionFile>> file =
            store::SessionFile::open(path, store::OpenMode::ReadOnly);
        if (!file)
            return fail(file.error());
        Result<SessionData> data = store::loadSession(*file.value());
        if (!data)
            return fail(data.error());
        const QString title = data->details.title;
        sessions.push_back({title.isEmpty() ? QFileInfo(path).completeBaseName() : title,
                            std::move(data.value())});
    }
    if (sessions.size() < 2)
        return Error{ErrorCode::InvalidInput, Tr::tr("Comparing needs two session files or more.")};
    return sessions;
}

QString comparisonMarkdown(const Comparison& c) {
    const ComparisonTables t = comparisonTables(c);
    QString out = u"# "_s + Tr::tr("Across workshops") + u"\n\n"_s;
    out += markdownTable(t.workshopHeadings, t.workshops);
    out += u"## "_s + Tr::tr("Blockers raised in more than one workshop") + u"\n\n"_s;
    if (t.blockers.empty())
        out += Tr::tr("No blocker was raised in more than one workshop.") + u"\n\n"_s;
    else
        out += markdownTable(t.blockerHeadings, t.blockers);
    out += u"## "_s + Tr::tr("Categories") + u"\n\n"_s;
    out += markdownTable(t.categoryHeadings, t.categories);
    return out;
}

QString comparisonHtml(const Comparison& c) {
    const ComparisonTables t = comparisonTables(c);
    const auto esc = [](const QString& text) {
        return text.toHtmlEscaped();
    };
    QString out = u"<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\">"
                  u"<head><meta charset=\"utf-8\"/><title>"_s +
                  esc(Tr::tr("Across workshops")) + u"</title><style>"_s + htmlStyle() +
                  u"</style></head>\n<body>\n<h1>"_s + esc(Tr::tr("Across workshops")) +
                  u"</h1>\n"_s;
    out += htmlTable(t.workshopHeadings, t.workshops);
    out += u"<h2>"_s + esc(Tr::tr("Blockers raised in more than one workshop")) + u"</h2>\n"_s;
    if (t.blockers.empty())
        out += u"<p>"_s + esc(Tr::tr("No blocker was raised in more than one workshop.")) +
               u"</p>\n"_s;
    else
        out += htmlTable(t.blockerHeadings, t.blockers);
    out += u"<h2>"_s + esc(Tr::tr("Categories")) + u"</h2>\n"_s;
    out +=
        barChartSvg(categoryBars(c), Tr::tr("Votes per voter for categories in several workshops"));
    out += htmlTable(t.categoryHeadings, t.categories);
    return out + u"</body></html>\n"_s;
}

QByteArray comparisonCsv(const Comparison& c) {
    const ComparisonTables t = comparisonTables(c);
    QString out = csvRow({Tr::tr("Kind"), Tr::tr("Name"), Tr::tr("Category"), Tr::tr("Workshops"),
                          Tr::tr("Votes per voter, summed"), Tr::tr("Also written as")});
    for (const QStringList& row : t.blockers)
        out += csvRow({Tr::tr("Blocker"), row[0], row[1], row[2], row[3], row[4]});
    for (const QStringList& row : t.categories)
        out += csvRow({Tr::tr("Category"), row[0], row[0], row[1], row[3], QString()});
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
