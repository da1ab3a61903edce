#pragma once

#include "journey/Journey.h"

#include <QSplitter>

#include <vector>

class QChartView;

namespace unblock::app {

// Beside the sketch: what each step costs, and how the resident feels at
// each, as two charts one above the other.
class JourneyCharts : public QSplitter {
    Q_OBJECT
public:
    explicit JourneyCharts(QWidget* parent = nullptr);

    void showJourney(const Journey& journey, const std::vector<Channel>& channels);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    static int costSteps(int width);

    QChartView* m_costs;
    QChartView* m_feelings;
};

} // namespace unblock::app
