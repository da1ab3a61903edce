#pragma once

#include <QHostAddress>
#include <QString>

#include <vector>

namespace unblock::remote {

// Where phones could reach the laptop: each network it is on, with the
// address phones would use there. The room's wifi comes first; "this laptop
// only" (loopback) last, for trying the page out before the day.
struct PhoneNetwork {
    QString name; // "wlp2s0 (192.168.1.20)"
    QHostAddress address;
    QString interfaceName; // "wlp2s0": the same network next time, whatever its address
};

std::vector<PhoneNetwork> phoneNetworks();

} // namespace unblock::remote
