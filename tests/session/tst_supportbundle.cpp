// SupportBundle: everything support needs about a real connection in one
// JSON file, parsed back here, and grepped for the token in every form.
#include "maxmonversion.h"

#include <maxmon/messagerecord.h>
#include <maxmon/supportbundle.h>
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/websocketclient.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslSocket>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace maxmon;
using namespace maxmon::testing;

namespace {

const QString token = QStringLiteral("bundle-t0ken/with+chars=");
const QString headerCredential = QStringLiteral("hdr-cr3dential");

QString findSecret(const QByteArray &bytes)
{
    for (const QString &secret : { token, headerCredential }) {
        const QByteArray utf8 = secret.toUtf8();
        for (const QByteArray &form :
             { utf8, QUrl::toPercentEncoding(secret), utf8.toBase64(),
               utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) }) {
            if (bytes.contains(form))
                return QString::fromUtf8(form);
        }
    }
    return QString();
}

} // namespace

class TestSupportBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void describesALiveConnectionWithoutSecrets();
    void keepsTheNewestMessages();
    void environment();
    void writeFailure();

private:
    ScriptedServer *m_server = nullptr;
    WebSocketClient *m_client = nullptr;
    QList<Message> m_log;
};

void TestSupportBundle::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
    ConnectionConfig config;
    config.name = QStringLiteral("Support case");
    config.url = m_server->url();
    config.auth.mode = AuthConfig::Mode::QueryParameter;
    config.auth.token = token;
    config.headers = { { QStringLiteral("Authorization"),
                         QStringLiteral("Bearer ") + headerCredential },
                       { QStringLiteral("X-Client"), QStringLiteral("maxmon") } };
    config.heartbeat.intervalMs = 200;
    config.heartbeat.minIntervalMs = 200;
    config.heartbeat.adaptive = false;
    config.reconnect.enabled = false;
    m_client = new WebSocketClient(config, this);
    m_log.clear();
    connect(m_client, &WebSocketClient::messageSent, this,
            [this](const Message &message) { m_log.append(message); });
    connect(m_client, &WebSocketClient::messageReceived, this,
            [this](const Message &message) { m_log.append(message); });
}

void TestSupportBundle::cleanup()
{
    delete m_client;
    delete m_server;
}

void TestSupportBundle::describesALiveConnectionWithoutSecrets()
{
    QSignalSpy samples(m_client, &WebSocketClient::latencySampled);
    QVERIFY(m_client->open());
    QTRY_COMPARE(m_client->state(), ConnectionState::Connected);
    // it really was sent
    QCOMPARE(
        m_server->lastRequest().query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded),
        token);
    QVERIFY(m_client->sendText(QStringLiteral("{\"event\":\"auth\",\"token\":\"%1\"}").arg(token)));
    QVERIFY(m_client->sendText(QStringLiteral("echo ") + headerCredential));
    QVERIFY(m_client->sendBinary(token.toUtf8()));
    QTRY_VERIFY(samples.size() >= 2);
    QTRY_VERIFY(m_log.size() >= 6);

    SupportBundle bundle;
    bundle.setConfig(m_client->config());
    bundle.setDiagnostics(m_client->diagnostics());
    bundle.setMessages(m_log);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bundle.json"));
    const Result<void> written = bundle.writeFile(path);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(findSecret(bytes).isEmpty(), qPrintable(findSecret(bytes)));

    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(bytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QLatin1String("format")).toString(),
             QStringLiteral("maxmon-support-bundle"));
    QCOMPARE(json.value(QLatin1String("format_version")).toInt(), SupportBundle::FormatVersion);
    qint64 created = 0;
    QVERIFY(MessageRecord::parseTime(json.value(QLatin1String("created")).toString(), &created));
    QVERIFY(created > 0);

    // the profile, masked where it holds credentials
    const QJsonObject profile = json.value(QLatin1String("profile")).toObject();
    QCOMPARE(profile.value(QLatin1String("name")).toString(), QStringLiteral("Support case"));
    QCOMPARE(profile.value(QLatin1String("heartbeat")),
             m_client->config().toJson().value(QLatin1String("heartbeat")));
    const QJsonArray headers = profile.value(QLatin1String("headers")).toArray();
    QCOMPARE(headers.at(0).toObject().value(QLatin1String("value")).toString(),
             QStringLiteral("Bearer ***"));
    QCOMPARE(headers.at(1).toObject().value(QLatin1String("value")).toString(),
             QStringLiteral("maxmon"));

    // the diagnostics and the latency statistics of this connection
    const QJsonObject diagnostics = json.value(QLatin1String("diagnostics")).toObject();
    QCOMPARE(diagnostics.value(QLatin1String("state")).toString(), QStringLiteral("Connected"));
    QVERIFY(
        diagnostics.value(QLatin1String("url")).toString().contains(QLatin1String("token=***")));
    QCOMPARE(diagnostics.value(QLatin1String("messages_out")).toInt(), 3);
    const QJsonObject latency = json.value(QLatin1String("latency")).toObject();
    QVERIFY(
        latency.value(QLatin1String("current")).toObject().value(QLatin1String("samples")).toInt()
        >= 2);
    QVERIFY(!latency.value(QLatin1String("health"))
                 .toObject()
                 .value(QLatin1String("level"))
                 .toString()
                 .isEmpty());

    // the log: every message, as records that read back, masked
    const QJsonObject log = json.value(QLatin1String("log")).toObject();
    const QJsonArray records = log.value(QLatin1String("records")).toArray();
    QCOMPARE(records.size(), m_log.size());
    QCOMPARE(log.value(QLatin1String("included")).toInt(), m_log.size());
    QCOMPARE(log.value(QLatin1String("left_out")).toInt(), 0);
    bool sawMaskedJson = false;
    for (int i = 0; i < records.size(); ++i) {
        const Validated<Message> message = MessageRecord::fromJson(records.at(i).toObject());
        QVERIFY(message);
        QCOMPARE(message->kind(), m_log.at(i).kind());
        QCOMPARE(message->direction(), m_log.at(i).direction());
        if (message->kind() == Message::Kind::Json
            && message->text() == QLatin1String("{\"event\":\"auth\",\"token\":\"***\"}"))
            sawMaskedJson = true;
    }
    QVERIFY(sawMaskedJson);
}

void TestSupportBundle::keepsTheNewestMessages()
{
    QList<Message> messages;
    for (int i = 0; i < 10; ++i)
        messages.append(
            Message::fromText(Message::Direction::Incoming, QStringLiteral("m%1").arg(i)));
    SupportBundle bundle;
    bundle.setMessages(messages, 25);
    bundle.setMaxMessages(4);
    const QJsonObject log = bundle.toJson().value(QLatin1String("log")).toObject();
    const QJsonArray records = log.value(QLatin1String("records")).toArray();
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0).toObject().value(QLatin1String("payload")).toString(),
             QStringLiteral("m6"));
    QCOMPARE(records.at(3).toObject().value(QLatin1String("payload")).toString(),
             QStringLiteral("m9"));
    QCOMPARE(log.value(QLatin1String("total_seen")).toInt(), 25);
    QCOMPARE(log.value(QLatin1String("left_out")).toInt(), 21);
}

void TestSupportBundle::environment()
{
    const QJsonObject json = SupportBundle().toJson();
    auto field = [&json](const char *section, const char *key) {
        return json.value(QLatin1String(section)).toObject().value(QLatin1String(key));
    };
    QCOMPARE(field("app", "version").toString(), QStringLiteral(MAXMON_VERSION));
    QCOMPARE(field("qt", "runtime").toString(), QString::fromLatin1(qVersion()));
    QCOMPARE(field("openssl", "runtime").toString(), QSslSocket::sslLibraryVersionString());
    QVERIFY(field("openssl", "runtime").toString().contains(QLatin1String("OpenSSL")));
    QCOMPARE(field("os", "product").toString(), QSysInfo::prettyProductName());
    QCOMPARE(field("os", "cpu").toString(), QSysInfo::currentCpuArchitecture());
    QVERIFY(json.contains(QLatin1String("profile")));
    QVERIFY(json.contains(QLatin1String("diagnostics")));
}

void TestSupportBundle::writeFailure()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/dir/bundle.json"));
    const Result<void> written = SupportBundle().writeFile(path);
    QVERIFY(!written);
    QCOMPARE(written.error().code(), Error::Code::FileError);
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestSupportBundle)
#include "tst_supportbundle.moc"
