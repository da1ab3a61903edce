#include "journey/JourneyPhoto.h"

#include "journey/JourneyRules.h"
#include "support/TestSupport.h"

#include <QImage>
#include <QtEndian>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

QImage decoded(const QByteArray& photo) {
    return QImage::fromData(photo, "JPEG");
}

} // namespace

TEST_CASE("A photo is stored as a JPEG no longer than 2000 pixels a side") {
    const QByteArray photo = expectOk(journeyPhotoFrom(pictureFile(3000, 1500, "png")));
    CHECK(photo.startsWith("\xFF\xD8\xFF"));
    CHECK(decoded(photo).size() == QSize(2000, 1000));
    CHECK(checkJourneyPhoto(photo));

    const QByteArray small = expectOk(journeyPhotoFrom(pictureFile(640, 480, "jpeg")));
    CHECK(decoded(small).size() == QSize(640, 480));
}

TEST_CASE("A phone's portrait photo, stored sideways, is turned upright") {
    const QByteArray sideways =
        pictureFile(400, 300, "jpeg", QImageIOHandler::TransformationRotate90);
    CHECK(decoded(expectOk(journeyPhotoFrom(sideways))).size() == QSize(300, 400));
}

TEST_CASE("Files that are not pictures, or far too large ones, are refused with the reason") {
    CHECK(expectError(journeyPhotoFrom("minutes of the meeting"_ba))
              .message.contains(u"not a picture"));
    CHECK(expectError(journeyPhotoFrom(QByteArray())).message.contains(u"not a picture"));
    // A JPEG whose frame header claims 60,000 × 60,000 pixels: refused before decoding.
    QByteArray bomb = pictureFile(8, 8, "jpeg");
    const qsizetype frame = bomb.indexOf("\xFF\xC0");
    REQUIRE(frame > 0);
    qToBigEndian<quint16>(60000, bomb.data() + frame + 5); // height
    qToBigEndian<quint16>(60000, bomb.data() + frame + 7); // width
    CHECK(expectError(journeyPhotoFrom(bomb)).message.contains(u"64 megapixels"));
    // A picture cut short.
    const QByteArray cut = pictureFile(600, 400, "png").left(200);
    CHECK_FALSE(journeyPhotoFrom(cut));
    CHECK(expectError(journeyPhotoFrom(QByteArray(51 << 20, 'x'))).message.contains(u"50 MB"));
}

TEST_CASE("A journey refuses a photo that is not a stored JPEG") {
    Journey j;
    j.title = u"Renewing a parking permit"_s;
    j.photo = pictureFile(20, 20, "png");
    CHECK(expectError(checkJourney(j)).message.contains(u"JPEG"));
    j.photo = expectOk(journeyPhotoFrom(j.photo));
    CHECK(checkJourney(j));
}
