#include "journey/Journey.h"

#include <QCoreApplication>

namespace unblock {

namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Channels)
};

} // namespace

std::vector<Channel> defaultChannels() {
    const QString socitm = Tr::tr("Socitm 2008 benchmarking: median across 52–85 UK councils");
    std::vector<Channel> channels{
        {1, Tr::tr("Web / online"), 27, socitm, true},
        {2, Tr::tr("Telephone"), 376, socitm, false},
        {3, Tr::tr("Face to face"), 934, socitm, false},
    };
    const char* withoutFigure[] = {
        QT_TRANSLATE_NOOP("Channels", "Post"),         QT_TRANSLATE_NOOP("Channels", "Email"),
        QT_TRANSLATE_NOOP("Channels", "Webchat"),      QT_TRANSLATE_NOOP("Channels", "SMS"),
        QT_TRANSLATE_NOOP("Channels", "Kiosk"),        QT_TRANSLATE_NOOP("Channels", "Video link"),
        QT_TRANSLATE_NOOP("Channels", "Social media"), QT_TRANSLATE_NOOP("Channels", "Third party"),
    };
    for (const char* name : withoutFigure) {
        const Id id = static_cast<Id>(channels.size()) + 1;
        channels.push_back({id, Tr::tr(name), std::nullopt, QString(), false});
    }
    return channels;
}

Journey futureVersionOf(const Journey& current) {
    Journey future = current;
    future.id = 0;
    future.variant = JourneyVariant::Future;
    future.currentId = current.id;
    future.title = Tr::tr("%1, improved").arg(current.title);
    for (JourneyStep& s : future.steps) {
        s.id = 0;
        s.blockerId.reset();
    }
    future.photo.clear();
    future.hasPhoto = false;
    return future;
}

} // namespace unblock
