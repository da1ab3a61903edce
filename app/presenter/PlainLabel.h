#pragma once

#include <QLabel>

namespace unblock::app {

// The projector's labels: attendees' text is never markup, and wraps.
inline QLabel* plainLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace unblock::app
