#pragma once

#include "model/Result.h"

#include <QString>

namespace unblock {

// What attendees type is plain text with limits: a title is one line, a
// paragraph may have line breaks and tabs, and neither carries other control
// characters or runs to megabytes.
enum class TextKind { Line, Paragraph };

struct TextLimits {
    static constexpr qsizetype line = 500;
    static constexpr qsizetype paragraph = 20000;
};

// Checks `text` for the field named `field` ("blocker title"). Empty text is
// an error only when `required`. Leading and trailing spaces do not count.
Status checkText(const QString& text, TextKind kind, const QString& field, bool required);

// The text as it is stored: trimmed of surrounding white space.
QString tidyText(const QString& text);

// Text too long for a title, split into a title that fits — its first
// sentence, else as many whole words as fit, marked "…" — and the rest, which
// goes into the detail whole (the detail starts with the full text, so
// nothing typed is lost or cut mid-word). `limit` is in UTF-16 units (what
// QString, Java and .NET count), and a character beyond the first 65,536 (an
// emoji) is never cut in half: a tracker's title of 255 is another limit.
struct SplitTitle {
    QString title;
    QString detail;
};
SplitTitle splitLongTitle(const QString& text, qsizetype limit = TextLimits::line);

// Two titles that say the same, whatever their case and spacing.
bool sameTitle(const QString& a, const QString& b);
// What sameTitle compares: equal keys, the same title (for a hash).
QString titleKey(const QString& title);

} // namespace unblock
