#pragma once

#include "report/Comparison.h"

#include <QDialog>

class QLabel;
class QTableWidget;

class QChartView;

namespace unblock::app {

class Prompts;

// Several workshops side by side: the blockers and categories that recur,
// with votes per voter, and a chart of the recurring categories. The session
// files are only read.
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
    bool saveTo(const QString& path);

private:
    void chooseFiles();
    void saveAs();
    void showComparison(const Comparison& comparison);

    Prompts& m_prompts;
    Comparison m_comparison;
    QLabel* m_workshops = nullptr;
    QTableWidget* m_blockers = nullptr;
    QTableWidget* m_categories = nullptr;
    QChartView* m_chart = nullptr;
};

} // namespace unblock::app
