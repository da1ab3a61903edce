#include "remote/PhoneNetworks.h"

#include <QCoreApplication>
#include <QNetworkInterface>

namespace unblock::remote {

std::vector<PhoneNetwork> phoneNetworks() {
    std::vector<PhoneNetwork> networks;
    for (const QNetworkInterface& face : QNetworkInterface::allInterfaces()) {
        const auto flags = face.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) ||
            !flags.testFlag(QNetworkInterface::IsRunning) ||
            flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        // IPv4 only: phones type or scan it, and link-local IPv6 needs a zone.
        for (const QNetworkAddressEntry& entry : face.addressEntries()) {
            const QHostAddress address = entry.ip();
            if (address.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            networks.push_back(
                {QStringLiteral("%1 (%2)").arg(face.humanReadableName(), address.toString()),
                 address, face.name()});
        }
    }
    networks.push_back({QCoreApplication::translate("PhoneNetworks", "This laptop only (%1)")
                            .arg(QHostAddress(QHostAddress::LocalHost).toString()),
                        QHostAddress(QHostAddress::LocalHost), QStringLiteral("loopback")});
    return networks;
}

} // namespace unblock::remote
