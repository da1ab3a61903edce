#pragma once

#include "report/Summary.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace unblock {

// The summary as Markdown. Every piece of attendees' text is escaped, so a
// blocker called <script> or **bold** prints as exactly that text.
QString writeMarkdown(const SummaryDocument& doc);

// Escapes text for Markdown: characters that would format text anywhere,
// markers that would start a block at the start of a line, and HTML
// entities get a backslash; line breaks become Markdown line breaks.
QString escapeMarkdown(const QString& text);

// A table with its heading row; every cell escaped.
QString markdownTable(const QStringList& headings, const std::vector<QStringList>& rows);

} // namespace unblock
