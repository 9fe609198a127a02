#include "sessionfactory.h"

#include "session/sessionformat.h"
#include "session/sessiontables.h"

#include <QFile>
#include <QtEndian>

namespace maxmon::test {

QByteArray sessionPayload(qint64 n)
{
    if (n % 100 == 0) {
        QByteArray bytes(8, '\0');
        qToBigEndian<qint64>(n, bytes.data());
        return bytes;
    }
    static const char *const words[] = { "alpha", "beta", "gamma", "delta", "lobby", "ticker" };
    return QByteArrayLiteral("{\"n\":") + QByteArray::number(n)
        + ",\"room\":\"room:" + QByteArray::number(n % 10) + "\",\"text\":\"" + words[n % 6] + ' '
        + words[(n / 6) % 6] + " value " + QByteArray::number(n * 7 % 1000) + "\"}";
}

bool writeSession(const QString &path, const SessionRecipe &recipe)
{
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
    SessionTables tables;
    if (!tables.open(path, std::nullopt) || !tables.begin())
        return false;
    for (qint64 n = 1; n <= recipe.messages; ++n) {
        const bool binary = n % 100 == 0;
        const int kind = binary ? SessionFormat::BinaryFrame : SessionFormat::TextFrame;
        const int direction = n % 7 == 0 ? 1 : 0;
        if (!tables.insertMessage(n, recipe.startUs + n * 100, direction, kind,
                                  direction ? QByteArray::number(n) : QByteArray(),
                                  sessionPayload(n), QByteArray()))
            return false;
        if (recipe.eventEvery > 0 && n % recipe.eventEvery == 0
            && !tables.insertEvent(n, recipe.startUs + n * 100 + 50, "note",
                                   "note " + QByteArray::number(n), QByteArray()))
            return false;
        if (n % 100000 == 0 && (!tables.commit() || !tables.begin()))
            return false;
    }
    if (!tables.commit())
        return false;
    if (recipe.index) {
        for (;;) {
            const Result<bool> more = tables.indexMore(recipe.messages, 0);
            if (!more)
                return false;
            if (!*more)
                break;
        }
    }
    tables.close();
    return true;
}

} // namespace maxmon::test
