#pragma once

namespace unblock {

// A chart's value axis from 0 to a round number, in steps of 1, 2 or 5 times
// a power of ten, so each grid line sits on the value its label says: counts
// step by whole numbers (votes 0, 2, 4, 6, 8), money by round sums (£0, £2,
// £4 … £10).
struct ChartScale {
    double maximum = 1;
    double step = 1;
    int decimals = 0; // for the labels: none for counts, 0 or 2 for pounds
};

// Counts step by whole numbers; pounds by whole pence and show pence when a
// step is under £1; fractions (votes per voter) by as many decimals as a step has.
enum class ChartValues { Counts, Pounds, Fractions };

ChartScale chartScale(double largest, ChartValues values, int maxSteps = 6);

} // namespace unblock
