#pragma once

#include <QTextDocument>

#include <vector>

namespace unblock {

// Unblock paginates a text document itself rather than through Qt's page
// breaks: the document is laid out once as one long page, and each printed
// page shows horizontal slices of it. Cuts fall only between lines or table
// rows, never after a heading marked "keep with next" (kKeepWithNextProperty)
// nor between a table's header row and its first row; a page that starts
// inside a table repeats the table's header row above it. Qt's own pagination
// cannot keep a heading with its text, and moving a heading with a page break
// means laying the document out again for every heading moved.
struct PageSlice {
    qreal top = 0;
    qreal bottom = 0;
    // When the slice starts inside a paragraph: its block number and the first
    // line on this page. Qt draws one line more above a clip than it should,
    // so the printer draws these lines itself.
    int continuedBlock = -1;
    int fromLine = 0;
    qreal height() const { return bottom - top; }
};

struct PrintedPage {
    std::vector<PageSlice> slices; // drawn one under another
};

// The document must be laid out unpaginated at the printed width (its page
// height unset). Every part of the document lies in exactly one slice, apart
// from repeated table headers.
std::vector<PrintedPage> paginate(const QTextDocument& document, qreal pageHeight);

} // namespace unblock
