#pragma once

#include "remote/QrCode.h"

#include <QWidget>

namespace unblock::app {

// A QR code as large as its square allows: dark modules on white with the
// quiet zone of four modules scanners need, whatever the theme around it.
class QrCodeView : public QWidget {
    Q_OBJECT
public:
    explicit QrCodeView(QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const { return m_text; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }
    QSize sizeHint() const override { return {320, 320}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
    remote::QrCode m_code;
};

} // namespace unblock::app
