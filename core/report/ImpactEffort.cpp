#include "report/ImpactEffort.h"

#include "model/MergeRoots.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace unblock {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ImpactEffort)
};

constexpr int kScale = 5;        // scores run 1 to 5
constexpr int kLowUpTo = 3;      // 1 to 3 is low, 4 and 5 high
constexpr qreal kMaxGrid = 320;  // points: the grid never fills a whole page
constexpr qreal kMaxMark = 0.42; // a lone mark's diameter, in squares

// Around the grid, in points: the axis titles and scores at the left and
// foot, the quadrants' names in bands above and below the grid, clear of
// every mark.
constexpr qreal kLeft = 30;
constexpr qreal kRight = 8;
constexpr qreal kNamesBand = 16;
constexpr qreal kFoot = 28;

const QColor kInk(0x20, 0x21, 0x24);
const QColor kRule(0x5f, 0x63, 0x68);
const QColor kGridLine(0xda, 0xdc, 0xe0);

QColor tintOf(Quadrant quadrant) {
    switch (quadrant) {
    case Quadrant::QuickWin:
        return {0xe6, 0xf4, 0xea};
    case Quadrant::BigBet:
        return {0xe8, 0xf0, 0xfe};
    case Quadrant::FillIn:
        return {0xf1, 0xf3, 0xf4};
    case Quadrant::MoneyPit:
        return {0xfc, 0xe8, 0xe6};
    }
    return Qt::white;
}

// The grid and its surroundings for a drawing `width` × `height`, in the
// drawing's own units (`unit` of them to the point).
struct Geometry {
    QRectF grid;
    qreal unit = 1;

    Geometry(const QRectF& area, qreal unitsPerPoint)
        : unit(unitsPerPoint) {
        const qreal side = std::min({area.width() / unit - kLeft - kRight,
                                     area.height() / unit - 2 * kNamesBand - kFoot, kMaxGrid}) *
                           unit;
        const qreal left = area.left() + (area.width() - side - (kLeft + kRight) * unit) / 2;
        grid = QRectF(left + kLeft * unit, area.top() + kNamesBand * unit, side, side);
    }
    qreal square() const { return grid.width() / kScale; }
    QPointF at(QPointF squares) const { return grid.topLeft() + squares * square(); }
    // The x at which the low and high halves of a scale meet.
    qreal split() const { return kLowUpTo * square(); }
    // Where a quadrant's tint goes, and its name above or below the grid.
    QRectF region(Quadrant q) const {
        const bool high = q == Quadrant::QuickWin || q == Quadrant::BigBet;
        const bool hard = q == Quadrant::BigBet || q == Quadrant::MoneyPit;
        const qreal x = hard ? grid.left() + split() : grid.left();
        const qreal w = hard ? grid.width() - split() : split();
        const qreal y = high ? grid.top() : grid.top() + (kScale - kLowUpTo) * square();
        const qreal h = high ? (kScale - kLowUpTo) * square() : kLowUpTo * square();
        return {x, y, w, h};
    }
    QRectF nameBand(Quadrant q) const {
        const QRectF r = region(q);
        const bool high = q == Quadrant::QuickWin || q == Quadrant::BigBet;
        return {r.left(), high ? grid.top() - kNamesBand * unit : grid.bottom(), r.width(),
                kNamesBand * unit};
    }
};

// A mark's number fills half its width; three digits a little less.
qreal numberSize(const QString& digits, qreal diameter) {
    return diameter * (digits.size() > 2 ? 0.38 : 0.5);
}

} // namespace

QString quadrantName(Quadrant quadrant) {
    switch (quadrant) {
    case Quadrant::QuickWin:
        return Tr::tr("Quick wins");
    case Quadrant::BigBet:
        return Tr::tr("Big bets");
    case Quadrant::FillIn:
        return Tr::tr("Fill-ins");
    case Quadrant::MoneyPit:
        return Tr::tr("Money pits");
    }
    return {};
}

Quadrant quadrantOf(int impact, int effort) {
    const bool high = impact > kLowUpTo;
    const bool hard = effort > kLowUpTo;
    if (high)
        return hard ? Quadrant::BigBet : Quadrant::QuickWin;
    return hard ? Quadrant::MoneyPit : Quadrant::FillIn;
}

ImpactEffortMatrix impactEffortMatrix(const SessionData& session) {
    ImpactEffortMatrix matrix;
    std::map<Id, std::vector<const Solution*>> under; // each blocker's solutions
    for (const Solution& s : session.solutions)
        under[s.blockerId].push_back(&s);
    const MergeRoots roots(session.blockers);
    for (const Blocker& blocker : session.blockers) { // board order
        const Blocker* shownUnder = session.blocker(roots.rootOf(blocker.id));
        for (const Solution* s : under[blocker.id]) {
            if (!s->impact || !s->effort) {
                ++matrix.unscored;
                continue;
            }
            matrix.solutions.push_back({0, s->id, s->text,
                                        shownUnder ? shownUnder->title : QString(), *s->impact,
                                        *s->effort, quadrantOf(*s->impact, *s->effort)});
        }
    }
    std::stable_sort(matrix.solutions.begin(), matrix.solutions.end(),
                     [](const MatrixSolution& a, const MatrixSolution& b) {
                         if (a.quadrant != b.quadrant)
                             return a.quadrant < b.quadrant;
                         if (a.impact != b.impact)
                             return a.impact > b.impact;
                         return a.effort < b.effort;
                     });
    int number = 0;
    for (MatrixSolution& s : matrix.solutions)
        s.number = ++number;
    return matrix;
}

std::pair<QStringList, std::vector<QStringList>> matrixKey(const ImpactEffortMatrix& matrix) {
    QStringList headings{Tr::tr("No."),    Tr::tr("Solution"), Tr::tr("Blocker"),
                         Tr::tr("Impact"), Tr::tr("Effort"),   Tr::tr("Quadrant")};
    std::vector<QStringList> rows;
    for (const MatrixSolution& s : matrix.solutions)
        rows.push_back({QString::number(s.number), s.text, s.blocker, QString::number(s.impact),
                        QString::number(s.effort), quadrantName(s.quadrant)});
    return {headings, rows};
}

QString matrixTitle() {
    return Tr::tr("Impact and effort");
}

QString matrixIntro() {
    return Tr::tr("Each solution given an impact and an effort (1 to 5) is a numbered mark; 4 and "
                  "5 count as high, 1 to 3 as low. The key below lists them, quick wins first.");
}

QString matrixUnscoredNote(const ImpactEffortMatrix& matrix) {
    if (matrix.unscored == 0)
        return {};
    return Tr::tr("%n solution(s) have no impact or effort yet, so they are not on the matrix.",
                  nullptr, matrix.unscored);
}

std::vector<MatrixMark> matrixMarks(const ImpactEffortMatrix& matrix) {
    std::map<std::pair<int, int>, int> sharing; // marks per square
    for (const MatrixSolution& s : matrix.solutions)
        ++sharing[{s.impact, s.effort}];
    std::map<std::pair<int, int>, int> placed;
    std::vector<MatrixMark> marks;
    for (const MatrixSolution& s : matrix.solutions) {
        const int count = sharing[{s.impact, s.effort}];
        const int index = placed[{s.impact, s.effort}]++;
        const int across = static_cast<int>(std::ceil(std::sqrt(count)));
        const int rows = (count + across - 1) / across;
        const qreal step = 1.0 / across;
        const int column = index % across;
        const int row = index / across;
        const qreal x = (s.effort - 1) + (column + 0.5) * step;
        const qreal y = (kScale - s.impact) + (row + 0.5 + (across - rows) / 2.0) * step;
        marks.push_back({QPointF(x, y), std::min(kMaxMark, step * 0.86)});
    }
    return marks;
}

qreal matrixHeightPoints(qreal widthPoints) {
    const qreal side = std::min(widthPoints - kLeft - kRight, kMaxGrid);
    return side + 2 * kNamesBand + kFoot;
}

void paintImpactEffort(QPainter& painter, const QRectF& rect, const ImpactEffortMatrix& matrix,
                       std::optional<std::size_t> highlighted) {
    const QPaintDevice* device = painter.device();
    const qreal unit = (device ? device->logicalDpiY() : 96) / 72.0; // as matrixMarkAt
    const Geometry g(rect, unit);
    const auto font = [&](qreal points, bool bold = false) {
        QFont f(u"DejaVu Sans"_s);
        f.setPixelSize(std::max(1, qRound(points * unit)));
        f.setBold(bold);
        return f;
    };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Quadrant q : kQuadrants) {
        painter.fillRect(g.region(q), tintOf(q));
        painter.setPen(kInk);
        painter.setFont(font(9, true));
        painter.drawText(g.nameBand(q), Qt::AlignCenter, quadrantName(q));
    }
    painter.setPen(QPen(kGridLine, 0.5 * unit));
    for (int i = 1; i < kScale; ++i) {
        painter.drawLine(g.at({qreal(i), 0}), g.at({qreal(i), kScale}));
        painter.drawLine(g.at({0, qreal(i)}), g.at({kScale, qreal(i)}));
    }
    painter.setPen(QPen(kRule, 1.5 * unit));
    painter.drawLine(g.at({kLowUpTo, 0}), g.at({kLowUpTo, kScale}));
    painter.drawLine(g.at({0, kScale - kLowUpTo}), g.at({kScale, kScale - kLowUpTo}));
    painter.setPen(QPen(kRule, 0.8 * unit));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(g.grid);

    // Scores along both axes, and the axes' titles.
    painter.setPen(kInk);
    painter.setFont(font(8));
    for (int score = 1; score <= kScale; ++score) {
        const QPointF effort = g.at({score - 0.5, kScale});
        painter.drawText(QRectF(effort.x() - 10 * unit, g.grid.bottom() + kNamesBand * unit,
                                20 * unit, 12 * unit),
                         Qt::AlignCenter, QString::number(score));
        const QPointF impact = g.at({0, kScale - score + 0.5});
        painter.drawText(
            QRectF(g.grid.left() - 14 * unit, impact.y() - 6 * unit, 12 * unit, 12 * unit),
            Qt::AlignCenter, QString::number(score));
    }
    painter.setFont(font(9, true));
    painter.drawText(QRectF(g.grid.left(), g.grid.bottom() + (kNamesBand + 12) * unit,
                            g.grid.width(), 14 * unit),
                     Qt::AlignCenter, Tr::tr("Effort →"));
    painter.save();
    painter.translate(g.grid.left() - 22 * unit, g.grid.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-g.grid.height() / 2, -7 * unit, g.grid.height(), 14 * unit),
                     Qt::AlignCenter, Tr::tr("Impact →"));
    painter.restore();

    const std::vector<MatrixMark> marks = matrixMarks(matrix);
    for (std::size_t i = 0; i < marks.size(); ++i) {
        const qreal diameter = marks[i].diameter * g.square();
        const QPointF centre = g.at(marks[i].centre);
        const bool chosen = highlighted == i;
        painter.setPen(QPen(kInk, std::max(0.6 * unit, diameter / 18)));
        painter.setBrush(chosen ? kInk : QColor(Qt::white));
        painter.drawEllipse(centre, diameter / 2, diameter / 2);
        painter.setPen(chosen ? QColor(Qt::white) : kInk);
        const QString digits = QString::number(matrix.solutions[i].number);
        QFont number = font(1, true);
        number.setPixelSize(std::max(1, qRound(numberSize(digits, diameter))));
        painter.setFont(number);
        painter.drawText(
            QRectF(centre.x() - diameter / 2, centre.y() - diameter / 2, diameter, diameter),
            Qt::AlignCenter, digits);
    }
    painter.restore();
}

std::optional<std::size_t> matrixMarkAt(const QRectF& rect, qreal dpi,
                                        const ImpactEffortMatrix& matrix, QPointF point) {
    const Geometry g(rect, dpi / 72.0);
    const std::vector<MatrixMark> marks = matrixMarks(matrix);
    for (std::size_t i = 0; i < marks.size(); ++i) {
        const QPointF offset = point - g.at(marks[i].centre);
        const qreal radius = marks[i].diameter * g.square() / 2;
        if (QPointF::dotProduct(offset, offset) <= radius * radius)
            return i;
    }
    return std::nullopt;
}

QString impactEffortSvg(const ImpactEffortMatrix& matrix, qreal widthPoints) {
    const qreal height = matrixHeightPoints(widthPoints);
    const Geometry g(QRectF(0, 0, widthPoints, height), 1);
    const auto n = [](qreal v) {
        return QString::number(v, 'f', 1);
    };
    const auto text = [&](QPointF at, qreal size, bool bold, const QString& words,
                          const QString& extra = {}) {
        return u"<text x=\"%1\" y=\"%2\" font-size=\"%3\"%4 text-anchor=\"middle\" "
               u"dominant-baseline=\"central\"%5>%6</text>"_s.arg(
                   n(at.x()), n(at.y()), n(size), bold ? u" font-weight=\"bold\""_s : QString(),
                   extra, words.toHtmlEscaped());
    };
    QString svg =
        u"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 %1 %2\" "
        u"width=\"%1\" height=\"%2\" font-family=\"DejaVu Sans, sans-serif\" fill=\"#202124\">"
        u"<title>%3</title>"_s.arg(n(widthPoints), n(height),
                                   Tr::tr("Impact and effort of %n solution(s)", nullptr,
                                          static_cast<int>(matrix.solutions.size()))
                                       .toHtmlEscaped());
    for (const Quadrant q : kQuadrants) {
        const QRectF r = g.region(q);
        svg += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>"_s.arg(
            n(r.x()), n(r.y()), n(r.width()), n(r.height()), tintOf(q).name());
        svg += text(g.nameBand(q).center(), 9, true, quadrantName(q));
    }
    const auto line = [&](QPointF a, QPointF b, const QColor& colour, qreal width) {
        return u"<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\" stroke-width=\"%6\"/>"_s
            .arg(n(a.x()), n(a.y()), n(b.x()), n(b.y()), colour.name(), n(width));
    };
    for (int i = 1; i < kScale; ++i) {
        svg += line(g.at({qreal(i), 0}), g.at({qreal(i), kScale}), kGridLine, 0.5);
        svg += line(g.at({0, qreal(i)}), g.at({kScale, qreal(i)}), kGridLine, 0.5);
    }
    svg += line(g.at({kLowUpTo, 0}), g.at({kLowUpTo, kScale}), kRule, 1.5);
    svg += line(g.at({0, kScale - kLowUpTo}), g.at({kScale, kScale - kLowUpTo}), kRule, 1.5);
    svg +=
        u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%3\" fill=\"none\" stroke=\"%4\"/>"_s.arg(
            n(g.grid.x()), n(g.grid.y()), n(g.grid.width()), kRule.name());
    for (int score = 1; score <= kScale; ++score) {
        svg += text({g.at({score - 0.5, 0}).x(), g.grid.bottom() + kNamesBand + 6}, 8, false,
                    QString::number(score));
        svg += text({g.grid.left() - 8, g.at({0, kScale - score + 0.5}).y()}, 8, false,
                    QString::number(score));
    }
    svg +=
        text({g.grid.center().x(), g.grid.bottom() + kNamesBand + 19}, 9, true, Tr::tr("Effort →"));
    const QPointF impactTitle(g.grid.left() - 22, g.grid.center().y());
    svg += text(impactTitle, 9, true, Tr::tr("Impact →"),
                u" transform=\"rotate(-90 %1 %2)\""_s.arg(n(impactTitle.x()), n(impactTitle.y())));
    const std::vector<MatrixMark> marks = matrixMarks(matrix);
    for (std::size_t i = 0; i < marks.size(); ++i) {
        const qreal diameter = marks[i].diameter * g.square();
        const QPointF centre = g.at(marks[i].centre);
        svg += u"<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"#ffffff\" stroke=\"#202124\"/>"_s.arg(
            n(centre.x()), n(centre.y()), n(diameter / 2));
        const QString digits = QString::number(matrix.solutions[i].number);
        svg += text(centre, numberSize(digits, diameter), true, digits);
    }
    return svg + u"</svg>"_s;
}

namespace {

constexpr int kNumbersProperty = QTextFormat::UserProperty + 30;
constexpr int kImpactsProperty = QTextFormat::UserProperty + 31;
constexpr int kEffortsProperty = QTextFormat::UserProperty + 32;

// The marks alone: what the drawing needs of the matrix.
ImpactEffortMatrix marksOf(const QTextFormat& format) {
    const QList<QVariant> numbers = format.property(kNumbersProperty).toList();
    const QList<QVariant> impacts = format.property(kImpactsProperty).toList();
    const QList<QVariant> efforts = format.property(kEffortsProperty).toList();
    ImpactEffortMatrix matrix;
    for (qsizetype i = 0; i < numbers.size() && i < impacts.size() && i < efforts.size(); ++i) {
        MatrixSolution s;
        s.number = numbers[i].toInt();
        s.impact = std::clamp(impacts[i].toInt(), 1, kScale);
        s.effort = std::clamp(efforts[i].toInt(), 1, kScale);
        matrix.solutions.push_back(s);
    }
    return matrix;
}

} // namespace

void ImpactEffortObject::registerOn(QTextDocument& document) {
    document.documentLayout()->registerHandler(Type, new ImpactEffortObject(&document));
}

QTextCharFormat ImpactEffortObject::formatFor(const ImpactEffortMatrix& matrix) {
    QVariantList numbers;
    QVariantList impacts;
    QVariantList efforts;
    for (const MatrixSolution& s : matrix.solutions) {
        numbers << s.number;
        impacts << s.impact;
        efforts << s.effort;
    }
    QTextCharFormat format;
    format.setObjectType(Type);
    format.setProperty(kNumbersProperty, numbers);
    format.setProperty(kImpactsProperty, impacts);
    format.setProperty(kEffortsProperty, efforts);
    return format;
}

QSizeF ImpactEffortObject::intrinsicSize(QTextDocument* document, int, const QTextFormat&) {
    const QPaintDevice* device = document->documentLayout()->paintDevice();
    const qreal perPoint = (device ? device->logicalDpiY() : 96) / 72.0;
    const qreal width =
        document->pageSize().width() > 0 ? document->pageSize().width() * 0.98 : 460 * perPoint;
    return {width, matrixHeightPoints(width / perPoint) * perPoint};
}

void ImpactEffortObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                    const QTextFormat& format) {
    paintImpactEffort(*painter, rect, marksOf(format));
}

} // namespace unblock
