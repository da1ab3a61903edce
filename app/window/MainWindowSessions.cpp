#include "document/SessionDocument.h"
#include "store/SessionStart.h"
#include "store/SharingCopy.h"
#include "window/MainWindow.h"
#include "window/Preferences.h"
#include "window/Prompts.h"
#include "window/RecentSessions.h"

#include <QFileInfo>
#include <QStatusBar>
#include <QTabWidget>

// MainWindow: making, opening and closing session files.
namespace unblock::app {

bool MainWindow::openSession(const QString& path) {
    // The session already open (from Open Recent, say) stays as it is: opening
    // it again would find it locked by this very window and offer it read-only.
    if (const QString canonical = QFileInfo(path).canonicalFilePath();
        m_doc && !canonical.isEmpty() && canonical == QFileInfo(m_doc->path()).canonicalFilePath())
        return true;
    auto opened = SessionDocument::open(path, store::OpenMode::ReadWrite);
    if (!opened && opened.error().code == ErrorCode::Locked) {
        if (!m_prompts.offerReadOnly(this, opened.error().message))
            return false;
        opened = SessionDocument::open(path, store::OpenMode::ReadOnly);
    }
    if (!opened) {
        m_prompts.showError(this, tr("Could not open the session"), opened.error().message);
        return false;
    }
    setDocument(std::move(opened.value()));
    return true;
}

bool MainWindow::newSession(const QString& path, bool fromTemplate, const SessionDetails& details) {
    store::SessionStart start =
        fromTemplate ? store::reallyUsefulDay(details) : store::blankSession(details);
    // The council's own channel costs, from Preferences, in place of the benchmarks.
    start.channels = Preferences::load().channels;
    return createSession(path, start);
}

bool MainWindow::newSessionFrom(const QString& previousPath, const QString& path,
                                const SessionDetails& details) {
    Result<store::SessionStart> start = store::nextWorkshopFrom(previousPath, details);
    if (!start) {
        m_prompts.showError(this, tr("Could not read the earlier workshop"), start.error().message);
        return false;
    }
    if (!createSession(path, start.value()))
        return false;
    const int carried = static_cast<int>(start->carried.size());
    statusBar()->showMessage(
        tr("Started from “%1”: %n open action(s) carried, on the Actions tab.", nullptr, carried)
            .arg(QFileInfo(previousPath).fileName()));
    return true;
}

bool MainWindow::createSession(const QString& path, const store::SessionStart& start) {
    auto created = SessionDocument::create(path, start);
    if (!created) {
        m_prompts.showError(this, tr("Could not create the session"), created.error().message);
        return false;
    }
    setDocument(std::move(created.value()));
    return true;
}

void MainWindow::chooseAndCreate(bool fromTemplate) {
    const QString path = m_prompts.saveFileName(this, tr("New Session"));
    if (path.isEmpty())
        return;
    // Asked now, or the summary goes out without a title or a date.
    if (const std::optional<SessionDetails> details = m_prompts.askNewSessionDetails(this))
        newSession(path, fromTemplate, *details);
}

// The earlier workshop first: the new file is saved beside it.
void MainWindow::chooseAndContinue() {
    const QString previous = m_prompts.openFileName(this);
    if (previous.isEmpty())
        return;
    const QString path = m_prompts.saveFileName(this, tr("New Session"));
    if (path.isEmpty())
        return;
    if (const std::optional<SessionDetails> details = m_prompts.askNewSessionDetails(this))
        newSessionFrom(previous, path, *details);
}

void MainWindow::closeSession() {
    recent::forgetLast();
    setDocument(nullptr);
}

void MainWindow::reopenLastSession() {
    const QString last = recent::last();
    if (!last.isEmpty() && QFileInfo::exists(last))
        openSession(last);
}

// A copy to send beyond the room, without people's names (store/SharingCopy.h).
// Nothing of the session is held while the dialogs are open: it is asked
// for again after each.
void MainWindow::saveSharingCopy() {
    if (!m_doc)
        return;
    const std::optional<store::SharingOptions> options = m_prompts.askSharingOptions(this);
    if (!options || !m_doc)
        return;
    const QString target = m_prompts.saveFileName(this, tr("Save a Copy for Sharing"));
    if (target.isEmpty() || !m_doc)
        return;
    const Status status = store::saveSharingCopy(m_doc->file(), target, *options);
    if (!status) {
        m_prompts.showError(this, tr("Could not save"), status.error().message);
        return;
    }
    const QString name = QFileInfo(target).fileName();
    statusBar()->showMessage(
        options->keepOwners
            ? tr("Saved “%1” for sharing, with the owners of actions and no other names").arg(name)
            : tr("Saved “%1” for sharing, without people’s names").arg(name),
        8000);
}

} // namespace unblock::app
