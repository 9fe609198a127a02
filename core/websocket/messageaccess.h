#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/message.h>

namespace maxmon {

// What the send path needs of a Message beyond its public API: edits in
// place while nothing else shares the message (a copy otherwise, as with*()
// make), and the text to give QWebSocket without decoding the payload again.
// Per message sent these save two copies of its data block and a UTF-8
// decoding, which were a fifth of maxmon's own cost in a 64-byte echo.
struct MAXMON_CORE_TEST_EXPORT MessageAccess
{
    // The text for QWebSocket::sendTextMessage(): the QString an outgoing
    // message was made from (Message::fromText()), else text(). Qt encodes
    // either to exactly the payload's bytes.
    static QString wireText(const Message &message);
    // As message = message.withId(id), without a copy when unshared.
    static void setId(Message &message, const QString &id);
    // As message = message.withCurrentTimestamps(), likewise.
    static void stampNow(Message &message);
};

} // namespace maxmon
