#pragma once

#include <QString>

namespace maxmon::test {

// A session file written straight into its tables (no writer thread, no
// redaction), for tests that need millions of rows fast. Message n (from 1)
// is a JSON text {"n":n,"room":"room:<n % 10>","text":"..."}, received,
// except every 7th, sent; every 100th is binary (8 bytes: n, big-endian).
// Times start at startUs and advance 100 us per message. With events, a
// state event ("Connected", "note n") follows every eventEvery-th message.
struct SessionRecipe
{
    qint64 messages = 1000;
    qint64 startUs = 1700000000000000;
    qint64 eventEvery = 0; // 0: no events
    bool index = true; // build the full-text index
};

bool writeSession(const QString &path, const SessionRecipe &recipe);
// The payload of message n, as written.
QByteArray sessionPayload(qint64 n);

} // namespace maxmon::test
