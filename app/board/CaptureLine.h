#pragma once

#include <QLineEdit>

namespace unblock::app {

// The line a blocker or solution is typed into, at the speed of talk.
// - Ctrl+Z and Ctrl+Shift+Z act on the board, as everywhere in the window,
//   unless the line holds typing not yet sent (then they undo the typing).
// - Near its limit it says how long the text is ("487 / 500").
// - Several lines pasted at once are offered to the page (one item a line?)
//   instead of being run together.
class CaptureLine : public QLineEdit {
    Q_OBJECT
public:
    // `limit`: the longest text the item takes (0: no count is shown).
    explicit CaptureLine(qsizetype limit, QWidget* parent = nullptr);

    // "487 / 500" near the limit, with what happens beyond it; empty below.
    QString lengthNote() const;
    // Pastes `text` as a person would: one line goes in; several are offered.
    void pasteText(const QString& text);

Q_SIGNALS:
    void linesPasted(const QStringList& lines);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    qsizetype m_limit;
};

} // namespace unblock::app
