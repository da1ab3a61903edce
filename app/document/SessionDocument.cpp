#include "document/SessionDocument.h"

#include "store/Snapshot.h"

#include <QCoreApplication>

namespace unblock::app {

SessionDocument::SessionDocument(std::unique_ptr<store::SessionFile> file)
    : m_file(std::move(file)) {
    m_undo.setUndoLimit(500);
    reload();
}

Result<std::unique_ptr<SessionDocument>> SessionDocument::open(const QString& path,
                                                               store::OpenMode mode) {
    auto file = store::SessionFile::open(path, mode);
    if (!file)
        return file.error();
    return std::unique_ptr<SessionDocument>(new SessionDocument(std::move(file.value())));
}

Result<std::unique_ptr<SessionDocument>> SessionDocument::create(const QString& path,
                                                                 const store::SessionStart& start) {
    auto file = store::createSession(path, start);
    if (!file)
        return file.error();
    return std::unique_ptr<SessionDocument>(new SessionDocument(std::move(file.value())));
}

bool SessionDocument::apply(const std::function<Status(store::SessionFile&)>& change) {
    const Status status = change(*m_file);
    if (!status) {
        Q_EMIT failed(status.error().message);
        return false;
    }
    reload();
    Q_EMIT saved();
    return true;
}

void SessionDocument::reload() {
    Result<SessionData> data = store::loadSession(*m_file);
    if (!data) {
        Q_EMIT failed(data.error().message);
        return;
    }
    m_data = std::move(data.value());
    Q_EMIT changed();
}

Status SessionDocument::saveAs(const QString& target) {
    Status status = m_file->saveAs(target);
    if (status)
        reload();
    return status;
}

} // namespace unblock::app
