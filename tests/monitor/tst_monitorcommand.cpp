// maxmon-cli monitor as a process, as systemd runs it: --check, usage and
// config errors with their exit codes, the URL on stdout, SIGHUP reloading
// (a good config and a bad one), SIGTERM closing every connection with 1001
// and exiting 0, a port that is taken, TLS files that cannot be used.
#include "cliprocess.h"
#include "expositionparser.h"

#include <maxmon/testing/scriptedserver.h>
#include <maxmon/testing/testutil.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using maxmon::test::CliProcess;
using maxmon::test::ExpositionParser;
using maxmon::testing::ScriptedServer;

namespace {

const QString cli = QStringLiteral(MAXMON_CLI_PATH);

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(content) == content.size();
}

QByteArray configWith(const QStringList &names, const QUrl &url, const QJsonObject &extra = {})
{
    QJsonArray targets;
    for (const QString &name : names)
        targets.append(QJsonObject { { QStringLiteral("name"), name },
                                     { QStringLiteral("url"), url.toString() } });
    QJsonObject config { { QStringLiteral("targets"), targets } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        config.insert(it.key(), it.value());
    return QJsonDocument(config).toJson();
}

ExpositionParser::Exposition scrape(const QUrl &metrics)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(metrics));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        qWarning() << "no answer from" << metrics;
    const QByteArray body = reply->readAll();
    delete reply;
    return ExpositionParser::parse(body, ExpositionParser::Format::PrometheusText);
}

int upTargets(const QUrl &metrics)
{
    int up = 0;
    for (const auto &sample : scrape(metrics).samples(QStringLiteral("maxmon_up")))
        up += sample.value == 1;
    return up;
}

} // namespace

class TestMonitorCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void check();
    void configErrors_data();
    void configErrors();
    void usage_data();
    void usage();
    void reloadAndTerminate();
    void portInUse();
    void badTlsFiles();

private:
    QString file(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMonitorCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMonitorCommand::check()
{
    QVERIFY(writeFile(file(QStringLiteral("m.json")),
                      configWith({ QStringLiteral("a"), QStringLiteral("b") },
                                 QUrl(QStringLiteral("ws://127.0.0.1:1/")))));
    const maxmon::test::CliRun run =
        maxmon::test::runCli(cli,
                             { QStringLiteral("monitor"), QStringLiteral("--config"),
                               file(QStringLiteral("m.json")), QStringLiteral("--check") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.errText().contains(QLatin1String("2 targets, no errors")), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestMonitorCommand::configErrors_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad URL") << QByteArray(R"({"targets": [{"name": "a", "url": "http://x/"}]})")
                             << QStringLiteral("targets[0].url: the scheme must be ws or wss");
    QTest::newRow("unknown key") << QByteArray(R"({"listn": ":9464"})")
                                 << QStringLiteral("listn: unknown key");
    QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("is not valid JSON");
    QTest::newRow("missing profile")
        << QByteArray(R"({"targets": [{"name": "a", "profile": "gone.json"}]})")
        << QStringLiteral("targets[0].profile: cannot read");
}

void TestMonitorCommand::configErrors()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, message);
    QVERIFY(writeFile(file(QStringLiteral("bad.json")), config));
    for (const bool checkOnly : { true, false }) {
        QStringList arguments { QStringLiteral("monitor"), QStringLiteral("--config"),
                                file(QStringLiteral("bad.json")) };
        if (checkOnly)
            arguments.append(QStringLiteral("--check"));
        const maxmon::test::CliRun run = maxmon::test::runCli(cli, arguments);
        QCOMPARE(run.exitCode, 8);
        QVERIFY2(run.errText().contains(message), run.err.constData());
        QVERIFY2(run.errText().contains(file(QStringLiteral("bad.json"))), run.err.constData());
    }
}

void TestMonitorCommand::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no config") << QStringList() << QStringLiteral("--config FILE is needed");
    QTest::newRow("bad listen") << QStringList {
        QStringLiteral("--config"), QStringLiteral("x.json"), QStringLiteral("--listen"),
        QStringLiteral("nowhere")
    } << QStringLiteral("--listen: ");
    QTest::newRow("a positional argument")
        << QStringList { QStringLiteral("--config"), QStringLiteral("x.json"),
                         QStringLiteral("extra") }
        << QStringLiteral("wrong number of arguments");
}

void TestMonitorCommand::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const maxmon::test::CliRun run =
        maxmon::test::runCli(cli, QStringList { QStringLiteral("monitor") } + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(message), run.err.constData());
}

void TestMonitorCommand::reloadAndTerminate()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    const QString config = file(QStringLiteral("monitor.json"));
    QVERIFY(writeFile(config, configWith({ QStringLiteral("a") }, server.url())));
    CliProcess monitor(cli);
    QVERIFY(monitor.start({ QStringLiteral("monitor"), QStringLiteral("--config"), config,
                            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") }));
    QVERIFY(monitor.waitForOutput("/metrics\n"));
    const QUrl metrics(QString::fromUtf8(monitor.outLines().constFirst()));
    QVERIFY2(metrics.toString().startsWith(QLatin1String("http://127.0.0.1:")),
             monitor.out().constData());
    QTRY_COMPARE(upTargets(metrics), 1);

    // SIGHUP with one more target
    QVERIFY(
        writeFile(config, configWith({ QStringLiteral("a"), QStringLiteral("b") }, server.url())));
    monitor.sendSignal(SIGHUP);
    QVERIFY(monitor.waitForError("1 new, 0 changed"));
    QTRY_COMPARE(upTargets(metrics), 2);
    QCOMPARE(server.connectionCount(), 2); // a kept its connection

    // SIGHUP with a broken config: reported, and nothing changes
    QVERIFY(writeFile(config, R"({"targets": [], "lables": {}})"));
    monitor.sendSignal(SIGHUP);
    QVERIFY(monitor.waitForError("lables: unknown key"));
    QVERIFY(monitor.waitForError("the config in force stays"));
    const ExpositionParser::Exposition after = scrape(metrics);
    QCOMPARE(after.value(QStringLiteral("maxmon_monitor_config_reloads_total"),
                         { { QStringLiteral("result"), QStringLiteral("failure") } }),
             1.0);
    QCOMPARE(upTargets(metrics), 2);
    QVERIFY(monitor.isRunning());

    // SIGTERM: every connection closed with 1001, exit 0
    monitor.sendSignal(SIGTERM);
    QVERIFY(monitor.waitForFinished());
    QCOMPARE(monitor.exitCode(), 0);
    QTRY_COMPARE(server.closeCodes(), QList<int>({ 1001, 1001 }));
    QVERIFY2(monitor.errText().contains(QLatin1String("closing 2 connections with 1001")),
             monitor.err().constData());
}

void TestMonitorCommand::portInUse()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    QVERIFY(writeFile(file(QStringLiteral("m.json")), "{}"));
    const maxmon::test::CliRun run = maxmon::test::runCli(
        cli,
        { QStringLiteral("monitor"), QStringLiteral("--config"), file(QStringLiteral("m.json")),
          QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(taken.serverPort()) });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.errText().contains(QLatin1String("cannot listen on http://127.0.0.1:%1")
                                        .arg(QString::number(taken.serverPort()))),
             run.err.constData());
}

void TestMonitorCommand::badTlsFiles()
{
    QVERIFY(writeFile(file(QStringLiteral("m.json")),
                      R"({"listen": "127.0.0.1:0",
                          "tls": {"cert_file": "missing.pem", "key_file": "missing.key"}})"));
    const maxmon::test::CliRun run = maxmon::test::runCli(
        cli,
        { QStringLiteral("monitor"), QStringLiteral("--config"), file(QStringLiteral("m.json")) });
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.errText().contains(
                 QLatin1String("tls.cert_file %1").arg(file(QStringLiteral("missing.pem")))),
             run.err.constData());
}

QTEST_GUILESS_MAIN(TestMonitorCommand)
#include "tst_monitorcommand.moc"
