#pragma once

#include "report/Comparison.h"

#include <QDialog>

class QLabel;
class QTabWidget;
class QTableWidget;

class QChartView;

namespace unblock::app {

class Prompts;

// Several workshops, a programme's worth, side by side: in how many of them
// each blocker and category came up, with votes per voter, first and last
// dates and a trend by quarter; a chart of the widest categories; the
// workshops themselves on a tab of their own. The session files are only read.
class CompareDialog : public QDialog {
    Q_OBJECT

public:
    explicit CompareDialog(Prompts& prompts, QWidget* parent = nullptr);

    // Loads the files (two or more); false, with the error shown, if one
    // cannot be read.
    bool compare(const QStringList& paths);
    const Comparison& comparison() const { return m_comparison; }
    QTableWidget* blockersTable() const { return m_blockers; }
    QTableWidget* categoriesTable() const { return m_categories; }
    QTableWidget* quartersTable() const { return m_quarters; }
    QTableWidget* workshopsTable() const { return m_workshops; }
    bool saveTo(const QString& path);

private:
    void chooseFiles();
    void saveAs();
    void showComparison(const Comparison& comparison);

    Prompts& m_prompts;
    Comparison m_comparison;
    QLabel* m_overview = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_blockers = nullptr;
    QTableWidget* m_categories = nullptr;
    QTableWidget* m_quarters = nullptr;
    QTableWidget* m_workshops = nullptr;
    QChartView* m_chart = nullptr;
};

} // namespace unblock::app
