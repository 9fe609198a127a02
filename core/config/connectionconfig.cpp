#include "config/configjson.h"

#include <maxmon/connectionconfig.h>
#include <maxmon/jsonobjectreader.h>
#include <maxmon/redaction.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrlQuery>

namespace maxmon {

namespace {

constexpr qint64 maxMessageSize = 1024LL * 1024 * 1024; // QWebSocket's own limit is 2 GiB - 1

const configjson::EnumNames<ConnectionConfig::Protocol, 2> protocols = {
    { ConnectionConfig::Protocol::WebSocket, "websocket" },
    { ConnectionConfig::Protocol::Phoenix, "phoenix" },
};

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

void readVariables(JsonObjectReader &reader, QList<ProfileVariable> *out)
{
    const QJsonValue value = reader.value(QStringLiteral("variables"));
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        reader.addError(QStringLiteral("variables"),
                        ConnectionConfig::tr("must be an object of names and values, for "
                                             "example {\"user\": \"alice\"}"));
        return;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = QStringLiteral("variables.%1").arg(it.key());
        ProfileVariable variable { it.key(), QString(), SecretRef() };
        if (it.value().isString()) {
            variable.value = it.value().toString();
        } else if (QString why; !it.value().isObject()
                   || !SecretRef::fromJson(it.value(), &variable.secret, &why)
                   || !variable.secret.isSet()) {
            reader.addError(key,
                            ConnectionConfig::tr("must be a string, or for a secret where it "
                                                 "lives, for example {\"keychain\": \"key\"}"));
            continue;
        }
        out->append(variable);
    }
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

void readTemplates(JsonObjectReader &reader, QList<SendTemplate> *out)
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
        JsonObjectReader entry = reader.nested(array.at(i).toObject(), key);
        templates.append(SendTemplate::fromJson(entry));
    }
    *out = templates;
}

} // namespace

QString ConnectionConfig::protocolName(Protocol protocol)
{
    return configjson::enumName(protocol, protocols);
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

QUrl parseWebSocketUrl(const QString &text)
{
    QString escaped;
    int depth = 0; // inside "{{ ... }}" a space is allowed too
    for (QChar c : text.trimmed()) {
        if (c == QLatin1Char('{'))
            ++depth;
        else if (c == QLatin1Char('}'))
            depth = std::max(0, depth - 1);
        if (c == QLatin1Char('{') || c == QLatin1Char('}') || (c == QLatin1Char(' ') && depth > 0))
            escaped += QLatin1Char('%')
                + QString::number(c.unicode(), 16).toUpper().rightJustified(2, QLatin1Char('0'));
        else
            escaped += c;
    }
    return QUrl(escaped, QUrl::StrictMode);
}

QString webSocketUrlText(const QUrl &url)
{
    QString text = url.toString();
    text.replace(QLatin1String("%7B"), QLatin1String("{"), Qt::CaseInsensitive);
    text.replace(QLatin1String("%7D"), QLatin1String("}"), Qt::CaseInsensitive);
    return text;
}

QList<ConfigIssue> validateWebSocketUrl(const QString &text, const QString &path)
{
    if (text.trimmed().isEmpty()) {
        return { { ConfigIssue::Severity::Error, path,
                   ConnectionConfig::tr("is empty: enter a ws:// or wss:// URL") } };
    }
    return validateWebSocketUrl(parseWebSocketUrl(text), path);
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
    issues.append(auth.validate());
    positive(QStringLiteral("connect_timeout_ms"), connectTimeoutMs);
    positive(QStringLiteral("close_timeout_ms"), closeTimeoutMs);
    issues.append(heartbeat.validate());
    issues.append(reconnect.validate());
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
    issues.append(tls.validate());
    issues.append(proxy.validate());
    issues.append(phoenix.validate());

    for (const ProfileVariable &variable : variables) {
        if (!Variables::isValidName(variable.name))
            add(QStringLiteral("variables.%1").arg(variable.name),
                tr("\"%1\" is not a valid variable name: use letters, digits and _, not "
                   "starting with a digit")
                    .arg(variable.name));
    }
    QStringList templateNames;
    for (qsizetype i = 0; i < templates.size(); ++i) {
        const SendTemplate &sendTemplate = templates.at(i);
        const QString path = QStringLiteral("templates[%1]").arg(i);
        if (!sendTemplate.name.trimmed().isEmpty() && templateNames.contains(sendTemplate.name))
            add(path + QLatin1String(".name"),
                tr("\"%1\" is the name of an earlier template").arg(sendTemplate.name));
        templateNames.append(sendTemplate.name);
        issues.append(sendTemplate.validate(path));
    }
    return issues;
}

QJsonObject ConnectionConfig::toJson() const
{
    QJsonArray headerArray;
    for (const HttpHeader &header : headers)
        headerArray.append(QJsonObject { { QLatin1String("name"), header.name },
                                         { QLatin1String("value"), header.value } });

    QJsonObject json {
        { QLatin1String("name"), name },
        { QLatin1String("url"), url.toString(QUrl::FullyEncoded) },
        { QLatin1String("protocol"), protocolName(protocol) },
        { QLatin1String("headers"), headerArray },
        { QLatin1String("subprotocols"), QJsonArray::fromStringList(subprotocols) },
        { QLatin1String("auth"), auth.toJson() },
        { QLatin1String("connect_timeout_ms"), connectTimeoutMs },
        { QLatin1String("close_timeout_ms"), closeTimeoutMs },
        { QLatin1String("heartbeat"), heartbeat.toJson() },
        { QLatin1String("reconnect"), reconnect.toJson() },
        { QLatin1String("message_queue_size"), messageQueueSize },
        { QLatin1String("outbound_high_water_bytes"), outboundHighWaterBytes },
        { QLatin1String("max_incoming_message_size"), maxIncomingMessageSize },
        { QLatin1String("max_outgoing_message_size"), maxOutgoingMessageSize },
        { QLatin1String("tls"), tls.toJson() },
        { QLatin1String("proxy"), proxy.toJson() },
    };
    if (protocol == Protocol::Phoenix || phoenix != PhoenixConfig())
        json.insert(QLatin1String("phoenix"), phoenix.toJson());
    if (!templates.isEmpty()) {
        QJsonArray templateArray;
        for (const SendTemplate &sendTemplate : templates)
            templateArray.append(sendTemplate.toJson());
        json.insert(QLatin1String("templates"), templateArray);
    }
    if (!record)
        json.insert(QLatin1String("record"), false);
    if (!variables.isEmpty()) {
        QJsonObject variableObject;
        for (const ProfileVariable &variable : variables)
            variableObject.insert(variable.name,
                                  variable.isSecret() ? variable.secret.toJson()
                                                      : QJsonValue(variable.value));
        json.insert(QLatin1String("variables"), variableObject);
    }
    return json;
}

ConnectionConfig ConnectionConfig::fromJson(const QJsonObject &json, QList<ConfigIssue> *issues)
{
    using configjson::maxTimeoutMs;
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
    config.url = parseWebSocketUrl(urlText);
    configjson::readEnum(root, QStringLiteral("protocol"), protocols, &config.protocol);
    JsonObjectReader phoenix = root.readSection(QStringLiteral("phoenix"));
    config.phoenix = PhoenixConfig::fromJson(phoenix);
    readHeaders(root, &config.headers);
    root.readStringList(QStringLiteral("subprotocols"), &config.subprotocols);
    JsonObjectReader auth = root.readSection(QStringLiteral("auth"));
    config.auth = AuthConfig::fromJson(auth);
    root.readInt(QStringLiteral("connect_timeout_ms"), &config.connectTimeoutMs, 1, maxTimeoutMs);
    root.readInt(QStringLiteral("close_timeout_ms"), &config.closeTimeoutMs, 1, maxTimeoutMs);
    JsonObjectReader heartbeat = root.readSection(QStringLiteral("heartbeat"));
    config.heartbeat = HeartbeatConfig::fromJson(heartbeat);
    JsonObjectReader reconnect = root.readSection(QStringLiteral("reconnect"));
    config.reconnect = ReconnectConfig::fromJson(reconnect);
    root.readInt(QStringLiteral("message_queue_size"), &config.messageQueueSize, 1, 10000000);
    root.readInt64(QStringLiteral("outbound_high_water_bytes"), &config.outboundHighWaterBytes, 1,
                   maxMessageSize);
    root.readInt64(QStringLiteral("max_incoming_message_size"), &config.maxIncomingMessageSize, 1,
                   maxMessageSize);
    root.readInt64(QStringLiteral("max_outgoing_message_size"), &config.maxOutgoingMessageSize, 1,
                   maxMessageSize);
    JsonObjectReader tls = root.readSection(QStringLiteral("tls"));
    config.tls = TlsConfig::fromJson(tls);
    JsonObjectReader proxy = root.readSection(QStringLiteral("proxy"));
    config.proxy = ProxyConfig::fromJson(proxy);
    readTemplates(root, &config.templates);
    root.readBool(QStringLiteral("record"), &config.record);
    readVariables(root, &config.variables);
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
    QString shown = redaction::url(effectiveUrl(), { auth.queryParameter });
    // {{name}} references read as typed, not as QUrl encodes their braces
    shown.replace(QLatin1String("%7B"), QLatin1String("{"), Qt::CaseInsensitive);
    shown.replace(QLatin1String("%7D"), QLatin1String("}"), Qt::CaseInsensitive);
    return redaction::text(shown, { auth.token });
}

Variables ConnectionConfig::plainVariables() const
{
    Variables plain;
    for (const ProfileVariable &variable : variables) {
        if (!variable.isSecret())
            plain.set(Variables::Scope::Profile, variable.name, variable.value);
    }
    return plain;
}

bool operator==(const ConnectionConfig &a, const ConnectionConfig &b)
{
    // Compare through JSON: every persisted field, in one place; plus the
    // run-time token, which JSON leaves out on purpose.
    return a.toJson() == b.toJson() && a.auth.token == b.auth.token;
}

} // namespace maxmon
