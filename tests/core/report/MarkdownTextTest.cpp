// Attendees' text in the Markdown summary, over generated text: whatever they
// typed or pasted — indented lines, leading spaces, Markdown and HTML of their
// own, every script — a Markdown reader shows exactly that text, unformatted,
// and writing it never fails.
#include "report/Comparison.h"
#include "report/MarkdownWriter.h"
#include "report/Summary.h"
#include "support/GeneratedText.h"
#include "support/TestSupport.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

constexpr quint32 kTexts = 400;

// Lines as a reader sees them: no-break spaces are spaces, a tab that indents
// a line is four, and what ends or only fills a line is not seen.
QStringList seenLines(const QString& text) {
    QStringList lines;
    for (QString line : text.split(u'\n')) {
        line.replace(QChar::Nbsp, u' ');
        qsizetype indent = 0;
        while (indent < line.size() && (line.at(indent) == u' ' || line.at(indent) == u'\t'))
            ++indent;
        QString shown = line.left(indent).replace(u"\t"_s, u"    "_s) + line.mid(indent);
        while (!shown.isEmpty() && shown.back().isSpace())
            shown.chop(1);
        if (!shown.trimmed().isEmpty())
            lines << shown;
    }
    return lines;
}

// What in `doc` is not plain text: a list, heading, quote, code, emphasis or link.
QStringList formattingIn(const QTextDocument& doc) {
    QStringList found;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (block.textList())
            found << u"a list"_s;
        if (format.headingLevel() > 0)
            found << u"a heading"_s;
        if (format.hasProperty(QTextFormat::BlockQuoteLevel))
            found << u"a quote"_s;
        if (format.hasProperty(QTextFormat::BlockCodeFence) ||
            format.hasProperty(QTextFormat::BlockCodeLanguage))
            found << u"a code block"_s;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat chars = it.fragment().charFormat();
            if (chars.fontWeight() > QFont::Normal || chars.fontItalic() || chars.fontStrikeOut())
                found << u"emphasis on “"_s + it.fragment().text() + u'”';
            if (chars.isAnchor())
                found << u"a link on “"_s + it.fragment().text() + u'”';
            if (chars.fontFixedPitch())
                found << u"code on “"_s + it.fragment().text() + u'”';
        }
    }
    return found;
}

} // namespace

TEST_CASE("Generated text reads back from Markdown exactly as typed, with no formatting") {
    for (quint32 seed = 1; seed <= kTexts; ++seed) {
        TextGenerator generate(seed);
        const QString typed = generate.text(TextKind::Paragraph, 400, /*untidy=*/true);
        QTextDocument read;
        read.setMarkdown(escapeMarkdown(typed), QTextDocument::MarkdownDialectCommonMark);
        INFO("seed " << seed << ": " << typed.toStdString());
        CHECK(seenLines(read.toPlainText()) == seenLines(typed));
        CHECK(formattingIn(read) == QStringList());
    }
}

TEST_CASE("A table cell's text stays in its own cell, its lines joined by a slash") {
    for (quint32 seed = 1; seed <= kTexts; ++seed) {
        TextGenerator generate(seed);
        const QString typed = generate.paragraph();
        QTextDocument read;
        read.setMarkdown(
            markdownTable({u"Before"_s, u"Text"_s, u"After"_s}, {{u"left"_s, typed, u"right"_s}}),
            QTextDocument::MarkdownDialectGitHub);
        INFO("seed " << seed << ": " << typed.toStdString());
        // Three columns, two rows: the heading row and the text's row.
        const QString shown = read.toPlainText();
        REQUIRE(shown.count(u"left"_s) == 1);
        CHECK(shown.indexOf(u"right"_s) > shown.indexOf(u"left"_s));
        QStringList lines;
        for (const QString& line : seenLines(typed))
            lines << line.trimmed();
        CHECK(shown.contains(lines.join(u" / "_s)));
    }
}

TEST_CASE("The whole summary and the comparison write as Markdown from generated text, "
          "leading spaces and indented lines included") {
    for (quint32 seed = 1; seed <= 60; ++seed) {
        TextGenerator generate(seed);
        const SessionData data = generatedSession(generate, /*untidy=*/seed % 2 == 0);
        const SummaryDocument doc = expectOk(buildSummary(data));
        QTextDocument read;
        read.setMarkdown(writeMarkdown(doc), QTextDocument::MarkdownDialectGitHub);
        const QString shown = read.toPlainText();
        INFO("seed " << seed);
        for (const Solution& s : data.solutions) {
            for (const QString& line : seenLines(s.text))
                CHECK(shown.contains(line.trimmed()));
        }
        const QString title = seenLines(data.blockers.front().title).value(0).trimmed();
        INFO("title: " << title.toStdString());
        CHECK(shown.contains(title));

        const Comparison compared =
            compareWorkshops({{u"one.unblock"_s, data}, {u"two.unblock"_s, data}});
        CHECK_FALSE(comparisonMarkdown(compared).isEmpty());
    }
}
