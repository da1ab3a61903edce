#pragma once

#include <QColor>
#include <QPalette>

namespace unblock::test {

// A palette like a desktop's dark mode, for the tests and the screenshots.
inline QPalette darkPalette() {
    QPalette dark(QColor(0x35, 0x35, 0x35), QColor(0x28, 0x28, 0x28));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    return dark;
}

} // namespace unblock::test
