#pragma once

#include "model/Result.h"

#include <QByteArray>

namespace unblock {

// A photo of a group's paper sketch, kept inside the session file. Whatever
// the camera gave (JPEG, PNG, any size, sideways) is stored as one JPEG no
// longer than kPhotoLongSide on either side: sharp enough to print on A4,
// small enough that a session with a dozen photos stays easy to e-mail.
struct JourneyPhotoLimits {
    static constexpr int longSide = 2000;               // pixels, after scaling
    static constexpr qsizetype pictureBytes = 50 << 20; // what may be attached
    static constexpr qsizetype storedBytes = 8 << 20;   // what the file accepts
    static constexpr qint64 pixels = 64'000'000;        // refused before decoding
};

// The photo to store for a picture file's bytes, or why it cannot be used.
Result<QByteArray> journeyPhotoFrom(const QByteArray& picture);

// Whether bytes read from a file or JSON are a photo Unblock stored: a JPEG
// within the size the file accepts.
Status checkJourneyPhoto(const QByteArray& photo);

} // namespace unblock
