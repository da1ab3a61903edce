#pragma once

#include "model/Ids.h"
#include "model/SessionChange.h"
#include "remote/PhoneHost.h"

#include <QObject>

#include <optional>

namespace unblock::app {

class SessionDocument;

// Phones in the room for one open session, beside the document rather than
// inside a panel: the server (off until the facilitator starts it), who may
// join, the call for items, and what phones see. Phones vote in the
// session's open round (roundOpenToPhones) and send to the open call: facts
// of the session, never of what the facilitator is looking at, so a tab, a
// round glanced at or a dialog changes nothing on any phone.
class PhoneRoom : public QObject {
    Q_OBJECT
public:
    explicit PhoneRoom(SessionDocument& doc, QObject* parent = nullptr);
    ~PhoneRoom() override; // stops the server: what is queued is written first

    remote::PhoneHost& host() { return m_host; }
    const remote::PhoneHost& host() const { return m_host; }
    // The round phones vote in now, if any.
    std::optional<Id> round() const { return m_round; }

Q_SIGNALS:
    // The server went on or off, phones came or went, or what phones may do
    // (the round, the call) changed.
    void changed();

private:
    void follow(const SessionUpdate& update);
    void followCall();

    SessionDocument& m_doc;
    remote::PhoneHost m_host;
    std::optional<Id> m_round;
};

} // namespace unblock::app
