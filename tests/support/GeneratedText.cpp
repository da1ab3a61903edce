#include "support/GeneratedText.h"

#include "support/TestSupport.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace unblock::test {
namespace {

// Runs of characters by class; a word draws from one or two of them.
const QStringList& characterClasses() {
    static const QStringList classes{
        u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"_s,
        u"0123456789"_s,
        u"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"_s,
        u"âêîôûŵŷäëïöüẅÿáéíóúẃýàèìòùẁỳ"_s, // Welsh vowels and their accents
        u"ÀÉÎÕÜßæøåœçñ"_s,
        u"αβγδεζηθλμπσωΑΒΓΔ"_s,
        u"абвгдежзийклмнопрстЖЩЯ"_s,
        u"مرحبابكمفيالمجلس"_s,   // Arabic, right to left
        u"שלוםעולם"_s,           // Hebrew
        u"नमस्तेपरिषद"_s,          // Devanagari, with combining signs
        u"議会市民窓口手続き"_s, // CJK
        u"😀🎉👍🏽🇬🇧🏴󠁧󠁢󠁷󠁬󠁳󠁿"_s, // emoji, flags and a tag
                                                                   // sequence (surrogate pairs)
        u"e\u0301a\u0308o\u0302"_s,                                // combining accents
        u"\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u20ac\u00a3\u200d\u200f"_s,
    };
    return classes;
}

// Starts of lines that other formats would read as markup or formulas.
const QStringList& markupStarts() {
    static const QStringList starts{
        u"# "_s,    u"## "_s,   u"- "_s,       u"* "_s,    u"+ "_s,    u"1. "_s,
        u"2) "_s,   u"> "_s,    u"```"_s,      u"~~~"_s,   u"---"_s,   u"==="_s,
        u"|a|b|"_s, u"<div>"_s, u"&amp; "_s,   u"[x]: "_s, u"=SUM("_s, u"@cmd "_s,
        u"+1"_s,    u"-1"_s,    u"<script>"_s, u"\\"_s,    u"***"_s,   u"___"_s,
    };
    return starts;
}

// Surrogate pairs are one character to a person: never cut one in half.
QString cut(const QString& text, qsizetype maxLength) {
    if (text.size() <= maxLength)
        return text;
    qsizetype end = maxLength;
    if (end > 0 && text.at(end - 1).isHighSurrogate())
        --end;
    return text.left(end);
}

} // namespace

TextGenerator::TextGenerator(quint32 seed)
    : m_random(seed) {}

QString TextGenerator::word() {
    const QStringList& classes = characterClasses();
    QString out;
    const int length = 1 + below(9);
    const QString& chars = classes.at(below(static_cast<int>(classes.size())));
    for (int i = 0; i < length; ++i) {
        qsizetype at = below(static_cast<int>(chars.size()));
        // Take a surrogate pair whole.
        if (chars.at(at).isLowSurrogate())
            --at;
        out += chars.at(at);
        if (chars.at(at).isHighSurrogate())
            out += chars.at(at + 1);
    }
    return out;
}

QString TextGenerator::lineStart() {
    switch (below(4)) {
    case 0:
        return QString(1 + below(8), u' '); // indented, up to a code block and beyond
    case 1:
        return QString(1 + below(2), u'\t');
    case 2: {
        const QStringList& starts = markupStarts();
        return starts.at(below(static_cast<int>(starts.size())));
    }
    default:
        return QString();
    }
}

QString TextGenerator::text(TextKind kind, qsizetype maxLength, bool untidy) {
    const bool paragraph = kind == TextKind::Paragraph;
    QString out = untidy || paragraph ? lineStart() : QString();
    const int words = 1 + below(14);
    for (int i = 0; i < words; ++i) {
        if (i > 0) {
            const int gap = below(12);
            if (paragraph && gap == 0)
                out += u'\n' + lineStart();
            else if (paragraph && gap == 1)
                out += u'\t';
            else if (gap == 2)
                out += u"   "_s;
            else
                out += u' ';
        }
        out += word();
    }
    if (untidy && below(3) == 0)
        out += u"  "_s;
    out = cut(out, maxLength);
    // What the text rules store: trimmed, and never empty.
    if (!untidy)
        out = tidyText(out);
    if (tidyText(out).isEmpty())
        out = u"x"_s;
    return out;
}

SessionData generatedSession(TextGenerator& generate, bool untidy) {
    SessionData data = demoData();
    auto line = [&] {
        return generate.text(TextKind::Line, 120, untidy);
    };
    data.details.title = line();
    data.details.venue = line();
    data.details.facilitator = line();
    for (Group& g : data.groups)
        g.name = line();
    for (Blocker& b : data.blockers) {
        b.title = line();
        b.detail = generate.paragraph();
    }
    for (Solution& s : data.solutions) {
        s.text = generate.paragraph();
        s.owner = line();
    }
    for (Round& r : data.rounds)
        r.title = line();
    for (Journey& j : data.journeys) {
        j.title = line();
        j.persona = line();
        for (JourneyStep& step : j.steps) {
            step.description = generate.paragraph();
            step.actor = line();
            step.painNote = generate.paragraph();
        }
    }
    return data;
}

} // namespace unblock::test
