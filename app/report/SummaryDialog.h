#pragma once

#include "model/SessionData.h"
#include "report/Summary.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QSpinBox;

namespace unblock::app {

class Prompts;

// The workshop's summary, at any moment of the day: choose what goes in, see
// it as it will print, print it or save it as PDF, ODT, HTML, Markdown or CSV.
// The summary is made by core; this dialog only chooses its options.
class SummaryDialog : public QDialog {
    Q_OBJECT

public:
    // The dialog keeps its own copy of the session (photos included): what
    // it shows and saves is the session as it was when it opened.
    SummaryDialog(SessionData session, const QString& sessionPath, Prompts& prompts,
                  QWidget* parent = nullptr);
    ~SummaryDialog() override;

    SummaryOptions options() const;
    int previewPageCount() const;
    QCheckBox* partBox(int index) const { return m_parts[static_cast<std::size_t>(index)]; }
    QSpinBox* topCountBox() const { return m_topCount; }
    QCheckBox* unrevealedBox() const { return m_unrevealed; }

    // Saves in the format the file name's suffix names; false (and an error
    // shown) when it cannot.
    bool saveTo(const QString& path);

private:
    void buildForm();
    void refresh();
    Status paint(QPrinter* printer); // the reason is also shown above the preview
    void print();
    void saveAs();

    const SessionData m_session;
    QString m_sessionPath;
    Prompts& m_prompts;
    QSpinBox* m_topCount = nullptr;
    QComboBox* m_round = nullptr;
    std::vector<QCheckBox*> m_parts;
    QCheckBox* m_unrevealed = nullptr;
    QLabel* m_problem = nullptr;
    QPrinter* m_printer = nullptr;
    QPrintPreviewWidget* m_preview = nullptr;
};

} // namespace unblock::app
