#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace unblock::remote {

// Who may vote from a phone. The join URL carries the session's token (128
// random bits: it cannot be guessed); people without a camera type the short
// join code instead. Each phone that joins gets its own voter token, which it
// keeps and sends with every ballot: one ballot per device.
//
// The voter token is a credential, so the session file never holds it: votes
// are recorded under voterName(), a one-way digest of it.
class RemoteAccess {
public:
    RemoteAccess();

    QString sessionToken() const { return m_sessionToken; }
    QString joinCode() const { return m_joinCode; }
    // Compared in constant time. A typed code may have spaces, a dash and any case.
    bool isSessionToken(const QString& token) const;
    bool isJoinCode(const QString& typed) const;
    // "K7M QXR": the code in two halves, as people read it out.
    static QString readable(const QString& joinCode);

    // A new phone's token.
    QString issueVoterToken();
    bool knowsVoter(const QString& token) const;
    // What the session file records a phone's votes under.
    static QString voterName(const QString& token);
    // What people call a phone, from its voter name: "3FA2C1". The phone
    // shows it, so its owner can tell the facilitator which ballot to clear.
    static QString phoneLabel(const QString& voterName);
    static bool isPhone(const QString& voterName);

    // A ballot carries the phone's count of ballots sent; a number not above
    // the last one accepted is a replay (a copied request, or a late retry
    // after a newer ballot) and is refused.
    bool acceptSequence(const QString& token, qint64 sequence);

    static constexpr int kJoinCodeLength = 6;

private:
    QString m_sessionToken;
    QString m_joinCode;
    QHash<QString, qint64> m_lastSequence; // issued voter token → last ballot accepted
};

// Random bytes from the operating system, as URL-safe text.
QString randomToken(int bytes);

} // namespace unblock::remote
