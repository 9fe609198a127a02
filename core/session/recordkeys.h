#pragma once

#include <QString>

// The field names of a record, one line of a recording or an export, for a
// message (MessageRecord) and for a connection event (SessionEvent): one
// list, since both kinds of line have a "time".
namespace maxmon::recordkeys {

inline const QString data = QStringLiteral("data");
inline const QString direction = QStringLiteral("direction");
inline const QString event = QStringLiteral("event");
inline const QString id = QStringLiteral("id");
inline const QString kind = QStringLiteral("kind");
inline const QString meta = QStringLiteral("meta");
inline const QString notStored = QStringLiteral("not_stored");
inline const QString payload = QStringLiteral("payload");
inline const QString size = QStringLiteral("size");
inline const QString text = QStringLiteral("text");
inline const QString time = QStringLiteral("time");
inline const QString utf8 = QStringLiteral("utf8");

} // namespace maxmon::recordkeys
