#include "report/Pagination.h"

#include "report/SummaryTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <optional>

namespace unblock {
namespace {

// A place where a page may end and the next begin.
struct Cut {
    qreal y = 0;
    bool allowed = true;
    std::optional<PageSlice> tableHeader; // repeated when a page starts here
    int block = -1;                       // for a cut inside a paragraph
    int line = 0;
};

class CutFinder {
public:
    explicit CutFinder(const QTextDocument& document)
        : m_layout(*document.documentLayout()) {}

    std::vector<Cut> find(const QTextFrame& root) {
        for (auto it = root.begin(); !it.atEnd(); ++it) {
            if (const auto* table = qobject_cast<const QTextTable*>(it.currentFrame()))
                addTable(*table);
            else if (const QTextFrame* frame = it.currentFrame())
                add(m_layout.frameBoundingRect(const_cast<QTextFrame*>(frame)).top(), false);
            else
                addBlock(it.currentBlock());
        }
        return std::move(m_cuts);
    }

private:
    static bool keptWithNext(const QTextBlock& block) {
        return block.blockFormat().boolProperty(kKeepWithNextProperty);
    }

    // A cut at y, unless the element above must stay with this one.
    void add(qreal y, bool keepsWithAbove, std::optional<PageSlice> header = {}) {
        m_cuts.push_back({y, !m_keepWithNext && !keepsWithAbove, header});
        m_keepWithNext = false;
    }

    void addBlock(const QTextBlock& block) {
        const QTextLayout* text = block.layout();
        if (text->lineCount() == 0)
            return;
        const qreal origin = m_layout.blockBoundingRect(block).top() - text->boundingRect().top();
        const bool heading = keptWithNext(block);
        for (int i = 0; i < text->lineCount(); ++i) {
            add(origin + text->lineAt(i).y(), i > 0 && heading); // a heading's lines stay together
            if (i > 0) {
                m_cuts.back().block = block.blockNumber();
                m_cuts.back().line = i;
            }
        }
        m_keepWithNext = heading;
    }

    qreal top(const QTextTableCell& cell) const {
        return m_layout.blockBoundingRect(cell.firstCursorPosition().block()).top();
    }
    qreal bottom(const QTextTableCell& cell) const {
        return m_layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom();
    }

    // Rows are never split; a cut between rows falls midway between the text
    // of one row and the next, on the border between them.
    void addTable(const QTextTable& table) {
        const QRectF frame = m_layout.frameBoundingRect(const_cast<QTextTable*>(&table));
        std::vector<qreal> boundaries{frame.top()};
        for (int r = 1; r < table.rows(); ++r) {
            qreal above = frame.top();
            qreal below = frame.bottom();
            for (int c = 0; c < table.columns(); ++c) {
                above = std::max(above, bottom(table.cellAt(r - 1, c)));
                below = std::min(below, top(table.cellAt(r, c)));
            }
            boundaries.push_back((above + below) / 2);
        }
        const int headerRows = std::min(table.format().headerRowCount(), table.rows() - 1);
        std::optional<PageSlice> header;
        if (headerRows > 0)
            header = PageSlice{frame.top(), boundaries[static_cast<std::size_t>(headerRows)]};
        add(frame.top(), false);
        for (int r = headerRows + 1; r < table.rows(); ++r)
            add(boundaries[static_cast<std::size_t>(r)], false, header);
    }

    const QAbstractTextDocumentLayout& m_layout;
    std::vector<Cut> m_cuts;
    bool m_keepWithNext = false;
};

} // namespace

std::vector<PrintedPage> paginate(const QTextDocument& document, qreal pageHeight) {
    const qreal end = document.documentLayout()->documentSize().height();
    const std::vector<Cut> cuts = CutFinder(document).find(*document.rootFrame());
    std::vector<PrintedPage> pages;
    qreal start = 0;
    std::optional<PageSlice> header;
    int continuedBlock = -1;
    int fromLine = 0;
    std::size_t next = 0; // the first cut below start
    while (start < end) {
        PrintedPage page;
        const qreal room = pageHeight - (header ? header->height() : 0);
        if (header)
            page.slices.push_back(*header);
        while (next < cuts.size() && cuts[next].y <= start)
            ++next;
        // The lowest allowed cut that fits; failing that, the lowest of any
        // kind; failing that (one line taller than a page), the page's foot.
        std::optional<std::size_t> best;
        std::optional<std::size_t> fallback;
        for (std::size_t i = next; i < cuts.size() && cuts[i].y <= start + room; ++i) {
            fallback = i;
            if (cuts[i].allowed)
                best = i;
        }
        PageSlice body{start, start + room, continuedBlock, fromLine};
        std::optional<PageSlice> nextHeader;
        continuedBlock = -1;
        fromLine = 0;
        if (end <= start + room) {
            body.bottom = end;
        } else if (const auto chosen = best ? best : fallback) {
            body.bottom = cuts[*chosen].y;
            nextHeader = cuts[*chosen].tableHeader;
            continuedBlock = cuts[*chosen].block;
            fromLine = cuts[*chosen].line;
        }
        page.slices.push_back(body);
        pages.push_back(std::move(page));
        start = body.bottom;
        header = nextHeader;
    }
    return pages;
}

} // namespace unblock
