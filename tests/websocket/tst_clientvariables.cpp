// WebSocketClient with {{name}} references against a real server on
// 127.0.0.1: the server sees the values in the URL's query, a header and a
// message, while the client's diagnostics and a log export of the same
// messages contain none of the secret ones.
#include "scopedenv.h"

#include <maxmon/logexporter.h>
#include <maxmon/testing/clientconfigs.h>
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/testing/testutil.h>
#include <maxmon/testing/waits.h>
#include <maxmon/websocketclient.h>

#include <QBuffer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace maxmon;
using namespace maxmon::testing;
using namespace maxmon::test;
using State = ConnectionState;
using Scope = Variables::Scope;

class TestClientVariables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void serverSeesValuesExportsDoNot();
    void profileAndEnvironmentAnswer();
    void undefinedVariableFailsTheAttempt();
    void undefinedVariableFailsTheSend();
    void messagesAreSentAsTheyAreWithoutSetVariables();

private:
    ScriptedServer *m_server = nullptr;
};

void TestClientVariables::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
}

void TestClientVariables::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

void TestClientVariables::serverSeesValuesExportsDoNot()
{
    const QString token = QStringLiteral("S3SSION-t0ken/&x");
    ConnectionConfig config = plainConfig(m_server->url(QStringLiteral("/echo?t={{ token }}")));
    config.headers = { { QStringLiteral("X-Auth"), QStringLiteral("Token {{token}}") },
                       { QStringLiteral("X-Room"), QStringLiteral("{{room}}") } };
    WebSocketClient client(config);
    Variables session;
    session.set(Scope::Session, QStringLiteral("token"), token, true);
    session.set(Scope::Session, QStringLiteral("room"), QStringLiteral("lobby"));
    client.setVariables(session);
    QList<Message> log;
    connect(&client, &WebSocketClient::messageSent, this,
            [&log](const Message &message) { log.append(message); });
    connect(&client, &WebSocketClient::messageReceived, this,
            [&log](const Message &message) { log.append(message); });
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));

    const UpgradeRequest request = m_server->lastRequest();
    QCOMPARE(request.query.queryItemValue(QStringLiteral("t"), QUrl::FullyDecoded), token);
    QCOMPARE(request.header("X-Auth"), QByteArray("Token ") + token.toUtf8());
    QCOMPARE(request.header("X-Room"), QByteArray("lobby"));

    QVERIFY(client.sendText(QStringLiteral("{\"auth\": \"{{token}}\", \"room\": \"{{room}}\"}")));
    const QString wire = QStringLiteral("{\"auth\": \"%1\", \"room\": \"lobby\"}").arg(token);
    QTRY_COMPARE(m_server->receivedTexts(), QStringList { wire });
    QTRY_COMPARE(log.size(), 2); // sent and echoed
    QCOMPARE(log.first().text(), wire); // the log shows what went on the wire

    // what the client shows never has the secret, nor does an export of the log
    const Diagnostics diagnostics = client.diagnostics();
    const QString shown = diagnostics.toText()
        + QString::fromUtf8(QJsonDocument(diagnostics.toJson()).toJson())
        + QString::fromUtf8(QJsonDocument(client.config().toJson()).toJson());
    QVERIFY2(!shown.contains(token), qPrintable(shown));
    QVERIFY2(diagnostics.url.contains(u"t={{ token }}"_qs), qPrintable(diagnostics.url));
    QVERIFY(client.variables().secretValues().contains(token));
    LogExporter exporter;
    exporter.setSecrets(client.variables().secretValues());
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(exporter.write(&buffer, log));
    const QByteArray exported = buffer.data();
    QVERIFY2(!exported.contains(token.toUtf8()), exported.constData());
    QVERIFY(!exported.contains(QUrl::toPercentEncoding(token)));
    QVERIFY(exported.contains("lobby")); // not a secret: kept
    QVERIFY(exported.contains("***"));
}

void TestClientVariables::profileAndEnvironmentAnswer()
{
    ScopedEnv env;
    env.set("MAXMON_CLIENTTEST_ENV", "from-env");
    ConnectionConfig config =
        plainConfig(m_server->url(QStringLiteral("/echo?a={{user}}&b={{clienttest_env}}")));
    config.variables = { { QStringLiteral("user"), QStringLiteral("profile-user"), SecretRef() },
                         { QStringLiteral("pass"),
                           QString(),
                           { SecretRef::Source::Env, QStringLiteral("CLIENTTEST_PASS") } } };
    env.set("CLIENTTEST_PASS", "env-secret-pass");
    config.headers = { { QStringLiteral("X-Pass"), QStringLiteral("{{pass}}") } };
    WebSocketClient client(config);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    const UpgradeRequest request = m_server->lastRequest();
    QCOMPARE(request.query.queryItemValue(QStringLiteral("a")), u"profile-user"_qs);
    QCOMPARE(request.query.queryItemValue(QStringLiteral("b")), u"from-env"_qs);
    QCOMPARE(request.header("X-Pass"), QByteArray("env-secret-pass"));
    // the secret profile variable is masked like the token
    QVERIFY(client.variables().secretValues().contains(u"env-secret-pass"_qs));
    QVERIFY(!client.variables().secretValues().contains(u"profile-user"_qs));
}

void TestClientVariables::undefinedVariableFailsTheAttempt()
{
    ConnectionConfig config = plainConfig(m_server->url());
    config.headers = { { QStringLiteral("X-User"), QStringLiteral("{{nobody_set_this}}") } };
    WebSocketClient client(config);
    QSignalSpy errors(&client, &WebSocketClient::errorOccurred);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Error));
    QCOMPARE(client.lastError().code(), Error::Code::InvalidConfig);
    QVERIFY2(client.lastError().message().contains(
                 u"{{nobody_set_this}} is not defined: set it for this session, in the profile, "
                 "or as MAXMON_NOBODY_SET_THIS"_qs),
             qPrintable(client.lastError().message()));
    QVERIFY(client.lastError().message().contains(u"X-User"_qs));
    QVERIFY(m_server->receivedTexts().isEmpty());
}

void TestClientVariables::undefinedVariableFailsTheSend()
{
    WebSocketClient client(plainConfig(m_server->url()));
    client.setVariables(Variables());
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    const Result<QString> sent = client.sendText(QStringLiteral("hello {{missing}}"));
    QVERIFY(!sent);
    QVERIFY(sent.error().message().contains(u"{{missing}} is not defined"_qs));
    const Result<QString> unterminated = client.sendText(QStringLiteral("hello {{missing"));
    QVERIFY(!unterminated);
    QVERIFY(unterminated.error().message().contains(u"is not closed"_qs));
    // nothing half-resolved went out; the escape sends a literal "{{"
    QVERIFY(client.sendText(QStringLiteral("{{{{x}}")));
    QTRY_COMPARE(m_server->receivedTexts(), QStringList { u"{{x}}"_qs });
}

void TestClientVariables::messagesAreSentAsTheyAreWithoutSetVariables()
{
    WebSocketClient client(plainConfig(m_server->url()));
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    QVERIFY(client.sendText(QStringLiteral("mustache {{name}}")));
    QTRY_COMPARE(m_server->receivedTexts(), QStringList { u"mustache {{name}}"_qs });
}

QTEST_GUILESS_MAIN(TestClientVariables)
#include "tst_clientvariables.moc"
