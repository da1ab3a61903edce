#pragma once

#include "model/SessionData.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace unblock {

// The actions still to do (open or in progress, this workshop's and those
// carried from earlier ones) out into the tools councils track work in:
// `unblock-cli actions` and File ▸ Export Actions… write the same bytes.
enum class ActionExport { Calendar, Jira, AzureDevOps };

// "ics", "jira", "azure-devops"; nothing for another word.
std::optional<ActionExport> actionExportNamed(const QString& name);

// Each export as people choose it, in the order offered: what it is for, and
// its file's suffix and filter. The window offers these and `unblock-cli
// actions` takes them; both write actionsExport's bytes.
struct ActionExportTarget {
    ActionExport kind;
    QString label;  // "Jira (.csv)"
    QString suffix; // "csv"
    QString filter; // "Spreadsheet for the importer (*.csv)"
};
std::vector<ActionExportTarget> actionExportTargets();

// The export's bytes: the calendar (stamped `stamp`) or the tracker's CSV.
QByteArray actionsExport(const SessionData& session, ActionExport target, const QDateTime& stamp);

// How many actions an export would hold (for a calendar, those with a due
// date), so that an empty file is refused with a reason, not written.
int actionsToExport(const SessionData& session, ActionExport target);
// Why there is nothing to export, translated.
QString nothingToExport(ActionExport target);

// How Jira's CSV writes a due date. Jira's importer cannot tell by itself:
// it asks for the format (Java's SimpleDateFormat, which reads this pattern
// as Qt does).
inline constexpr QStringView kJiraDateFormat = u"yyyy-MM-dd";
// What the person must tell the importer when they import the file,
// translated (for Jira, the date format); empty when there is nothing.
QString importerAdvice(ActionExport target);

// An iCalendar file (RFC 5545) with one all-day event on its due date for
// each action that has one (events, not to-dos: Outlook and Google Calendar
// import them alike). Each keeps its UID from one export to the next, when
// its workshop is renamed, and when it is carried into a later workshop (made
// from the workshop's id, SessionData::uid), so a calendar updates the event
// rather than adding it twice. `stamp` is when the file was written (DTSTAMP).
QByteArray actionsCalendar(const SessionData& session, const QDateTime& stamp);

// Jira's Summary and Azure DevOps' Title: one line of at most 255 characters,
// counted as Java and .NET count them (UTF-16 units), the quote that
// neutralises a formula-like title included. Both importers refuse longer.
inline constexpr qsizetype kTrackerTitleLimit = 255;

// CSV for Jira's importer ("Import data from a CSV file": Summary, Issue
// Type, Description, Due Date as yyyy-MM-dd, Labels) or Azure DevOps'
// ("Import work items from a CSV file": Work Item Type, Title, Description,
// Tags; it refuses Assigned To and State, so the owner and status are in the
// description). Cells that start like a formula are neutralised. UTF-8, with
// a byte-order mark for Azure DevOps (as Excel saves it) and none for Jira
// (its importer is told the encoding; a mark would cling to Summary).
QByteArray actionsCsv(const SessionData& session, ActionExport target);

} // namespace unblock
