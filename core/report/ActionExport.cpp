#include "report/ActionExport.h"

#include "model/ActionPlan.h"
#include "model/TextRules.h"
#include "report/CsvWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ActionExport)
};

// One action as every export writes it.
struct ExportedAction {
    QString uid;
    QString text;
    QString blocker;
    QString owner;
    QDate due;
    ActionStatus status = ActionStatus::Open;
    QString from;
};

// Where an action was first agreed, and so its UID: that workshop's id
// (SessionData::uid) and the solution's id in its file. A carried action
// keeps the UID it had in the workshop it came from, however often it is
// carried on, and no workshop's UID changes when it is renamed, so a
// calendar that took the events once updates them rather than adding them
// twice. An action carried before workshops had ids names its origin by
// title and date (workshopIdBeforeIds).
QString uidOf(const QString& workshopId, Id solution) {
    const QString key = workshopId + u'\x1f' + u"solution"_s + u'\x1f' + QString::number(solution);
    const QByteArray hash =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QString::fromLatin1(hash) + u"@unblock"_s;
}

QString originIdOf(const CarriedAction& a) {
    if (!a.fromSession.isEmpty())
        return a.fromSession;
    return workshopIdBeforeIds(a.fromWorkshop, a.fromDate);
}

// The actions open or in progress, this workshop's and those carried, in
// the action plan's order.
std::vector<ExportedAction> unsettledActions(const SessionData& session) {
    std::vector<ExportedAction> out;
    for (const ActionRef ref : actionPlan(session, everyAction(), QDate::currentDate())) {
        ExportedAction a;
        if (ref.carried) {
            const CarriedAction* c = session.carriedAction(ref.id);
            a.uid = uidOf(originIdOf(*c), c->fromSolution);
            a.text = c->text;
            a.blocker = c->blocker;
            a.owner = c->owner;
            a.due = c->due;
            a.status = c->status;
            a.from = carriedFrom(*c);
        } else {
            const Solution* s = session.solution(ref.id);
            const Blocker* b = session.blocker(s->blockerId);
            a.uid = uidOf(session.uid, s->id);
            a.text = s->text;
            a.blocker = b ? b->title : QString();
            a.owner = s->owner;
            a.due = s->due;
            a.status = s->status;
            a.from = session.details.title;
        }
        if (a.status == ActionStatus::Open || a.status == ActionStatus::InProgress)
            out.push_back(std::move(a));
    }
    return out;
}

// The action's text as a tracker's title: one line that fits, cut where the
// text rules cut a long blocker title (never inside a word when it can be
// helped, never inside a character). The quote csvCell puts before a
// formula-like title is in the tracker's title too, so it counts.
QString titleOf(const ExportedAction& a) {
    const QString line = tidyText(a.text).simplified();
    return splitLongTitle(line, kTrackerTitleLimit - (csvNeutralises(line) ? 1 : 0)).title;
}

// What the action's title leaves out, one fact a line.
QStringList factsOf(const ExportedAction& a) {
    QStringList facts;
    if (!a.blocker.isEmpty())
        facts << Tr::tr("For the blocker: %1").arg(a.blocker);
    if (!a.owner.isEmpty())
        facts << Tr::tr("Owner: %1").arg(a.owner);
    if (a.due.isValid())
        facts << Tr::tr("Due: %1").arg(a.due.toString(Qt::ISODate));
    facts << Tr::tr("Status: %1").arg(actionStatusName(a.status));
    if (!a.from.isEmpty())
        facts << Tr::tr("From the workshop: %1").arg(a.from);
    return facts;
}

// --- iCalendar ---------------------------------------------------------------

// TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11).
QString icsText(QString text) {
    text.replace(u"\\"_s, u"\\\\"_s).replace(u";"_s, u"\\;"_s).replace(u","_s, u"\\,"_s);
    text.replace(u"\r\n"_s, u"\\n"_s).replace(u'\n', u"\\n"_s).replace(u'\r', u"\\n"_s);
    return text;
}

// Lines longer than 75 octets are folded (RFC 5545 3.1), never inside a
// UTF-8 sequence.
QByteArray folded(const QString& line) {
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    qsizetype width = 0;
    for (qsizetype i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        const qsizetype length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (width + length > 75) {
            out += "\r\n ";
            width = 1;
        }
        out += utf8.mid(i, length);
        width += length;
        i += length;
    }
    return out + "\r\n";
}

// A parameter value (RFC 5545 3.1): quoted, so that ; : , stay in it, with
// RFC 6868's escapes for what a quoted value cannot hold (^ itself, a double
// quote, a line break) and no other control character.
QString icsParameter(const QString& value) {
    QString out;
    for (const QChar c : value) {
        if (c == u'^')
            out += u"^^"_s;
        else if (c == u'"')
            out += u"^'"_s;
        else if (c == u'\n')
            out += u"^n"_s;
        else if (c != u'\t' && (c.unicode() < 0x20 || c.unicode() == 0x7f))
            continue;
        else
            out += c;
    }
    return u'"' + out + u'"';
}

// RFC 5546 wants an ORGANIZER in every event a calendar publishes. Its value
// is a calendar user's address, a URI (RFC 5545 3.3.3 and 3.8.4.3), which
// must be a mailto URI only when it is an email address; a session keeps
// nobody's, and an invented one would be mail to a stranger. So the
// organizer is named — the facilitator, else the workshop — at a URN that is
// no mailbox: the same one in every export, so that the next export's events
// come from the organizer of the last and update them.
QString icsOrganizer(const QString& name) {
    return u"ORGANIZER;CN="_s + icsParameter(name) +
           u":urn:uuid:22868191-ae93-4d4d-9d45-19e9c0dab7c8"_s;
}

QString icsDate(const QDate& date) {
    return date.toString(u"yyyyMMdd"_s);
}

// --- CSV -----------------------------------------------------------------------

// Azure DevOps reads a description as HTML: the text stays text, and each
// line break in it, as between the facts, is a <br> (HTML shows a raw one as
// a space).
QString htmlLines(const QStringList& lines) {
    QStringList escaped;
    for (const QString& line : lines) {
        QString text = line;
        text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
        for (const QString& part : text.split(u'\n'))
            escaped << part.toHtmlEscaped();
    }
    return escaped.join(u"<br>"_s);
}

} // namespace

std::optional<ActionExport> actionExportNamed(const QString& name) {
    const QString word = name.toLower();
    if (word == u"ics" || word == u"ical" || word == u"icalendar")
        return ActionExport::Calendar;
    if (word == u"jira")
        return ActionExport::Jira;
    if (word == u"azure-devops" || word == u"azure")
        return ActionExport::AzureDevOps;
    return std::nullopt;
}

std::vector<ActionExportTarget> actionExportTargets() {
    const QString calendar = Tr::tr("Calendar (*.ics)");
    const QString sheet = Tr::tr("Spreadsheet for the importer (*.csv)");
    return {
        {ActionExport::Calendar, Tr::tr("Outlook or Google Calendar (.ics)"), u"ics"_s, calendar},
        {ActionExport::Jira, Tr::tr("Jira (.csv)"), u"csv"_s, sheet},
        {ActionExport::AzureDevOps, Tr::tr("Azure DevOps (.csv)"), u"csv"_s, sheet}};
}

QByteArray actionsExport(const SessionData& session, ActionExport target, const QDateTime& stamp) {
    return target == ActionExport::Calendar ? actionsCalendar(session, stamp)
                                            : actionsCsv(session, target);
}

int actionsToExport(const SessionData& session, ActionExport target) {
    const std::vector<ExportedAction> actions = unsettledActions(session);
    if (target != ActionExport::Calendar)
        return static_cast<int>(actions.size());
    return static_cast<int>(std::count_if(actions.begin(), actions.end(),
                                          [](const ExportedAction& a) { return a.due.isValid(); }));
}

QString nothingToExport(ActionExport target) {
    return target == ActionExport::Calendar
               ? Tr::tr("No action still to do has a due date, so there is nothing to put in a "
                        "calendar.")
               : Tr::tr("There is no action still to do: no solution with an owner or a due "
                        "date is open or in progress.");
}

QString importerAdvice(ActionExport target) {
    if (target != ActionExport::Jira)
        return {};
    return Tr::tr("When Jira’s importer asks for the date format of the Due Date column, give it "
                  "“%1”.")
        .arg(kJiraDateFormat);
}

QByteArray actionsCalendar(const SessionData& session, const QDateTime& stamp) {
    QByteArray out = folded(u"BEGIN:VCALENDAR"_s) + folded(u"VERSION:2.0"_s) +
                     folded(u"PRODID:-//Unblock//Unblock " UNBLOCK_VERSION "//EN"_s) +
                     folded(u"CALSCALE:GREGORIAN"_s) + folded(u"METHOD:PUBLISH"_s);
    const QString stamped = stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    const QString facilitator = tidyText(session.details.facilitator);
    const QString title = tidyText(session.details.title);
    const QString organizer = icsOrganizer(!facilitator.isEmpty() ? facilitator
                                           : !title.isEmpty()     ? title
                                                                  : u"Unblock"_s);
    for (const ExportedAction& a : unsettledActions(session)) {
        if (!a.due.isValid())
            continue;
        out += folded(u"BEGIN:VEVENT"_s);
        out += folded(u"UID:"_s + a.uid);
        out += folded(u"DTSTAMP:"_s + stamped);
        out += folded(organizer);
        out += folded(u"DTSTART;VALUE=DATE:"_s + icsDate(a.due));
        out += folded(u"DTEND;VALUE=DATE:"_s + icsDate(a.due.addDays(1)));
        out += folded(u"SUMMARY:"_s + icsText(a.text));
        out += folded(u"DESCRIPTION:"_s + icsText(factsOf(a).join(u'\n')));
        out += folded(u"TRANSP:TRANSPARENT"_s);
        out += folded(u"END:VEVENT"_s);
    }
    return out + folded(u"END:VCALENDAR"_s);
}

QByteArray actionsCsv(const SessionData& session, ActionExport target) {
    const bool jira = target == ActionExport::Jira;
    QString rows =
        jira ? csvRow({u"Summary"_s, u"Issue Type"_s, u"Description"_s, u"Due Date"_s, u"Labels"_s})
             : csvRow({u"Work Item Type"_s, u"Title"_s, u"Description"_s, u"Tags"_s});
    for (const ExportedAction& a : unsettledActions(session)) {
        // The whole text first when the title had to be shortened.
        const QString title = titleOf(a);
        const QStringList facts =
            (title == a.text ? QStringList() : QStringList{a.text}) + factsOf(a);
        if (jira) {
            rows += csvRow({title, u"Task"_s, facts.join(u'\n'),
                            a.due.isValid() ? a.due.toString(kJiraDateFormat) : QString(),
                            u"unblock"_s});
        } else {
            rows += csvRow({u"Task"_s, title, htmlLines(facts), u"unblock"_s});
        }
    }
    // Azure DevOps' importer takes what Excel saves ("CSV UTF-8", with a
    // byte-order mark): the mark is how it, and Excel, know the accents are
    // UTF-8. Jira's reads the file in the encoding its importer is given
    // (UTF-8 unless changed) and documents no byte-order mark: a Java reader
    // keeps one as part of the first heading, which is Summary, the one
    // column Jira cannot import without. So Jira's file has none.
    return jira ? rows.toUtf8() : csvForExcel(rows);
}

} // namespace unblock
