#include "journey/JourneyPhoto.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(JourneyPhoto)
};

Error invalid(const QString& message) {
    return Error{ErrorCode::InvalidInput, message};
}

bool isJpeg(const QByteArray& bytes) {
    return bytes.startsWith("\xFF\xD8\xFF");
}

} // namespace

Result<QByteArray> journeyPhotoFrom(const QByteArray& picture) {
    if (picture.size() > JourneyPhotoLimits::pictureBytes)
        return invalid(Tr::tr("The picture is larger than 50 MB."));
    QBuffer buffer;
    buffer.setData(picture);
    QImageReader reader(&buffer);
    // Phones store portrait photos sideways with a note to turn them.
    reader.setAutoTransform(true);
    // Qt refuses images over 128 MB decoded; a 64-megapixel phone photo is 256 MB.
    reader.setAllocationLimit(300);
    const QSize size = reader.size();
    if (!reader.canRead() || !size.isValid()) {
        return invalid(Tr::tr("It is not a picture Unblock can read (JPEG or PNG, for example)."));
    }
    if (qint64(size.width()) * size.height() > JourneyPhotoLimits::pixels) {
        return invalid(Tr::tr("The picture is %1 × %2 pixels; Unblock takes up to 64 megapixels.")
                           .arg(size.width())
                           .arg(size.height()));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        return invalid(Tr::tr("The picture could not be read: %1").arg(reader.errorString()));
    }
    if (std::max(image.width(), image.height()) > JourneyPhotoLimits::longSide) {
        image = image.scaled(JourneyPhotoLimits::longSide, JourneyPhotoLimits::longSide,
                             Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    // JPEG has no transparency: a transparent PNG's background becomes white.
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
    }
    QByteArray photo;
    QBuffer out(&photo);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, "jpeg");
    writer.setQuality(85);
    if (!writer.write(flat)) {
        return invalid(Tr::tr("The picture could not be stored: %1").arg(writer.errorString()));
    }
    return photo;
}

Status checkJourneyPhoto(const QByteArray& photo) {
    if (photo.isEmpty())
        return {};
    if (!isJpeg(photo))
        return invalid(Tr::tr("A journey's photo is a JPEG picture."));
    if (photo.size() > JourneyPhotoLimits::storedBytes)
        return invalid(Tr::tr("A journey's photo is at most 8 MB."));
    return {};
}

} // namespace unblock
