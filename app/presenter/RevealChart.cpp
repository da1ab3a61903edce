#include "presenter/RevealChart.h"

#include "presenter/WrappedText.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace unblock::app {

RevealChart::RevealChart(QWidget* parent)
    : QWidget(parent) {
    m_animation.setStartValue(0.0);
    m_animation.setEndValue(1.0);
    m_animation.setDuration(3000);
    m_animation.setEasingCurve(QEasingCurve::InOutQuad);
    connect(&m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        m_progress = value.toReal();
        update();
    });
    setAccessibleName(tr("Results"));
}

namespace {

// Rows in pages of at most `perPage`, from the top place down. A run of tied
// rows starts a new page rather than be split, unless it is longer than a page.
std::vector<std::vector<int>> pagesOf(const std::vector<RankedRow>& rows, int perPage) {
    std::vector<std::vector<int>> pages;
    std::size_t first = 0;
    while (first < rows.size()) {
        std::size_t last = first + 1;
        while (last < rows.size() && rows[last].rank == rows[first].rank)
            ++last;
        const auto tied = static_cast<int>(last - first);
        const bool fits = !pages.empty() && static_cast<int>(pages.back().size()) + tied <= perPage;
        if (!fits && (pages.empty() || !pages.back().empty()))
            pages.emplace_back();
        for (std::size_t row = first; row < last; ++row) {
            if (static_cast<int>(pages.back().size()) == perPage)
                pages.emplace_back();
            pages.back().push_back(static_cast<int>(row));
        }
        first = last;
    }
    return pages;
}

} // namespace

void RevealChart::reveal(VoteMethod method, const TopSelection& shown) {
    m_rows = shown.rows;
    m_pages = pagesOf(m_rows, kRows);
    m_note = shown.widened ? shown.note : QString();
    m_method = method;
    QStringList spoken;
    for (const RankedRow& row : m_rows)
        spoken << tr("%1: %2, %3").arg(rankText(row), row.title, scoreText(m_method, row.score));
    if (m_rows.empty())
        spoken << tr("No votes were cast.");
    else if (shown.widened)
        spoken << m_note;
    setAccessibleDescription(spoken.join(QStringLiteral("; ")));
    m_progress = 0.0;
    m_animation.stop();
    m_animation.start();
}

int RevealChart::itemsShown() const {
    const int count = static_cast<int>(m_rows.size());
    return std::clamp(static_cast<int>(std::floor(m_progress * count + 1e-9)), 0, count);
}

void RevealChart::showNext() {
    m_animation.stop();
    const int count = static_cast<int>(m_rows.size());
    if (count > 0)
        m_progress = std::min(1.0, static_cast<qreal>(itemsShown() + 1) / count);
    update();
}

void RevealChart::showPrevious() {
    m_animation.stop();
    const int count = static_cast<int>(m_rows.size());
    const int shown = itemsShown() - (m_progress * count > itemsShown() + 1e-9 ? 0 : 1);
    if (count > 0)
        m_progress = std::max(0.0, static_cast<qreal>(shown) / count);
    update();
}

// The last place appears first, the winner last: row i comes in once the
// rows below it are in.
qreal RevealChart::rowProgress(int row) const {
    const int count = static_cast<int>(m_rows.size());
    const qreal start = static_cast<qreal>(count - 1 - row) / count;
    return std::clamp((m_progress - start) * count, 0.0, 1.0);
}

int RevealChart::currentPage() const {
    for (int page = 0; page < pageCount(); ++page) {
        for (const int row : m_pages[static_cast<std::size_t>(page)]) {
            if (rowProgress(row) > 0.0)
                return page;
        }
    }
    return pageCount() - 1;
}

std::vector<int> RevealChart::rowsOnScreen() const {
    return m_pages.empty() ? std::vector<int>{} : m_pages[static_cast<std::size_t>(currentPage())];
}

// Every row has the height of one of kRows, whatever the number of items:
// the rank, two lines of title, then the bar with the score after it.
RevealChart::RowLayout RevealChart::rowLayout(int slot) const {
    // A ninth of the height is kept for the note under the rows.
    const qreal rowHeight = static_cast<qreal>(height()) / (kRows + 1);
    const qreal top = slot * rowHeight;
    const qreal rankWidth = width() * 0.1;
    RowLayout layout;
    layout.font = font();
    layout.font.setPixelSize(std::max(12, static_cast<int>(rowHeight * 0.27)));
    layout.font.setBold(true);
    const qreal lines = QFontMetricsF(layout.font).lineSpacing() * 2;
    layout.rank = QRectF(0, top, rankWidth, rowHeight * 0.9);
    layout.title = QRectF(rankWidth, top, width() - rankWidth, std::min(lines, rowHeight * 0.7));
    // A clear gap under the title's second line too, not only its first.
    layout.bar = QRectF(rankWidth, layout.title.bottom() + rowHeight * 0.06, width() - rankWidth,
                        rowHeight * 0.16);
    return layout;
}

// The title wrapped into the lines the row has, the last cut with "…".
QString RevealChart::shownTitle(const RankedRow& row, const RowLayout& layout) const {
    const QFontMetricsF metrics(layout.font);
    const int lines = std::max(1, static_cast<int>(layout.title.height() / metrics.lineSpacing()));
    return wrappedLines(row.title, layout.font, layout.title.width(), lines).join(u'\n');
}

QStringList RevealChart::rowTexts() const {
    QStringList texts;
    for (const RankedRow& row : m_rows)
        texts << shownTitle(row, rowLayout(0));
    return texts;
}

void RevealChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // Text in the page's one colour, never over the bar, in every theme.
    const QColor ink = palette().color(QPalette::WindowText);
    p.setPen(ink);
    if (m_rows.empty()) {
        p.setFont(rowLayout(0).font);
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No votes were cast."));
        return;
    }
    qint64 maximum = 1;
    for (const RankedRow& row : m_rows)
        maximum = std::max(maximum, row.score);
    const std::vector<int> page = rowsOnScreen();
    for (std::size_t slot = 0; slot < page.size(); ++slot) {
        const int i = page[slot];
        const qreal local = rowProgress(i);
        if (local <= 0.0)
            continue;
        const RankedRow& row = m_rows[static_cast<std::size_t>(i)];
        const RowLayout layout = rowLayout(static_cast<int>(slot));
        p.setFont(layout.font);
        p.drawText(layout.rank, Qt::AlignTop | Qt::AlignHCenter, rankText(row));
        p.drawText(layout.title, Qt::AlignTop | Qt::AlignLeft, shownTitle(row, layout));
        const QString score = scoreText(m_method, row.score);
        const qreal scoreWidth = QFontMetricsF(layout.font).horizontalAdvance(score) + 16;
        const qreal barMax = layout.bar.width() - scoreWidth;
        const qreal barWidth =
            barMax * local * static_cast<qreal>(row.score) / static_cast<qreal>(maximum);
        p.fillRect(QRectF(layout.bar.left(), layout.bar.top(), barWidth, layout.bar.height()),
                   palette().color(QPalette::Highlight));
        p.drawText(QRectF(layout.bar.left() + barWidth + 8, layout.bar.top() - layout.bar.height(),
                          scoreWidth, layout.bar.height() * 3),
                   Qt::AlignVCenter | Qt::AlignLeft, score);
    }
    // Why the list is longer than the top asked for, once the whole is in.
    if (!m_note.isEmpty() && itemsShown() == static_cast<int>(m_rows.size())) {
        QFont small = rowLayout(0).font;
        small.setPixelSize(std::max(12, small.pixelSize() * 2 / 3));
        small.setBold(false);
        p.setFont(small);
        const QRectF footer(0, rowLayout(kRows).rank.top(), width(), height() / (kRows + 1.0));
        p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, m_note);
    }
}

} // namespace unblock::app
