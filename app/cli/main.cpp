// unblock-cli: the session file from the command line. Thin over core: it
// parses arguments, calls core, and prints what core returns.

#include "cli/ActionsCommand.h"
#include "cli/CliSupport.h"
#include "cli/CopyCommand.h"
#include "cli/RankCommand.h"
#include "cli/SessionCommands.h"
#include "i18n/Languages.h"
#include "model/Licence.h"
#include "platform/FileSystem.h"

#include <QGuiApplication>
#include <QLocale>

#include <cstdio>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace {

QString usage() {
    return QCoreApplication::translate(
        "Cli",
        "Usage: unblock-cli COMMAND [OPTIONS] ARGUMENTS\n"
        "\n"
        "Commands:\n"
        "  new FILE            create a new session file\n"
        "  import FILE INPUT   import a session (.json) or a spreadsheet of blockers (.csv)\n"
        "  export FILE         write the whole session as JSON\n"
        "  copy FILE TARGET    copy a session; --for-sharing leaves out people's names\n"
        "  rank FILE           rank a voting round\n"
        "  summary FILE        write the workshop's summary (PDF, ODT, HTML, Markdown, CSV)\n"
        "  compare A B …       what recurs across workshops\n"
        "  actions FILE        the actions still to do, for a calendar (.ics), Jira or Azure "
        "DevOps\n"
        "\n"
        "“unblock-cli COMMAND --help” describes each command. “--version” prints the version.\n");
}

// The offscreen platform warns when XDG_RUNTIME_DIR is unset (cron, CI,
// containers); the CLI promises one line on stderr, so that notice is dropped.
void dropRuntimeDirNotice(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR"))
        return;
    std::fprintf(stderr, "%s\n", qFormatLogMessage(type, {}, message).toLocal8Bit().constData());
}

} // namespace

int main(int argc, char* argv[]) {
    // Printing the summary lays out text, which needs Qt Gui's fonts; the
    // offscreen platform gives them without a display, so the CLI runs on
    // servers and in CI alike.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(dropRuntimeDirNotice);
    unblock::platform::writeStandardStreamsAsGiven();
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"unblock-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(UNBLOCK_VERSION));
    // Messages and summaries in the system's language (LANGUAGE, LC_ALL, LANG).
    unblock::installTranslations(app,
                                 unblock::resolveLanguage({}, QLocale::system().uiLanguages()));

    using Command = std::function<int(const QStringList&)>;
    const std::map<QString, Command> commands{
        {u"new"_s, unblock::cli::runNew},         {u"import"_s, unblock::cli::runImport},
        {u"export"_s, unblock::cli::runExport},   {u"rank"_s, unblock::cli::runRank},
        {u"summary"_s, unblock::cli::runSummary}, {u"compare"_s, unblock::cli::runCompare},
        {u"actions"_s, unblock::cli::runActions}, {u"copy"_s, unblock::cli::runCopy}};

    const QStringList arguments = QCoreApplication::arguments();
    const QString name = arguments.value(1);
    if (name.isEmpty() || name == u"--help" || name == u"-h" || name == u"help") {
        unblock::cli::printOut(usage());
        return name.isEmpty() ? unblock::cli::Usage : unblock::cli::Success;
    }
    if (name == u"--version" || name == u"-v") {
        unblock::cli::printOut(u"unblock-cli " UNBLOCK_VERSION "\n"_s + unblock::licenceNotice() +
                               u'\n' + unblock::thirdPartyNotice() + u'\n');
        return unblock::cli::Success;
    }
    const auto command = commands.find(name);
    if (command == commands.end()) {
        const QString message =
            QCoreApplication::translate("Cli", "unknown command “%1”; see “unblock-cli --help”.");
        std::fprintf(stderr, "unblock-cli: %s\n", message.arg(name).toUtf8().constData());
        return unblock::cli::Usage;
    }
    try {
        // The command's parser sees its name where a program name would be.
        return command->second(arguments.mid(1));
    } catch (const unblock::cli::CliError& error) {
        std::fprintf(stderr, "unblock-cli: %s\n", error.message.toUtf8().constData());
        return error.code;
    }
}
