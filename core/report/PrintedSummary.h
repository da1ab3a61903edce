#pragma once

#include "model/Result.h"
#include "report/Summary.h"

#include <QByteArray>

class QPagedPaintDevice;

namespace unblock {

// Prints the summary on the pages of a paged device: a QPdfWriter, or the
// app's QPrinter and print preview. Each page after the first has a running
// header (workshop and date); every page has "Page N of M" at its foot; no
// heading is left alone at the foot of a page; the chart is vector. Fails
// when the device will not start or turn a page.
Status printSummary(const SummaryDocument& doc, QPagedPaintDevice& device);

// The summary as an A4 PDF.
Result<QByteArray> summaryPdf(const SummaryDocument& doc);

// The summary as an OpenDocument text file (opens in Word and LibreOffice).
Result<QByteArray> summaryOdt(const SummaryDocument& doc);

} // namespace unblock
