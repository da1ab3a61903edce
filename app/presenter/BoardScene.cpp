#include "presenter/BoardScene.h"

#include "presenter/PlainLabel.h"
#include "presenter/QrCodeView.h"
#include "presenter/WrappedText.h"
#include "remote/RemoteAccess.h"

#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QPainter>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace unblock::app {
namespace {

constexpr int kBlockersPerColumn = 8;
constexpr int kSmallestType = 12; // pixels: still readable from the back
constexpr int kMostLines = 3;     // a title's lines before it is cut, when titles crowd
constexpr int kWholeLines = 6;    // a title's lines when there is room to show it whole
constexpr qreal kGap = 24;        // between columns
const QString kBullet = u"• "_s;

struct Column {
    QString name;
    QStringList titles;
};

} // namespace

// The columns, painted: a table's name, then its blockers, each wrapped
// within the column with a hanging bullet.
class BoardScene::Columns : public QWidget {
public:
    using QWidget::QWidget;

    void setColumns(std::vector<Column> columns) {
        m_columns = std::move(columns);
        if (m_body)
            fit(*m_body, m_room);
    }
    bool empty() const { return m_columns.empty(); }
    // Whether every column, as laid out, ends within the widget.
    bool withinItself() const { return m_height <= height(); }

protected:
    // Fitted again to the room it is given once laid out: the room asked
    // for before (the window's, less a title whose type has just grown
    // with the zoom) can be more than the screen gives, and what did not
    // fit would run off the bottom unsaid.
    void resizeEvent(QResizeEvent* event) override {
        QWidget::resizeEvent(event);
        if (m_body && QSizeF(event->size()) != m_room)
            fit(*m_body, QSizeF(event->size()));
    }

public:
    // The largest type no larger than `body` at which every column fits.
    // Titles are shown whole while the type stays at two thirds of `body` or
    // more (half the screen left empty beside cut titles helps nobody); when
    // they crowd, each is cut at kMostLines, marked "…", before the type
    // shrinks further.
    void fit(const QFont& body, QSizeF room) {
        m_body = body;
        m_room = room;
        update();
        const int wholeSmallest = std::max(kSmallestType, body.pixelSize() * 2 / 3);
        for (int size = body.pixelSize(); size >= wholeSmallest; size -= 2) {
            if (tryLayout(body, size, kWholeLines, room, Cutting::Refused))
                return;
        }
        for (int lines = kMostLines; lines >= 1; --lines) {
            for (int size = body.pixelSize(); size >= kSmallestType; size -= 2) {
                if (tryLayout(body, size, lines, room, Cutting::Allowed))
                    return;
            }
        }
        tryLayout(body, kSmallestType, 1, room, Cutting::Allowed); // the most it can show
    }

    QString text() const {
        QStringList parts;
        for (const Shown& column : m_shown) {
            parts << column.name;
            for (const ShownTitle& title : column.titles)
                parts << kBullet + title.spoken;
        }
        return parts.join(u'\n');
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.setPen(palette().color(QPalette::WindowText));
        if (m_columns.empty()) {
            p.setFont(m_type);
            p.drawText(rect(), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                       BoardScene::tr("The board is empty. Blockers appear here as they are "
                                      "added."));
            return;
        }
        const qreal columnWidth = widthOfColumn(m_room.width());
        QFont heading = m_type;
        heading.setBold(true);
        for (std::size_t c = 0; c < m_shown.size(); ++c) {
            const qreal left = static_cast<qreal>(c) * (columnWidth + kGap);
            qreal y = 0;
            p.setFont(heading);
            for (const QString& line : m_shown[c].nameLines) {
                p.drawText(QPointF(left, y + QFontMetricsF(heading).ascent()), line);
                y += QFontMetricsF(heading).lineSpacing();
            }
            p.setFont(m_type);
            const QFontMetricsF metrics(m_type);
            const qreal indent = metrics.horizontalAdvance(kBullet);
            for (const ShownTitle& title : m_shown[c].titles) {
                y += metrics.lineSpacing() / 3;
                p.drawText(QPointF(left, y + metrics.ascent()), kBullet.trimmed());
                for (const QString& line : title.lines) {
                    p.drawText(QPointF(left + indent, y + metrics.ascent()), line);
                    y += metrics.lineSpacing();
                }
            }
        }
    }

private:
    struct ShownTitle {
        QStringList lines; // as painted
        QString spoken;    // what the room reads: the title, or its start and "…"
    };
    struct Shown {
        QString name;
        QStringList nameLines;
        std::vector<ShownTitle> titles;
    };

    qreal widthOfColumn(qreal width) const {
        const auto count = static_cast<qreal>(std::max<std::size_t>(m_columns.size(), 1));
        return std::max(1.0, (width - kGap * (count - 1)) / count);
    }

    enum class Cutting { Allowed, Refused };

    // Lays the columns out at `size` with titles of at most `lines` lines;
    // whether they fit the height (and, cutting refused, every title is
    // whole). What fits is kept to be painted.
    bool tryLayout(const QFont& body, int size, int lines, QSizeF room, Cutting cutting) {
        const qreal width = room.width();
        m_type = body;
        m_type.setPixelSize(size);
        QFont heading = m_type;
        heading.setBold(true);
        const qreal columnWidth = widthOfColumn(width);
        const QFontMetricsF metrics(m_type);
        const qreal textWidth = columnWidth - metrics.horizontalAdvance(kBullet);
        m_shown.clear();
        m_height = 0;
        bool fits = true;
        for (const Column& column : m_columns) {
            Shown shown{column.name, wrappedLines(column.name, heading, columnWidth, 2), {}};
            qreal y =
                static_cast<qreal>(shown.nameLines.size()) * QFontMetricsF(heading).lineSpacing();
            const qsizetype listed = std::min<qsizetype>(column.titles.size(), kBlockersPerColumn);
            for (qsizetype i = 0; i < listed; ++i) {
                const QString& title = column.titles[i];
                const QStringList wrapped = wrappedLines(title, m_type, textWidth, lines);
                shown.titles.push_back({wrapped, shownText(title, wrapped)});
                fits = fits && (cutting == Cutting::Allowed || shown.titles.back().spoken == title);
                y += metrics.lineSpacing() / 3 +
                     static_cast<qreal>(wrapped.size()) * metrics.lineSpacing();
            }
            if (column.titles.size() > listed) {
                const QString more = BoardScene::tr(
                    "and %n more", nullptr, static_cast<int>(column.titles.size() - listed));
                shown.titles.push_back({{more}, more});
                y += metrics.lineSpacing() * 4 / 3;
            }
            fits = fits && y <= room.height();
            m_height = std::max(m_height, y);
            m_shown.push_back(std::move(shown));
        }
        return fits;
    }

    std::vector<Column> m_columns;
    std::vector<Shown> m_shown;
    QFont m_type;
    std::optional<QFont> m_body; // the last fit's type and room, for new columns
    QSizeF m_room;
    qreal m_height = 0; // of the tallest column as laid out
};

BoardScene::BoardScene(QWidget* parent)
    : QWidget(parent)
    , m_board(new Columns(this))
    , m_join(new QWidget(this))
    , m_code(new QrCodeView(m_join))
    , m_invitation(plainLabel(m_join)) {
    auto* join = new QVBoxLayout(m_join);
    join->setContentsMargins(0, 0, 0, 0);
    join->addWidget(m_code, 1);
    join->addWidget(m_invitation);
    m_invitation->setAlignment(Qt::AlignCenter);
    m_join->hide();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_board, 3);
    layout->addWidget(m_join, 1);
}

// Columns for the tables that raised something, as core groups the board.
void BoardScene::fill(const SessionData& session) {
    std::vector<Column> columns;
    for (const BoardGroup& group : boardGroups(session)) {
        if (group.blockers.empty())
            continue;
        Column column{group.name, {}};
        for (const Id id : group.blockers)
            column.titles << session.blocker(id)->title;
        columns.push_back(std::move(column));
    }
    m_board->setColumns(std::move(columns));
    m_join->setVisible(m_callOpen && !m_code->text().isEmpty());
}

void BoardScene::setJoin(const QString& joinUrl, const QString& address, const QString& code) {
    m_code->setText(joinUrl);
    // The code is read as one word: it never breaks across lines.
    const QString typed = remote::RemoteAccess::readable(code).replace(u' ', QChar::Nbsp);
    m_invitation->setText(tr("Add yours from your phone: scan the code, or open\n%1\nand type %2")
                              .arg(address, typed));
    m_join->setVisible(m_callOpen && !m_code->text().isEmpty());
}

void BoardScene::setCallOpen(bool open) {
    m_callOpen = open;
    m_join->setVisible(m_callOpen && !m_code->text().isEmpty());
}

void BoardScene::fitType(const QFont& body, const QSize& room) {
    const int width = m_join->isVisibleTo(this) ? room.width() * 3 / 4 : room.width();
    m_board->fit(body, QSizeF(width, room.height()));
    fitJoinType(body);
}

// The address would break after "http://", and a broken code is misread:
// each must fit the quarter beside the board whole.
void BoardScene::fitJoinType(const QFont& body) {
    const int room = std::max(1, this->width() / 4 - 8);
    const QStringList whole = m_invitation->text().split(u'\n').mid(1); // the first may wrap
    QFont type = body;
    for (int size = body.pixelSize(); size > kSmallestType; --size) {
        type.setPixelSize(size);
        const QFontMetrics metrics(type);
        if (std::all_of(whole.begin(), whole.end(), [&](const QString& line) {
                return metrics.horizontalAdvance(line) <= room;
            }))
            break;
    }
    m_invitation->setFont(type);
}

bool BoardScene::fitsOnScreen() const {
    return m_board->withinItself();
}

QString BoardScene::text() const {
    QStringList parts;
    parts << (m_board->empty() ? tr("The board is empty. Blockers appear here as they are added.")
                               : m_board->text());
    if (m_join->isVisibleTo(this))
        parts << m_invitation->text().replace(QChar::Nbsp, u' ');
    return parts.join(u'\n');
}

} // namespace unblock::app
