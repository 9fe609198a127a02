// AuthConfig, the "auth" section of a profile on its own: its JSON (never the
// token), what its reader reports, and validate() under any prefix.
#include "configtestutil.h"

#include <maxmon/authconfig.h>
#include <maxmon/connectionconfig.h>
#include <maxmon/jsonobjectreader.h>

#include <QJsonDocument>
#include <QTest>

using namespace maxmon;
using maxmon::test::describeIssues;
using maxmon::test::parseJsonObject;

namespace {

AuthConfig read(const QJsonObject &json, QList<ConfigIssue> *issues)
{
    return maxmon::test::readSection<AuthConfig>(json, QStringLiteral("auth"), issues);
}

} // namespace

class TestAuthConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultJson();
    void roundTrip();
    void tokenIsNeverWritten();
    void modeNames();
    void badFields_data();
    void badFields();
    void emptyQueryParameter();
    void inProfile();
};

void TestAuthConfig::defaultJson()
{
    QCOMPARE(AuthConfig().toJson(),
             parseJsonObject(R"({"mode": "none", "query_parameter": "token"})"));
    QList<ConfigIssue> issues;
    QVERIFY(read({}, &issues) == AuthConfig());
    QVERIFY(issues.isEmpty());
    QVERIFY(AuthConfig().validate().isEmpty());
}

void TestAuthConfig::roundTrip()
{
    AuthConfig auth;
    auth.mode = AuthConfig::Mode::QueryParameter;
    auth.queryParameter = QStringLiteral("access");
    auth.tokenSource = { SecretRef::Source::Command, QStringLiteral("pass max/token") };
    const QJsonObject json = auth.toJson();
    QCOMPARE(json, parseJsonObject(R"({"mode": "query", "query_parameter": "access",
                       "token": {"command": "pass max/token"}})"));
    QList<ConfigIssue> issues;
    const AuthConfig back = read(json, &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(describeIssues(issues)));
    QVERIFY(back == auth);
    QVERIFY(back != AuthConfig());
}

void TestAuthConfig::tokenIsNeverWritten()
{
    AuthConfig auth;
    auth.mode = AuthConfig::Mode::BearerHeader;
    auth.token = QStringLiteral("never-on-disk-123");
    QVERIFY(!QJsonDocument(auth.toJson()).toJson().contains("never-on-disk-123"));
    QList<ConfigIssue> issues;
    const AuthConfig back = read(auth.toJson(), &issues);
    QVERIFY(back.token.isEmpty());
    QVERIFY(back != auth); // == compares the run-time token too
}

void TestAuthConfig::modeNames()
{
    QCOMPARE(AuthConfig::modeName(AuthConfig::Mode::None), QStringLiteral("none"));
    QCOMPARE(AuthConfig::modeName(AuthConfig::Mode::BearerHeader), QStringLiteral("bearer"));
    QCOMPARE(AuthConfig::modeName(AuthConfig::Mode::QueryParameter), QStringLiteral("query"));
    QCOMPARE(AuthConfig::modeName(AuthConfig::Mode::PhoenixSubprotocol), QStringLiteral("phoenix"));
}

void TestAuthConfig::badFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<bool>("error");
    auto row = [](const char *name, const char *json, const char *path, const char *part,
                  bool error = true) {
        QTest::newRow(name) << QByteArray(json) << QString::fromLatin1(path)
                            << QString::fromLatin1(part) << error;
    };
    row("mode", R"({"mode": "basic"})", "auth.mode", "use one of none, bearer, query, phoenix");
    row("mode type", R"({"mode": 1})", "auth.mode", "must be a string");
    row("query parameter type", R"({"query_parameter": ["t"]})", "auth.query_parameter",
        "must be a string");
    row("token in plain text", R"({"token": "abc"})", "auth.token", "never stored");
    row("token source", R"({"token": {"vault": "x"}})", "auth.token", "vault");
    row("unknown key", R"({"tokn": {"env": "T"}})", "auth.tokn", "unknown key", false);
}

void TestAuthConfig::badFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, messagePart);
    QFETCH(bool, error);
    QList<ConfigIssue> issues;
    const AuthConfig auth = read(QJsonDocument::fromJson(json).object(), &issues);
    QVERIFY2(issues.size() == 1, qPrintable(describeIssues(issues)));
    QCOMPARE(issues.at(0).path, path);
    QVERIFY2(issues.at(0).message.contains(messagePart), qPrintable(issues.at(0).message));
    QCOMPARE(issues.at(0).isError(), error);
    // a wrong value leaves the default
    QCOMPARE(auth.mode, AuthConfig::Mode::None);
    QCOMPARE(auth.queryParameter, QStringLiteral("token"));
}

void TestAuthConfig::emptyQueryParameter()
{
    AuthConfig auth;
    auth.queryParameter.clear();
    QVERIFY(auth.validate().isEmpty()); // only the query mode needs the name
    auth.mode = AuthConfig::Mode::QueryParameter;
    const QList<ConfigIssue> issues = auth.validate(QStringLiteral("staging.auth"));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.at(0).path, QStringLiteral("staging.auth.query_parameter"));
    QCOMPARE(issues.at(0).message, QStringLiteral("must not be empty"));
    QVERIFY(issues.at(0).isError());
}

void TestAuthConfig::inProfile()
{
    // the profile reads the section under "auth" and adds its validate()
    QList<ConfigIssue> issues;
    const ConnectionConfig config = ConnectionConfig::fromJson(
        parseJsonObject(R"({"url": "ws://h/", "auth": {"mode": "query", "query_parameter": ""}})"),
        &issues);
    QCOMPARE(describeIssues(issues), QStringLiteral("E auth.query_parameter: must not be empty"));
    QCOMPARE(config.auth.mode, AuthConfig::Mode::QueryParameter);
}

QTEST_GUILESS_MAIN(TestAuthConfig)
#include "tst_authconfig.moc"
