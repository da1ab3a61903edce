#include "presenter/WrappedText.h"

#include <QFontMetricsF>
#include <QTextLayout>

namespace unblock::app {
namespace {

// The lines `text` takes at `width`: where each starts and how long it is.
std::vector<std::pair<int, int>> lineSpans(const QString& text, const QFont& font, qreal width) {
    QTextLayout layout(text, font);
    layout.beginLayout();
    std::vector<std::pair<int, int>> spans;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        spans.emplace_back(line.textStart(), line.textLength());
    }
    layout.endLayout();
    return spans;
}

} // namespace

QStringList wrappedLines(const QString& text, const QFont& font, qreal width, int maxLines) {
    const std::vector<std::pair<int, int>> spans = lineSpans(text, font, width);
    QStringList lines;
    for (std::size_t i = 0; i < spans.size() && lines.size() < maxLines; ++i) {
        const auto [start, length] = spans[i];
        const bool last = lines.size() == maxLines - 1 && i + 1 < spans.size();
        if (last) {
            // The rest of the text on one line, cut with "…" where it no
            // longer fits (QFontMetrics adds the mark).
            const QString rest = text.mid(start).simplified() + QChar(0x2026);
            lines << QFontMetricsF(font).elidedText(rest, Qt::ElideRight, width);
            break;
        }
        lines << text.mid(start, length).trimmed();
    }
    return lines;
}

QString shownText(const QString& text, const QStringList& lines) {
    if (lines.isEmpty() || !lines.last().endsWith(QChar(0x2026)))
        return text;
    // The lines hold the text's own characters, spaces between them trimmed.
    qsizetype shown = 0;
    for (const QString& line : lines) {
        const QString words = line.endsWith(QChar(0x2026)) ? line.chopped(1) : line;
        const qsizetype at = text.indexOf(words, shown);
        shown = at < 0 ? shown : at + words.size();
    }
    return text.left(shown).trimmed() + QChar(0x2026);
}

} // namespace unblock::app
