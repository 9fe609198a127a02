// A refused WebSocket handshake is reported with what the server answered:
// status, relevant headers and the start of the body, fetched by one
// bounded diagnostic request (HandshakeProbe) with the same URL and headers,
// secrets masked.
#include "rawwebsocketpeer.h"

#include <maxmon/supportbundle.h>
#include <maxmon/testing/clientconfigs.h>
#include <maxmon/testing/testutil.h>
#include <maxmon/websocketclient.h>

#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace maxmon;
using maxmon::testing::plainConfig;
using namespace maxmon::test;
using State = ConnectionState;

namespace {

QByteArray response(const QByteArray &statusLine, const QByteArray &headers, const QByteArray &body)
{
    return "HTTP/1.1 " + statusLine + "\r\n" + headers + "Content-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

class TestHandshakeProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusalShowsTheServersAnswer_data();
    void refusalShowsTheServersAnswer();
    void diagnosticRequestRepeatsTheHandshake();
    void secretsAreMasked();
    void bodyIsCutAtOneKibibyte();
    void unansweredDiagnosticRequestIsBounded();
    void supportBundleHasTheAnswer();
};

void TestHandshakeProbe::refusalShowsTheServersAnswer_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("shown");

    QTest::newRow("400 with a body")
        << response("400 Bad Request", "Content-Type: text/plain\r\n",
                    "this server speaks vsn 2.0.0 only")
        << Error::Code::HandshakeFailed << 400
        << QStringList { QStringLiteral("HTTP 400 Bad Request"),
                         QStringLiteral("this server speaks vsn 2.0.0 only") };
    QTest::newRow("401 with WWW-Authenticate")
        << response("401 Unauthorized", "WWW-Authenticate: Bearer realm=\"max\"\r\n",
                    "token expired")
        << Error::Code::Unauthorized << 401
        << QStringList { QStringLiteral("WWW-Authenticate: Bearer realm=\"max\""),
                         QStringLiteral("token expired") };
    QTest::newRow("403 with a JSON body")
        << response("403 Forbidden", "Content-Type: application/json\r\n",
                    "{\"error\":\"origin not allowed\"}")
        << Error::Code::Forbidden << 403
        << QStringList { QStringLiteral("Content-Type: application/json"),
                         QStringLiteral("origin not allowed") };
    QTest::newRow("429 with Retry-After")
        << response("429 Too Many Requests", "Retry-After: 30\r\n", "slow down")
        << Error::Code::HandshakeFailed << 429
        << QStringList { QStringLiteral("Retry-After: 30"), QStringLiteral("slow down") };
    QTest::newRow("426 with the version")
        << response("426 Upgrade Required", "Sec-WebSocket-Version: 13\r\n", QByteArray())
        << Error::Code::HandshakeFailed << 426
        << QStringList { QStringLiteral("Sec-WebSocket-Version: 13") };
}

void TestHandshakeProbe::refusalShowsTheServersAnswer()
{
    QFETCH(QByteArray, answer);
    QFETCH(Error::Code, code);
    QFETCH(int, status);
    QFETCH(QStringList, shown);
    RawWebSocketPeer peer;
    peer.refuseWith(answer);
    QVERIFY(peer.listen());
    WebSocketClient client(plainConfig(peer.url()));
    QSignalSpy errors(&client, &WebSocketClient::errorOccurred);
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("diagnostic request .*")));
    QVERIFY(client.open());

    QTRY_COMPARE(client.state(), State::Error);
    QCOMPARE(errors.size(), 1);
    const Error error = client.lastError();
    QCOMPARE(error.code(), code);
    QCOMPARE(error.httpStatus(), status);
    for (const QString &text : shown)
        QVERIFY2(error.detail().contains(text), qPrintable(error.detail()));
    const QJsonObject response =
        error.context().value(QLatin1String("handshakeResponse")).toObject();
    QCOMPARE(response.value(QLatin1String("status")).toInt(), status);
    QVERIFY(response.value(QLatin1String("diagnostic_request")).toBool());
    QCOMPARE(client.diagnostics().lastError, error);
    QVERIFY(client.diagnostics().toText().contains(shown.constLast()));
    QCOMPARE(peer.connectionCount(), 2); // the handshake and the diagnostic request
}

void TestHandshakeProbe::diagnosticRequestRepeatsTheHandshake()
{
    RawWebSocketPeer peer;
    peer.refuseWith(response("401 Unauthorized", QByteArray(), "no"));
    QVERIFY(peer.listen());
    ConnectionConfig config = plainConfig(peer.url(QStringLiteral("/socket?vsn=2.0.0")));
    config.headers.append({ QStringLiteral("X-Team"), QStringLiteral("blue") });
    config.subprotocols = QStringList { QStringLiteral("v1.json") };
    config.auth.mode = AuthConfig::Mode::BearerHeader;
    config.auth.token = QStringLiteral("tok123");
    WebSocketClient client(config);
    QVERIFY(client.open());
    QTRY_COMPARE(client.state(), State::Error);
    QCOMPARE(peer.connectionCount(), 2);
    const QByteArray handshake = peer.requests().at(0);
    const QByteArray diagnostic = peer.requests().at(1);
    for (const QByteArray &line :
         { QByteArray("GET /socket?vsn=2.0.0 HTTP/1.1"), QByteArray("X-Team: blue"),
           QByteArray("Authorization: Bearer tok123"),
           QByteArray("Sec-WebSocket-Protocol: v1.json"), QByteArray("Upgrade: websocket"),
           QByteArray("Sec-WebSocket-Version: 13") }) {
        QVERIFY2(handshake.contains(line), handshake.constData());
        QVERIFY2(diagnostic.contains(line), diagnostic.constData());
    }
    // retried once with the same token source? no: a static token cannot renew
    QCOMPARE(client.lastError().code(), Error::Code::Unauthorized);
}

void TestHandshakeProbe::secretsAreMasked()
{
    RawWebSocketPeer peer;
    // a server that echoes the request, token and all
    peer.refuseWith(
        response("403 Forbidden", "WWW-Authenticate: Bearer error=\"s3cr3t-token\"\r\n",
                 "GET /raw?token=s3cr3t-token refused; Authorization: Bearer s3cr3t-token"));
    QVERIFY(peer.listen());
    ConnectionConfig config = plainConfig(peer.url());
    config.auth.mode = AuthConfig::Mode::QueryParameter;
    config.auth.token = QStringLiteral("s3cr3t-token");
    WebSocketClient client(config);
    QVERIFY(client.open());
    QTRY_COMPARE(client.state(), State::Error);
    QVERIFY(peer.requests().at(1).contains("token=s3cr3t-token")); // the same URL was asked
    const Error error = client.lastError();
    const QByteArray everything = error.toString().toUtf8() + QJsonDocument(error.toJson()).toJson()
        + QJsonDocument(client.diagnostics().toJson()).toJson()
        + client.diagnostics().toText().toUtf8();
    QVERIFY2(!everything.contains("s3cr3t"), everything.constData());
    QVERIFY(error.detail().contains(QLatin1String("refused")));
}

void TestHandshakeProbe::bodyIsCutAtOneKibibyte()
{
    RawWebSocketPeer peer;
    const QByteArray body = QByteArray(1000, 'a') + QByteArray(5000, 'b');
    peer.refuseWith(response("400 Bad Request", QByteArray(), body));
    QVERIFY(peer.listen());
    WebSocketClient client(plainConfig(peer.url()));
    QVERIFY(client.open());
    QTRY_COMPARE(client.state(), State::Error);
    const QJsonObject response =
        client.lastError().context().value(QLatin1String("handshakeResponse")).toObject();
    QCOMPARE(response.value(QLatin1String("body_start")).toString(),
             QString::fromLatin1(body.left(1024)));
    QVERIFY(response.value(QLatin1String("body_truncated")).toBool());
    QVERIFY(client.lastError().detail().contains(QLatin1String("bbb [...]")));
}

void TestHandshakeProbe::unansweredDiagnosticRequestIsBounded()
{
    RawWebSocketPeer peer;
    peer.refuseWith(response("400 Bad Request", QByteArray(), "no"), -1);
    peer.setAnsweredConnections(1); // the diagnostic request gets nothing
    QVERIFY(peer.listen());
    WebSocketClient client(plainConfig(peer.url()));
    QVERIFY(client.open());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Error, 20000);
    const Error error = client.lastError();
    QCOMPARE(error.code(), Error::Code::HandshakeFailed);
    QVERIFY2(error.detail().contains(QLatin1String("A diagnostic request for the server's answer "
                                                   "got none")),
             qPrintable(error.detail()));
    QCOMPARE(peer.connectionCount(), 2);
}

void TestHandshakeProbe::supportBundleHasTheAnswer()
{
    RawWebSocketPeer peer;
    peer.refuseWith(response("503 Service Unavailable", "Retry-After: 120\r\n", "maintenance"));
    QVERIFY(peer.listen());
    WebSocketClient client(plainConfig(peer.url()));
    QVERIFY(client.open());
    QTRY_COMPARE(client.state(), State::Error);
    SupportBundle bundle;
    bundle.setConfig(client.config());
    bundle.setDiagnostics(client.diagnostics());
    const QJsonObject response = bundle.toJson()
                                     .value(QLatin1String("diagnostics"))
                                     .toObject()
                                     .value(QLatin1String("last_error"))
                                     .toObject()
                                     .value(QLatin1String("context"))
                                     .toObject()
                                     .value(QLatin1String("handshakeResponse"))
                                     .toObject();
    QCOMPARE(response.value(QLatin1String("status")).toInt(), 503);
    QCOMPARE(
        response.value(QLatin1String("headers")).toObject().value(QLatin1String("Retry-After")),
        QJsonValue(QStringLiteral("120")));
    QCOMPARE(response.value(QLatin1String("body_start")).toString(), QStringLiteral("maintenance"));
}

QTEST_GUILESS_MAIN(TestHandshakeProbe)
#include "tst_handshakeprobe.moc"
