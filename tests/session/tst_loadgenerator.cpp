// LoadGenerator against the demo server in-process: counts and round trips,
// several connections, windows, a rate, a duration, text frames, lost and
// mismatched messages, and connections that fail.
#include "server/demoserver.h"

#include <maxmon/loadgenerator.h>
#include <maxmon/testing/scriptedserver.h>

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace maxmon;
using namespace maxmon::testing;

namespace {

LoadGenerator::Settings settingsFor(const QUrl &url)
{
    LoadGenerator::Settings settings;
    settings.config.url = url;
    settings.config.connectTimeoutMs = 5000;
    settings.replyTimeoutMs = 2000;
    return settings;
}

LoadReport run(const LoadGenerator::Settings &settings, int timeoutMs = 60000)
{
    LoadGenerator generator(settings);
    QSignalSpy finished(&generator, &LoadGenerator::finished);
    generator.start();
    if (!finished.wait(timeoutMs))
        qFatal("the load generator did not finish");
    return generator.report();
}

} // namespace

class TestLoadGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripsOverSeveralConnections_data();
    void roundTripsOverSeveralConnections();
    void rateIsKept();
    void durationInsteadOfCount();
    void lostMessages();
    void mismatchedMessages();
    void failedConnections();
    void settingsAreChecked_data();
    void settingsAreChecked();

private:
    DemoServer *m_demo = nullptr;
};

void TestLoadGenerator::initTestCase()
{
    m_demo = new DemoServer(this);
    QVERIFY(m_demo->listen());
}

void TestLoadGenerator::roundTripsOverSeveralConnections_data()
{
    QTest::addColumn<int>("connections");
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("text");
    QTest::newRow("one, request/response") << 1 << 1 << 16 << false;
    QTest::newRow("four, pipelined") << 4 << 8 << 1024 << false;
    QTest::newRow("text frames") << 3 << 4 << 100 << true;
    QTest::newRow("more connections than messages") << 10 << 1 << 64 << false;
}

void TestLoadGenerator::roundTripsOverSeveralConnections()
{
    QFETCH(int, connections);
    QFETCH(int, window);
    QFETCH(int, size);
    QFETCH(bool, text);
    LoadGenerator::Settings settings = settingsFor(m_demo->url());
    settings.connections = connections;
    settings.window = window;
    settings.messageSize = size;
    settings.text = text;
    settings.count = connections == 10 ? 7 : 500;
    const LoadReport report = run(settings);
    QVERIFY2(report.isClean(), qPrintable(report.toText()));
    QCOMPARE(report.connections, connections);
    QCOMPARE(report.connectionsOpened, connections);
    QCOMPARE(report.sent, settings.count);
    QCOMPARE(report.received, settings.count);
    QCOMPARE(report.roundTrip.totalSamples, settings.count);
    QCOMPARE(report.connect.totalSamples, connections);
    QVERIFY(report.roundTrip.p50Ms > 0);
    QVERIFY(report.roundTrip.p50Ms <= report.roundTrip.p95Ms);
    QVERIFY(report.roundTrip.p95Ms <= report.roundTrip.p99Ms);
    QVERIFY(report.roundTrip.p99Ms <= report.roundTrip.maxMs);
    QVERIFY(report.connect.minMs > 0);
    QVERIFY(report.elapsedSeconds > 0);
    QVERIFY(report.messagesPerSecond() > 0);
    QCOMPARE(report.megabytesPerSecond(), report.messagesPerSecond() * size / 1e6);
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QStringLiteral("received")).toInteger(), settings.count);
    QVERIFY(json.value(QStringLiteral("rtt_ms")).toObject().contains(QStringLiteral("p99")));
    QTRY_COMPARE(m_demo->connectionCount(), 0); // all closed at the end
}

void TestLoadGenerator::rateIsKept()
{
    LoadGenerator::Settings settings = settingsFor(m_demo->url());
    settings.connections = 2;
    settings.window = 4;
    settings.rate = 200; // 100 per connection
    settings.count = 60;
    const LoadReport report = run(settings);
    QVERIFY2(report.isClean(), qPrintable(report.toText()));
    // 30 messages per connection at 100/s: the last is sent 290 ms after the first
    QVERIFY2(report.elapsedSeconds >= 0.28, qPrintable(report.toText()));
}

void TestLoadGenerator::durationInsteadOfCount()
{
    LoadGenerator::Settings settings = settingsFor(m_demo->url());
    settings.count = 0;
    settings.durationMs = 300;
    settings.rate = 500;
    const LoadReport report = run(settings);
    QVERIFY2(report.isClean(), qPrintable(report.toText()));
    QVERIFY(report.sent >= 100);
    QVERIFY(report.sent <= 160); // 500/s for 0.3 s, plus the first at once
    QCOMPARE(report.received, report.sent);
}

void TestLoadGenerator::lostMessages()
{
    ScriptedServer sink; // takes everything, answers nothing
    QVERIFY(sink.listen());
    LoadGenerator::Settings settings = settingsFor(sink.url(QStringLiteral("/sink")));
    settings.count = 20;
    settings.window = 5;
    settings.replyTimeoutMs = 200;
    const LoadReport report = run(settings);
    QVERIFY(!report.isClean());
    QCOMPARE(report.sent, 5); // the window filled and nothing came back
    QCOMPARE(report.received, 0);
    QCOMPARE(report.lost, 5);
    QCOMPARE(report.connectionsFailed, 0);
    // the connection was closed cleanly
    QTRY_COMPARE(sink.closeCodes(), QList<int> { 1000 });
}

void TestLoadGenerator::mismatchedMessages()
{
    // /events sends messages of its own: none of them match
    LoadGenerator::Settings settings = settingsFor(m_demo->url(QStringLiteral("/events")));
    settings.count = 3;
    settings.replyTimeoutMs = 300;
    const LoadReport report = run(settings);
    QVERIFY(report.mismatched >= 1);
    QCOMPARE(report.received, 0);
    QVERIFY(!report.isClean());
}

void TestLoadGenerator::failedConnections()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/echo").arg(closed.serverPort()));
    closed.close();
    LoadGenerator::Settings settings = settingsFor(url);
    settings.connections = 3;
    LoadGenerator generator(settings);
    QSignalSpy connected(&generator, &LoadGenerator::connected);
    QSignalSpy finished(&generator, &LoadGenerator::finished);
    generator.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(connected.count(), 1);
    QCOMPARE(connected.constFirst().at(0).toInt(), 0);
    QCOMPARE(connected.constFirst().at(1).toInt(), 3);
    const LoadReport report = generator.report();
    QCOMPARE(report.connectionsFailed, 3);
    QCOMPARE(report.errors.value(QStringLiteral("ConnectionRefused")), 3);
    QCOMPARE(generator.firstError().code(), Error::Code::ConnectionRefused);
    QCOMPARE(report.sent, 0);
}

void TestLoadGenerator::settingsAreChecked_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("inProblem");
    QTest::newRow("connections") << QStringLiteral("connections") << QStringLiteral("connections");
    QTest::newRow("size") << QStringLiteral("size") << QStringLiteral("message size");
    QTest::newRow("window") << QStringLiteral("window") << QStringLiteral("window");
    QTest::newRow("nothing to do")
        << QStringLiteral("count") << QStringLiteral("count or a duration");
}

void TestLoadGenerator::settingsAreChecked()
{
    QFETCH(QString, field);
    QFETCH(QString, inProblem);
    LoadGenerator::Settings settings = settingsFor(m_demo->url());
    QVERIFY(settings.validate().isEmpty());
    if (field == QLatin1String("connections"))
        settings.connections = 0;
    else if (field == QLatin1String("size"))
        settings.messageSize = 8;
    else if (field == QLatin1String("window"))
        settings.window = 0;
    else
        settings.count = 0;
    QVERIFY2(settings.validate().contains(inProblem), qPrintable(settings.validate()));
}

QTEST_GUILESS_MAIN(TestLoadGenerator)
#include "tst_loadgenerator.moc"
