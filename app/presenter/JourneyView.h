#pragma once

#include "report/JourneyDiagram.h"

#include <QWidget>

#include <optional>

namespace unblock::app {

// A journey on the projector: the whole diagram as large as the screen
// allows, on a white panel, with the step the group is talking about
// outlined.
class JourneyView : public QWidget {
    Q_OBJECT
public:
    explicit JourneyView(QWidget* parent = nullptr);
    void setDiagram(const JourneyDiagram& diagram, std::optional<int> highlighted);
    // The diagram's height for the view's width, to leave the rest to text.
    int heightForWidth(int width) const override;
    bool hasHeightForWidth() const override { return true; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    qreal scaleFor(QSizeF area) const;

    JourneyDiagram m_diagram;
    std::optional<int> m_highlighted;
};

} // namespace unblock::app
