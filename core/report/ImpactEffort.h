#pragma once

#include "model/SessionData.h"

#include <QObject>
#include <QPointF>
#include <QStringList>
#include <QTextObjectInterface>

#include <optional>
#include <utility>
#include <vector>

class QPainter;

namespace unblock {

// The solutions that have both an impact and an effort (1–5), drawn as the
// 2×2 matrix councils prioritise with: quick wins, big bets, fill-ins and
// money pits. Each solution is a numbered mark, and a key lists the numbers,
// so no label can overlap another however many share a square. The window
// and the summary (vector in PDF, SVG in HTML, a picture in ODT) draw it
// from this model.

enum class Quadrant { QuickWin, BigBet, FillIn, MoneyPit };
inline constexpr Quadrant kQuadrants[] = {Quadrant::QuickWin, Quadrant::BigBet, Quadrant::FillIn,
                                          Quadrant::MoneyPit};
QString quadrantName(Quadrant quadrant); // "Quick wins", translated

// A score of 4 or 5 is high, 1 to 3 low, on either scale: a quick win has an
// impact of 4 or 5 for an effort of 3 or less.
Quadrant quadrantOf(int impact, int effort);

struct MatrixSolution {
    int number = 0; // its mark on the matrix and its row in the key
    Id solutionId = 0;
    QString text;
    QString blocker;
    int impact = 0;
    int effort = 0;
    Quadrant quadrant = Quadrant::FillIn;
    bool operator==(const MatrixSolution&) const = default;
};

struct ImpactEffortMatrix {
    // Quick wins first, then big bets, fill-ins and money pits; in each, the
    // most impact first, then the least effort, then board order.
    std::vector<MatrixSolution> solutions;
    int unscored = 0; // solutions without an impact or an effort
    bool empty() const { return solutions.empty(); }
    bool operator==(const ImpactEffortMatrix&) const = default;
};

// Every solution of a blocker still on the board (merged ones under theirs).
ImpactEffortMatrix impactEffortMatrix(const SessionData& session);

// The key as a table: number, solution, blocker, impact, effort, quadrant.
std::pair<QStringList, std::vector<QStringList>> matrixKey(const ImpactEffortMatrix& matrix);

// The summary's section: its heading, the sentence that says how to read the
// matrix, and "12 solutions have no impact or effort yet…" (empty if none).
QString matrixTitle();
QString matrixIntro();
QString matrixUnscoredNote(const ImpactEffortMatrix& matrix);

// Where a solution's mark goes, in squares of the 5×5 grid: x from 0 (effort
// 1's left edge) to 5, y from 0 (impact 5's top edge) to 5. Marks that share
// a square are set out in a grid of their own inside it, so none overlaps.
struct MatrixMark {
    QPointF centre;
    qreal diameter = 0;
};
std::vector<MatrixMark> matrixMarks(const ImpactEffortMatrix& matrix);

// The matrix's height for a given width, both in points: the grid is square.
qreal matrixHeightPoints(qreal widthPoints);

// Draws into rect; fonts and lengths follow the painter's device resolution.
// The mark of solution `highlighted` (an index into matrix.solutions: the
// key's row the facilitator chose) is drawn solid, its number white.
void paintImpactEffort(QPainter& painter, const QRectF& rect, const ImpactEffortMatrix& matrix,
                       std::optional<std::size_t> highlighted = std::nullopt);

// The solution whose mark is at `point` of a matrix painted into `rect` at
// `dpi`: its index in matrix.solutions, or nothing.
std::optional<std::size_t> matrixMarkAt(const QRectF& rect, qreal dpi,
                                        const ImpactEffortMatrix& matrix, QPointF point);

// The matrix as an SVG element (no XML declaration), `widthPoints` wide.
QString impactEffortSvg(const ImpactEffortMatrix& matrix, qreal widthPoints);

// Lets a QTextDocument hold the matrix as an object drawn at print time, so
// it stays vector in a PDF (as BarChartObject does for the chart).
class ImpactEffortObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using QObject::QObject;
    static constexpr int Type = QTextFormat::UserObject + 3;

    static void registerOn(QTextDocument& document);
    static QTextCharFormat formatFor(const ImpactEffortMatrix& matrix);
    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;
};

} // namespace unblock
