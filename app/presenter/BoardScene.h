#pragma once

#include "model/SessionData.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace unblock::app {

class QrCodeView;

// The board on the projector: a column of blockers per table, and during a
// call for items the code to join beside it (the board then has three
// quarters of the width), so the room sees its words arrive.
class BoardScene : public QWidget {
    Q_OBJECT
public:
    explicit BoardScene(QWidget* parent = nullptr);

    void fill(const SessionData& session);
    // The QR code of `joinUrl`, and the address and code to type; shown
    // while a call is open (and there is a link).
    void setJoin(const QString& joinUrl, const QString& address, const QString& code);
    void setCallOpen(bool open);
    // The board's type shrinks from `body` until every column fits; the
    // invitation's until the address and the code each fit on one line.
    void fitType(const QFont& body);
    QString text() const; // what the room reads
    QLabel* invitation() const { return m_invitation; }

private:
    void fitJoinType(const QFont& body);

    QWidget* m_board;
    QGridLayout* m_grid;
    QWidget* m_join;
    QrCodeView* m_code;
    QLabel* m_invitation;
    bool m_callOpen = false;
};

} // namespace unblock::app
