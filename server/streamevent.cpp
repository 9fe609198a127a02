#include "server/streamevent.h"

#include <maxmon/jsonobjectreader.h>

namespace maxmon {

namespace {

const QString seqKey = QStringLiteral("seq");
const QString sentUsKey = QStringLiteral("sent_us");
const QString dataKey = QStringLiteral("data");

} // namespace

ValidationResult StreamEvent::validate() const
{
    const QString range = tr("must be between 0 and %1").arg(maxSafeInteger);
    if (seq < 0 || seq > maxSafeInteger)
        return invalid(seqKey, range);
    if (sentUs < 0 || sentUs > maxSafeInteger)
        return invalid(sentUsKey, range);
    return {};
}

QJsonObject StreamEvent::toJson() const
{
    QJsonObject object { { seqKey, seq }, { sentUsKey, sentUs } };
    if (hasData())
        object.insert(dataKey, data);
    return object;
}

Validated<StreamEvent> StreamEvent::fromJson(const QJsonObject &object)
{
    for (const QString &required : { seqKey, sentUsKey }) {
        if (!object.contains(required))
            return invalid(required, tr("missing"));
    }
    QList<ConfigIssue> issues;
    JsonObjectReader reader(object, QString(), &issues);
    StreamEvent event;
    reader.readInt64(seqKey, &event.seq, 0, maxSafeInteger);
    reader.readInt64(sentUsKey, &event.sentUs, 0, maxSafeInteger);
    event.data = reader.value(dataKey);
    for (const ConfigIssue &issue : issues) {
        if (issue.isError())
            return invalid(issue.path, issue.message);
    }
    return event;
}

} // namespace maxmon
