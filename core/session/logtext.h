#pragma once

#include <maxmon/message.h>
#include <maxmon/messagelogmodel.h>
#include <maxmon/sessionentry.h>

#include <QString>
#include <QVariant>

#include <functional>

namespace maxmon {

// The texts of the message log: cells, previews, kinds, close frames. Its
// strings are translated in MessageLogModel's context, whose public static
// functions forward here.
class LogText
{
public:
    static QString timeOfDay(qint64 timestampUs);
    static QString kindText(Message::Kind kind);
    static QString preview(const Message &message, int maxChars);
    static QString readable(const Message &message);
    static QString closeText(const QByteArray &payload);

    // One cell of an event row.
    static QVariant eventCell(const SessionEntry &entry, int column, int role);
    // One cell of a message row; kind and phoenix are asked only when needed
    // (each may parse JSON).
    static QVariant messageCell(const SessionEntry &entry, int column, int role,
                                const std::function<Message::Kind()> &kind,
                                const std::function<MessageLogModel::PhoenixFields()> &phoenix);

private:
    // A message row's text and tooltip in one column.
    static QVariant messageDisplay(const Message &message, int column,
                                   const std::function<Message::Kind()> &kind,
                                   const std::function<MessageLogModel::PhoenixFields()> &phoenix);
    static QVariant messageToolTip(const Message &message, int column,
                                   const std::function<MessageLogModel::PhoenixFields()> &phoenix);
    static QString hexPreview(const QByteArray &bytes, int maxChars);
    static QString oneLine(const QByteArray &utf8, int maxChars);
};

} // namespace maxmon
