#include "cli/CopyCommand.h"

#include "cli/CliSupport.h"
#include "store/SharingCopy.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace unblock::cli {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int runCopy(const QStringList& arguments) {
    CommandLine cli(u"copy"_s,
                    Tr::tr("Writes a complete copy of a session file, as the window's File ▸ Save "
                           "a Copy does; the session itself is not changed. A file already at "
                           "TARGET is replaced, whole."));
    cli.addPositional(u"FILE"_s, Tr::tr("The session file (*.unblock)."));
    cli.addPositional(u"TARGET"_s, Tr::tr("The copy to write (*.unblock)."));
    cli.parser().addOption(
        {u"for-sharing"_s,
         Tr::tr("A copy to send beyond the room (File ▸ Save a Copy for Sharing): without "
                "people's names (who wrote each blocker, the names phones sent, the "
                "facilitator, owners of actions; voters and phones get new ids) and without "
                "anything deleted.")});
    cli.parser().addOption(
        {u"keep-owners"_s,
         Tr::tr("With --for-sharing: keep the names of the people who own actions.")});
    if (!cli.parse(arguments))
        return Success;
    const bool forSharing = cli.parser().isSet(u"for-sharing"_s);
    if (cli.parser().isSet(u"keep-owners"_s) && !forSharing)
        throw CliError{Tr::tr("copy: --keep-owners goes with --for-sharing; a plain copy keeps "
                              "everything."),
                       Usage};
    auto file = openSession(cli.positional(0), store::OpenMode::ReadOnly);
    const QString target = cli.positional(1);
    store::SharingOptions options;
    options.keepOwners = cli.parser().isSet(u"keep-owners"_s);
    const Status copied =
        forSharing ? store::saveSharingCopy(*file, target, options) : file->saveCopy(target);
    if (!copied)
        failWith(copied.error());
    return Success;
}

} // namespace unblock::cli
