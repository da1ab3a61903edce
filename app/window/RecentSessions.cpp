#include "window/RecentSessions.h"

#include <QSettings>

namespace unblock::app::recent {
namespace {

constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentSessions");
const QString kLastKey = QStringLiteral("lastSession");

} // namespace

QStringList sessions() {
    return QSettings().value(kRecentKey).toStringList();
}

void remember(const QString& path) {
    QStringList recent = sessions();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings settings;
    settings.setValue(kRecentKey, recent.mid(0, kMaxRecent));
    settings.setValue(kLastKey, path);
}

QString last() {
    return QSettings().value(kLastKey).toString();
}

void forgetLast() {
    QSettings().remove(kLastKey);
}

} // namespace unblock::app::recent
