#pragma once

#include <maxmon/message.h>
#include <maxmon/testing/check.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace maxmon::testing::detail {

// Runs the event loop until done() is true or timeoutMs passed; on timeout a
// failed Check with "waited <n> ms for <what>: <seen()>". A failed() that
// returns a message ends the wait early with it (a state nothing leaves).
// Internal to the kit: the public waits are built on it.
Check waitUntil(const std::function<bool()> &done, int timeoutMs, const QString &what,
                const std::function<QString()> &seen, const std::function<QString()> &failed = {});

// One line per message, for failure messages: at most the newest `limit`,
// each cut to a readable length.
QString describe(const QList<Message> &messages, int limit = 10);
QString describe(const Message &message);
// "a, b, c", or "none"
QString listOrNone(const QStringList &items);
// "text" in quotes, cut to a readable length ("abc..." (8000 characters))
QString quoted(const QString &text);

} // namespace maxmon::testing::detail
