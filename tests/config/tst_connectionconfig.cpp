// ConnectionConfig: JSON round trip without secrets, and a specific message
// with the field's path for every bad value.
#include "configtestutil.h"

#include <maxmon/connectionconfig.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace maxmon;
using maxmon::test::issueLines;
using maxmon::test::parseJsonObject;

class TestConnectionConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreValidOnceUrlIsSet();
    void roundTripKeepsEveryField();
    void tokenIsNeverWritten();
    void badFields_data();
    void badFields();
    void unknownKeysAreWarnings();
    void secretAsPlainStringIsRefused();
    void fileErrors();
    void effectiveAndDisplayUrl();
    void templatesRoundTrip();
    void templatesAreOptional();
    void templateJsonWrittenByHand();
    void badTemplates_data();
    void badTemplates();
    void templateWithCredentialWarns();
    void setAndRemoveTemplates();
    void phoenixRoundTrip();
    void plainProfilesHaveNoPhoenixBlock();
    void phoenixWrittenByHand();
    void badPhoenixFields_data();
    void badPhoenixFields();
    void phoenixParamsAsQuery();
    void phoenixParamWithCredentialWarns();
    void variablesInJson();
    void badVariables_data();
    void badVariables();
};

void TestConnectionConfig::defaultsAreValidOnceUrlIsSet()
{
    ConnectionConfig config;
    QVERIFY(!config.isValid());
    config.url = QUrl(QStringLiteral("wss://max.example/socket"));
    QVERIFY2(config.isValid(), qPrintable(issueLines(config.validate()).join(QLatin1Char('\n'))));
    QVERIFY(config.heartbeat.enabled);
    QVERIFY(config.reconnect.enabled);
    QVERIFY(!config.tls.allowInsecure);
}

void TestConnectionConfig::roundTripKeepsEveryField()
{
    ConnectionConfig config;
    config.name = QStringLiteral("Staging");
    config.url = QUrl(QStringLiteral("wss://max.example:8443/socket/websocket?vsn=2.0.0"));
    config.headers = { { QStringLiteral("X-Client"), QStringLiteral("maxmon") } };
    config.subprotocols = { QStringLiteral("phoenix") };
    config.auth.mode = AuthConfig::Mode::QueryParameter;
    config.auth.queryParameter = QStringLiteral("access");
    config.auth.tokenSource = { SecretRef::Source::Env, QStringLiteral("MAX_TOKEN") };
    config.connectTimeoutMs = 1234;
    config.closeTimeoutMs = 999;
    config.heartbeat = { true, HeartbeatConfig::Strategy::Application, 2000, 900, 3, false, 500,
                         9000 };
    config.reconnect = { true, 50, 8000, 1.5, 0.1, 7, 20000, { 10, 50, 5000 } };
    config.messageQueueSize = 77;
    config.outboundHighWaterBytes = 65536;
    config.maxIncomingMessageSize = 1 << 20;
    config.maxOutgoingMessageSize = 1 << 19;
    config.tls.caFile = QStringLiteral("/etc/max/ca.pem");
    config.tls.clientCertificateFile = QStringLiteral("/etc/max/client.pem");
    config.tls.clientKeyFile = QStringLiteral("/etc/max/client.key");
    config.tls.keyPassphrase = { SecretRef::Source::File, QStringLiteral("/run/pass") };
    config.tls.spkiPins = { QString::fromLatin1(QByteArray(32, 'x').toBase64()) };
    config.tls.allowInsecure = true;
    config.tls.allowedErrors = { QStringLiteral("SelfSignedCertificate") };
    config.templates = { { QStringLiteral("join"), SendTemplate::Kind::Json,
                           QByteArray(R"({"topic":"room:1", "event":"phx_join"})") },
                         { QStringLiteral("hello"), SendTemplate::Kind::Text, "h\xc3\xa9llo\n" },
                         { QStringLiteral("bytes"), SendTemplate::Kind::Binary,
                           QByteArray("\x00\xff\x10", 3) } };
    config.proxy = { ProxyConfig::Mode::Socks5,
                     QStringLiteral("127.0.0.1"),
                     1080,
                     QStringLiteral("me"),
                     { SecretRef::Source::Keychain, QStringLiteral("proxy") } };
    config.variables = { { QStringLiteral("room"), QStringLiteral("lobby"), SecretRef() },
                         { QStringLiteral("token"),
                           QString(),
                           { SecretRef::Source::Keychain, QStringLiteral("staging/token") } } };

    QList<ConfigIssue> issues;
    const ConnectionConfig back = ConnectionConfig::fromJson(config.toJson(), &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(issueLines(issues).join(QLatin1Char('\n'))));
    QCOMPARE(back.toJson(), config.toJson());
    QVERIFY(back == config);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.json"));
    QString error;
    QVERIFY2(config.saveToFile(path, &error), qPrintable(error));
    const ConnectionConfig fromDisk = ConnectionConfig::fromFile(path, &issues);
    QVERIFY(issues.isEmpty());
    QVERIFY(fromDisk == config);
}

void TestConnectionConfig::tokenIsNeverWritten()
{
    ConnectionConfig config;
    config.url = QUrl(QStringLiteral("ws://127.0.0.1:1/"));
    config.auth.mode = AuthConfig::Mode::BearerHeader;
    config.auth.token = QStringLiteral("never-on-disk-123");
    const QByteArray json = QJsonDocument(config.toJson()).toJson();
    QVERIFY(!json.contains("never-on-disk-123"));
}

void TestConnectionConfig::badFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("messagePart");

    auto row = [](const char *name, const char *json, const char *path, const char *part) {
        QTest::newRow(name) << QByteArray(json) << QString::fromLatin1(path)
                            << QString::fromLatin1(part);
    };
    row("missing url", R"({})", "url", "missing");
    row("http scheme", R"({"url":"http://h/"})", "url", "ws or wss");
    row("ftp scheme", R"({"url":"ftp://h/"})", "url", "not ftp");
    row("empty host", R"({"url":"ws://:80/"})", "url", "no host");
    row("port range", R"({"url":"ws://h:99999/"})", "url", "1 to 65535");
    row("url type", R"({"url":5})", "url", "string");
    row("timeout zero", R"({"url":"ws://h/","connect_timeout_ms":0})", "connect_timeout_ms",
        "between 1");
    row("timeout negative", R"({"url":"ws://h/","close_timeout_ms":-1})", "close_timeout_ms",
        "between 1");
    row("timeout fraction", R"({"url":"ws://h/","connect_timeout_ms":1.5})", "connect_timeout_ms",
        "whole number");
    row("queue zero", R"({"url":"ws://h/","message_queue_size":0})", "message_queue_size",
        "between 1");
    row("heartbeat interval", R"({"url":"ws://h/","heartbeat":{"interval_ms":0}})",
        "heartbeat.interval_ms", "between 1");
    row("heartbeat bool", R"({"url":"ws://h/","heartbeat":{"enabled":"yes"}})", "heartbeat.enabled",
        "true or false");
    row("heartbeat strategy", R"({"url":"ws://h/","heartbeat":{"strategy":"tcp"}})",
        "heartbeat.strategy", "ping, application");
    row("heartbeat min>max",
        R"({"url":"ws://h/","heartbeat":{"min_interval_ms":5000,"max_interval_ms":100}})",
        "heartbeat.min_interval_ms", "max_interval_ms");
    row("reconnect jitter", R"({"url":"ws://h/","reconnect":{"jitter":2}})", "reconnect.jitter",
        "between 0");
    row("auth mode", R"({"url":"ws://h/","auth":{"mode":"basic"}})", "auth.mode",
        "none, bearer, query, phoenix");
    row("auth not object", R"({"url":"ws://h/","auth":"bearer"})", "auth", "object");
    row("header name", R"({"url":"ws://h/","headers":[{"name":"Bad Name","value":"x"}]})",
        "headers[0].name", "not a valid");
    row("headers type", R"({"url":"ws://h/","headers":{"a":"b"}})", "headers", "list");
    row("subprotocol", R"({"url":"ws://h/","subprotocols":["a b"]})", "subprotocols[0]",
        "not a valid");
    row("subprotocol type", R"({"url":"ws://h/","subprotocols":[1]})", "subprotocols[0]", "string");
    row("pin", R"({"url":"ws://h/","tls":{"spki_pins":["abc"]}})", "tls.spki_pins[0]", "SHA-256");
    row("client cert without key",
        R"({"url":"ws://h/","tls":{"client_certificate_file":"/c.pem"}})", "tls.client_key_file",
        "both");
    row("allowed errors without insecure",
        R"({"url":"ws://h/","tls":{"allowed_errors":["SelfSignedCertificate"]}})",
        "tls.allowed_errors", "allow_insecure");
    row("insecure without a list", R"({"url":"wss://h/","tls":{"allow_insecure":true}})",
        "tls.allowed_errors", "nothing is accepted wholesale");
    row("unknown allowed error",
        R"({"url":"wss://h/","tls":{"allow_insecure":true,"allowed_errors":["All"]}})",
        "tls.allowed_errors[0]", "not a certificate error");
    row("proxy host", R"({"url":"ws://h/","proxy":{"mode":"http","port":8080}})", "proxy.host",
        "needed");
    row("proxy port", R"({"url":"ws://h/","proxy":{"mode":"socks5","host":"p","port":0}})",
        "proxy.port", "1 to 65535");
    row("proxy mode", R"({"url":"ws://h/","proxy":{"mode":"ftp"}})", "proxy.mode",
        "system, none, http, socks5");
}

void TestConnectionConfig::badFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, messagePart);

    QList<ConfigIssue> issues;
    ConnectionConfig::fromJson(QJsonDocument::fromJson(json).object(), &issues);
    const QStringList lines = issueLines(issues);
    bool found = false;
    for (const ConfigIssue &issue : std::as_const(issues)) {
        if (issue.isError() && issue.path == path && issue.message.contains(messagePart))
            found = true;
    }
    QVERIFY2(found,
             qPrintable(QStringLiteral("wanted %1: ...%2... in\n").arg(path, messagePart)
                        + lines.join(QLatin1Char('\n'))));
    QVERIFY(ConfigIssue::hasErrors(issues));
}

void TestConnectionConfig::unknownKeysAreWarnings()
{
    QList<ConfigIssue> issues;
    const ConnectionConfig config = ConnectionConfig::fromJson(
        parseJsonObject(
            R"({"url":"ws://h/","conect_timeout_ms":5,"heartbeat":{"intervall_ms":3}})"),
        &issues);
    QCOMPARE(issues.size(), 2);
    QVERIFY(!ConfigIssue::hasErrors(issues));
    QCOMPARE(issues.at(0).path, QStringLiteral("heartbeat.intervall_ms"));
    QCOMPARE(issues.at(1).path, QStringLiteral("conect_timeout_ms"));
    QVERIFY(issues.at(1).message.contains(QLatin1String("unknown")));
    QCOMPARE(config.url, QUrl(QStringLiteral("ws://h/")));
}

void TestConnectionConfig::secretAsPlainStringIsRefused()
{
    QList<ConfigIssue> issues;
    ConnectionConfig::fromJson(
        parseJsonObject(R"({"url":"ws://h/","auth":{"mode":"bearer","token":"abc"}})"), &issues);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.at(0).path, QStringLiteral("auth.token"));
    QVERIFY(issues.at(0).message.contains(QLatin1String("never stored")));

    issues.clear();
    ConnectionConfig::fromJson(
        parseJsonObject(
            R"({"url":"ws://h/","headers":[{"name":"Authorization","value":"Bearer x"}]})"),
        &issues);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.at(0).severity, ConfigIssue::Severity::Warning);
}

void TestConnectionConfig::fileErrors()
{
    QTemporaryDir dir;
    QList<ConfigIssue> issues;
    ConnectionConfig::fromFile(dir.filePath(QStringLiteral("missing.json")), &issues);
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.at(0).message.contains(QLatin1String("cannot read")));

    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"url\": \"ws://h/\",");
    file.close();
    issues.clear();
    ConnectionConfig::fromFile(broken, &issues);
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.at(0).message.contains(QLatin1String("not valid JSON")));
}

void TestConnectionConfig::effectiveAndDisplayUrl()
{
    ConnectionConfig config;
    config.url = QUrl(QStringLiteral("ws://h/socket?vsn=2.0.0"));
    config.auth.mode = AuthConfig::Mode::QueryParameter;
    config.auth.token = QStringLiteral("a&b=c");
    QCOMPARE(config.effectiveUrl().toString(QUrl::FullyEncoded),
             QStringLiteral("ws://h/socket?vsn=2.0.0&token=a%26b%3Dc"));
    QCOMPARE(config.displayUrl(), QStringLiteral("ws://h/socket?vsn=2.0.0&token=***"));

    config.auth.mode = AuthConfig::Mode::BearerHeader;
    QCOMPARE(config.effectiveUrl(), config.url);
}

void TestConnectionConfig::templatesRoundTrip()
{
    ConnectionConfig config;
    config.url = QUrl(QStringLiteral("ws://h/"));
    config.templates = { { QStringLiteral("spaced json"), SendTemplate::Kind::Json,
                           QByteArray("{\n  \"a\": [1, 2.50]\n}") },
                         { QStringLiteral("binary"), SendTemplate::Kind::Binary,
                           QByteArray("\x00\x01\xfe\xff", 4) } };
    const QJsonObject json = config.toJson();
    const QJsonArray array = json.value(QLatin1String("templates")).toArray();
    QCOMPARE(array.size(), 2);
    // json as typed (spacing and number spelling kept), binary as base64
    QCOMPARE(array.at(0).toObject().value(QLatin1String("payload")).toString(),
             QStringLiteral("{\n  \"a\": [1, 2.50]\n}"));
    QCOMPARE(array.at(1).toObject(),
             (QJsonObject { { QLatin1String("name"), QStringLiteral("binary") },
                            { QLatin1String("kind"), QStringLiteral("binary") },
                            { QLatin1String("payload"), QStringLiteral("AAH+/w==") } }));
    QList<ConfigIssue> issues;
    const ConnectionConfig back = ConnectionConfig::fromJson(json, &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(issueLines(issues).join(QLatin1Char('\n'))));
    QCOMPARE(back.templates, config.templates);
}

void TestConnectionConfig::templatesAreOptional()
{
    ConnectionConfig config;
    config.url = QUrl(QStringLiteral("ws://h/"));
    QVERIFY(!config.toJson().contains(QLatin1String("templates")));
    QList<ConfigIssue> issues;
    const ConnectionConfig back =
        ConnectionConfig::fromJson(parseJsonObject(R"({"url":"ws://h/"})"), &issues);
    QVERIFY(issues.isEmpty());
    QVERIFY(back.templates.isEmpty());
    QVERIFY(back == config);
}

void TestConnectionConfig::templateJsonWrittenByHand()
{
    QList<ConfigIssue> issues;
    const ConnectionConfig config = ConnectionConfig::fromJson(
        parseJsonObject(R"({"url":"ws://h/","templates":[{"name":"ping","kind":"json",
                  "payload":{"event":"ping","n":1}},{"name":"t","payload":"plain"}]})"),
        &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(issueLines(issues).join(QLatin1Char('\n'))));
    QCOMPARE(config.templates.size(), 2);
    QCOMPARE(config.templates.at(0).kind, SendTemplate::Kind::Json);
    QCOMPARE(QJsonDocument::fromJson(config.templates.at(0).payload).object(),
             parseJsonObject(R"({"event":"ping","n":1})"));
    QCOMPARE(config.templates.at(1).kind, SendTemplate::Kind::Text); // the default
    QCOMPARE(config.templates.at(1).payload, QByteArray("plain"));
}

void TestConnectionConfig::badTemplates_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("messagePart");
    auto row = [](const char *name, const char *json, const char *path, const char *part) {
        QTest::newRow(name) << QByteArray(json) << QString::fromLatin1(path)
                            << QString::fromLatin1(part);
    };
    row("not a list", R"({"url":"ws://h/","templates":{}})", "templates", "list");
    row("not an object", R"({"url":"ws://h/","templates":["x"]})", "templates[0]", "object");
    row("no name", R"({"url":"ws://h/","templates":[{"payload":"x"}]})", "templates[0].name",
        "empty");
    row("same name twice",
        R"({"url":"ws://h/","templates":[{"name":"a","payload":"1"},{"name":"a","payload":"2"}]})",
        "templates[1].name", "earlier template");
    row("kind", R"({"url":"ws://h/","templates":[{"name":"a","kind":"file","payload":"x"}]})",
        "templates[0].kind", "text, json, binary");
    row("bad json", R"({"url":"ws://h/","templates":[{"name":"a","kind":"json","payload":"{"}]})",
        "templates[0].payload", "not valid JSON");
    row("bad base64",
        R"({"url":"ws://h/","templates":[{"name":"a","kind":"binary","payload":"**"}]})",
        "templates[0].payload", "base64");
    row("payload type", R"({"url":"ws://h/","templates":[{"name":"a","payload":5}]})",
        "templates[0].payload", "string");
    row("unknown key", R"({"url":"ws://h/","templates":[{"name":"a","payload":"x","when":1}]})",
        "templates[0].when", "unknown");
}

void TestConnectionConfig::badTemplates()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, messagePart);
    QList<ConfigIssue> issues;
    ConnectionConfig::fromJson(QJsonDocument::fromJson(json).object(), &issues);
    bool found = false;
    for (const ConfigIssue &issue : std::as_const(issues)) {
        if (issue.path == path && issue.message.contains(messagePart))
            found = true;
    }
    QVERIFY2(found,
             qPrintable(QStringLiteral("wanted %1: ...%2... in\n").arg(path, messagePart)
                        + issueLines(issues).join(QLatin1Char('\n'))));
}

void TestConnectionConfig::templateWithCredentialWarns()
{
    ConnectionConfig config;
    config.url = QUrl(QStringLiteral("ws://h/"));
    config.templates = { { QStringLiteral("join"), SendTemplate::Kind::Json,
                           QByteArray(R"({"token":"abc"})") } };
    const QList<ConfigIssue> issues = config.validate();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.at(0).severity, ConfigIssue::Severity::Warning);
    QCOMPARE(issues.at(0).path, QStringLiteral("templates[0].payload"));
    QVERIFY(config.isValid()); // a warning, not an error
}

void TestConnectionConfig::setAndRemoveTemplates()
{
    ConnectionConfig config;
    config.setTemplate({ QStringLiteral("a"), SendTemplate::Kind::Text, "1" });
    config.setTemplate({ QStringLiteral("b"), SendTemplate::Kind::Text, "2" });
    config.setTemplate({ QStringLiteral("a"), SendTemplate::Kind::Json, "[3]" });
    QCOMPARE(config.templates.size(), 2);
    QCOMPARE(config.templates.at(0).payload, QByteArray("[3]")); // replaced in place
    QVERIFY(config.findTemplate(QStringLiteral("b")));
    QVERIFY(!config.findTemplate(QStringLiteral("c")));
    QVERIFY(config.removeTemplate(QStringLiteral("a")));
    QVERIFY(!config.removeTemplate(QStringLiteral("a")));
    QCOMPARE(config.templates.size(), 1);
}

void TestConnectionConfig::phoenixRoundTrip()
{
    ConnectionConfig config;
    config.url = QUrl(QStringLiteral("wss://max.example/socket"));
    config.protocol = ConnectionConfig::Protocol::Phoenix;
    config.phoenix.vsn = QStringLiteral("1.0.0");
    config.phoenix.params = parseJsonObject(R"({"user_id": 7, "locale": "de", "beta": true})");
    config.phoenix.heartbeatIntervalMs = 15000;
    config.phoenix.timeoutMs = 2500;

    const QJsonObject json = config.toJson();
    QCOMPARE(json.value(QLatin1String("protocol")).toString(), QStringLiteral("phoenix"));
    QCOMPARE(
        json.value(QLatin1String("phoenix")).toObject(),
        parseJsonObject(R"({"vsn": "1.0.0", "params": {"user_id": 7, "locale": "de", "beta": true},
                       "heartbeat_interval_ms": 15000, "timeout_ms": 2500})"));

    QList<ConfigIssue> issues;
    const ConnectionConfig back = ConnectionConfig::fromJson(json, &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(issueLines(issues).join(QLatin1Char('\n'))));
    QCOMPARE(back.protocol, ConnectionConfig::Protocol::Phoenix);
    QVERIFY(back.phoenix == config.phoenix);
    QVERIFY(back == config);

    // every Phoenix field takes part in ==
    ConnectionConfig other = config;
    other.phoenix.timeoutMs = 2501;
    QVERIFY(other != config);
    other = config;
    other.protocol = ConnectionConfig::Protocol::WebSocket;
    QVERIFY(other != config);
}

void TestConnectionConfig::plainProfilesHaveNoPhoenixBlock()
{
    ConnectionConfig config;
    config.url = QUrl(QStringLiteral("ws://h/"));
    QJsonObject json = config.toJson();
    QCOMPARE(json.value(QLatin1String("protocol")).toString(), QStringLiteral("websocket"));
    QVERIFY(!json.contains(QLatin1String("phoenix")));

    // a profile from before the protocol existed is plain WebSocket, without a word
    json.remove(QLatin1String("protocol"));
    QList<ConfigIssue> issues;
    const ConnectionConfig back = ConnectionConfig::fromJson(json, &issues);
    QVERIFY(issues.isEmpty());
    QCOMPARE(back.protocol, ConnectionConfig::Protocol::WebSocket);
    QVERIFY(back.phoenix == PhoenixConfig());

    // Phoenix settings kept while the protocol is plain are not lost
    config.phoenix.params = parseJsonObject(R"({"a": "b"})");
    QVERIFY(config.toJson().contains(QLatin1String("phoenix")));
    QVERIFY(ConnectionConfig::fromJson(config.toJson(), nullptr) == config);
}

void TestConnectionConfig::phoenixWrittenByHand()
{
    QList<ConfigIssue> issues;
    const ConnectionConfig config = ConnectionConfig::fromJson(
        parseJsonObject(
            R"({"url": "ws://h/socket", "protocol": "phoenix", "phoenix": {"params": {"v": 1}}})"),
        &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(issueLines(issues).join(QLatin1Char('\n'))));
    QCOMPARE(config.protocol, ConnectionConfig::Protocol::Phoenix);
    QCOMPARE(config.phoenix.vsn, QString()); // the URL's, else 2.0.0
    QCOMPARE(config.phoenix.heartbeatIntervalMs, 30000); // the JavaScript client's
    QCOMPARE(config.phoenix.timeoutMs, 10000);
    QCOMPARE(config.phoenix.params, parseJsonObject(R"({"v": 1})"));
}

void TestConnectionConfig::badPhoenixFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("messagePart");

    auto row = [](const char *name, const char *json, const char *path, const char *part) {
        QTest::newRow(name) << QByteArray(json) << QString::fromLatin1(path)
                            << QString::fromLatin1(part);
    };
    row("protocol", R"({"url":"ws://h/","protocol":"mqtt"})", "protocol", "websocket, phoenix");
    row("protocol type", R"({"url":"ws://h/","protocol":1})", "protocol", "string");
    row("block type", R"({"url":"ws://h/","phoenix":[]})", "phoenix", "object");
    row("vsn", R"({"url":"ws://h/","phoenix":{"vsn":"3.0.0"}})", "phoenix.vsn", "2.0.0 or 1.0.0");
    row("vsn type", R"({"url":"ws://h/","phoenix":{"vsn":2}})", "phoenix.vsn", "string");
    row("params type", R"({"url":"ws://h/","phoenix":{"params":"a=b"}})", "phoenix.params",
        "JSON object");
    row("nested param", R"({"url":"ws://h/","phoenix":{"params":{"user":{"id":1}}}})",
        "phoenix.params", "\"user\" must be a string, a number or true/false");
    row("null param", R"({"url":"ws://h/","phoenix":{"params":{"n":null}}})", "phoenix.params",
        "\"n\" must be");
    row("empty param name", R"({"url":"ws://h/","phoenix":{"params":{"":"x"}}})", "phoenix.params",
        "needs a name");
    row("heartbeat", R"({"url":"ws://h/","phoenix":{"heartbeat_interval_ms":-1}})",
        "phoenix.heartbeat_interval_ms", "between 0");
    row("timeout", R"({"url":"ws://h/","phoenix":{"timeout_ms":0}})", "phoenix.timeout_ms",
        "between 1");
}

void TestConnectionConfig::badPhoenixFields()
{
    badFields();
}

void TestConnectionConfig::phoenixParamsAsQuery()
{
    PhoenixConfig phoenix;
    phoenix.params = parseJsonObject(R"({"s": "a b&c", "i": 7, "f": 1.5, "t": true, "n": false})");
    // QJsonObject keeps keys sorted
    const QList<QPair<QString, QString>> expected {
        { QStringLiteral("f"), QStringLiteral("1.5") },
        { QStringLiteral("i"), QStringLiteral("7") },
        { QStringLiteral("n"), QStringLiteral("false") },
        { QStringLiteral("s"), QStringLiteral("a b&c") },
        { QStringLiteral("t"), QStringLiteral("true") },
    };
    QCOMPARE(phoenix.queryParams(), expected);
}

void TestConnectionConfig::phoenixParamWithCredentialWarns()
{
    ConnectionConfig config;
    config.url = QUrl(QStringLiteral("ws://h/socket"));
    config.protocol = ConnectionConfig::Protocol::Phoenix;
    config.phoenix.params = parseJsonObject(R"({"token": "abc", "user": "max"})");
    const QList<ConfigIssue> issues = config.validate();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.at(0).severity, ConfigIssue::Severity::Warning);
    QCOMPARE(issues.at(0).path, QStringLiteral("phoenix.params"));
    QVERIFY(issues.at(0).message.contains(QLatin1String("\"token\"")));
    QVERIFY(config.isValid());
}

QTEST_GUILESS_MAIN(TestConnectionConfig)
void TestConnectionConfig::variablesInJson()
{
    QList<ConfigIssue> issues;
    const ConnectionConfig config = ConnectionConfig::fromJson(
        parseJsonObject(R"({"url": "ws://h/?t={{token}}", "variables": {"user": "alice",
                            "token": {"keychain": "maxmon/token"}}})"),
        &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(issueLines(issues).join(QLatin1Char('\n'))));
    QCOMPARE(config.variables.size(), 2);
    const ProfileVariable &token = config.variables.at(0);
    QCOMPARE(token.name, u"token"_qs);
    QVERIFY(token.isSecret());
    QCOMPARE(token.secret.reference, u"maxmon/token"_qs);
    // only the plain one has a value here; the secret one is resolved when connecting
    const Variables plain = config.plainVariables();
    QCOMPARE(*plain.value(Variables::Scope::Profile, QStringLiteral("user")), u"alice"_qs);
    QVERIFY(!plain.value(Variables::Scope::Profile, QStringLiteral("token")));
    // no variables, no "variables" key
    ConnectionConfig none;
    none.url = QUrl(QStringLiteral("ws://h/"));
    QVERIFY(!none.toJson().contains(QLatin1String("variables")));
}

void TestConnectionConfig::badVariables_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("path");
    QTest::newRow("not an object") << R"("a=1")"
                                   << "variables";
    QTest::newRow("number") << R"({"a": 1})"
                            << "variables.a";
    QTest::newRow("unknown source") << R"({"a": {"vault": "x"}})"
                                    << "variables.a";
    QTest::newRow("bad name") << R"({"a-b": "x"})"
                              << "variables.a-b";
}

void TestConnectionConfig::badVariables()
{
    QFETCH(QString, json);
    QFETCH(QString, path);
    QList<ConfigIssue> issues;
    ConnectionConfig::fromJson(
        parseJsonObject(QStringLiteral(R"({"url": "ws://h/", "variables": %1})")
                            .arg(json)
                            .toUtf8()
                            .constData()),
        &issues);
    QVERIFY2(std::any_of(
                 issues.cbegin(), issues.cend(),
                 [&](const ConfigIssue &issue) { return issue.path == path && issue.isError(); }),
             qPrintable(issueLines(issues).join(QLatin1Char('\n'))));
}

#include "tst_connectionconfig.moc"
