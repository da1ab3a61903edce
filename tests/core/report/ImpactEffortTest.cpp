// The impact and effort matrix: its quadrants, its key, marks that never
// overlap, and the drawing in every summary format.
#include "report/ImpactEffort.h"

#include "support/TestSupport.h"

#include <QImage>
#include <QPainter>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

void checkNoOverlap(const ImpactEffortMatrix& matrix) {
    const std::vector<MatrixMark> marks = matrixMarks(matrix);
    REQUIRE(marks.size() == matrix.solutions.size());
    for (std::size_t i = 0; i < marks.size(); ++i) {
        const MatrixSolution& s = matrix.solutions[i];
        const MatrixMark& m = marks[i];
        INFO("mark " << s.number << " at impact " << s.impact << ", effort " << s.effort);
        CHECK(m.diameter > 0.05);
        // Inside its own square: effort along, impact up.
        CHECK(m.centre.x() - m.diameter / 2 >= s.effort - 1);
        CHECK(m.centre.x() + m.diameter / 2 <= s.effort);
        CHECK(m.centre.y() - m.diameter / 2 >= 5 - s.impact);
        CHECK(m.centre.y() + m.diameter / 2 <= 6 - s.impact);
        for (std::size_t j = i + 1; j < marks.size(); ++j) {
            const QPointF d = m.centre - marks[j].centre;
            CHECK(std::sqrt(QPointF::dotProduct(d, d)) >= (m.diameter + marks[j].diameter) / 2);
        }
    }
}

} // namespace

TEST_CASE("4 and 5 are high, 1 to 3 low: the quadrant of each impact and effort") {
    CHECK(quadrantOf(5, 1) == Quadrant::QuickWin);
    CHECK(quadrantOf(4, 3) == Quadrant::QuickWin);
    CHECK(quadrantOf(4, 4) == Quadrant::BigBet);
    CHECK(quadrantOf(3, 3) == Quadrant::FillIn);
    CHECK(quadrantOf(1, 1) == Quadrant::FillIn);
    CHECK(quadrantOf(3, 4) == Quadrant::MoneyPit);
    CHECK(quadrantOf(1, 5) == Quadrant::MoneyPit);
    CHECK(quadrantName(Quadrant::MoneyPit) == u"Money pits");
}

TEST_CASE("The matrix numbers the scored solutions quick wins first and counts the rest") {
    SessionData data = scoredDemo({{2, 5}, {5, 1}, {5, 4}, {2, 2}, {4, 2}});
    data.solutions[5].impact = 3; // no effort: not on the matrix
    // The last solution's blocker is merged into the first's: it is keyed there.
    Solution& merged = data.solutions.back();
    merged.impact = 3;
    merged.effort = 3;
    const Id into = data.solutions.front().blockerId;
    REQUIRE(merged.blockerId != into);
    std::find_if(data.blockers.begin(), data.blockers.end(), [&](const Blocker& b) {
        return b.id == merged.blockerId;
    })->mergedInto = into;

    const ImpactEffortMatrix matrix = impactEffortMatrix(data);
    REQUIRE(matrix.solutions.size() == 6);
    CHECK(matrix.unscored == static_cast<int>(data.solutions.size()) - 6);
    std::vector<std::pair<int, int>> order;
    for (const MatrixSolution& m : matrix.solutions)
        order.emplace_back(m.impact, m.effort);
    // Quick wins (most impact, then least effort), a big bet, fill-ins, a money pit.
    CHECK(order ==
          std::vector<std::pair<int, int>>{{5, 1}, {4, 2}, {5, 4}, {3, 3}, {2, 2}, {2, 5}});
    for (std::size_t i = 0; i < matrix.solutions.size(); ++i)
        CHECK(matrix.solutions[i].number == static_cast<int>(i) + 1);
    CHECK(matrix.solutions[3].solutionId == merged.id);
    CHECK(matrix.solutions[3].blocker == data.blocker(into)->title);

    const auto [headings, rows] = matrixKey(matrix);
    CHECK(headings == QStringList{u"No."_s, u"Solution"_s, u"Blocker"_s, u"Impact"_s, u"Effort"_s,
                                  u"Quadrant"_s});
    CHECK(rows[0][0] == u"1");
    CHECK(rows[0][5] == u"Quick wins");
    CHECK(rows[5][5] == u"Money pits");
    CHECK(matrixUnscoredNote(matrix) ==
          u"%1 solutions have no impact or effort yet, so they are not on the matrix."_s.arg(
              matrix.unscored));
}

TEST_CASE(
    "Marks never overlap and stay in their square: 30 in one square, 30 spread, every square") {
    for (const auto& [name, given] :
         std::vector<std::pair<const char*, std::vector<std::pair<int, int>>>>{
             {"30 in one square", std::vector<std::pair<int, int>>(30, {4, 2})},
             {"30 spread", randomScores(30, 1)},
             {"30 spread again", randomScores(30, 2)},
             {"every square", randomScores(25, 3)}}) {
        SECTION(name) {
            const SessionData data = scoredDemo(given);
            const ImpactEffortMatrix matrix = impactEffortMatrix(data);
            REQUIRE(matrix.solutions.size() == given.size());
            checkNoOverlap(matrix);
        }
    }
}

TEST_CASE("Pointing at a painted mark finds its solution, and between marks none") {
    const ImpactEffortMatrix matrix = impactEffortMatrix(scoredDemo({{5, 1}, {5, 1}, {2, 4}}));
    QImage picture(600, 640, QImage::Format_RGB32);
    picture.fill(Qt::white);
    QPainter painter(&picture);
    paintImpactEffort(painter, picture.rect(), matrix);
    painter.end();
    const qreal dpi = picture.logicalDpiY();
    // Find each mark by trying the picture's points: every one is found, each where it is.
    std::vector<bool> found(matrix.solutions.size(), false);
    for (int y = 0; y < picture.height(); y += 3) {
        for (int x = 0; x < picture.width(); x += 3) {
            if (const auto at = matrixMarkAt(picture.rect(), dpi, matrix, QPointF(x, y))) {
                found[*at] = true;
                CHECK(picture.pixelColor(x, y) != QColor(0xfc, 0xe8, 0xe6)); // not a bare tint
            }
        }
    }
    CHECK(found == std::vector<bool>{true, true, true});
    CHECK_FALSE(matrixMarkAt(picture.rect(), dpi, matrix, QPointF(2, 2)));
}

TEST_CASE("The mark chosen in the key is drawn solid, the others open") {
    const ImpactEffortMatrix matrix = impactEffortMatrix(scoredDemo({{5, 1}, {2, 4}}));
    const auto darkPixels = [&](std::optional<std::size_t> highlighted) {
        QImage picture(600, 640, QImage::Format_RGB32);
        picture.fill(Qt::white);
        QPainter painter(&picture);
        paintImpactEffort(painter, picture.rect(), matrix, highlighted);
        painter.end();
        int dark = 0;
        for (int y = 0; y < picture.height(); ++y) {
            for (int x = 0; x < picture.width(); ++x)
                dark += picture.pixelColor(x, y).lightness() < 80 ? 1 : 0;
        }
        return dark;
    };
    const int none = darkPixels(std::nullopt);
    CHECK(darkPixels(0) > none + 500); // a filled circle, far more ink than an outline
    CHECK(darkPixels(1) > none + 500);
}
