#include "report/PrintedSummary.h"

#include "report/Pagination.h"
#include "report/SummaryTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocumentWriter>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Summary)
};

void paintFrame(QPainter& painter, const QRect& page, int bodyTop, int bodyBottom,
                const SummaryDocument& doc, int number, int count) {
    QFont font = painter.font();
    font.setPointSizeF(8.5);
    painter.setFont(font);
    painter.setPen(QColor(0x50, 0x50, 0x50));
    if (number > 1) {
        const QRect header(page.left(), page.top(), page.width(), bodyTop - page.top());
        const QString title = summaryTitle(doc.details);
        const QString date = summaryDate(doc.details);
        const int dateWidth = painter.fontMetrics().horizontalAdvance(date);
        painter.drawText(header, Qt::AlignRight | Qt::AlignTop, date);
        const QString elided = painter.fontMetrics().elidedText(
            title, Qt::ElideRight, header.width() - dateWidth - header.width() / 20);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, elided);
    }
    const QRect footer(page.left(), bodyBottom, page.width(), page.bottom() - bodyBottom);
    painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom,
                     Tr::tr("Page %1 of %2").arg(number).arg(count));
}

// Draws the part of the document in slice; the painter's origin is the
// document's. Lines just outside the slice must not be drawn: clipped away,
// their text would still be in this page's PDF, found by search and read by
// screen readers.
void drawSlice(QPainter& painter, const QTextDocument& document, const PageSlice& slice,
               qreal margin) {
    QAbstractTextDocumentLayout& layout = *document.documentLayout();
    QRectF visible(0, slice.top, document.textWidth(), slice.height());
    painter.setClipRect(visible);
    if (slice.continuedBlock >= 0) {
        // Qt would draw one line above the clip too: draw the rest of a
        // paragraph split across pages line by line.
        const QTextBlock block = document.findBlockByNumber(slice.continuedBlock);
        const QTextLayout& text = *block.layout();
        const QRectF bounds = layout.blockBoundingRect(block);
        const QPointF origin(bounds.left(), bounds.top() - text.boundingRect().top());
        painter.setPen(Qt::black);
        for (int i = slice.fromLine; i < text.lineCount(); ++i) {
            if (origin.y() + text.lineAt(i).y() >= slice.bottom - margin)
                break;
            text.lineAt(i).draw(&painter, origin);
        }
        visible.setTop(std::min(bounds.bottom() + margin, slice.bottom));
    }
    QAbstractTextDocumentLayout::PaintContext context;
    // Qt draws lines that come within a hair of the clip: narrow it.
    context.clip = visible.adjusted(0, margin, 0, -margin);
    if (context.clip.height() > 0)
        layout.draw(&painter, context);
}

} // namespace

Status printSummary(const SummaryDocument& doc, QPagedPaintDevice& device) {
    const auto px = [&device](qreal points) {
        return qRound(points * device.logicalDpiY() / 72.0);
    };
    const QRect page(0, 0, device.width(), device.height());
    const int bodyTop = px(22);
    const int bodyBottom = page.height() - px(22);
    const QSize body(page.width(), bodyBottom - bodyTop);

    std::unique_ptr<QTextDocument> document = summaryTextDocument(doc, SummaryMedium::Print);
    document->documentLayout()->setPaintDevice(&device);
    document->setTextWidth(body.width());
    const std::vector<PrintedPage> pages = paginate(*document, body.height());

    // A printer that is off, or a PDF whose file cannot be written, will not
    // start a page: said, not printed blank.
    QPainter painter;
    if (!painter.begin(&device))
        return Error{ErrorCode::IoError, Tr::tr("The printer or file could not be started.")};
    painter.setRenderHint(QPainter::Antialiasing);
    const int count = static_cast<int>(pages.size());
    for (int i = 0; i < count; ++i) {
        if (i > 0 && !device.newPage()) {
            return Error{ErrorCode::IoError,
                         Tr::tr("Page %1 of %2 could not be started.").arg(i + 1).arg(count)};
        }
        paintFrame(painter, page, bodyTop - px(10), bodyBottom + px(4), doc, i + 1, count);
        qreal y = bodyTop;
        for (const PageSlice& slice : pages[static_cast<std::size_t>(i)].slices) {
            painter.save();
            painter.translate(0, y - slice.top);
            drawSlice(painter, *document, slice, px(2));
            painter.restore();
            y += slice.height();
        }
    }
    if (!painter.end())
        return Error{ErrorCode::IoError, Tr::tr("The printed pages could not be finished.")};
    return {};
}

Result<QByteArray> summaryPdf(const SummaryDocument& doc) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(600);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(20, 12, 20, 12), QPageLayout::Millimeter);
        pdf.setTitle(summaryTitle(doc.details));
        pdf.setCreator(u"Unblock"_s);
        if (Status printed = printSummary(doc, pdf); !printed)
            return printed.error();
    }
    return bytes;
}

Result<QByteArray> summaryOdt(const SummaryDocument& doc) {
    std::unique_ptr<QTextDocument> document = summaryTextDocument(doc, SummaryMedium::OpenDocument);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(document.get()))
        return Error{ErrorCode::IoError, Tr::tr("The summary could not be written as ODT.")};
    return bytes;
}

} // namespace unblock
