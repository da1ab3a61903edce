#include "presenter/BoardScene.h"

#include "presenter/PlainLabel.h"
#include "presenter/QrCodeView.h"
#include "remote/RemoteAccess.h"

#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QVBoxLayout>

#include <algorithm>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace unblock::app {
namespace {

constexpr int kBlockersPerColumn = 8;
constexpr int kSmallestType = 12; // pixels: still readable from the back

using Column = std::pair<QString, QStringList>; // a table's name, its blockers

// Blockers without a table (or whose table has gone) share one column.
std::vector<Column> columnsOf(const SessionData& session) {
    std::vector<Column> columns;
    std::unordered_map<Id, std::size_t> columnOf;
    for (const Group& g : session.groups) {
        columnOf[g.id] = columns.size();
        columns.push_back({g.name, {}});
    }
    for (const Blocker& b : session.blockers) {
        if (b.mergedInto)
            continue;
        auto it = columnOf.find(b.groupId.value_or(0));
        if (it == columnOf.end())
            it = columnOf.find(0);
        if (it == columnOf.end()) {
            columnOf[0] = columns.size();
            columns.push_back({BoardScene::tr("Other"), {}});
            it = columnOf.find(0);
        }
        // Very long titles are shortened on the projector; the board keeps them whole.
        columns[it->second].second
            << (b.title.size() > 90 ? b.title.left(88) + QStringLiteral("…") : b.title);
    }
    return columns;
}

} // namespace

BoardScene::BoardScene(QWidget* parent)
    : QWidget(parent)
    , m_board(new QWidget(this))
    , m_grid(new QGridLayout(m_board))
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

void BoardScene::fill(const SessionData& session) {
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int column = 0;
    for (const auto& [name, titles] : columnsOf(session)) {
        if (titles.isEmpty())
            continue;
        QLabel* heading = plainLabel(m_board);
        // Columns share the screen's width, however many tables there are.
        heading->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        heading->setText(name);
        heading->setObjectName(QStringLiteral("heading"));
        m_grid->addWidget(heading, 0, column, Qt::AlignTop);
        QStringList shown = titles.mid(0, kBlockersPerColumn);
        if (titles.size() > kBlockersPerColumn)
            shown << tr("and %n more", nullptr,
                        static_cast<int>(titles.size() - kBlockersPerColumn));
        QLabel* list = plainLabel(m_board);
        list->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        list->setText(QStringLiteral("• ") + shown.join(QStringLiteral("\n• ")));
        m_grid->addWidget(list, 1, column, Qt::AlignTop);
        m_grid->setColumnStretch(column, 1);
        ++column;
    }
    m_grid->setRowStretch(1, 1);
    if (column == 0) {
        QLabel* empty = plainLabel(m_board);
        empty->setText(tr("The board is empty. Blockers appear here as they are added."));
        m_grid->addWidget(empty, 0, 0);
    }
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

void BoardScene::fitType(const QFont& body) {
    const int width = m_join->isVisibleTo(this) ? this->width() * 3 / 4 : this->width();
    QFont type = body;
    for (int size = body.pixelSize(); size >= kSmallestType; size -= 2) {
        type.setPixelSize(size);
        QFont heading = type;
        heading.setBold(true);
        for (QLabel* label : m_board->findChildren<QLabel*>())
            label->setFont(label->objectName() == u"heading" ? heading : type);
        if (m_board->layout()->totalHeightForWidth(width) <= height())
            break;
    }
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

QString BoardScene::text() const {
    QStringList parts;
    for (const QLabel* label : m_board->findChildren<QLabel*>())
        parts << label->text();
    if (m_join->isVisibleTo(this))
        parts << m_invitation->text().replace(QChar::Nbsp, u' ');
    return parts.join(u'\n');
}

} // namespace unblock::app
