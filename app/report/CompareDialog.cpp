#include "report/CompareDialog.h"

#include "window/Charts.h"
#include "window/Prompts.h"

#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace unblock::app {
namespace {

QTableWidget* newTable(const QStringList& headings, const QString& name) {
    auto* table = new QTableWidget(0, static_cast<int>(headings.size()));
    table->setHorizontalHeaderLabels(headings);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setAccessibleName(name);
    return table;
}

void fill(QTableWidget& table, const std::vector<QStringList>& rows) {
    table.setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < table.rowCount(); ++r) {
        for (int c = 0; c < table.columnCount(); ++c) {
            table.setItem(r, c, new QTableWidgetItem(rows[static_cast<std::size_t>(r)].value(c)));
        }
    }
    table.resizeColumnsToContents();
    constexpr int widest = 360; // long titles wrap in a tooltip rather than push columns away
    for (int c = 0; c < table.columnCount(); ++c)
        table.setColumnWidth(c, std::min(table.columnWidth(c), widest));
}

} // namespace

CompareDialog::CompareDialog(Prompts& prompts, QWidget* parent)
    : QDialog(parent)
    , m_prompts(prompts) {
    setWindowTitle(tr("Compare Workshops"));
    m_overview = new QLabel(tr("Choose two session files or more."));
    m_overview->setWordWrap(true);
    const ComparisonTables headings = comparisonTables({});
    m_blockers =
        newTable(headings.blockerHeadings, tr("Blockers raised in more than one workshop"));
    m_categories = newTable(headings.categoryHeadings, tr("Categories"));
    m_quarters = newTable(headings.quarterHeadings, tr("By quarter"));
    m_workshops = newTable(headings.workshopHeadings, tr("The workshops"));
    m_chart = new QChartView;
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(380, 260);
    m_chart->setAccessibleName(tr("Chart of the categories raised in the most workshops"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* choose = buttons->addButton(tr("&Choose Files…"), QDialogButtonBox::ActionRole);
    QPushButton* save = buttons->addButton(tr("&Save As…"), QDialogButtonBox::ActionRole);
    connect(choose, &QPushButton::clicked, this, &CompareDialog::chooseFiles);
    connect(save, &QPushButton::clicked, this, &CompareDialog::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* categories = new QWidget;
    auto* categoriesLayout = new QHBoxLayout(categories);
    categoriesLayout->addWidget(m_categories, 3);
    categoriesLayout->addWidget(m_chart, 2);
    m_tabs = new QTabWidget;
    m_tabs->setAccessibleName(tr("What the workshops share"));
    m_tabs->addTab(m_blockers, tr("&Blockers"));
    m_tabs->addTab(categories, tr("C&ategories"));
    m_tabs->addTab(m_quarters, tr("By &Quarter"));
    m_tabs->addTab(m_workshops, tr("&Workshops"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_overview);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(1000, 760);
}

void CompareDialog::chooseFiles() {
    const QStringList paths = m_prompts.openFileNames(this, tr("Workshops to Compare"));
    if (!paths.isEmpty())
        compare(paths);
}

bool CompareDialog::compare(const QStringList& paths) {
    // Thousands of files take seconds: say so while they are read.
    // A file that cannot be read is left out, saying why, as the library
    // and `unblock-cli compare` do: one stranger's file spoils no comparison.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    std::vector<WorkshopSession> sessions;
    const std::vector<UnreadableFile> unreadable = readWorkshops(
        paths, [&sessions](WorkshopSession&& session) { sessions.push_back(std::move(session)); });
    QGuiApplication::restoreOverrideCursor();
    QStringList leftOut = unreadableLines(unreadable);
    if (sessions.size() < 2) {
        m_prompts.showError(this, tr("Compare Workshops"),
                            (leftOut << tooFewToCompare()).join(u'\n'));
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    m_comparison = compareWorkshops(sessions);
    QGuiApplication::restoreOverrideCursor();
    showComparison(m_comparison);
    if (!leftOut.isEmpty()) {
        m_prompts.inform(this, tr("Compare Workshops"),
                         tr("These files could not be read and are left out of the comparison:") +
                             u'\n' + leftOut.join(u'\n'));
    }
    return true;
}

void CompareDialog::showComparison(const Comparison& c) {
    m_overview->setText(comparisonOverview(c));
    const ComparisonTables tables = comparisonTables(c);
    fill(*m_blockers, tables.blockers);
    fill(*m_categories, tables.categories);
    // The quarter table's columns are the top categories of this comparison.
    m_quarters->setColumnCount(static_cast<int>(tables.quarterHeadings.size()));
    m_quarters->setHorizontalHeaderLabels(tables.quarterHeadings);
    fill(*m_quarters, tables.quarters);
    fill(*m_workshops, tables.workshops);
    QStringList labels;
    QList<qreal> values;
    for (const ChartBar& bar : topCategoryBars(c)) {
        labels << chartLabel(bar.label);
        values << bar.value;
    }
    QChart* old = m_chart->chart();
    m_chart->setChart(horizontalBarChart(tr("Share of workshops (%)"), labels, values,
                                         ChartValues::Counts, font()));
    delete old;
}

void CompareDialog::saveAs() {
    if (m_comparison.workshops.empty())
        return;
    const QString path = m_prompts.exportFileName(
        this, tr("Save Comparison As"), comparisonFileFilters(), tr("Across workshops.html"));
    if (!path.isEmpty())
        saveTo(path);
}

bool CompareDialog::saveTo(const QString& path) {
    const std::optional<ComparisonFormat> format = comparisonFormatNamed(QFileInfo(path).suffix());
    if (!format) {
        m_prompts.showError(this, tr("Save Comparison"),
                            tr("“%1” does not end in .html, .md or .csv, so Unblock cannot tell "
                               "which kind of file to write.")
                                .arg(QFileInfo(path).fileName()));
        return false;
    }
    const QByteArray bytes = writeComparison(m_comparison, *format);
    return m_prompts.saveWhole(this, tr("Save Comparison"), path, bytes);
}

} // namespace unblock::app
