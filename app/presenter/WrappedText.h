#pragma once

#include <QFont>
#include <QStringList>

namespace unblock::app {

// `text` wrapped into lines `width` wide in `font`, at most `maxLines` of
// them: when it needs more, the last line shown ends with "…", so the room
// can see that the rest is cut, never the end silently gone.
QStringList wrappedLines(const QString& text, const QFont& font, qreal width, int maxLines);

// What the room reads of `text` wrapped so: the whole of it, or as much as
// the lines show followed by "…".
QString shownText(const QString& text, const QStringList& lines);

} // namespace unblock::app
