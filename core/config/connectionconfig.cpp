#include <maxmon/connectionconfig.h>
#include <maxmon/jsonobjectreader.h>
#include <maxmon/redaction.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QSaveFile>
#include <QSslError>
#include <QUrlQuery>

#include <cmath>

namespace maxmon {

namespace {

constexpr qint64 maxTimeoutMs = 24LL * 3600 * 1000;
constexpr qint64 maxMessageSize = 1024LL * 1024 * 1024; // QWebSocket's own limit is 2 GiB - 1

template<typename Enum, std::size_t N>
bool enumFromName(const QString &name, const std::pair<Enum, const char *> (&names)[N], Enum *out)
{
    for (const auto &entry : names) {
        if (name == QLatin1String(entry.second)) {
            *out = entry.first;
            return true;
        }
    }
    return false;
}

template<typename Enum, std::size_t N>
QString enumName(Enum value, const std::pair<Enum, const char *> (&names)[N])
{
    for (const auto &entry : names) {
        if (entry.first == value)
            return QLatin1String(entry.second);
    }
    return {};
}

template<typename Enum, std::size_t N>
QString enumChoices(const std::pair<Enum, const char *> (&names)[N])
{
    QStringList list;
    for (const auto &entry : names)
        list.append(QLatin1String(entry.second));
    return list.join(QLatin1String(", "));
}

const std::pair<AuthConfig::Mode, const char *> authModes[] = {
    { AuthConfig::Mode::None, "none" },
    { AuthConfig::Mode::BearerHeader, "bearer" },
    { AuthConfig::Mode::QueryParameter, "query" },
    { AuthConfig::Mode::PhoenixSubprotocol, "phoenix" },
};

const std::pair<ProxyConfig::Mode, const char *> proxyModes[] = {
    { ProxyConfig::Mode::System, "system" },
    { ProxyConfig::Mode::None, "none" },
    { ProxyConfig::Mode::Http, "http" },
    { ProxyConfig::Mode::Socks5, "socks5" },
};

const std::pair<HeartbeatConfig::Strategy, const char *> heartbeatStrategies[] = {
    { HeartbeatConfig::Strategy::Ping, "ping" },
    { HeartbeatConfig::Strategy::Application, "application" },
};

const std::pair<ConnectionConfig::Protocol, const char *> protocols[] = {
    { ConnectionConfig::Protocol::WebSocket, "websocket" },
    { ConnectionConfig::Protocol::Phoenix, "phoenix" },
};

const std::pair<SendTemplate::Kind, const char *> templateKinds[] = {
    { SendTemplate::Kind::Text, "text" },
    { SendTemplate::Kind::Json, "json" },
    { SendTemplate::Kind::Binary, "binary" },
};

template<typename Enum, std::size_t N>
void readEnum(JsonObjectReader &reader, const QString &key,
              const std::pair<Enum, const char *> (&names)[N], Enum *out)
{
    QString name;
    if (!reader.has(key)) {
        reader.value(key);
        return;
    }
    reader.readString(key, &name);
    if (!name.isEmpty() && !enumFromName(name, names, out))
        reader.addError(key,
                        ConnectionConfig::tr("unknown value \"%1\": use one of %2")
                            .arg(name, enumChoices(names)));
}

void readSecret(JsonObjectReader &reader, const QString &key, SecretRef *out)
{
    QString why;
    if (!SecretRef::fromJson(reader.value(key), out, &why))
        reader.addError(key, why);
}

void readHeaders(JsonObjectReader &reader, QList<HttpHeader> *out)
{
    const QJsonValue value = reader.value(QStringLiteral("headers"));
    if (value.isUndefined())
        return;
    if (!value.isArray()) {
        reader.addError(
            QStringLiteral("headers"),
            ConnectionConfig::tr("must be a list of {\"name\": ..., \"value\": ...} objects"));
        return;
    }
    const QJsonArray array = value.toArray();
    QList<HttpHeader> headers;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString key = QStringLiteral("headers[%1]").arg(i);
        if (!array.at(i).isObject()) {
            reader.addError(key,
                            ConnectionConfig::tr("must be an object with \"name\" and \"value\""));
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        HttpHeader header { object.value(QLatin1String("name")).toString(),
                            object.value(QLatin1String("value")).toString() };
        if (!object.value(QLatin1String("name")).isString()
            || !object.value(QLatin1String("value")).isString()) {
            reader.addError(key, ConnectionConfig::tr("\"name\" and \"value\" must be strings"));
            continue;
        }
        if (redaction::isSensitiveHeader(header.name))
            reader.addWarning(
                key,
                ConnectionConfig::tr("\"%1\" holds a credential in plain text: prefer auth "
                                     "with a token source, which is never written to the "
                                     "profile")
                    .arg(header.name));
        headers.append(header);
    }
    *out = headers;
}

QJsonArray intArray(const QList<int> &values)
{
    QJsonArray array;
    for (int value : values)
        array.append(value);
    return array;
}

void readIntList(JsonObjectReader &reader, const QString &key, QList<int> *out, qint64 min,
                 qint64 max)
{
    const QJsonValue value = reader.value(key);
    if (value.isUndefined())
        return;
    if (!value.isArray()) {
        reader.addError(key, ConnectionConfig::tr("must be a list of whole numbers"));
        return;
    }
    QList<int> list;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const double number = array.at(i).toDouble(-1);
        if (!array.at(i).isDouble() || number != std::floor(number) || number < double(min)
            || number > double(max)) {
            reader.addError(
                QStringLiteral("%1[%2]").arg(key).arg(i),
                ConnectionConfig::tr("must be a whole number from %1 to %2").arg(min).arg(max));
            return;
        }
        list.append(static_cast<int>(number));
    }
    *out = list;
}

bool isHeaderToken(const QString &name)
{
    // RFC 7230 token characters
    static const QString separators = QStringLiteral("()<>@,;:\\\"/[]?={} \t");
    if (name.isEmpty())
        return false;
    for (QChar c : name) {
        if (c.unicode() <= 32 || c.unicode() >= 127 || separators.contains(c))
            return false;
    }
    return true;
}

// {"name": ..., "kind": ..., "payload": ...}; a json payload may also be
// written as the object or array itself, as a person editing the file would.
void readTemplates(JsonObjectReader &reader, QList<ConfigIssue> *issues, QList<SendTemplate> *out)
{
    const QJsonValue value = reader.value(QStringLiteral("templates"));
    if (value.isUndefined())
        return;
    if (!value.isArray()) {
        reader.addError(
            QStringLiteral("templates"),
            ConnectionConfig::tr("must be a list of {\"name\", \"kind\", \"payload\"} objects"));
        return;
    }
    const QJsonArray array = value.toArray();
    QList<SendTemplate> templates;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString key = QStringLiteral("templates[%1]").arg(i);
        if (!array.at(i).isObject()) {
            reader.addError(
                key,
                ConnectionConfig::tr("must be an object with \"name\", \"kind\" and \"payload\""));
            continue;
        }
        JsonObjectReader entry(array.at(i).toObject(), reader.pathOf(key), issues);
        SendTemplate sendTemplate;
        entry.readString(QStringLiteral("name"), &sendTemplate.name);
        readEnum(entry, QStringLiteral("kind"), templateKinds, &sendTemplate.kind);
        const QJsonValue payload = entry.value(QStringLiteral("payload"));
        if (payload.isString()) {
            const QString text = payload.toString();
            if (sendTemplate.kind != SendTemplate::Kind::Binary) {
                sendTemplate.payload = text.toUtf8();
            } else {
                auto decoded = QByteArray::fromBase64Encoding(
                    text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded)
                    entry.addError(QStringLiteral("payload"),
                                   ConnectionConfig::tr("must be base64 for a binary template"));
                sendTemplate.payload = *decoded;
            }
        } else if ((payload.isObject() || payload.isArray())
                   && sendTemplate.kind == SendTemplate::Kind::Json) {
            sendTemplate.payload = payload.isObject()
                ? QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact)
                : QJsonDocument(payload.toArray()).toJson(QJsonDocument::Compact);
        } else if (!payload.isUndefined()) {
            entry.addError(QStringLiteral("payload"), ConnectionConfig::tr("must be a string"));
        }
        entry.reportUnknownKeys();
        templates.append(sendTemplate);
    }
    *out = templates;
}

} // namespace

QString AuthConfig::modeName(Mode mode)
{
    return enumName(mode, authModes);
}

QString ProxyConfig::modeName(Mode mode)
{
    return enumName(mode, proxyModes);
}

QString ConnectionConfig::protocolName(Protocol protocol)
{
    return enumName(protocol, protocols);
}

QString SendTemplate::kindName(Kind kind)
{
    return enumName(kind, templateKinds);
}

const SendTemplate *ConnectionConfig::findTemplate(const QString &templateName) const
{
    for (const SendTemplate &sendTemplate : templates) {
        if (sendTemplate.name == templateName)
            return &sendTemplate;
    }
    return nullptr;
}

void ConnectionConfig::setTemplate(const SendTemplate &sendTemplate)
{
    for (SendTemplate &existing : templates) {
        if (existing.name == sendTemplate.name) {
            existing = sendTemplate;
            return;
        }
    }
    templates.append(sendTemplate);
}

bool ConnectionConfig::removeTemplate(const QString &templateName)
{
    return templates.removeIf([&](const SendTemplate &sendTemplate) {
        return sendTemplate.name == templateName;
    }) > 0;
}

QList<ConfigIssue> validateWebSocketUrl(const QString &text, const QString &path)
{
    if (text.trimmed().isEmpty()) {
        return { { ConfigIssue::Severity::Error, path,
                   ConnectionConfig::tr("is empty: enter a ws:// or wss:// URL") } };
    }
    return validateWebSocketUrl(QUrl(text.trimmed(), QUrl::StrictMode), path);
}

QList<ConfigIssue> validateWebSocketUrl(const QUrl &url, const QString &path)
{
    auto error = [&](const QString &message) {
        return QList<ConfigIssue> { { ConfigIssue::Severity::Error, path, message } };
    };
    if (!url.isValid()) {
        if (url.errorString().contains(QLatin1String("port"), Qt::CaseInsensitive))
            return error(ConnectionConfig::tr("the port must be a number from 1 to 65535"));
        if (url.isEmpty())
            return error(ConnectionConfig::tr("is empty: enter a ws:// or wss:// URL"));
        if (url.scheme().isEmpty())
            return error(ConnectionConfig::tr("has no scheme: start it with ws:// or wss://"));
        return error(ConnectionConfig::tr("is not a valid URL: %1").arg(url.errorString()));
    }
    if (url.isEmpty())
        return error(ConnectionConfig::tr("is empty: enter a ws:// or wss:// URL"));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        return error(ConnectionConfig::tr("the scheme must be ws or wss, not %1 (did you mean %2?)")
                         .arg(scheme,
                              scheme == QLatin1String("http") ? QStringLiteral("ws://")
                                                              : QStringLiteral("wss://")));
    }
    if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss")) {
        return error(
            scheme.isEmpty()
                ? ConnectionConfig::tr("has no scheme: start it with ws:// or wss://")
                : ConnectionConfig::tr("the scheme must be ws or wss, not %1").arg(scheme));
    }
    if (url.host().isEmpty())
        return error(ConnectionConfig::tr("has no host name"));
    if (url.port() == 0)
        return error(ConnectionConfig::tr("the port must be a number from 1 to 65535"));
    if (url.hasFragment())
        return error(ConnectionConfig::tr(
            "must not have a fragment (#...): WebSocket URLs cannot carry one"));
    return {};
}

QList<ConfigIssue> ConnectionConfig::validate() const
{
    QList<ConfigIssue> issues = validateWebSocketUrl(url);
    auto add = [&issues](const QString &path, const QString &message) {
        issues.append({ ConfigIssue::Severity::Error, path, message });
    };
    auto positive = [&](const QString &path, qint64 value) {
        if (value <= 0)
            add(path, tr("must be greater than 0"));
    };

    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString path = QStringLiteral("headers[%1]").arg(i);
        if (!isHeaderToken(headers.at(i).name))
            add(path + QLatin1String(".name"),
                tr("\"%1\" is not a valid HTTP header name").arg(headers.at(i).name));
        if (headers.at(i).value.contains(QLatin1Char('\r'))
            || headers.at(i).value.contains(QLatin1Char('\n')))
            add(path + QLatin1String(".value"), tr("must not contain line breaks"));
    }
    for (qsizetype i = 0; i < subprotocols.size(); ++i) {
        if (!isHeaderToken(subprotocols.at(i)))
            add(QStringLiteral("subprotocols[%1]").arg(i),
                tr("\"%1\" is not a valid subprotocol name").arg(subprotocols.at(i)));
    }
    if (auth.mode == AuthConfig::Mode::QueryParameter && auth.queryParameter.isEmpty())
        add(QStringLiteral("auth.query_parameter"), tr("must not be empty"));

    positive(QStringLiteral("connect_timeout_ms"), connectTimeoutMs);
    positive(QStringLiteral("close_timeout_ms"), closeTimeoutMs);
    positive(QStringLiteral("heartbeat.interval_ms"), heartbeat.intervalMs);
    positive(QStringLiteral("heartbeat.timeout_ms"), heartbeat.timeoutMs);
    positive(QStringLiteral("heartbeat.max_missed"), heartbeat.maxMissed);
    positive(QStringLiteral("heartbeat.min_interval_ms"), heartbeat.minIntervalMs);
    positive(QStringLiteral("heartbeat.max_interval_ms"), heartbeat.maxIntervalMs);
    if (heartbeat.minIntervalMs > heartbeat.maxIntervalMs)
        add(QStringLiteral("heartbeat.min_interval_ms"),
            tr("must not be greater than heartbeat.max_interval_ms"));
    positive(QStringLiteral("reconnect.initial_delay_ms"), reconnect.initialDelayMs);
    positive(QStringLiteral("reconnect.max_delay_ms"), reconnect.maxDelayMs);
    if (reconnect.initialDelayMs > reconnect.maxDelayMs)
        add(QStringLiteral("reconnect.initial_delay_ms"),
            tr("must not be greater than reconnect.max_delay_ms"));
    if (reconnect.multiplier < 1.0)
        add(QStringLiteral("reconnect.multiplier"), tr("must be at least 1"));
    if (reconnect.jitter < 0.0 || reconnect.jitter > 1.0)
        add(QStringLiteral("reconnect.jitter"), tr("must be between 0 and 1"));
    if (reconnect.maxAttempts < 0)
        add(QStringLiteral("reconnect.max_attempts"), tr("must be 0 (unlimited) or more"));
    if (reconnect.resetAfterMs < 0)
        add(QStringLiteral("reconnect.reset_after_ms"), tr("must be 0 or more"));
    for (qsizetype i = 0; i < reconnect.scheduleMs.size(); ++i) {
        if (reconnect.scheduleMs.at(i) <= 0)
            add(QStringLiteral("reconnect.schedule_ms[%1]").arg(i), tr("must be greater than 0"));
    }
    if (messageQueueSize <= 0)
        add(QStringLiteral("message_queue_size"),
            tr("must be at least 1: a queue of 0 could never send anything"));
    positive(QStringLiteral("outbound_high_water_bytes"), outboundHighWaterBytes);
    positive(QStringLiteral("max_incoming_message_size"), maxIncomingMessageSize);
    positive(QStringLiteral("max_outgoing_message_size"), maxOutgoingMessageSize);
    if (maxIncomingMessageSize > maxMessageSize)
        add(QStringLiteral("max_incoming_message_size"), tr("must be at most 1 GiB"));
    if (maxOutgoingMessageSize > maxMessageSize)
        add(QStringLiteral("max_outgoing_message_size"), tr("must be at most 1 GiB"));

    if (tls.clientCertificateFile.isEmpty() != tls.clientKeyFile.isEmpty())
        add(tls.clientKeyFile.isEmpty() ? QStringLiteral("tls.client_key_file")
                                        : QStringLiteral("tls.client_certificate_file"),
            tr("a client certificate needs both the certificate and the key file"));
    if (!tls.allowInsecure && !tls.allowedErrors.isEmpty())
        add(QStringLiteral("tls.allowed_errors"),
            tr("is only honoured with tls.allow_insecure set to true"));
    if (tls.allowInsecure && tls.allowedErrors.isEmpty())
        add(QStringLiteral("tls.allowed_errors"),
            tr("must list the certificate errors tls.allow_insecure accepts, for example "
               "[\"SelfSignedCertificate\"]: nothing is accepted wholesale"));
    const QMetaEnum sslErrors = QMetaEnum::fromType<QSslError::SslError>();
    for (qsizetype i = 0; i < tls.allowedErrors.size(); ++i) {
        bool known = false;
        const int value =
            sslErrors.keyToValue(tls.allowedErrors.at(i).toLatin1().constData(), &known);
        if (!known || value == QSslError::NoError)
            add(QStringLiteral("tls.allowed_errors[%1]").arg(i),
                tr("\"%1\" is not a certificate error name (QSslError), such as "
                   "SelfSignedCertificate or HostNameMismatch")
                    .arg(tls.allowedErrors.at(i)));
    }
    for (qsizetype i = 0; i < tls.spkiPins.size(); ++i) {
        const QByteArray pin = QByteArray::fromBase64(tls.spkiPins.at(i).toLatin1());
        if (pin.size() != 32)
            add(QStringLiteral("tls.spki_pins[%1]").arg(i),
                tr("must be the base64 of a SHA-256 digest (32 bytes)"));
    }

    const bool explicitProxy =
        proxy.mode == ProxyConfig::Mode::Http || proxy.mode == ProxyConfig::Mode::Socks5;
    if (explicitProxy && proxy.host.isEmpty())
        add(QStringLiteral("proxy.host"), tr("is needed for an http or socks5 proxy"));
    if (explicitProxy && (proxy.port < 1 || proxy.port > 65535))
        add(QStringLiteral("proxy.port"), tr("must be a number from 1 to 65535"));

    issues.append(phoenix.validate());

    QStringList templateNames;
    for (qsizetype i = 0; i < templates.size(); ++i) {
        const SendTemplate &sendTemplate = templates.at(i);
        const QString path = QStringLiteral("templates[%1]").arg(i);
        if (sendTemplate.name.trimmed().isEmpty())
            add(path + QLatin1String(".name"), tr("must not be empty"));
        else if (templateNames.contains(sendTemplate.name))
            add(path + QLatin1String(".name"),
                tr("\"%1\" is the name of an earlier template").arg(sendTemplate.name));
        templateNames.append(sendTemplate.name);
        if (sendTemplate.kind == SendTemplate::Kind::Json) {
            QJsonParseError error;
            QJsonDocument::fromJson(sendTemplate.payload, &error);
            if (error.error != QJsonParseError::NoError)
                add(path + QLatin1String(".payload"),
                    tr("is not valid JSON: %1 at offset %2")
                        .arg(error.errorString())
                        .arg(error.offset));
        }
        if (sendTemplate.kind != SendTemplate::Kind::Binary) {
            const QString text = QString::fromUtf8(sendTemplate.payload);
            if (redaction::sensitiveValues(text) != text)
                issues.append({ ConfigIssue::Severity::Warning, path + QLatin1String(".payload"),
                                tr("seems to hold a credential: templates are stored in plain "
                                   "text with the profile") });
        }
    }
    return issues;
}

QJsonObject ConnectionConfig::toJson() const
{
    QJsonArray headerArray;
    for (const HttpHeader &header : headers)
        headerArray.append(QJsonObject { { QLatin1String("name"), header.name },
                                         { QLatin1String("value"), header.value } });

    QJsonObject authJson { { QLatin1String("mode"), AuthConfig::modeName(auth.mode) },
                           { QLatin1String("query_parameter"), auth.queryParameter } };
    if (auth.tokenSource.isSet())
        authJson.insert(QLatin1String("token"), auth.tokenSource.toJson());

    QJsonObject tlsJson { { QLatin1String("ca_file"), tls.caFile },
                          { QLatin1String("client_certificate_file"), tls.clientCertificateFile },
                          { QLatin1String("client_key_file"), tls.clientKeyFile },
                          { QLatin1String("spki_pins"), QJsonArray::fromStringList(tls.spkiPins) },
                          { QLatin1String("allow_insecure"), tls.allowInsecure },
                          { QLatin1String("allowed_errors"),
                            QJsonArray::fromStringList(tls.allowedErrors) } };
    if (tls.keyPassphrase.isSet())
        tlsJson.insert(QLatin1String("key_passphrase"), tls.keyPassphrase.toJson());

    QJsonObject proxyJson { { QLatin1String("mode"), ProxyConfig::modeName(proxy.mode) },
                            { QLatin1String("host"), proxy.host },
                            { QLatin1String("port"), proxy.port },
                            { QLatin1String("user"), proxy.user } };
    if (proxy.password.isSet())
        proxyJson.insert(QLatin1String("password"), proxy.password.toJson());

    QJsonObject json {
        { QLatin1String("name"), name },
        { QLatin1String("url"), url.toString(QUrl::FullyEncoded) },
        { QLatin1String("protocol"), protocolName(protocol) },
        { QLatin1String("headers"), headerArray },
        { QLatin1String("subprotocols"), QJsonArray::fromStringList(subprotocols) },
        { QLatin1String("auth"), authJson },
        { QLatin1String("connect_timeout_ms"), connectTimeoutMs },
        { QLatin1String("close_timeout_ms"), closeTimeoutMs },
        { QLatin1String("heartbeat"),
          QJsonObject {
              { QLatin1String("enabled"), heartbeat.enabled },
              { QLatin1String("strategy"), enumName(heartbeat.strategy, heartbeatStrategies) },
              { QLatin1String("interval_ms"), heartbeat.intervalMs },
              { QLatin1String("timeout_ms"), heartbeat.timeoutMs },
              { QLatin1String("max_missed"), heartbeat.maxMissed },
              { QLatin1String("adaptive"), heartbeat.adaptive },
              { QLatin1String("min_interval_ms"), heartbeat.minIntervalMs },
              { QLatin1String("max_interval_ms"), heartbeat.maxIntervalMs } } },
        { QLatin1String("reconnect"),
          QJsonObject { { QLatin1String("enabled"), reconnect.enabled },
                        { QLatin1String("initial_delay_ms"), reconnect.initialDelayMs },
                        { QLatin1String("max_delay_ms"), reconnect.maxDelayMs },
                        { QLatin1String("multiplier"), reconnect.multiplier },
                        { QLatin1String("jitter"), reconnect.jitter },
                        { QLatin1String("max_attempts"), reconnect.maxAttempts },
                        { QLatin1String("reset_after_ms"), reconnect.resetAfterMs },
                        { QLatin1String("schedule_ms"), intArray(reconnect.scheduleMs) } } },
        { QLatin1String("message_queue_size"), messageQueueSize },
        { QLatin1String("outbound_high_water_bytes"), outboundHighWaterBytes },
        { QLatin1String("max_incoming_message_size"), maxIncomingMessageSize },
        { QLatin1String("max_outgoing_message_size"), maxOutgoingMessageSize },
        { QLatin1String("tls"), tlsJson },
        { QLatin1String("proxy"), proxyJson },
    };
    if (protocol == Protocol::Phoenix || phoenix != PhoenixConfig())
        json.insert(QLatin1String("phoenix"), phoenix.toJson());
    if (!templates.isEmpty()) {
        QJsonArray templateArray;
        for (const SendTemplate &sendTemplate : templates) {
            const QString payload = sendTemplate.kind == SendTemplate::Kind::Binary
                ? QString::fromLatin1(sendTemplate.payload.toBase64())
                : QString::fromUtf8(sendTemplate.payload);
            templateArray.append(
                QJsonObject { { QLatin1String("name"), sendTemplate.name },
                              { QLatin1String("kind"), SendTemplate::kindName(sendTemplate.kind) },
                              { QLatin1String("payload"), payload } });
        }
        json.insert(QLatin1String("templates"), templateArray);
    }
    if (!record)
        json.insert(QLatin1String("record"), false);
    return json;
}

ConnectionConfig ConnectionConfig::fromJson(const QJsonObject &json, QList<ConfigIssue> *issues)
{
    QList<ConfigIssue> local;
    if (!issues)
        issues = &local;
    ConnectionConfig config;
    JsonObjectReader root(json, QString(), issues);

    root.readString(QStringLiteral("name"), &config.name);
    QString urlText;
    root.readString(QStringLiteral("url"), &urlText);
    if (!json.contains(QLatin1String("url")))
        root.addError(QStringLiteral("url"), tr("is missing"));
    else if (const QList<ConfigIssue> urlIssues = validateWebSocketUrl(urlText);
             !urlIssues.isEmpty())
        issues->append(urlIssues);
    config.url = QUrl(urlText.trimmed(), QUrl::StrictMode);
    readEnum(root, QStringLiteral("protocol"), protocols, &config.protocol);
    JsonObjectReader phoenix(root.readObject(QStringLiteral("phoenix")), QStringLiteral("phoenix"),
                             issues);
    config.phoenix = PhoenixConfig::fromJson(phoenix);
    readHeaders(root, &config.headers);
    root.readStringList(QStringLiteral("subprotocols"), &config.subprotocols);

    JsonObjectReader auth(root.readObject(QStringLiteral("auth")), QStringLiteral("auth"), issues);
    readEnum(auth, QStringLiteral("mode"), authModes, &config.auth.mode);
    auth.readString(QStringLiteral("query_parameter"), &config.auth.queryParameter);
    readSecret(auth, QStringLiteral("token"), &config.auth.tokenSource);
    auth.reportUnknownKeys();

    root.readInt(QStringLiteral("connect_timeout_ms"), &config.connectTimeoutMs, 1, maxTimeoutMs);
    root.readInt(QStringLiteral("close_timeout_ms"), &config.closeTimeoutMs, 1, maxTimeoutMs);

    JsonObjectReader hb(root.readObject(QStringLiteral("heartbeat")), QStringLiteral("heartbeat"),
                        issues);
    hb.readBool(QStringLiteral("enabled"), &config.heartbeat.enabled);
    readEnum(hb, QStringLiteral("strategy"), heartbeatStrategies, &config.heartbeat.strategy);
    hb.readInt(QStringLiteral("interval_ms"), &config.heartbeat.intervalMs, 1, maxTimeoutMs);
    hb.readInt(QStringLiteral("timeout_ms"), &config.heartbeat.timeoutMs, 1, maxTimeoutMs);
    hb.readInt(QStringLiteral("max_missed"), &config.heartbeat.maxMissed, 1, 1000);
    hb.readBool(QStringLiteral("adaptive"), &config.heartbeat.adaptive);
    hb.readInt(QStringLiteral("min_interval_ms"), &config.heartbeat.minIntervalMs, 1, maxTimeoutMs);
    hb.readInt(QStringLiteral("max_interval_ms"), &config.heartbeat.maxIntervalMs, 1, maxTimeoutMs);
    hb.reportUnknownKeys();

    JsonObjectReader rc(root.readObject(QStringLiteral("reconnect")), QStringLiteral("reconnect"),
                        issues);
    rc.readBool(QStringLiteral("enabled"), &config.reconnect.enabled);
    rc.readInt(QStringLiteral("initial_delay_ms"), &config.reconnect.initialDelayMs, 1,
               maxTimeoutMs);
    rc.readInt(QStringLiteral("max_delay_ms"), &config.reconnect.maxDelayMs, 1, maxTimeoutMs);
    rc.readDouble(QStringLiteral("multiplier"), &config.reconnect.multiplier, 1.0, 100.0);
    rc.readDouble(QStringLiteral("jitter"), &config.reconnect.jitter, 0.0, 1.0);
    rc.readInt(QStringLiteral("max_attempts"), &config.reconnect.maxAttempts, 0, 1000000);
    rc.readInt(QStringLiteral("reset_after_ms"), &config.reconnect.resetAfterMs, 0, maxTimeoutMs);
    readIntList(rc, QStringLiteral("schedule_ms"), &config.reconnect.scheduleMs, 1, maxTimeoutMs);
    rc.reportUnknownKeys();

    root.readInt(QStringLiteral("message_queue_size"), &config.messageQueueSize, 1, 10000000);
    root.readInt64(QStringLiteral("outbound_high_water_bytes"), &config.outboundHighWaterBytes, 1,
                   maxMessageSize);
    root.readInt64(QStringLiteral("max_incoming_message_size"), &config.maxIncomingMessageSize, 1,
                   maxMessageSize);
    root.readInt64(QStringLiteral("max_outgoing_message_size"), &config.maxOutgoingMessageSize, 1,
                   maxMessageSize);

    JsonObjectReader tls(root.readObject(QStringLiteral("tls")), QStringLiteral("tls"), issues);
    tls.readString(QStringLiteral("ca_file"), &config.tls.caFile);
    tls.readString(QStringLiteral("client_certificate_file"), &config.tls.clientCertificateFile);
    tls.readString(QStringLiteral("client_key_file"), &config.tls.clientKeyFile);
    readSecret(tls, QStringLiteral("key_passphrase"), &config.tls.keyPassphrase);
    tls.readStringList(QStringLiteral("spki_pins"), &config.tls.spkiPins);
    tls.readBool(QStringLiteral("allow_insecure"), &config.tls.allowInsecure);
    tls.readStringList(QStringLiteral("allowed_errors"), &config.tls.allowedErrors);
    tls.reportUnknownKeys();

    JsonObjectReader proxy(root.readObject(QStringLiteral("proxy")), QStringLiteral("proxy"),
                           issues);
    readEnum(proxy, QStringLiteral("mode"), proxyModes, &config.proxy.mode);
    proxy.readString(QStringLiteral("host"), &config.proxy.host);
    proxy.readInt(QStringLiteral("port"), &config.proxy.port, 0, 65535);
    proxy.readString(QStringLiteral("user"), &config.proxy.user);
    readSecret(proxy, QStringLiteral("password"), &config.proxy.password);
    proxy.reportUnknownKeys();

    readTemplates(root, issues, &config.templates);
    root.readBool(QStringLiteral("record"), &config.record);

    root.reportUnknownKeys();

    // Cross-field rules (min <= max, pins, proxy host) come from validate();
    // skip what the readers above already reported for the same path.
    for (const ConfigIssue &issue : config.validate()) {
        const bool known =
            std::any_of(issues->cbegin(), issues->cend(),
                        [&](const ConfigIssue &seen) { return seen.path == issue.path; });
        if (!known)
            issues->append(issue);
    }
    return config;
}

ConnectionConfig ConnectionConfig::fromFile(const QString &path, QList<ConfigIssue> *issues)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        issues->append({ ConfigIssue::Severity::Error, QString(),
                         tr("cannot read profile %1: %2").arg(path, file.errorString()) });
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        issues->append({ ConfigIssue::Severity::Error, QString(),
                         tr("profile %1 is not valid JSON: %2 at offset %3")
                             .arg(path, parseError.errorString())
                             .arg(parseError.offset) });
        return {};
    }
    if (!document.isObject()) {
        issues->append({ ConfigIssue::Severity::Error, QString(),
                         tr("profile %1 must contain a JSON object").arg(path) });
        return {};
    }
    return fromJson(document.object(), issues);
}

bool ConnectionConfig::saveToFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QUrl ConnectionConfig::effectiveUrl() const
{
    if (auth.mode != AuthConfig::Mode::QueryParameter || auth.token.isEmpty())
        return url;
    QUrl withToken = url;
    QUrlQuery query(withToken);
    query.removeAllQueryItems(auth.queryParameter);
    query.addQueryItem(auth.queryParameter,
                       QString::fromLatin1(QUrl::toPercentEncoding(auth.token)));
    withToken.setQuery(query);
    return withToken;
}

QString ConnectionConfig::displayUrl() const
{
    const QString shown = redaction::url(effectiveUrl(), { auth.queryParameter });
    return redaction::text(shown, { auth.token });
}

bool operator==(const ConnectionConfig &a, const ConnectionConfig &b)
{
    // Compare through JSON: every persisted field, in one place; plus the
    // run-time token, which JSON leaves out on purpose.
    return a.toJson() == b.toJson() && a.auth.token == b.auth.token;
}

} // namespace maxmon
