#pragma once

#include "model/SessionData.h"
#include "model/TextRules.h"

#include <QRandomGenerator>
#include <QString>

namespace unblock::test {

// Text as attendees might type or paste it, generated from every character
// class the text rules allow: letters of many scripts (Welsh among them),
// digits, every ASCII punctuation mark, spaces and no-break spaces, emoji
// (surrogate pairs), combining marks, right-to-left text; paragraphs add
// tabs and line breaks, with lines that start with spaces or tabs and lines
// that start as Markdown, HTML or a spreadsheet formula would. Each generator
// is seeded, so a failing case can be run again.
class TextGenerator {
public:
    explicit TextGenerator(quint32 seed);

    // Text that passes checkText for `kind`: at most `maxLength` characters,
    // never empty. Titles are as stored (trimmed) unless `untidy`.
    QString text(TextKind kind, qsizetype maxLength = 120, bool untidy = false);
    QString line(qsizetype maxLength = 120) { return text(TextKind::Line, maxLength); }
    QString paragraph(qsizetype maxLength = 400) { return text(TextKind::Paragraph, maxLength); }

private:
    QString word();
    QString lineStart();
    int below(int bound) { return static_cast<int>(m_random.bounded(bound)); }

    QRandomGenerator m_random;
};

// The demo session with every text a person typed replaced by generated
// text; `untidy` keeps the spaces around titles that a session from
// elsewhere (an imported JSON) may carry.
SessionData generatedSession(TextGenerator& generate, bool untidy);

} // namespace unblock::test
