// ProxyConfig, the "proxy" section of a profile on its own: its JSON (the
// password only as its reference), what its reader reports, and validate()
// under any prefix.
#include "configtestutil.h"

#include <maxmon/connectionconfig.h>
#include <maxmon/jsonobjectreader.h>
#include <maxmon/proxyconfig.h>

#include <QJsonDocument>
#include <QTest>

using namespace maxmon;
using maxmon::test::describeIssues;
using maxmon::test::parseJsonObject;

namespace {

ProxyConfig read(const QJsonObject &json, QList<ConfigIssue> *issues)
{
    return maxmon::test::readSection<ProxyConfig>(json, QStringLiteral("proxy"), issues);
}

} // namespace

class TestProxyConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultJson();
    void roundTrip();
    void modeNames();
    void badFields_data();
    void badFields();
    void validate_data();
    void validate();
    void inProfile();
};

void TestProxyConfig::defaultJson()
{
    QCOMPARE(ProxyConfig().toJson(),
             parseJsonObject(R"({"mode": "system", "host": "", "port": 0, "user": ""})"));
    QList<ConfigIssue> issues;
    QVERIFY(read({}, &issues) == ProxyConfig());
    QVERIFY(issues.isEmpty());
    QVERIFY(ProxyConfig().validate().isEmpty());
}

void TestProxyConfig::roundTrip()
{
    const ProxyConfig proxy { ProxyConfig::Mode::Http,
                              QStringLiteral("proxy.example"),
                              3128,
                              QStringLiteral("me"),
                              { SecretRef::Source::Keychain, QStringLiteral("proxy") } };
    const QJsonObject json = proxy.toJson();
    QCOMPARE(
        json,
        parseJsonObject(R"({"mode": "http", "host": "proxy.example", "port": 3128, "user": "me",
                       "password": {"keychain": "proxy"}})"));
    QList<ConfigIssue> issues;
    const ProxyConfig back = read(json, &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(describeIssues(issues)));
    QVERIFY(back == proxy);
    QVERIFY(proxy.validate().isEmpty());
}

void TestProxyConfig::modeNames()
{
    QCOMPARE(ProxyConfig::modeName(ProxyConfig::Mode::System), QStringLiteral("system"));
    QCOMPARE(ProxyConfig::modeName(ProxyConfig::Mode::None), QStringLiteral("none"));
    QCOMPARE(ProxyConfig::modeName(ProxyConfig::Mode::Http), QStringLiteral("http"));
    QCOMPARE(ProxyConfig::modeName(ProxyConfig::Mode::Socks5), QStringLiteral("socks5"));
}

void TestProxyConfig::badFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("messagePart");
    auto row = [](const char *name, const char *json, const char *path, const char *part) {
        QTest::newRow(name) << QByteArray(json) << QString::fromLatin1(path)
                            << QString::fromLatin1(part);
    };
    row("mode", R"({"mode": "ftp"})", "proxy.mode", "use one of system, none, http, socks5");
    row("host", R"({"host": 1})", "proxy.host", "must be a string");
    row("port", R"({"port": 65536})", "proxy.port", "between 0 and 65535");
    row("port type", R"({"port": "8080"})", "proxy.port", "whole number");
    row("user", R"({"user": {}})", "proxy.user", "must be a string");
    row("password in plain text", R"({"password": "hunter2"})", "proxy.password", "never stored");
    row("unknown key", R"({"pass": "x"})", "proxy.pass", "unknown key");
}

void TestProxyConfig::badFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, messagePart);
    QList<ConfigIssue> issues;
    const ProxyConfig proxy = read(QJsonDocument::fromJson(json).object(), &issues);
    QVERIFY2(issues.size() == 1, qPrintable(describeIssues(issues)));
    QCOMPARE(issues.at(0).path, path);
    QVERIFY2(issues.at(0).message.contains(messagePart), qPrintable(issues.at(0).message));
    QVERIFY(proxy == ProxyConfig()); // a wrong value leaves the default
    QVERIFY(!QJsonDocument(proxy.toJson()).toJson().contains("hunter2"));
}

void TestProxyConfig::validate_data()
{
    QTest::addColumn<ProxyConfig>("proxy");
    QTest::addColumn<QString>("expected");
    const QString host = QStringLiteral("p");
    QTest::newRow("system ignores host and port")
        << ProxyConfig { ProxyConfig::Mode::System, {}, -1, {}, {} } << QString();
    QTest::newRow("none ignores host and port")
        << ProxyConfig { ProxyConfig::Mode::None, {}, 0, {}, {} } << QString();
    QTest::newRow("http without host")
        << ProxyConfig { ProxyConfig::Mode::Http, {}, 8080, {}, {} }
        << QStringLiteral("E px.host: is needed for an http or socks5 proxy");
    QTest::newRow("socks5 port 0") << ProxyConfig { ProxyConfig::Mode::Socks5, host, 0, {}, {} }
                                   << QStringLiteral("E px.port: must be a number from 1 to 65535");
    QTest::newRow("http port too big")
        << ProxyConfig { ProxyConfig::Mode::Http, host, 65536, {}, {} }
        << QStringLiteral("E px.port: must be a number from 1 to 65535");
    QTest::newRow("socks5 with neither")
        << ProxyConfig { ProxyConfig::Mode::Socks5, {}, 0, {}, {} }
        << QStringLiteral("E px.host: is needed for an http or socks5 proxy\n"
                          "E px.port: must be a number from 1 to 65535");
}

void TestProxyConfig::validate()
{
    QFETCH(ProxyConfig, proxy);
    QFETCH(QString, expected);
    QCOMPARE(describeIssues(proxy.validate(QStringLiteral("px"))), expected);
}

void TestProxyConfig::inProfile()
{
    QList<ConfigIssue> issues;
    const ConnectionConfig config = ConnectionConfig::fromJson(
        parseJsonObject(R"({"url": "ws://h/", "proxy": {"mode": "socks5", "port": 1080}})"),
        &issues);
    QCOMPARE(describeIssues(issues),
             QStringLiteral("E proxy.host: is needed for an http or socks5 proxy"));
    QCOMPARE(config.proxy.port, 1080);
}

QTEST_GUILESS_MAIN(TestProxyConfig)
#include "tst_proxyconfig.moc"
