#include "report/SummaryDialog.h"

#include "report/PrintedSummary.h"
#include "report/SummaryFormats.h"
#include "window/Preferences.h"
#include "window/Prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace unblock::app {
SummaryDialog::SummaryDialog(SessionData session, const QString& sessionPath, Prompts& prompts,
                             QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_sessionPath(sessionPath)
    , m_prompts(prompts)
    , m_printer(new QPrinter(QPrinter::HighResolution)) {
    setWindowTitle(tr("Summary"));
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    m_printer->setPageMargins(QMarginsF(20, 12, 20, 12), QPageLayout::Millimeter);
    m_printer->setDocName(summaryTitle(m_session.details));
    buildForm();
    resize(1000, 720);
    refresh();
}

SummaryDialog::~SummaryDialog() {
    delete m_preview; // it paints on the printer, so goes first
    delete m_printer;
}

void SummaryDialog::buildForm() {
    m_topCount = new QSpinBox;
    m_topCount->setRange(1, 50);
    m_topCount->setValue(Preferences::load().summaryTopCount);
    m_topCount->setAccessibleName(tr("How many top blockers"));
    m_topCount->setToolTip(tr("Ties at the last place widen the list."));
    m_round = new QComboBox;
    m_round->setAccessibleName(tr("Voting round that ranks the blockers"));
    for (const Round& round : m_session.rounds) {
        if (round.subject == RoundSubject::Blockers)
            m_round->addItem(round.title.isEmpty() ? tr("Round %1").arg(round.id) : round.title,
                             QVariant::fromValue(round.id));
    }
    if (const std::optional<Id> latest = latestRoundOnBlockers(m_session.rounds))
        m_round->setCurrentIndex(m_round->findData(QVariant::fromValue(*latest)));
    m_round->setEnabled(m_round->count() > 1);

    auto* form = new QFormLayout;
    form->addRow(tr("Top &blockers:"), m_topCount);
    form->addRow(tr("&Ranked by:"), m_round);
    auto* parts = new QVBoxLayout;
    for (const SummaryPartChoice& part : summaryPartChoices()) {
        auto* box = new QCheckBox(summaryPartLabel(part));
        box->setToolTip(tr("Whether the summary has this part"));
        box->setChecked(true);
        parts->addWidget(box);
        m_parts.push_back(box);
        connect(box, &QCheckBox::toggled, this, &SummaryDialog::refresh);
    }
    form->addRow(tr("Include:"), parts);
    // The summary may be on a mirrored screen mid-day: results the room has
    // not seen revealed stay out unless the organiser asks.
    m_unrevealed = new QCheckBox(tr("Results not yet &revealed"));
    m_unrevealed->setToolTip(tr("Ranks the rounds whose results have not been revealed to the "
                                "room: for after the day"));
    connect(m_unrevealed, &QCheckBox::toggled, this, &SummaryDialog::refresh);
    form->addRow(QString(), m_unrevealed);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->hide();

    // Plain buttons in a row, not a QDialogButtonBox: the box's own tab order
    // left Close out of the keyboard's reach (found by the focus-chain test).
    auto* print = new QPushButton(tr("&Print…"));
    auto* save = new QPushButton(tr("&Save As…"));
    auto* close = new QPushButton(tr("Close"));
    print->setToolTip(tr("Prints the summary as the preview shows it"));
    save->setToolTip(tr("Saves the summary as PDF, OpenDocument, a web page, Markdown or CSV"));
    close->setToolTip(tr("Closes the summary; the session is already saved"));
    connect(print, &QPushButton::clicked, this, &SummaryDialog::print);
    connect(save, &QPushButton::clicked, this, &SummaryDialog::saveAs);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(print);
    buttons->addWidget(save);
    buttons->addStretch();
    buttons->addWidget(close);

    m_preview = new QPrintPreviewWidget(m_printer);
    m_preview->setAccessibleName(tr("Print preview of the summary"));
    // Its page view is what takes the keyboard (arrows and Page Up/Down scroll).
    if (auto* pages = m_preview->findChild<QGraphicsView*>()) {
        pages->setAccessibleName(tr("Print preview of the summary"));
        // The area the pages are drawn in takes the keyboard too.
        pages->viewport()->setAccessibleName(tr("Pages of the summary"));
        pages->setToolTip(tr("The summary’s pages as they will print. Arrows and Page Up and "
                             "Page Down scroll."));
    }
    m_preview->fitToWidth();
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this,
            [this](QPrinter* printer) { (void)paint(printer); });
    connect(m_topCount, &QSpinBox::valueChanged, this, &SummaryDialog::refresh);
    connect(m_round, &QComboBox::currentIndexChanged, this, &SummaryDialog::refresh);

    auto* side = new QVBoxLayout;
    side->addLayout(form);
    side->addWidget(m_problem);
    side->addStretch();
    auto* row = new QHBoxLayout;
    row->addLayout(side);
    row->addWidget(m_preview, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addLayout(buttons);
}

SummaryOptions SummaryDialog::options() const {
    SummaryOptions options;
    options.topCount = m_topCount->value();
    if (m_round->count() > 0)
        options.roundId = m_round->currentData().value<Id>();
    for (std::size_t i = 0; i < m_parts.size(); ++i)
        options.parts.*(summaryPartChoices()[i].flag) = m_parts[i]->isChecked();
    options.includeUnrevealed = m_unrevealed->isChecked();
    return options;
}

int SummaryDialog::previewPageCount() const {
    return m_preview->pageCount();
}

void SummaryDialog::refresh() {
    m_preview->updatePreview();
}

Status SummaryDialog::paint(QPrinter* printer) {
    const Result<SummaryDocument> summary = buildSummary(m_session, options());
    Status printed = summary ? printSummary(summary.value(), *printer) : Status(summary.error());
    m_problem->setVisible(!printed);
    if (!printed)
        m_problem->setText(printed.error().message);
    return printed;
}

void SummaryDialog::print() {
    QPrintDialog dialog(m_printer, this);
    if (dialog.exec() == QDialog::Accepted) {
        if (const Status printed = paint(m_printer); !printed)
            m_prompts.showError(this, tr("The summary was not printed"), printed.error().message);
    }
    refresh();
}

void SummaryDialog::saveAs() {
    const QString suggested = QFileInfo(m_sessionPath).completeBaseName() + u" summary.pdf"_s;
    const QString path =
        m_prompts.exportFileName(this, tr("Save Summary As"), summaryFileFilters(), suggested);
    if (!path.isEmpty())
        saveTo(path);
}

bool SummaryDialog::saveTo(const QString& path) {
    const std::optional<SummaryFormat> format = summaryFormatNamed(QFileInfo(path).suffix());
    if (!format) {
        m_prompts.showError(this, tr("Save Summary"),
                            tr("“%1” does not end in .pdf, .odt, .html, .md or .csv, so Unblock "
                               "cannot tell which kind of file to write.")
                                .arg(QFileInfo(path).fileName()));
        return false;
    }
    Result<SummaryDocument> summary = buildSummary(m_session, options());
    Result<QByteArray> bytes =
        summary ? writeSummary(summary.value(), *format) : Result<QByteArray>(summary.error());
    if (!bytes) {
        m_prompts.showError(this, tr("Save Summary"), bytes.error().message);
        return false;
    }
    return m_prompts.saveWhole(this, tr("Save Summary"), path, bytes.value());
}

} // namespace unblock::app
