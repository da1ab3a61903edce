#pragma once

#include "report/Summary.h"

#include <QTextDocument>
#include <QTextFormat>

#include <memory>

namespace unblock {

// What the text document is for. Printing (PDF, the app's print preview)
// draws the chart at print time, so it is vector. An OpenDocument file gets
// the chart as a picture, fonts that Word and LibreOffice both have, and
// tables sized as Qt's ODF writer can express.
enum class SummaryMedium { Print, OpenDocument };

// Marks a heading block that must share its page with the text under it.
inline constexpr int kKeepWithNextProperty = QTextFormat::UserProperty + 1;

// The summary as a rich text document, for printing and for ODT. Text is
// inserted as plain text, never parsed as markup, so any string prints as
// itself.
std::unique_ptr<QTextDocument> summaryTextDocument(const SummaryDocument& doc,
                                                   SummaryMedium medium);

} // namespace unblock
