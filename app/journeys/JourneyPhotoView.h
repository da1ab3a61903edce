#pragma once

#include "journey/Journey.h"

#include <QLabel>

namespace unblock::app {

class SessionDocument;

// A thumbnail of the photo of the group's paper sketch. The photo is read
// from the file when shown: the session in memory leaves it there.
class JourneyPhotoView : public QLabel {
    Q_OBJECT
public:
    explicit JourneyPhotoView(QWidget* parent = nullptr);

    void showPhotoOf(const Journey& journey, const SessionDocument& doc);
};

} // namespace unblock::app
