#include "server/httpupgraderequest.h"

#include <QUrl>

namespace maxmon {

QByteArray HttpUpgradeRequest::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

QList<QByteArray> HttpUpgradeRequest::headerValues(const QByteArray &name) const
{
    QList<QByteArray> values;
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            values.append(header.second);
    }
    return values;
}

QString HttpUpgradeRequest::bearerToken() const
{
    const QByteArray value = header("Authorization").trimmed();
    if (value.size() > 7 && value.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        return QString::fromUtf8(value.mid(7).trimmed());
    return QString();
}

QStringList HttpUpgradeRequest::subprotocols() const
{
    QStringList protocols;
    for (const QByteArray &value : headerValues("Sec-WebSocket-Protocol")) {
        for (const QByteArray &part : value.split(',')) {
            const QByteArray trimmed = part.trimmed();
            if (!trimmed.isEmpty())
                protocols.append(QString::fromUtf8(trimmed));
        }
    }
    return protocols;
}

HttpUpgradeRequest::ParseStatus HttpUpgradeRequest::parse(const QByteArray &data,
                                                          HttpUpgradeRequest *out)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return data.size() > maxSize ? ParseStatus::TooLarge : ParseStatus::Incomplete;
    if (end > maxSize)
        return ParseStatus::TooLarge;

    const QList<QByteArray> lines = data.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/"))
        return ParseStatus::Invalid;

    HttpUpgradeRequest request;
    request.method = QString::fromLatin1(requestLine.at(0));
    request.httpVersion = requestLine.at(2);
    const QUrl target(QString::fromUtf8(requestLine.at(1)));
    if (!target.isValid())
        return ParseStatus::Invalid;
    request.path = target.path();
    request.query = QUrlQuery(target);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return ParseStatus::Invalid;
        request.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }
    *out = request;
    return ParseStatus::Complete;
}

} // namespace maxmon
