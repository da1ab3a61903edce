#pragma once

#include "model/Result.h"
#include "model/SessionData.h"
#include "report/BarChart.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace unblock {

// What recurs across several workshops: categories matched by name, blockers
// matched by title, where a blocker merged with a duplicate in one workshop
// also matches that duplicate's title in the others. Votes are normalised by
// each workshop's number of voters (votes per voter), so a big room does not
// outweigh a small one, then added up across workshops.

struct ComparedWorkshop {
    QString name;   // the workshop's title, else its file name
    QDate date;     // the day it was held, if the session says
    int voters = 0; // with a ballot or on paper, in the round that ranks its blockers
};

struct ComparedCategory {
    QString name;
    std::vector<int> workshops; // indexes into Comparison::workshops
    int blockers = 0;
    double votesPerVoter = 0; // summed over workshops
};

struct ComparedBlocker {
    QString title;    // as the first workshop wrote it
    QString category; // the one most workshops gave it
    std::vector<int> workshops;
    std::vector<double> votesPerVoter; // one per workshop in `workshops`
    QStringList otherTitles;           // how other workshops wrote it
    double combined() const;
};

struct Comparison {
    std::vector<ComparedWorkshop> workshops;
    std::vector<ComparedCategory> categories; // every category, most votes first
    std::vector<ComparedBlocker> recurring;   // blockers in two workshops or more
};

struct WorkshopSession {
    QString name;
    SessionData data;
};

Comparison compareWorkshops(const std::vector<WorkshopSession>& sessions);

// A session file is a workshop's words and votes, and its journeys' photos
// (8 MB each at most): a file larger than this is not a workshop, and reading
// it (every page is checked on open) would hold up the files after it.
inline constexpr qint64 kBytesPerMegabyte = qint64{1024} * 1024;
inline constexpr qint64 kLargestWorkshopFile = 256 * kBytesPerMegabyte;

// Opens the file read-only, never changing it; the error names the file. A
// file larger than kLargestWorkshopFile is refused unopened.
Result<WorkshopSession> loadWorkshop(const QString& path);
// The same for each file, stopping at the first that cannot be read.
Result<std::vector<WorkshopSession>> loadWorkshops(const QStringList& paths);

// A file that could not be read as a workshop, and why (naming the file
// only when the reason needs it again: "“notes.unblock” is not an Unblock
// session…").
struct UnreadableFile {
    QString fileName;
    QString reason;
};

// Reads each file as loadWorkshop does, handing each workshop read to
// `take`, in order; one that cannot be read (damaged, not a session, a
// look-alike, too large) is returned with its reason and never stops the
// rest. Setting `stop` (from another thread) ends the reading before the
// next file. The library and `unblock-cli compare` read workshops so.
std::vector<UnreadableFile> readWorkshops(const QStringList& paths,
                                          const std::function<void(WorkshopSession&&)>& take,
                                          const std::atomic<bool>* stop = nullptr);

// Each file left out of a comparison, "notes.unblock: why", for a person.
QStringList unreadableLines(const std::vector<UnreadableFile>& files);
// Why nothing was compared when fewer than two files could be read.
QString tooFewToCompare();

// "Demo, Caerdydd"
QString workshopNames(const Comparison& comparison, const std::vector<int>& workshops);

// "400 workshops, held from 2025-01-14 to 2026-11-20, with 9,612 voters."
QString comparisonOverview(const Comparison& comparison);

// The comparison's tables as every format (and the app) shows them: counts
// and shares, never a list of workshops in a cell; the workshops themselves
// in an appendix.
struct ComparisonTables {
    QStringList blockerHeadings;
    std::vector<QStringList> blockers; // the recurring ones
    QStringList categoryHeadings;
    std::vector<QStringList> categories;
    QStringList quarterHeadings; // the quarter, its workshops, the top categories
    std::vector<QStringList> quarters;
    QStringList workshopHeadings;
    std::vector<QStringList> workshops;
};
ComparisonTables comparisonTables(const Comparison& comparison);

// The top categories by how many workshops raised them, as a chart's bars:
// the share of workshops, in percent.
std::vector<ChartBar> topCategoryBars(const Comparison& comparison);

// The comparison as Markdown, as one self-contained HTML file (chart as
// inline SVG), or as CSV for a spreadsheet.
QString comparisonMarkdown(const Comparison& comparison);
QString comparisonHtml(const Comparison& comparison);
QByteArray comparisonCsv(const Comparison& comparison);

// The kinds of file a comparison is written as, by the window and
// `unblock-cli compare` alike: the name's suffix says which (.html or .htm,
// .md or .markdown, .csv); nothing for any other.
enum class ComparisonFormat { Html, Markdown, Csv };
std::optional<ComparisonFormat> comparisonFormatNamed(const QString& suffix);
QByteArray writeComparison(const Comparison& comparison, ComparisonFormat format);
QString comparisonFileFilters(); // for a file dialog

} // namespace unblock
