#pragma once

#include <QJsonObject>
#include <QStringList>

namespace unblock::remote {

// What the phone page says, in the first of `wanted` (BCP 47 tags, the
// phone's or the one its user chose) that Unblock is translated into:
//   {"language": "cy", "languages": [{"code": "en_GB", "name": "English"}, …],
//    "words": {"heading": "Pleidleisiwch o’ch ffôn", …}}
// The page carries no words of its own, so they are translated in Qt
// Linguist with the rest of Unblock.
QJsonObject phoneWords(const QStringList& wanted);

} // namespace unblock::remote
