#include "remote/QrCode.h"

#include <qrencode.h>

#include <memory>

namespace unblock::remote {

QrCode qrCode(const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> encoded(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    QrCode code;
    if (!encoded)
        return code;
    code.size = encoded->width;
    code.dark.reserve(static_cast<std::size_t>(code.size) * static_cast<std::size_t>(code.size));
    // libqrencode's lowest bit of each module says dark.
    for (int i = 0; i < code.size * code.size; ++i)
        code.dark.push_back((encoded->data[i] & 1) != 0);
    return code;
}

} // namespace unblock::remote
