#include "presenter/QrCodeView.h"

#include <QPainter>

namespace unblock::app {
namespace {

constexpr int kQuietModules = 4;

} // namespace

QrCodeView::QrCodeView(QWidget* parent)
    : QWidget(parent) {
    setMinimumSize(160, 160);
    setAccessibleName(tr("QR code to vote from a phone"));
}

void QrCodeView::setText(const QString& text) {
    if (text == m_text)
        return;
    m_text = text;
    m_code = remote::qrCode(text);
    setAccessibleDescription(text);
    update();
}

void QrCodeView::paintEvent(QPaintEvent*) {
    if (m_code.size == 0)
        return;
    const int modules = m_code.size + 2 * kQuietModules;
    // Whole pixels per module keep the edges sharp for a camera.
    const int unit = std::max(1, std::min(width(), height()) / modules);
    const int side = unit * modules;
    const QPoint origin((width() - side) / 2, (height() - side) / 2);
    QPainter painter(this);
    painter.fillRect(QRect(origin, QSize(side, side)), Qt::white);
    for (int y = 0; y < m_code.size; ++y) {
        for (int x = 0; x < m_code.size; ++x) {
            if (m_code.isDark(x, y)) {
                painter.fillRect(origin.x() + (x + kQuietModules) * unit,
                                 origin.y() + (y + kQuietModules) * unit, unit, unit, Qt::black);
            }
        }
    }
}

} // namespace unblock::app
