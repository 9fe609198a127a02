#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace maxmon {

// The HTTP request line and headers of a WebSocket upgrade request, parsed
// from bytes peeked off a socket before the handshake is answered.
struct HttpUpgradeRequest
{
    enum class ParseStatus { Complete, Incomplete, Invalid, TooLarge };

    QString method;
    QByteArray httpVersion; // "HTTP/1.1"
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // in arrival order, names as sent

    // First value of a header, name compared case-insensitively.
    QByteArray header(const QByteArray &name) const;
    QList<QByteArray> headerValues(const QByteArray &name) const;
    // "Authorization: Bearer <token>" -> token
    QString bearerToken() const;
    QStringList subprotocols() const;

    static constexpr qsizetype maxSize = 16 * 1024;
    // Parses bytes up to the blank line that ends the headers.
    static ParseStatus parse(const QByteArray &data, HttpUpgradeRequest *out);
};

} // namespace maxmon
