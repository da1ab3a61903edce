#pragma once

#include <QString>
#include <QStringList>

// The sessions opened lately (File ▸ Open Recent) and the one open when
// Unblock last closed (reopened at start), kept with QSettings.
namespace unblock::app::recent {

QStringList sessions(); // most recent first
// `path` goes to the top of the list, and is the session to reopen.
void remember(const QString& path);
QString last();
void forgetLast(); // closed by hand: the next start opens nothing

} // namespace unblock::app::recent
