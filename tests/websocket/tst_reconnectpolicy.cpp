// ReconnectPolicy: backoff schedule, jitter bounds, attempt limits and reset,
// and which failures are worth retrying.
#include <maxmon/reconnectpolicy.h>

#include <QTest>

using namespace maxmon;

namespace {

ReconnectConfig config(int maxAttempts = 0)
{
    ReconnectConfig c;
    c.initialDelayMs = 100;
    c.maxDelayMs = 1000;
    c.multiplier = 2.0;
    c.jitter = 0.25;
    c.maxAttempts = maxAttempts;
    c.resetAfterMs = 5000;
    return c;
}

} // namespace

class TestReconnectPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scheduleDoublesUpToTheCap();
    void jitterStaysWithinItsBounds_data();
    void jitterStaysWithinItsBounds();
    void maxAttemptsEndsRetrying();
    void disabledNeverRetries();
    void explicitScheduleLikePhoenix();
    void resetsAfterAConnectionThatHeld();
    void doesNotResetAfterAShortConnection();
    void retryableErrors_data();
    void retryableErrors();
};

void TestReconnectPolicy::scheduleDoublesUpToTheCap()
{
    ReconnectPolicy policy(config(), [] { return 0.5; }); // 0.5: no jitter
    QList<int> delays;
    for (int i = 0; i < 7; ++i)
        delays.append(*policy.nextDelayMs());
    QCOMPARE(delays, (QList<int> { 100, 200, 400, 800, 1000, 1000, 1000 }));
    QCOMPARE(policy.attempt(), 7);
}

void TestReconnectPolicy::jitterStaysWithinItsBounds_data()
{
    QTest::addColumn<double>("random");
    QTest::addColumn<int>("expectedFirst");
    QTest::newRow("lowest") << 0.0 << 75;
    QTest::newRow("middle") << 0.5 << 100;
    QTest::newRow("highest") << 0.999999 << 125;
}

void TestReconnectPolicy::jitterStaysWithinItsBounds()
{
    QFETCH(double, random);
    QFETCH(int, expectedFirst);
    ReconnectPolicy policy(config(), [random] { return random; });
    QCOMPARE(*policy.nextDelayMs(), expectedFirst);

    // with the system random source every delay stays within +-25 %
    ReconnectPolicy real(config());
    for (int attempt = 1; attempt <= 20; ++attempt) {
        const int base = real.baseDelayMs(attempt);
        const int delay = *real.nextDelayMs();
        QVERIFY2(
            delay >= base * 0.75 - 1 && delay <= base * 1.25 + 1,
            qPrintable(
                QStringLiteral("attempt %1: %2 vs base %3").arg(attempt).arg(delay).arg(base)));
    }
}

void TestReconnectPolicy::maxAttemptsEndsRetrying()
{
    ReconnectPolicy policy(config(3), [] { return 0.5; });
    QVERIFY(policy.nextDelayMs());
    QVERIFY(policy.nextDelayMs());
    QVERIFY(policy.nextDelayMs());
    QVERIFY(!policy.nextDelayMs());
    QCOMPARE(policy.attempt(), 3);
    policy.reset();
    QCOMPARE(*policy.nextDelayMs(), 100);
}

void TestReconnectPolicy::explicitScheduleLikePhoenix()
{
    ReconnectConfig c = config();
    c.jitter = 0;
    c.scheduleMs = { 10, 50, 100, 150, 200, 250, 500, 1000, 2000, 5000 };
    ReconnectPolicy policy(c);
    QList<int> delays;
    for (int i = 0; i < 12; ++i)
        delays.append(*policy.nextDelayMs());
    QCOMPARE(delays,
             (QList<int> { 10, 50, 100, 150, 200, 250, 500, 1000, 2000, 5000, 5000, 5000 }));
}

void TestReconnectPolicy::disabledNeverRetries()
{
    ReconnectConfig c = config();
    c.enabled = false;
    ReconnectPolicy policy(c);
    QVERIFY(!policy.nextDelayMs());
}

void TestReconnectPolicy::resetsAfterAConnectionThatHeld()
{
    qint64 now = 0;
    ReconnectPolicy policy(
        config(), [] { return 0.5; }, [&now] { return now; });
    policy.nextDelayMs();
    policy.nextDelayMs();
    policy.nextDelayMs();
    policy.connectionEstablished();
    now += 5000;
    policy.connectionLost();
    QCOMPARE(policy.attempt(), 0);
    QCOMPARE(*policy.nextDelayMs(), 100);
}

void TestReconnectPolicy::doesNotResetAfterAShortConnection()
{
    qint64 now = 0;
    ReconnectPolicy policy(
        config(), [] { return 0.5; }, [&now] { return now; });
    policy.nextDelayMs();
    policy.nextDelayMs();
    policy.connectionEstablished();
    now += 4999;
    policy.connectionLost();
    QCOMPARE(policy.attempt(), 2);
    QCOMPARE(*policy.nextDelayMs(), 400);
}

void TestReconnectPolicy::retryableErrors_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<bool>("retryable");
    using C = Error::Code;
    auto row = [](const char *name, C code, bool retry, int httpStatus = 0) {
        Error e(code, QString::fromLatin1(name));
        if (httpStatus)
            e.withContext(QStringLiteral("httpStatus"), httpStatus);
        QTest::newRow(name) << e << retry;
    };
    row("refused (server restarting)", C::ConnectionRefused, true);
    row("reset", C::ConnectionLost, true);
    row("heartbeat death", C::HeartbeatTimeout, true);
    row("handshake 5xx", C::ServerError, true, 503);
    row("connect timeout", C::ConnectTimeout, true);
    row("handshake timeout", C::HandshakeTimeout, true);
    row("abnormal close", C::RemoteClosed, true);
    row("429", C::HandshakeFailed, true, 429);
    row("400", C::HandshakeFailed, false, 400);
    row("401", C::Unauthorized, false, 401);
    row("403", C::Forbidden, false, 403);
    row("404", C::NotFound, false, 404);
    row("certificate", C::TlsCertificateRejected, false);
    row("pin", C::TlsPinMismatch, false);
    row("invalid config", C::InvalidConfig, false);
    row("invalid url", C::InvalidUrl, false);
    row("proxy credentials", C::ProxyAuthenticationRequired, false);
}

void TestReconnectPolicy::retryableErrors()
{
    QFETCH(Error, error);
    QFETCH(bool, retryable);
    QCOMPARE(ReconnectPolicy::isRetryable(error), retryable);
}

QTEST_GUILESS_MAIN(TestReconnectPolicy)
#include "tst_reconnectpolicy.moc"
