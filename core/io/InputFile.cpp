#include "io/InputFile.h"

#include <QCoreApplication>
#include <QFile>

namespace unblock {
namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(InputFile)
};
} // namespace

Result<QByteArray> readInputFile(const QString& path) {
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::IoError,
                     Tr::tr("“%1” could not be read: %2.").arg(path, in.errorString())};
    }
    // One byte more than the limit tells a file that is too large, a pipe
    // included (it has no size to ask for beforehand).
    const QByteArray bytes = in.read(kLargestInputFile + 1);
    if (in.error() != QFileDevice::NoError) {
        return Error{ErrorCode::IoError,
                     Tr::tr("“%1” could not be read: %2.").arg(path, in.errorString())};
    }
    if (bytes.size() > kLargestInputFile) {
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("“%1” is larger than Unblock reads: files of up to %L2 bytes.")
                         .arg(path)
                         .arg(kLargestInputFile)};
    }
    return bytes;
}

} // namespace unblock
