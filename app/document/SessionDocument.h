#pragma once

#include "model/Result.h"
#include "model/SessionData.h"
#include "store/SessionFile.h"
#include "store/SessionStart.h"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace unblock::app {

// One open session in the window: the file, the snapshot widgets read, and
// the undo stack. Every change goes through apply(), which commits it to the
// file (core does that at once) and then refreshes the snapshot.
class SessionDocument : public QObject {
    Q_OBJECT
public:
    static Result<std::unique_ptr<SessionDocument>> open(const QString& path, store::OpenMode mode);
    // A new session file with what `start` names (store/SessionStart.h).
    static Result<std::unique_ptr<SessionDocument>> create(const QString& path,
                                                           const store::SessionStart& start);

    const SessionData& data() const { return m_data; }
    store::SessionFile& file() { return *m_file; }
    const store::SessionFile& file() const { return *m_file; }
    QUndoStack* undoStack() { return &m_undo; }
    QString path() const { return m_file->path(); }
    bool isReadOnly() const { return m_file->isReadOnly(); }

    // Runs a change against the file; on success refreshes the snapshot and
    // says so, on failure reports why. Returns whether it worked.
    bool apply(const std::function<Status(store::SessionFile&)>& change);
    // Reloads the snapshot from the file.
    void reload();

    Status saveAs(const QString& target);

Q_SIGNALS:
    void changed();
    void saved(); // a change reached the file
    void failed(const QString& message);

private:
    explicit SessionDocument(std::unique_ptr<store::SessionFile> file);

    std::unique_ptr<store::SessionFile> m_file;
    SessionData m_data;
    QUndoStack m_undo;
};

} // namespace unblock::app
