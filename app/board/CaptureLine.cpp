#include "board/CaptureLine.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>

namespace unblock::app {
namespace {

bool isUndoOrRedo(const QKeyEvent* key) {
    const QKeyCombination keys = key->keyCombination();
    return key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
           keys == QKeyCombination(Qt::ControlModifier, Qt::Key_Y) ||
           keys == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z);
}

} // namespace

CaptureLine::CaptureLine(qsizetype limit, QWidget* parent)
    : QLineEdit(parent)
    , m_limit(limit) {}

QString CaptureLine::lengthNote() const {
    const qsizetype length = text().trimmed().size();
    if (m_limit <= 0 || length < m_limit * 4 / 5)
        return {};
    if (length <= m_limit)
        return tr("%L1 / %L2").arg(length).arg(m_limit);
    return tr("%L1 / %L2: too long for a title. Enter keeps the first part as the title and "
              "the whole text as its detail.")
        .arg(length)
        .arg(m_limit);
}

void CaptureLine::pasteText(const QString& text) {
    QStringList lines;
    for (const QString& line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    if (lines.size() > 1)
        Q_EMIT linesPasted(lines);
    else
        insert(lines.value(0));
}

// Typing not yet sent keeps its own undo; otherwise undo is the board's.
bool CaptureLine::event(QEvent* event) {
    if (event->type() == QEvent::ShortcutOverride && text().isEmpty() &&
        isUndoOrRedo(static_cast<QKeyEvent*>(event))) {
        event->ignore();
        return true;
    }
    return QLineEdit::event(event);
}

void CaptureLine::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Paste) && !isReadOnly()) {
        pasteText(QGuiApplication::clipboard()->text());
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void CaptureLine::contextMenuEvent(QContextMenuEvent* event) {
    QMenu* menu = createStandardContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QAction* action : menu->actions()) {
        if (action->objectName() != u"edit-paste")
            continue;
        disconnect(action, &QAction::triggered, nullptr, nullptr);
        connect(action, &QAction::triggered, this,
                [this] { pasteText(QGuiApplication::clipboard()->text()); });
    }
    menu->popup(event->globalPos());
}

} // namespace unblock::app
