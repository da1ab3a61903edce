#pragma once

#include "model/BoardGroups.h"

#include <QWidget>

class QLabel;

namespace unblock::app {

class QrCodeView;

// The board on the projector: a column of blockers per table, grouped and
// named as core groups the board (model/BoardGroups.h), and during a call
// for items the code to join beside it (the board then has three quarters
// of the width), so the room sees its words arrive. A title wraps within
// its column; one too long for the room's screen ends with "…".
class BoardScene : public QWidget {
    Q_OBJECT
public:
    explicit BoardScene(QWidget* parent = nullptr);

    void fill(const SessionData& session);
    // The QR code of `joinUrl`, and the address and code to type; shown
    // while a call is open (and there is a link).
    void setJoin(const QString& joinUrl, const QString& address, const QString& code);
    void setCallOpen(bool open);
    // The board's type shrinks from `body` until every column fits, titles
    // taking up to three lines, then two, then one; the invitation's until
    // the address and the code each fit on one line.
    // `room` is the scene's size, or what it will be once shown.
    void fitType(const QFont& body, const QSize& room);
    QString text() const; // what the room reads, titles as shown
    // Whether what the board shows ends on the screen (what does not fit is
    // counted as "and N more", never drawn off its foot).
    bool fitsOnScreen() const;
    QLabel* invitation() const { return m_invitation; }

    class Columns;

private:
    void fitJoinType(const QFont& body);

    Columns* m_board;
    QWidget* m_join;
    QrCodeView* m_code;
    QLabel* m_invitation;
    bool m_callOpen = false;
};

} // namespace unblock::app
