#pragma once

#include <QString>

#include <vector>

namespace unblock::remote {

// A QR code's modules, row by row (true: dark), from libqrencode. Medium
// error correction: a projected code still scans from the back of the room
// with part of it washed out.
struct QrCode {
    int size = 0; // modules a side; 0 when the text cannot be encoded
    std::vector<bool> dark;

    bool isDark(int x, int y) const {
        return dark[static_cast<std::size_t>(y) * static_cast<std::size_t>(size) +
                    static_cast<std::size_t>(x)];
    }
};

QrCode qrCode(const QString& text);

} // namespace unblock::remote
