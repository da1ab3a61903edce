#include "remote/RemoteAccess.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace unblock::remote {
namespace {

// No 0/O, 1/I/L or 5/S: a code read off a projector is typed right.
constexpr char kCodeAlphabet[] = "ABCDEFGHJKMNPQRTUVWXYZ2346789";

bool sameInConstantTime(const QByteArray& a, const QByteArray& b) {
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

QString newJoinCode() {
    constexpr auto letters = static_cast<quint32>(sizeof(kCodeAlphabet) - 1);
    QString code;
    for (int i = 0; i < RemoteAccess::kJoinCodeLength; ++i)
        code += QLatin1Char(kCodeAlphabet[QRandomGenerator::system()->bounded(letters)]);
    return code;
}

} // namespace

QString randomToken(int bytes) {
    QByteArray random(bytes, Qt::Uninitialized);
    for (char& byte : random)
        byte = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

RemoteAccess::RemoteAccess()
    : m_sessionToken(randomToken(16))
    , m_joinCode(newJoinCode()) {}

bool RemoteAccess::isSessionToken(const QString& token) const {
    return sameInConstantTime(token.toUtf8(), m_sessionToken.toUtf8());
}

bool RemoteAccess::isJoinCode(const QString& typed) const {
    QString code = typed.toUpper();
    code.remove(u' ').remove(u'-');
    return sameInConstantTime(code.toUtf8(), m_joinCode.toUtf8());
}

QString RemoteAccess::issueVoterToken() {
    const QString token = randomToken(16);
    m_lastSequence.insert(token, 0);
    return token;
}

bool RemoteAccess::knowsVoter(const QString& token) const {
    return m_lastSequence.contains(token);
}

QString RemoteAccess::voterName(const QString& token) {
    const QByteArray digest = QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("phone-") + QString::fromLatin1(digest.toHex().left(16));
}

QString RemoteAccess::readable(const QString& joinCode) {
    return joinCode.left(3) + u' ' + joinCode.mid(3);
}

QString RemoteAccess::phoneLabel(const QString& voterName) {
    return voterName.mid(6, 6).toUpper();
}

bool RemoteAccess::isPhone(const QString& voterName) {
    return voterName.startsWith(u"phone-");
}

bool RemoteAccess::acceptSequence(const QString& token, qint64 sequence) {
    auto last = m_lastSequence.find(token);
    if (last == m_lastSequence.end() || sequence <= last.value())
        return false;
    last.value() = sequence;
    return true;
}

} // namespace unblock::remote
