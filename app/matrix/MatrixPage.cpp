#include "matrix/MatrixPage.h"

#include "document/SessionDocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QTableWidget>
#include <QTextDocument>
#include <QToolTip>
#include <QVBoxLayout>

namespace unblock::app {
namespace {

// The matrix, painted as the summary prints it, at whatever size it is given.
class MatrixDrawing : public QWidget {
public:
    explicit MatrixDrawing(const ImpactEffortMatrix& matrix)
        : m_matrix(matrix) {
        setMinimumSize(360, 380);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setAccessibleName(MatrixPage::tr("Impact and effort matrix"));
        setAccessibleDescription(
            MatrixPage::tr("Each solution is a numbered mark; the key beside it lists them."));
    }

    // The mark of the key's chosen row stands out, so a keyboard can find it.
    void setHighlighted(std::optional<std::size_t> index) {
        m_highlighted = index;
        update();
    }
    std::optional<std::size_t> highlighted() const { return m_highlighted; }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        painter.fillRect(rect(), Qt::white);
        paintImpactEffort(painter, rect(), m_matrix, m_highlighted);
    }

    // Pointing at a mark names its solution.
    bool event(QEvent* event) override {
        if (event->type() != QEvent::ToolTip)
            return QWidget::event(event);
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = MatrixPage::tipAt(m_matrix, rect(), logicalDpiY(), help->pos());
        if (tip.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            // Attendees' words as plain text: Qt takes a tooltip that looks
            // like markup for markup.
            QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(tip), this);
        }
        return true;
    }

private:
    const ImpactEffortMatrix& m_matrix;
    std::optional<std::size_t> m_highlighted;
};

} // namespace

QString MatrixPage::tipAt(const ImpactEffortMatrix& matrix, const QRect& area, int dpi,
                          QPoint point) {
    const std::optional<std::size_t> at = matrixMarkAt(area, dpi, matrix, point);
    if (!at)
        return {};
    const MatrixSolution& s = matrix.solutions[*at];
    return tr("%1. %2\n(%3: impact %4, effort %5)")
        .arg(QString::number(s.number), s.text, quadrantName(s.quadrant), QString::number(s.impact),
             QString::number(s.effort));
}

MatrixPage::MatrixPage(SessionDocument& doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_drawing(new MatrixDrawing(m_matrix))
    , m_key(new QTableWidget)
    , m_note(new QLabel) {
    const QStringList headings = matrixKey({}).first;
    m_key->setColumnCount(static_cast<int>(headings.size()));
    m_key->setHorizontalHeaderLabels(headings);
    m_key->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_key->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_key->verticalHeader()->hide();
    m_key->setWordWrap(false);
    m_key->setTextElideMode(Qt::ElideRight);
    m_key->horizontalHeader()->setStretchLastSection(true);
    m_key->setAccessibleName(tr("Key to the matrix"));
    m_note->setWordWrap(true);

    auto* intro = new QLabel(matrixIntro());
    intro->setWordWrap(true);
    auto* side = new QVBoxLayout;
    side->addWidget(m_key, 1);
    side->addWidget(m_note);
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_drawing, 1);
    columns->addLayout(side, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    connect(&doc, &SessionDocument::updated, this, &MatrixPage::follow);
    connect(m_key, &QTableWidget::currentCellChanged, this, [this](int row) {
        static_cast<MatrixDrawing*>(m_drawing)->setHighlighted(
            row >= 0 ? std::optional<std::size_t>(static_cast<std::size_t>(row)) : std::nullopt);
    });
}

std::optional<std::size_t> MatrixPage::highlighted() const {
    return static_cast<const MatrixDrawing*>(m_drawing)->highlighted();
}

void MatrixPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

// The matrix is drawn again only when something it shows changed: a
// solution's words, scores or place, or the title or place of a blocker it
// is listed under (while hidden, only once shown). A new blocker, a
// category or an owner changes nothing here.
void MatrixPage::follow(const SessionUpdate& update) {
    const bool shown = update.reloaded || !update.groups.empty() ||
                       !update.solutions.added.empty() || !update.solutions.removed.empty() ||
                       update.solutions.changedIn(SolutionField::Text | SolutionField::Impact |
                                                  SolutionField::Effort | SolutionField::Place) ||
                       update.blockers.changedIn(BlockerField::Title | BlockerField::Merge |
                                                 BlockerField::Group | BlockerField::Place);
    if (!shown)
        return;
    m_stale = true;
    if (isVisible())
        refresh();
}

void MatrixPage::refresh() {
    m_matrix = impactEffortMatrix(m_doc.data());
    m_stale = false;
    m_key->setCurrentCell(-1, -1); // the rows are numbered afresh
    const auto [headings, rows] = matrixKey(m_matrix);
    m_key->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < m_key->rowCount(); ++r) {
        const QStringList& row = rows[static_cast<std::size_t>(r)];
        for (int c = 0; c < m_key->columnCount(); ++c) {
            auto* item = new QTableWidgetItem(row.value(c));
            item->setToolTip(Qt::convertFromPlainText(row.value(c)));
            m_key->setItem(r, c, item);
        }
    }
    m_note->setText(m_matrix.empty()
                        ? tr("No solution has both an impact and an effort yet: give them in a "
                             "solution's Details (Board tab).")
                        : matrixUnscoredNote(m_matrix));
    // Long words are cut with "…" (the tooltip has them whole); the
    // facilitator can still widen a column.
    m_key->resizeColumnsToContents();
    constexpr int widest = 320;
    for (int c = 0; c < m_key->columnCount(); ++c)
        m_key->setColumnWidth(c, std::min(m_key->columnWidth(c), widest));
    m_drawing->update();
}

} // namespace unblock::app
