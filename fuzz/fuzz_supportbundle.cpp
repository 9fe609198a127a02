// Support bundles, as maxmon reads one today: the JSON, its profile (a
// ConnectionConfig) and its log (MessageRecord objects). Any file may be
// handed over. And the writer: a bundle made from messages holding the
// input reads back to the same messages, with no secret in it.
#include "fuzzcheck.h"

#include <maxmon/connectionconfig.h>
#include <maxmon/messagerecord.h>
#include <maxmon/supportbundle.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace maxmon;
using maxmon::fuzz::check;

namespace {

void readBundle(const QByteArray &input)
{
    const QJsonObject bundle = QJsonDocument::fromJson(input).object();
    QList<ConfigIssue> issues;
    (void)ConnectionConfig::fromJson(bundle.value(QLatin1String("profile")).toObject(), &issues);
    const QJsonArray log =
        bundle.value(QLatin1String("log")).toObject().value(QLatin1String("records")).toArray();
    for (const QJsonValue record : log) {
        const Validated<Message> message = MessageRecord::fromJson(record.toObject());
        if (!message)
            check(!message.error().reason().isEmpty(), "a bad record says why", input);
    }
}

void writeAndRead(const QByteArray &input)
{
    const QString secret = QStringLiteral("fuzz-secret-4711");
    SupportBundle bundle;
    ConnectionConfig config;
    config.url = QUrl(QStringLiteral("wss://example.invalid/socket"));
    config.auth.token = secret;
    bundle.setConfig(config);
    bundle.setSecrets({ secret });
    const QList<Message> messages { Message::fromText(Message::Direction::Incoming, input),
                                    Message::fromBinary(Message::Direction::Outgoing, input) };
    bundle.setMessages(messages);
    const QByteArray written = bundle.toBytes();
    check(!written.contains(secret.toUtf8()), "no secret in a bundle", input);
    const QJsonArray log = QJsonDocument::fromJson(written)
                               .object()
                               .value(QLatin1String("log"))
                               .toObject()
                               .value(QLatin1String("records"))
                               .toArray();
    check(log.size() == messages.size(), "every message is in the log", input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    readBundle(input);
    writeAndRead(input);
    return 0;
}
