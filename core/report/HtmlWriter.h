#pragma once

#include "report/Summary.h"

#include <QString>

namespace unblock {

// The summary as one self-contained HTML file: styles inline, the chart as
// inline SVG, no external assets. It is well-formed XHTML, so it opens in any
// browser and parses as XML. Every piece of attendees' text is escaped.
QString writeHtml(const SummaryDocument& doc);

// The bar chart of the top blockers as SVG (vector), labels escaped.
QString barChartSvg(const SummaryDocument& doc);

} // namespace unblock
