#include "model/TextRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TextRules)
};

bool allowedControl(QChar c, TextKind kind) {
    return kind == TextKind::Paragraph && (c == u'\n' || c == u'\t' || c == u'\r');
}

bool isControl(QChar c) {
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029 || u == 0xfeff;
}

} // namespace

QString tidyText(const QString& text) {
    return text.trimmed();
}

SplitTitle splitLongTitle(const QString& text, qsizetype limit) {
    const QString tidy = tidyText(text).simplified();
    if (tidy.size() <= limit)
        return {tidy, QString()};
    // The first sentence, when it fits and says something.
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?](\\s|$)"));
    const QRegularExpressionMatch end = sentenceEnd.match(tidy);
    if (end.hasMatch() && end.capturedStart() + 1 <= limit && end.capturedStart() >= 10)
        return {tidy.left(end.capturedStart() + 1), tidy};
    qsizetype cut = tidy.lastIndexOf(u' ', limit - 1);
    if (cut < limit / 2)
        cut = limit - 1;
    // Never between the two halves of a character beyond the first 65,536
    // (an emoji, say): half a character is not text.
    if (cut > 0 && tidy.at(cut - 1).isHighSurrogate())
        --cut;
    return {tidy.left(cut).trimmed() + QChar(0x2026), tidy};
}

bool sameTitle(const QString& a, const QString& b) {
    return titleKey(a) == titleKey(b);
}

QString titleKey(const QString& title) {
    return title.simplified().toCaseFolded();
}

Status checkText(const QString& text, TextKind kind, const QString& field, bool required) {
    const QString tidy = tidyText(text);
    if (required && tidy.isEmpty())
        return Error{ErrorCode::InvalidInput, Tr::tr("The %1 is empty.").arg(field)};

    const qsizetype limit = kind == TextKind::Line ? TextLimits::line : TextLimits::paragraph;
    if (tidy.size() > limit) {
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("The %1 is %L2 characters long; the limit is %L3.")
                         .arg(field)
                         .arg(tidy.size())
                         .arg(limit)};
    }
    for (qsizetype i = 0; i < tidy.size(); ++i) {
        const QChar c = tidy.at(i);
        if (!isControl(c) || allowedControl(c, kind))
            continue;
        if (c == u'\n' || c == u'\r') {
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("The %1 contains a line break; it must be one line.").arg(field)};
        }
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("The %1 contains a control character (U+%2) at position %3.")
                         .arg(field)
                         .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                         .arg(i + 1)};
    }
    return {};
}

} // namespace unblock
