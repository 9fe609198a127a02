// Error: the one mapping from Qt's socket, handshake and close information
// to codes and messages people understand.
#include <maxmon/error.h>

#include <QTest>

using namespace maxmon;
using S = QAbstractSocket::SocketError;

class TestError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void socketErrors_data();
    void socketErrors();
    void handshakeStatus_data();
    void handshakeStatus();
    void httpStatusFromQtMessage_data();
    void httpStatusFromQtMessage();
    void closeCodes_data();
    void closeCodes();
    void jsonAndText();
};

void TestError::socketErrors_data()
{
    QTest::addColumn<S>("socketError");
    QTest::addColumn<Error::Code>("code");
    QTest::newRow("refused") << S::ConnectionRefusedError << Error::Code::ConnectionRefused;
    QTest::newRow("host") << S::HostNotFoundError << Error::Code::HostNotFound;
    QTest::newRow("remote closed") << S::RemoteHostClosedError << Error::Code::ConnectionLost;
    QTest::newRow("timeout") << S::SocketTimeoutError << Error::Code::ConnectTimeout;
    QTest::newRow("tls") << S::SslHandshakeFailedError << Error::Code::TlsHandshakeFailed;
    QTest::newRow("tls setup") << S::SslInvalidUserDataError << Error::Code::TlsConfigError;
    QTest::newRow("proxy refused")
        << S::ProxyConnectionRefusedError << Error::Code::ProxyConnectionRefused;
    QTest::newRow("proxy auth") << S::ProxyAuthenticationRequiredError
                                << Error::Code::ProxyAuthenticationRequired;
    QTest::newRow("proxy protocol") << S::ProxyProtocolError << Error::Code::ProxyError;
    QTest::newRow("network") << S::NetworkError << Error::Code::NetworkError;
    QTest::newRow("unknown") << S::UnknownSocketError << Error::Code::NetworkError;
}

void TestError::socketErrors()
{
    QFETCH(S, socketError);
    QFETCH(Error::Code, code);
    const Error error = Error::fromSocketError(socketError, QStringLiteral("qt says so"));
    QCOMPARE(error.code(), code);
    QVERIFY(!error.message().isEmpty());
    QCOMPARE(error.detail(), QStringLiteral("qt says so"));
    QVERIFY(error.isError());
}

void TestError::handshakeStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Error::Code>("code");
    QTest::newRow("401") << 401 << Error::Code::Unauthorized;
    QTest::newRow("403") << 403 << Error::Code::Forbidden;
    QTest::newRow("404") << 404 << Error::Code::NotFound;
    QTest::newRow("500") << 500 << Error::Code::ServerError;
    QTest::newRow("503") << 503 << Error::Code::ServerError;
    QTest::newRow("400") << 400 << Error::Code::HandshakeFailed;
    QTest::newRow("200 without upgrade") << 200 << Error::Code::HandshakeFailed;
    QTest::newRow("garbage") << 0 << Error::Code::HandshakeFailed;
}

void TestError::handshakeStatus()
{
    QFETCH(int, status);
    QFETCH(Error::Code, code);
    const Error error = Error::fromHandshakeRejection(status, QString());
    QCOMPARE(error.code(), code);
    QCOMPARE(error.httpStatus(), status);
    if (status > 0)
        QVERIFY(error.message().contains(QString::number(status)));

    // Qt's text is kept, in the context: neither the message nor its detail
    const QString qtText =
        QStringLiteral("QWebSocketPrivate::processHandshake: Unhandled http status code: %1.")
            .arg(status);
    const Error withQt = Error::fromHandshakeRejection(status, qtText);
    QCOMPARE(withQt.message(), error.message());
    QVERIFY2(!withQt.toString().contains(QLatin1String("QWebSocketPrivate")),
             qPrintable(withQt.toString()));
    QCOMPARE(withQt.context().value(QLatin1String("qtMessage")).toString(), qtText);
}

void TestError::httpStatusFromQtMessage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("status");
    // the exact texts Qt 6.4.2 produces
    QTest::newRow("401") << QStringLiteral(
        "QWebSocketPrivate::processHandshake: Unhandled http status code: 401 (Unauthorized).")
                         << 401;
    QTest::newRow("500") << QStringLiteral("QWebSocketPrivate::processHandshake: Unhandled http "
                                           "status code: 500 (Internal Server Error).")
                         << 500;
    QTest::newRow("no status") << QStringLiteral("Read handshake request status failed") << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestError::httpStatusFromQtMessage()
{
    QFETCH(QString, text);
    QFETCH(int, status);
    QCOMPARE(Error::httpStatusFromQtMessage(text), status);
}

void TestError::closeCodes_data()
{
    QTest::addColumn<int>("closeCode");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("1001") << 1001 << Error::Code::RemoteClosed << QStringLiteral("1001 Going away");
    QTest::newRow("1002") << 1002 << Error::Code::ProtocolError
                          << QStringLiteral("1002 Protocol error");
    QTest::newRow("1007") << 1007 << Error::Code::ProtocolError
                          << QStringLiteral("1007 Invalid payload data");
    QTest::newRow("1009") << 1009 << Error::Code::MessageTooLarge
                          << QStringLiteral("1009 Message too big");
    QTest::newRow("1011") << 1011 << Error::Code::RemoteClosed
                          << QStringLiteral("1011 Internal error");
    QTest::newRow("3000") << 3000 << Error::Code::RemoteClosed
                          << QStringLiteral("3000 (registered)");
    QTest::newRow("4000") << 4000 << Error::Code::RemoteClosed
                          << QStringLiteral("4000 (application-defined)");
    QTest::newRow("2999") << 2999 << Error::Code::RemoteClosed << QStringLiteral("2999 (unknown)");
}

void TestError::closeCodes()
{
    QFETCH(int, closeCode);
    QFETCH(Error::Code, code);
    QFETCH(QString, name);
    const Error error = Error::fromCloseCode(closeCode, QStringLiteral("why"));
    QCOMPARE(error.code(), code);
    QCOMPARE(error.closeCode(), closeCode);
    QCOMPARE(Error::closeCodeName(closeCode), name);
    QVERIFY(error.detail().contains(QLatin1String("why")));
}

void TestError::jsonAndText()
{
    Error error(Error::Code::Unauthorized, QStringLiteral("Refused."), QStringLiteral("detail"),
                QStringLiteral("fix it"));
    error.withContext(QStringLiteral("httpStatus"), 401);
    const QJsonObject json = error.toJson();
    QCOMPARE(json.value(QLatin1String("code")).toString(), QStringLiteral("Unauthorized"));
    QCOMPARE(json.value(QLatin1String("message")).toString(), QStringLiteral("Refused."));
    QCOMPARE(json.value(QLatin1String("hint")).toString(), QStringLiteral("fix it"));
    QCOMPARE(
        json.value(QLatin1String("context")).toObject().value(QLatin1String("httpStatus")).toInt(),
        401);
    QCOMPARE(error.toString(), QStringLiteral("Refused.\ndetail\nHint: fix it"));
    QVERIFY(!Error().isError());
    QCOMPARE(Error::codeName(Error::Code::TlsPinMismatch), QStringLiteral("TlsPinMismatch"));
}

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
