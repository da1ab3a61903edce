#include "store/FileHeader.h"

#include "store/Schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace unblock::store {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

constexpr qint64 kHeaderSize = 100;
constexpr char kMagic[] = "SQLite format 3"; // followed by a NUL

quint32 bigEndian32(const QByteArray& bytes, int offset) {
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

int pageSizeOf(const QByteArray& header) {
    const quint16 raw = qFromBigEndian<quint16>(header.constData() + 16);
    return raw == 1 ? 65536 : raw; // 1 stands for 65536
}

} // namespace

Result<FileHeader> readSessionHeader(const QString& path) {
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists())
        return Error{ErrorCode::NotFound, Tr::tr("“%1” does not exist.").arg(path)};
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::IoError,
                     Tr::tr("“%1” could not be read: %2.").arg(path, file.errorString())};
    }
    const qint64 size = file.size();
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize || !header.startsWith(QByteArray(kMagic, sizeof kMagic))) {
        return Error{
            ErrorCode::NotSqlite,
            Tr::tr("“%1” is not an Unblock session: it is not a database file at all.").arg(name)};
    }

    FileHeader result;
    result.pageSize = pageSizeOf(header);
    result.applicationId = static_cast<qint32>(bigEndian32(header, 68));
    result.userVersion = static_cast<int>(bigEndian32(header, 60));
    if (result.applicationId != kApplicationId) {
        return Error{
            ErrorCode::ForeignFile,
            Tr::tr("“%1” is a database of another program, not an Unblock session.").arg(name)};
    }

    // The in-header page count is valid when the "version valid for" number
    // matches the change counter (SQLite 3.7.0 and later always keep it so).
    const bool countValid = bigEndian32(header, 92) == bigEndian32(header, 24);
    result.pageCount = countValid ? bigEndian32(header, 28) : 0;
    const qint64 expected = result.pageCount * result.pageSize;
    const bool partialPage = result.pageSize > 0 && size % result.pageSize != 0;
    if ((countValid && size < expected) || partialPage) {
        return Error{ErrorCode::Truncated,
                     Tr::tr("“%1” is damaged: it has been cut short (%L2 bytes of %L3). Try an "
                            "earlier copy of it.")
                         .arg(name)
                         .arg(size)
                         .arg(qMax(expected, size))};
    }
    return result;
}

} // namespace unblock::store
