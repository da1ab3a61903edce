#include "report/ChartScale.h"

#include "support/catch.h"

#include <cmath>

using namespace unblock;

namespace {

bool isWhole(double v) {
    return std::abs(v - std::round(v)) < 1e-9;
}

} // namespace

TEST_CASE("Vote axes step by whole numbers and end on a step") {
    // The rehearsal's chart: 7 at most, grid lines at 1.75, 3.5, 5.25, 7.
    const ChartScale seven = chartScale(7, ChartValues::Counts);
    CHECK(seven.step == 2);
    CHECK(seven.maximum == 8);
    CHECK(seven.decimals == 0);
    CHECK(chartScale(3, ChartValues::Counts).step == 1);
    CHECK(chartScale(0, ChartValues::Counts).maximum == 1);
    CHECK(chartScale(143, ChartValues::Counts).step == 50);
    for (int largest = 0; largest <= 2000; ++largest) {
        const ChartScale s = chartScale(largest, ChartValues::Counts);
        INFO(largest);
        CHECK(isWhole(s.step));
        CHECK(s.step >= 1);
        CHECK(s.maximum >= largest);
        CHECK(isWhole(s.maximum / s.step));
        CHECK(s.maximum / s.step <= 6);
    }
}

TEST_CASE("Money axes step by round sums") {
    // The rehearsal's journey axis read 2.33, 4.67, 9.34.
    const ChartScale faceToFace = chartScale(9.34, ChartValues::Pounds);
    CHECK(faceToFace.step == 2);
    CHECK(faceToFace.maximum == 10);
    CHECK(faceToFace.decimals == 0);
    const ChartScale web = chartScale(0.27, ChartValues::Pounds);
    CHECK(web.step == Approx(0.05));
    CHECK(web.maximum == Approx(0.30));
    CHECK(web.decimals == 2);
    for (int pence = 1; pence <= 100000; pence += 37) {
        const ChartScale s = chartScale(pence / 100.0, ChartValues::Pounds);
        INFO(pence);
        CHECK(s.maximum * 100 >= pence - 1e-6);
        CHECK(isWhole(s.maximum / s.step));
        CHECK(isWhole(s.step * 100)); // whole pence
    }
}

TEST_CASE("Votes per voter step by tenths or more, labelled with the decimals a step needs") {
    const ChartScale small = chartScale(0.9, ChartValues::Fractions);
    CHECK(small.step == Approx(0.2));
    CHECK(small.maximum == Approx(1.0));
    CHECK(small.decimals == 1);
    CHECK(chartScale(3.4, ChartValues::Fractions).decimals == 0);
}
