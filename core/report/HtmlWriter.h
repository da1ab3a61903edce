#pragma once

#include "report/BarChart.h"
#include "report/Summary.h"

#include <QString>

namespace unblock {

// The summary as one self-contained HTML file: styles inline, the chart as
// inline SVG, no external assets. It is well-formed XHTML, so it opens in any
// browser and parses as XML. Every piece of attendees' text is escaped.
QString writeHtml(const SummaryDocument& doc);

// A bar chart as SVG (vector), labels escaped.
QString barChartSvg(const std::vector<ChartBar>& bars, const QString& title);

// A table with its heading row; every cell escaped, line breaks kept.
QString htmlTable(const QStringList& headings, const std::vector<QStringList>& rows);

// The style sheet of Unblock's HTML files.
QString htmlStyle();

} // namespace unblock
