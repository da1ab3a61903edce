#include "journeys/JourneyPhotoView.h"

#include "document/SessionDocument.h"

#include <QPixmap>

namespace unblock::app {

JourneyPhotoView::JourneyPhotoView(QWidget* parent)
    : QLabel(parent) {
    setAlignment(Qt::AlignCenter);
    setAccessibleName(tr("Photo of the group's sketch"));
}

void JourneyPhotoView::showPhotoOf(const Journey& journey, const SessionDocument& doc) {
    const Result<QByteArray> bytes =
        journey.hasPhoto ? doc.photo(journey.id) : Result<QByteArray>(QByteArray());
    QPixmap photo;
    if (!bytes || bytes->isEmpty() || !photo.loadFromData(bytes.value(), "JPEG")) {
        setPixmap({});
        setText(tr("No photo of a paper sketch.\nAttach one with Attach Photo."));
        setToolTip({});
        return;
    }
    // A thumbnail: the charts above keep their room; the photo itself is in the file.
    setPixmap(photo.scaled(QSize(280, 180), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    setToolTip(
        tr("%1 × %2 pixels, kept in the session file").arg(photo.width()).arg(photo.height()));
}

} // namespace unblock::app
