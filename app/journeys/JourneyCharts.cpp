#include "journeys/JourneyCharts.h"

#include "journey/CostToServe.h"
#include "window/Charts.h"

#include <QChart>
#include <QChartView>
#include <QResizeEvent>

#include <algorithm>

namespace unblock::app {

JourneyCharts::JourneyCharts(QWidget* parent)
    : QSplitter(Qt::Vertical, parent)
    , m_costs(new QChartView)
    , m_feelings(new QChartView) {
    m_costs->setRenderHint(QPainter::Antialiasing);
    m_costs->setAccessibleName(tr("Cost of each step"));
    m_costs->setToolTip(tr("A bar for each step of the journey, as high as what it costs"));
    m_costs->setMinimumWidth(220);
    m_feelings->setRenderHint(QPainter::Antialiasing);
    m_feelings->setAccessibleName(tr("How the resident feels at each step"));
    m_feelings->setToolTip(tr("How the resident feels at each step, from −2 to +2"));
    // What is drawn takes the keyboard too: it says what it shows.
    for (QChartView* view : {m_costs, m_feelings})
        view->viewport()->setAccessibleName(view->accessibleName());
    addWidget(m_costs);
    addWidget(m_feelings);
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
}

void JourneyCharts::showJourney(const Journey& journey, const std::vector<Channel>& channels) {
    QStringList labels;
    QList<qreal> costs;
    QList<qreal> feelings;
    for (std::size_t i = 0; i < journey.steps.size(); ++i) {
        const StepCost c = stepCost(journey.steps[i], channels);
        // The step's number, as on its card beside: a narrow chart has no room for more.
        labels << tr("Step %1").arg(i + 1);
        costs << (c.pence ? static_cast<qreal>(*c.pence) / 100 : 0.0);
        feelings << journey.steps[i].emotion;
    }
    QChart* old = m_costs->chart();
    m_costs->setChart(horizontalBarChart(tr("Cost (£)"), labels, costs, ChartValues::Pounds, font(),
                                         costSteps(width())));
    m_costs->chart()->setTitle(tr("Cost of each step (£)"));
    delete old;
    old = m_feelings->chart();
    m_feelings->setChart(stepLineChart(tr("Emotion"), feelings, -2, 2));
    m_feelings->chart()->setTitle(tr("How they feel at each step (−2 to +2)"));
    delete old;
}

// A grid line for each 70 pixels or so: the chart is narrow beside the
// canvas, and its labels are never cut.
int JourneyCharts::costSteps(int width) {
    return std::clamp(width / 70, 2, 6);
}

void JourneyCharts::resizeEvent(QResizeEvent* event) {
    QSplitter::resizeEvent(event);
    if (m_costs->chart())
        fitBarAxis(m_costs->chart(), ChartValues::Pounds, costSteps(event->size().width()));
}

} // namespace unblock::app
