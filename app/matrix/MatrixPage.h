#pragma once

#include "model/SessionChange.h"
#include "report/ImpactEffort.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace unblock::app {

class SessionDocument;

// The impact and effort matrix of the board's solutions (report/ImpactEffort.h,
// drawn as the summary prints it) beside its key. Pointing at a mark names
// its solution. It follows the board while shown; hidden, it waits until it
// is shown again.
class MatrixPage : public QWidget {
    Q_OBJECT
public:
    explicit MatrixPage(SessionDocument& doc, QWidget* parent = nullptr);

    const ImpactEffortMatrix& matrix() const { return m_matrix; }
    QTableWidget* key() const { return m_key; }
    QWidget* drawing() const { return m_drawing; }
    // The solution whose mark stands out: the key's current row, if any.
    std::optional<std::size_t> highlighted() const;
    // What pointing at `point` of the matrix drawn in `area` shows: the
    // solution of the mark there, or nothing.
    static QString tipAt(const ImpactEffortMatrix& matrix, const QRect& area, int dpi,
                         QPoint point);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void follow(const SessionUpdate& update);
    void refresh();

    SessionDocument& m_doc;
    ImpactEffortMatrix m_matrix;
    bool m_stale = true;
    QWidget* m_drawing;
    QTableWidget* m_key;
    QLabel* m_note;
};

} // namespace unblock::app
