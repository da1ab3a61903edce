#include "cli/ActionsCommand.h"

#include "cli/CliSupport.h"
#include "report/ActionExport.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace unblock::cli {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The export OUT's suffix names (core's list, as the window offers it): a
// calendar from .ics; a CSV says which importer with --for.
ActionExport exportFor(const CommandLine& cli, const QString& output) {
    const QString suffix = QFileInfo(output).suffix().toLower();
    std::vector<ActionExport> fitting;
    for (const ActionExportTarget& target : actionExportTargets()) {
        if (target.suffix == suffix)
            fitting.push_back(target.kind);
    }
    const QString named = cli.parser().value(u"for"_s);
    if (fitting.empty())
        throw CliError{Tr::tr("actions: cannot write “%1”; use .ics or .csv.").arg(suffix), Usage};
    if (fitting.size() == 1) {
        if (!named.isEmpty())
            throw CliError{Tr::tr("actions: --for is for a .csv file; a .ics file is a calendar."),
                           Usage};
        return fitting.front();
    }
    const std::optional<ActionExport> chosen = actionExportNamed(named);
    if (!chosen || std::find(fitting.begin(), fitting.end(), *chosen) == fitting.end()) {
        throw CliError{Tr::tr("actions: a .csv file needs --for jira or --for azure-devops."),
                       Usage};
    }
    return *chosen;
}

} // namespace

int runActions(const QStringList& arguments) {
    CommandLine cli(u"actions"_s,
                    Tr::tr("Writes the actions still to do (open or in progress, this workshop's "
                           "and those carried from earlier ones) for a calendar or a tracker: "
                           "an iCalendar file with an all-day event on each due date, or a CSV "
                           "file for Jira's or Azure DevOps' importer."));
    cli.addPositional(u"FILE"_s, Tr::tr("The session file (*.unblock)."));
    cli.parser().addOption(
        {{u"o"_s, u"output"_s}, Tr::tr("The file to write: OUT.ics or OUT.csv."), u"OUT"_s});
    cli.parser().addOption({u"for"_s,
                            Tr::tr("For a .csv file: jira or azure-devops.") + u' ' +
                                importerAdvice(ActionExport::Jira),
                            u"TRACKER"_s});
    if (!cli.parse(arguments))
        return Success;
    const QString output = cli.parser().value(u"output"_s);
    if (output.isEmpty())
        throw CliError{Tr::tr("actions: say where to write them: -o OUT.ics or -o OUT.csv."),
                       Usage};
    const ActionExport target = exportFor(cli, output);
    auto file = openSession(cli.positional(0), store::OpenMode::ReadOnly);
    const SessionData session = loadOrFail(*file);
    if (actionsToExport(session, target) == 0)
        throw CliError{Tr::tr("actions: %1").arg(nothingToExport(target)), Failed};
    const QByteArray bytes = actionsExport(session, target, QDateTime::currentDateTimeUtc());
    writeFileAtomically(output, bytes);
    if (const QString advice = importerAdvice(target); !advice.isEmpty())
        printOut(advice + u'\n');
    return Success;
}

} // namespace unblock::cli
