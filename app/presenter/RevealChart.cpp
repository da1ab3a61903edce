#include "presenter/RevealChart.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

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

void RevealChart::reveal(const RankingResult& result, int rowsShown) {
    m_rows.assign(result.rows.begin(),
                  result.rows.begin() +
                      std::min<qsizetype>(rowsShown, static_cast<qsizetype>(result.rows.size())));
    m_method = result.method;
    QStringList spoken;
    for (const RankedRow& row : m_rows)
        spoken << tr("%1: %2, %3").arg(row.rank).arg(row.title).arg(scoreText(m_method, row.score));
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

// Every row has the height of one of kRows, whatever the number of items:
// the rank, two lines of title, then the bar with the score after it.
RevealChart::RowLayout RevealChart::rowLayout(int index) const {
    const qreal rowHeight = static_cast<qreal>(height()) / kRows;
    const qreal top = index * rowHeight;
    const qreal rankWidth = width() * 0.1;
    RowLayout layout;
    layout.font = font();
    layout.font.setPixelSize(std::max(12, static_cast<int>(rowHeight * 0.27)));
    layout.font.setBold(true);
    const qreal lines = QFontMetricsF(layout.font).lineSpacing() * 2;
    layout.rank = QRectF(0, top, rankWidth, rowHeight * 0.9);
    layout.title = QRectF(rankWidth, top, width() - rankWidth, std::min(lines, rowHeight * 0.7));
    layout.bar = QRectF(rankWidth, layout.title.bottom() + rowHeight * 0.02, width() - rankWidth,
                        rowHeight * 0.18);
    return layout;
}

// The title wrapped into the lines the row has, the last cut with "…".
QString RevealChart::shownTitle(const RankedRow& row, const RowLayout& layout) const {
    const QFontMetricsF metrics(layout.font);
    const int lines = std::max(1, static_cast<int>(layout.title.height() / metrics.lineSpacing()));
    QTextLayout text(row.title, layout.font);
    text.beginLayout();
    QStringList shown;
    while (shown.size() < lines) {
        QTextLine line = text.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(layout.title.width());
        const bool last = shown.size() == lines - 1;
        const QString rest = row.title.mid(line.textStart());
        shown << (last ? metrics.elidedText(rest, Qt::ElideRight, layout.title.width())
                       : row.title.mid(line.textStart(), line.textLength()).trimmed());
        if (last)
            break;
    }
    text.endLayout();
    return shown.join(u'\n');
}

QStringList RevealChart::rowTexts() const {
    QStringList texts;
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        texts << shownTitle(m_rows[i], rowLayout(static_cast<int>(i)));
    return texts;
}

void RevealChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_rows.empty())
        return;
    qint64 maximum = 1;
    for (const RankedRow& row : m_rows)
        maximum = std::max(maximum, row.score);
    const int count = static_cast<int>(m_rows.size());
    // Text in the page's one colour, never over the bar, in every theme.
    const QColor ink = palette().color(QPalette::WindowText);
    for (int i = 0; i < count; ++i) {
        // The last place appears first; the winner last.
        const qreal start = static_cast<qreal>(count - 1 - i) / count;
        const qreal local = std::clamp((m_progress - start) * count, 0.0, 1.0);
        if (local <= 0.0)
            continue;
        const RankedRow& row = m_rows[static_cast<std::size_t>(i)];
        const RowLayout layout = rowLayout(i);
        p.setFont(layout.font);
        p.setPen(ink);
        const QString rank =
            QString::number(row.rank) + (row.tiedWith.empty() ? QString() : QStringLiteral("="));
        p.drawText(layout.rank, Qt::AlignTop | Qt::AlignHCenter, rank);
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
}

} // namespace unblock::app
