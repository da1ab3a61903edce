#pragma once

#include "model/Result.h"
#include "report/Summary.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace unblock {

// The files a summary can be written as.
enum class SummaryFormat { Pdf, Odt, Html, Markdown, Csv };

// From a file name's suffix or a --format word ("pdf", "htm", "markdown", …).
std::optional<SummaryFormat> summaryFormatNamed(const QString& name);

// "PDF (*.pdf);;OpenDocument text (*.odt);;…" for a save dialog.
QString summaryFileFilters();

// PDF and ODT are binary, not for a terminal.
bool isBinary(SummaryFormat format);

Result<QByteArray> writeSummary(const SummaryDocument& doc, SummaryFormat format);

} // namespace unblock
