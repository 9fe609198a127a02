#include <maxmon/connectionstate.h>

#include <QCoreApplication>
#include <QMetaEnum>

namespace maxmon {

QString connectionStateName(ConnectionState state)
{
    return QString::fromLatin1(
        QMetaEnum::fromType<ConnectionState>().valueToKey(static_cast<int>(state)));
}

QString connectionStateText(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected:
        return QCoreApplication::translate("maxmon::ConnectionState", "Disconnected");
    case ConnectionState::Connecting:
        return QCoreApplication::translate("maxmon::ConnectionState", "Connecting");
    case ConnectionState::Connected:
        return QCoreApplication::translate("maxmon::ConnectionState", "Connected");
    case ConnectionState::Disconnecting:
        return QCoreApplication::translate("maxmon::ConnectionState", "Disconnecting");
    case ConnectionState::Reconnecting:
        return QCoreApplication::translate("maxmon::ConnectionState", "Reconnecting");
    case ConnectionState::Error:
        return QCoreApplication::translate("maxmon::ConnectionState", "Error");
    }
    return QString();
}

} // namespace maxmon
