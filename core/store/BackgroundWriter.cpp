#include "store/BackgroundWriter.h"

#include "store/SessionFile.h"

namespace unblock::store {

BackgroundWriter::BackgroundWriter(const SessionFile& file, QObject* parent)
    : QObject(parent)
    , m_file(file)
    , m_worker(new QObject) {
    m_thread.setObjectName(QStringLiteral("unblock-writer"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

BackgroundWriter::~BackgroundWriter() {
    // Queued after every change already given, so those are written first.
    QMetaObject::invokeMethod(
        m_worker, [thread = &m_thread] { thread->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

void BackgroundWriter::waitForWrites() {
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

// The second connection, opened here (on the asking thread, where the file's
// path can be read safely) the first time and again after Save As. Changes
// already queued keep the connection they were given.
std::shared_ptr<SessionFile> BackgroundWriter::connection(Status& status) {
    if (m_second && m_secondPath == m_file.path())
        return m_second;
    Result<std::unique_ptr<SessionFile>> opened = m_file.secondConnection();
    if (!opened) {
        status = opened.error();
        return nullptr;
    }
    m_second = std::move(opened.value());
    m_secondPath = m_file.path();
    return m_second;
}

void BackgroundWriter::run(Change change, Done done) {
    Status opened;
    std::shared_ptr<SessionFile> second = connection(opened);
    ++m_inFlight;
    if (!second) {
        QMetaObject::invokeMethod(
            this,
            [this, done = std::move(done), opened] {
                --m_inFlight;
                done(opened, {});
            },
            Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(
        m_worker,
        [this, second, change = std::move(change), done = std::move(done)]() mutable {
            const Status status = change(*second);
            const SessionChange touched = second->takeChanges();
            // Back on the asking thread; dropped if the writer has gone.
            QMetaObject::invokeMethod(
                this,
                [this, done = std::move(done), status, touched] {
                    --m_inFlight;
                    done(status, touched);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace unblock::store
