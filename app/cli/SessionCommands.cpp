#include "cli/SessionCommands.h"

#include "cli/CliSupport.h"
#include "io/CsvImport.h"
#include "io/JsonFormat.h"
#include "report/Comparison.h"
#include "report/Summary.h"
#include "report/SummaryFormats.h"
#include "store/BoardImport.h"
#include "store/Details.h"
#include "store/SessionStart.h"
#include "store/Snapshot.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace unblock::cli {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void check(const Status& status) {
    if (!status)
        failWith(status.error());
}

// A session file this command created, removed again if the command fails:
// a failed import leaves nothing behind, and never touches an existing file.
class NewSession {
public:
    explicit NewSession(const QString& path) {
        Result<std::unique_ptr<store::SessionFile>> created = store::SessionFile::create(path);
        if (!created)
            failWith(created.error());
        m_file = std::move(created.value());
    }
    ~NewSession() {
        if (m_file && !m_kept) {
            const QString path = m_file->path();
            m_file.reset();
            QFile::remove(path);
        }
    }
    NewSession(const NewSession&) = delete;
    NewSession& operator=(const NewSession&) = delete;
    store::SessionFile& file() { return *m_file; }
    void keep() { m_kept = true; }

private:
    std::unique_ptr<store::SessionFile> m_file;
    bool m_kept = false;
};

void importJsonInto(store::SessionFile& file, const QByteArray& bytes, const QString& source) {
    Result<SessionData> data = importJson(bytes);
    if (!data)
        throw CliError{Tr::tr("%1: %2").arg(source, data.error().message), Failed};
    check(store::writeSession(file, data.value()));
    printOut(Tr::tr("Imported %1 blockers, %2 solutions and %3 voting rounds.\n")
                 .arg(data->blockers.size())
                 .arg(data->solutions.size())
                 .arg(data->rounds.size()));
}

void importCsvInto(store::SessionFile& file, const QByteArray& bytes, const QString& source) {
    Result<store::BoardSheet> sheet = parseBoardCsv(bytes);
    if (!sheet)
        throw CliError{Tr::tr("%1: %2").arg(source, sheet.error().message), Failed};
    sheet->roundTitle = Tr::tr("Paper dots from %1").arg(QFileInfo(source).fileName());
    Result<store::ImportReport> report = store::appendBoard(file, sheet.value());
    if (!report)
        failWith(report.error());
    printOut(Tr::tr("Added %1 blockers and %2 solutions (%3 new groups, %4 new categories)%5.\n")
                 .arg(report->blockersAdded)
                 .arg(report->solutionsAdded)
                 .arg(report->groupsAdded)
                 .arg(report->categoriesAdded)
                 .arg(report->roundId ? Tr::tr("; paper dots are in round %1").arg(*report->roundId)
                                      : QString()));
}

} // namespace

int runNew(const QStringList& arguments) {
    CommandLine cli(u"new"_s, Tr::tr("Creates a new session file for a Really Useful Day: the "
                                     "usual blocker categories and four tables, as the window's "
                                     "File ▸ New Really Useful Day makes it."));
    cli.addPositional(u"FILE"_s,
                      Tr::tr("The session file to create (*.unblock). It must not exist."));
    cli.parser().addOption({u"title"_s, Tr::tr("The workshop's title."), u"TITLE"_s});
    cli.parser().addOption(
        {u"blank"_s, Tr::tr("Start with no tables and no categories (File ▸ New Blank Session).")});
    cli.parser().addOption(
        {u"from"_s,
         Tr::tr("Start from an earlier workshop (File ▸ New Session from…): its tables, "
                "categories and channel costs, and the actions it left open."),
         u"PREVIOUS"_s});
    if (!cli.parse(arguments))
        return Success;
    SessionDetails details;
    details.title = cli.parser().value(u"title"_s);
    store::SessionStart start;
    if (cli.parser().isSet(u"from"_s)) {
        if (cli.parser().isSet(u"blank"_s))
            throw CliError{Tr::tr("new: --blank and --from cannot go together."), Usage};
        Result<store::SessionStart> next =
            store::nextWorkshopFrom(cli.parser().value(u"from"_s), details);
        if (!next)
            failWith(next.error());
        start = std::move(next.value());
    } else {
        start = cli.parser().isSet(u"blank"_s) ? store::blankSession(details)
                                               : store::reallyUsefulDay(details);
    }
    Result<std::unique_ptr<store::SessionFile>> created =
        store::createSession(cli.positional(0), start);
    if (!created)
        failWith(created.error());
    printOut(Tr::tr("Created %1\n").arg(created.value()->path()));
    if (!start.carried.empty())
        printOut(Tr::tr("Carried %n open action(s) from the earlier workshop.\n", nullptr,
                        int(start.carried.size())));
    return Success;
}

int runImport(const QStringList& arguments) {
    CommandLine cli(u"import"_s,
                    Tr::tr("Imports into a session file. A whole session (.json, as written by "
                           "“export”) needs a new file; a spreadsheet of blockers (.csv with the "
                           "headings group, blocker, category, solution, dots) is added to the "
                           "session, which is created if it does not exist."));
    cli.addPositional(u"FILE"_s, Tr::tr("The session file (*.unblock)."));
    cli.addPositional(u"INPUT"_s, Tr::tr("The .json or .csv file to import."));
    cli.parser().addOption(
        {u"format"_s, Tr::tr("json or csv, when INPUT's name does not say."), u"FORMAT"_s});
    if (!cli.parse(arguments))
        return Success;
    const QString input = cli.positional(1);
    const QString format = cli.parser().isSet(u"format"_s) ? cli.parser().value(u"format"_s)
                                                           : QFileInfo(input).suffix().toLower();
    if (format != u"json" && format != u"csv") {
        throw CliError{
            Tr::tr("import: cannot tell the format of “%1”; use --format json or --format csv.")
                .arg(input),
            Usage};
    }
    const QByteArray bytes = readInputFile(input);
    const QString path = cli.positional(0);
    if (format == u"json" || !QFileInfo::exists(path)) {
        NewSession session(path);
        if (format == u"json")
            importJsonInto(session.file(), bytes, input);
        else
            importCsvInto(session.file(), bytes, input);
        session.keep();
        return Success;
    }
    auto file = openSession(path, store::OpenMode::ReadWrite);
    importCsvInto(*file, bytes, input);
    return Success;
}

int runExport(const QStringList& arguments) {
    CommandLine cli(u"export"_s, Tr::tr("Writes the whole session as JSON, ids included."));
    cli.addPositional(u"FILE"_s, Tr::tr("The session file (*.unblock)."));
    cli.parser().addOption(
        {{u"o"_s, u"output"_s}, Tr::tr("Write to OUT instead of the standard output."), u"OUT"_s});
    if (!cli.parse(arguments))
        return Success;
    auto file = openSession(cli.positional(0), store::OpenMode::ReadOnly);
    const QByteArray json = exportJson(loadOrFail(*file));
    if (cli.parser().isSet(u"output"_s))
        writeFileAtomically(cli.parser().value(u"output"_s), json);
    else
        printOut(QString::fromUtf8(json));
    return Success;
}

namespace {

// Which writer: --format, else the output's extension, else Markdown.
SummaryFormat summaryFormat(const CommandLine& cli) {
    const QString name = cli.parser().isSet(u"format"_s)
                             ? cli.parser().value(u"format"_s)
                             : QFileInfo(cli.parser().value(u"output"_s)).suffix();
    if (name.isEmpty())
        return SummaryFormat::Markdown;
    if (const auto format = summaryFormatNamed(name))
        return *format;
    throw CliError{
        Tr::tr("summary: cannot write “%1”; use .pdf, .odt, .html, .md or .csv.").arg(name), Usage};
}

// The parts' keys, as --without takes them: "title, top, …".
QString partKeys() {
    QStringList keys;
    for (const SummaryPartChoice& part : summaryPartChoices())
        keys << QString::fromLatin1(part.key);
    return keys.join(u", "_s);
}

SummaryParts summaryParts(const CommandLine& cli) {
    SummaryParts parts;
    const QStringList without = cli.parser().value(u"without"_s).split(u',', Qt::SkipEmptyParts);
    for (const QString& part : without) {
        const QString name = part.trimmed().toLower();
        const auto& choices = summaryPartChoices();
        const auto chosen =
            std::find_if(choices.begin(), choices.end(),
                         [&](const SummaryPartChoice& c) { return name == QLatin1String(c.key); });
        if (chosen == choices.end()) {
            throw CliError{Tr::tr("summary: --without takes %1, not “%2”.").arg(partKeys(), name),
                           Usage};
        }
        parts.*(chosen->flag) = false;
    }
    return parts;
}

} // namespace

int runSummary(const QStringList& arguments) {
    CommandLine cli(
        u"summary"_s,
        Tr::tr("Writes the workshop's summary as PDF (A4), ODT, HTML, Markdown or CSV."));
    cli.addPositional(u"FILE"_s, Tr::tr("The session file (*.unblock)."));
    cli.parser().addOption(
        {{u"o"_s, u"output"_s},
         Tr::tr("Write to OUT (.pdf, .odt, .html, .md or .csv) instead of the standard "
                "output."),
         u"OUT"_s});
    cli.parser().addOption(
        {u"format"_s, Tr::tr("pdf, odt, html, md or csv (default: from OUT's name, else md)."),
         u"FORMAT"_s});
    cli.parser().addOption(
        {u"top"_s,
         Tr::tr("How many top blockers (ties widen it). Default %1.").arg(kDefaultTopCount),
         u"N"_s});
    cli.parser().addOption(
        {u"round"_s, Tr::tr("The voting round that ranks the blockers. Default: the latest."),
         u"ID"_s});
    cli.parser().addOption(
        {u"without"_s, Tr::tr("Parts to leave out, from: %1.").arg(partKeys()), u"PARTS"_s});
    cli.parser().addOption(
        {u"include-unrevealed"_s,
         Tr::tr("Rank rounds whose results have not been revealed too (after the day: the "
                "summary may be shown to the room before the reveal).")});
    if (!cli.parse(arguments))
        return Success;
    const SummaryFormat format = summaryFormat(cli);
    if (isBinary(format) && !cli.parser().isSet(u"output"_s)) {
        throw CliError{Tr::tr("summary: a PDF or ODT summary needs a file to go to: add -o OUT."),
                       Usage};
    }
    auto file = openSession(cli.positional(0), store::OpenMode::ReadOnly);
    SummaryOptions options;
    options.topCount = cli.intOption(u"top"_s, kDefaultTopCount, 1);
    if (cli.parser().isSet(u"round"_s))
        options.roundId = cli.intOption(u"round"_s, 0, 1);
    options.parts = summaryParts(cli);
    options.includeUnrevealed = cli.parser().isSet(u"include-unrevealed"_s);
    Result<SummaryDocument> doc = buildSummary(loadOrFail(*file), options);
    if (!doc)
        failWith(doc.error());
    const Result<QByteArray> bytes = writeSummary(doc.value(), format);
    if (!bytes)
        failWith(bytes.error());
    if (cli.parser().isSet(u"output"_s))
        writeFileAtomically(cli.parser().value(u"output"_s), bytes.value());
    else
        printOut(QString::fromUtf8(bytes.value()));
    return Success;
}

int runCompare(const QStringList& arguments) {
    CommandLine cli(
        u"compare"_s,
        Tr::tr("Compares workshops: the categories and blockers that recur across them, "
               "with votes per voter. Reads the session files without changing them."));
    cli.addPositional(u"A"_s, Tr::tr("A session file (*.unblock)."));
    cli.addPositional(u"B"_s, Tr::tr("Another, and as many more as you like."));
    cli.allowMorePositionals();
    cli.parser().addOption(
        {{u"o"_s, u"output"_s},
         Tr::tr("Write to OUT (.html, .md or .csv) instead of the standard output."),
         u"OUT"_s});
    if (!cli.parse(arguments))
        return Success;
    const QString output = cli.parser().value(u"output"_s);
    const std::optional<ComparisonFormat> format =
        output.isEmpty() ? ComparisonFormat::Markdown
                         : comparisonFormatNamed(QFileInfo(output).suffix());
    if (!format) {
        throw CliError{Tr::tr("compare: cannot write “%1”; use .html, .md or .csv.")
                           .arg(QFileInfo(output).suffix()),
                       Usage};
    }
    // As the library reads a folder: a file that cannot be read is said, with
    // why, on stderr, and the rest are compared; the exit code says that not
    // every file was (a script must not take a part for the whole).
    std::vector<WorkshopSession> sessions;
    const std::vector<UnreadableFile> unreadable =
        readWorkshops(cli.parser().positionalArguments(), [&sessions](WorkshopSession&& session) {
            sessions.push_back(std::move(session));
        });
    QStringList refused = unreadableLines(unreadable);
    if (sessions.size() < 2)
        throw CliError{(refused << tooFewToCompare()).join(u' ')};
    QTextStream err(stderr);
    for (const QString& line : refused)
        err << u"unblock-cli: "_s << Tr::tr("%1 It is left out of the comparison.").arg(line)
            << Qt::endl;
    const Comparison comparison = compareWorkshops(sessions);
    const QByteArray bytes = writeComparison(comparison, *format);
    if (output.isEmpty())
        printOut(QString::fromUtf8(bytes));
    else
        writeFileAtomically(output, bytes);
    return unreadable.empty() ? Success : Failed;
}

} // namespace unblock::cli
