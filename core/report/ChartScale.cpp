#include "report/ChartScale.h"

#include <algorithm>
#include <cmath>

namespace unblock {
namespace {

int decimalsFor(double step, ChartValues values) {
    if (values == ChartValues::Counts || step >= 1.0)
        return 0;
    if (values == ChartValues::Pounds)
        return 2;
    return static_cast<int>(std::ceil(-std::log10(step) - 1e-9));
}

} // namespace

ChartScale chartScale(double largest, ChartValues values, int maxSteps) {
    const double smallest = values == ChartValues::Counts ? 1.0 : 0.01;
    const double top = std::max(largest, smallest);
    double magnitude = std::pow(10.0, std::floor(std::log10(top / maxSteps)));
    for (;; magnitude *= 10) {
        for (const double factor : {1.0, 2.0, 5.0}) {
            const double step = std::max(smallest, factor * magnitude);
            const double steps = std::ceil(top / step - 1e-9);
            if (steps <= maxSteps)
                return {steps * step, step, decimalsFor(step, values)};
        }
    }
}

} // namespace unblock
