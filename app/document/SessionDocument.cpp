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

bool SessionDocument::apply(const std::function<Status(store::SessionFile&)>& change,
                            const QString& doing) {
    const Status status = change(*m_file);
    // What committed, even when a later part failed (a batch of ballots is
    // written in parts), is followed in memory.
    follow(m_file->takeChanges());
    if (!status) {
        const QString& why = status.error().message;
        Q_EMIT failed(doing.isEmpty() ? why : doing + QStringLiteral(": ") + why);
        return false;
    }
    Q_EMIT saved();
    return true;
}

void SessionDocument::applyInBackground(std::function<Status(store::SessionFile&)> change,
                                        std::function<void(const Status&)> done) {
    if (!m_writer)
        m_writer = std::make_unique<store::BackgroundWriter>(*m_file);
    m_writer->run(std::move(change), [this, done = std::move(done)](const Status& status,
                                                                    const SessionChange& touched) {
        follow(touched);
        if (status)
            Q_EMIT saved();
        else
            Q_EMIT failed(status.error().message);
        done(status);
    });
}

void SessionDocument::follow(const SessionChange& change) {
    if (change.empty())
        return;
    if (change.unclassified) {
        reload();
        return;
    }
    Result<SessionUpdate> update = store::refreshSession(*m_file, change, m_data);
    if (!update) {
        reload(); // a read that failed once may work whole; reload says if not
        return;
    }
    if (update->empty())
        return;
    m_indexes.follow(update.value());
    Q_EMIT updated(update.value());
}

void SessionDocument::reload() {
    Result<SessionData> data = store::loadSession(*m_file, store::Photos::Leave);
    if (!data) {
        Q_EMIT failed(data.error().message);
        return;
    }
    m_data = std::move(data.value());
    m_indexes.restart();
    SessionUpdate whole;
    whole.reloaded = true;
    Q_EMIT updated(whole);
}

Result<QByteArray> SessionDocument::photo(Id journeyId) const {
    return store::loadJourneyPhoto(*m_file, journeyId);
}

Result<SessionData> SessionDocument::withPhotos() const {
    return store::loadSession(*m_file, store::Photos::Load);
}

Status SessionDocument::saveAs(const QString& target) {
    // A write under way on the other connection goes into this file first,
    // so the copy has it.
    if (m_writer)
        m_writer->waitForWrites();
    Status status = m_file->saveAs(target);
    if (status)
        reload();
    return status;
}

} // namespace unblock::app
