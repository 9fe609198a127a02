#pragma once

#include <maxmon/testing/maxmon_testing_export.h>

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace maxmon::testing {

/// The HTTP upgrade request a client sent to a ScriptedServer or a
/// PhoenixServer: its request line and headers, as they arrived. Recorded
/// for every request, accepted or refused.
struct MAXMON_TESTING_EXPORT UpgradeRequest
{
    QString method; ///< "GET" for every WebSocket client
    QString path; ///< the path of the request target, without the query
    QUrlQuery query; ///< the query of the request target
    /// Every header in arrival order, names as the client spelled them.
    QList<QPair<QByteArray, QByteArray>> headers;

    /// The first value of a header; the name is compared case-insensitively.
    /// Empty when the request has no such header.
    QByteArray header(const QByteArray &name) const;
    /// Every value of a header, in arrival order.
    QList<QByteArray> headerValues(const QByteArray &name) const;
    /// True when the request carries the header.
    bool hasHeader(const QByteArray &name) const;
    /// The token of an "Authorization: Bearer TOKEN" header, empty without one.
    QString bearerToken() const;
    /// The subprotocols of every Sec-WebSocket-Protocol header, in order.
    QStringList subprotocols() const;
    /// A query item's value, fully decoded; empty when it is missing.
    QString queryValue(const QString &name) const;
};

} // namespace maxmon::testing

Q_DECLARE_METATYPE(maxmon::testing::UpgradeRequest)
