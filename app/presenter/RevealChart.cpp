#include "presenter/RevealChart.h"

#include <QFontMetrics>
#include <QPainter>

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

void RevealChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_rows.empty())
        return;
    qint64 maximum = 1;
    for (const RankedRow& row : m_rows)
        maximum = std::max(maximum, row.score);
    const int count = static_cast<int>(m_rows.size());
    const qreal rowHeight = static_cast<qreal>(height()) / count;
    QFont font = this->font();
    font.setPixelSize(std::max(14, static_cast<int>(rowHeight * 0.28)));
    font.setBold(true);
    p.setFont(font);
    const qreal labelWidth = width() * 0.12;
    for (int i = 0; i < count; ++i) {
        // The last place appears first; the winner last.
        const qreal start = static_cast<qreal>(count - 1 - i) / count;
        const qreal local = std::clamp((m_progress - start) * count, 0.0, 1.0);
        if (local <= 0.0)
            continue;
        const RankedRow& row = m_rows[static_cast<std::size_t>(i)];
        const qreal top = i * rowHeight + rowHeight * 0.1;
        const qreal barMax = width() - labelWidth - 20;
        const qreal barWidth =
            barMax * local * static_cast<qreal>(row.score) / static_cast<qreal>(maximum);
        p.setPen(palette().color(QPalette::WindowText));
        const QString rank =
            QString::number(row.rank) + (row.tiedWith.empty() ? QString() : QStringLiteral("="));
        p.drawText(QRectF(0, top, labelWidth, rowHeight * 0.8), Qt::AlignVCenter | Qt::AlignHCenter,
                   rank);
        p.fillRect(QRectF(labelWidth, top, barWidth, rowHeight * 0.8),
                   palette().color(QPalette::Highlight));
        // One line per item: the title gives way to the score.
        const QString score = u" — "_s + scoreText(m_method, row.score);
        const QFontMetrics metrics(font);
        const int room = static_cast<int>(barMax - 12) - metrics.horizontalAdvance(score);
        const QString text =
            metrics.elidedText(row.title, Qt::ElideRight, std::max(room, 40)) + score;
        QRectF textRect(labelWidth + 12, top, barMax - 12, rowHeight * 0.8);
        // Text over the bar in the bar's own text colour, beyond it in the
        // page's: readable either way, in every presenter theme.
        p.save();
        p.setClipRect(QRectF(labelWidth, top, barWidth, rowHeight * 0.8));
        p.setPen(palette().color(QPalette::HighlightedText));
        p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
        p.restore();
        p.save();
        p.setPen(palette().color(QPalette::WindowText));
        p.setClipRect(QRectF(labelWidth + barWidth, top, width(), rowHeight * 0.8));
        p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
        p.restore();
    }
}

} // namespace unblock::app
