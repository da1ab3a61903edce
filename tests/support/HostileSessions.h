#pragma once

// Session files as a stranger's would arrive: the demo session changed with
// SQLite by hand, each in one way Unblock never writes. Every way in (the
// window, `unblock-cli`, the library, the fuzz target's seeds) must refuse
// each with the words in `refusal`, never read it half, never crash.
#include <QByteArray>
#include <QString>

#include <vector>

namespace unblock::test {

struct HostileSession {
    QString name;                  // what was done to it, for the test's report
    std::vector<QByteArray> steps; // SQL, each on its own connection, checks off
    QString refusal;               // words the refusal holds
};

std::vector<HostileSession> hostileSessions();

// Writes the demo session to `path` and applies `hostile`'s steps to it.
void writeHostileSession(const QString& path, const HostileSession& hostile);

} // namespace unblock::test
