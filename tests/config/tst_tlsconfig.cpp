// TlsConfig, the "tls" section of a profile on its own: its JSON (the key
// passphrase only as its reference), what its reader reports, and validate()
// under any prefix.
#include "configtestutil.h"

#include <maxmon/connectionconfig.h>
#include <maxmon/jsonobjectreader.h>
#include <maxmon/tlsconfig.h>

#include <QJsonDocument>
#include <QTest>

using namespace maxmon;
using maxmon::test::describeIssues;
using maxmon::test::parseJsonObject;

namespace {

TlsConfig read(const QJsonObject &json, QList<ConfigIssue> *issues)
{
    return maxmon::test::readSection<TlsConfig>(json, QStringLiteral("tls"), issues);
}

QString pin(char fill)
{
    return QString::fromLatin1(QByteArray(32, fill).toBase64());
}

} // namespace

class TestTlsConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultJson();
    void roundTrip();
    void badFields_data();
    void badFields();
    void validate_data();
    void validate();
    void inProfile();
};

void TestTlsConfig::defaultJson()
{
    QCOMPARE(
        TlsConfig().toJson(),
        parseJsonObject(R"({"ca_file": "", "client_certificate_file": "", "client_key_file": "",
                       "spki_pins": [], "allow_insecure": false, "allowed_errors": []})"));
    QList<ConfigIssue> issues;
    QVERIFY(read({}, &issues) == TlsConfig());
    QVERIFY(issues.isEmpty());
    QVERIFY(TlsConfig().validate().isEmpty());
}

void TestTlsConfig::roundTrip()
{
    TlsConfig tls;
    tls.caFile = QStringLiteral("/etc/max/ca.pem");
    tls.clientCertificateFile = QStringLiteral("/etc/max/client.pem");
    tls.clientKeyFile = QStringLiteral("/etc/max/client.key");
    tls.keyPassphrase = { SecretRef::Source::Env, QStringLiteral("KEY_PASS") };
    tls.spkiPins = { pin('a'), pin('b') };
    tls.allowInsecure = true;
    tls.allowedErrors = { QStringLiteral("SelfSignedCertificate"),
                          QStringLiteral("HostNameMismatch") };
    const QJsonObject json = tls.toJson();
    QCOMPARE(json.value(QLatin1String("key_passphrase")).toObject(),
             parseJsonObject(R"({"env": "KEY_PASS"})"));
    QList<ConfigIssue> issues;
    const TlsConfig back = read(json, &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(describeIssues(issues)));
    QVERIFY(back == tls);
    QVERIFY(tls.validate().isEmpty());
}

void TestTlsConfig::badFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("messagePart");
    auto row = [](const char *name, const char *json, const char *path, const char *part) {
        QTest::newRow(name) << QByteArray(json) << QString::fromLatin1(path)
                            << QString::fromLatin1(part);
    };
    row("ca file", R"({"ca_file": 1})", "tls.ca_file", "must be a string");
    row("certificate", R"({"client_certificate_file": []})", "tls.client_certificate_file",
        "must be a string");
    row("key", R"({"client_key_file": false})", "tls.client_key_file", "must be a string");
    row("passphrase in plain text", R"({"key_passphrase": "secret"})", "tls.key_passphrase",
        "never stored");
    row("passphrase source", R"({"key_passphrase": {"env": ""}})", "tls.key_passphrase",
        "non-empty string");
    row("pins type", R"({"spki_pins": "abc"})", "tls.spki_pins", "list of strings");
    row("pin type", R"({"spki_pins": [1]})", "tls.spki_pins[0]", "must be a string");
    row("insecure", R"({"allow_insecure": "yes"})", "tls.allow_insecure", "true or false");
    row("allowed errors", R"({"allowed_errors": {}})", "tls.allowed_errors", "list of strings");
    row("unknown key", R"({"ca": "/ca.pem"})", "tls.ca", "unknown key");
}

void TestTlsConfig::badFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, messagePart);
    QList<ConfigIssue> issues;
    const TlsConfig tls = read(QJsonDocument::fromJson(json).object(), &issues);
    QVERIFY2(issues.size() == 1, qPrintable(describeIssues(issues)));
    QCOMPARE(issues.at(0).path, path);
    QVERIFY2(issues.at(0).message.contains(messagePart), qPrintable(issues.at(0).message));
    QVERIFY(tls == TlsConfig()); // a wrong value leaves the default
}

void TestTlsConfig::validate_data()
{
    QTest::addColumn<TlsConfig>("tls");
    QTest::addColumn<QString>("expected");
    auto with = [](auto change) {
        TlsConfig tls;
        change(tls);
        return tls;
    };
    QTest::newRow("certificate without key")
        << with([](TlsConfig &t) { t.clientCertificateFile = QStringLiteral("/c.pem"); })
        << QStringLiteral("E t.client_key_file: a client certificate needs both the "
                          "certificate and the key file");
    QTest::newRow("key without certificate")
        << with([](TlsConfig &t) { t.clientKeyFile = QStringLiteral("/c.key"); })
        << QStringLiteral("E t.client_certificate_file: a client certificate needs both the "
                          "certificate and the key file");
    QTest::newRow("errors without insecure")
        << with([](TlsConfig &t) { t.allowedErrors = { QStringLiteral("HostNameMismatch") }; })
        << QStringLiteral("E t.allowed_errors: is only honoured with t.allow_insecure set to "
                          "true");
    QTest::newRow("insecure without errors")
        << with([](TlsConfig &t) { t.allowInsecure = true; })
        << QStringLiteral("E t.allowed_errors: must list the certificate errors t.allow_insecure "
                          "accepts, for example [\"SelfSignedCertificate\"]: nothing is "
                          "accepted wholesale");
    QTest::newRow("error names")
        << with([](TlsConfig &t) {
               t.allowInsecure = true;
               t.allowedErrors = { QStringLiteral("SelfSignedCertificate"),
                                   QStringLiteral("NoError"), QStringLiteral("All") };
           })
        << QStringLiteral("E t.allowed_errors[1]: \"NoError\" is not a certificate error name "
                          "(QSslError), such as SelfSignedCertificate or HostNameMismatch\n"
                          "E t.allowed_errors[2]: \"All\" is not a certificate error name "
                          "(QSslError), such as SelfSignedCertificate or HostNameMismatch");
    QTest::newRow("pins")
        << with([](TlsConfig &t) {
               t.spkiPins = { pin('x'), QStringLiteral("abc"),
                              QString::fromLatin1(QByteArray(31, 'x').toBase64()) };
           })
        << QStringLiteral("E t.spki_pins[1]: must be the base64 of a SHA-256 digest (32 bytes)\n"
                          "E t.spki_pins[2]: must be the base64 of a SHA-256 digest (32 bytes)");
}

void TestTlsConfig::validate()
{
    QFETCH(TlsConfig, tls);
    QFETCH(QString, expected);
    QCOMPARE(describeIssues(tls.validate(QStringLiteral("t"))), expected);
}

void TestTlsConfig::inProfile()
{
    QList<ConfigIssue> issues;
    ConnectionConfig::fromJson(
        parseJsonObject(
            R"({"url": "wss://h/", "tls": {"allowed_errors": ["SelfSignedCertificate"]}})"),
        &issues);
    QCOMPARE(describeIssues(issues),
             QStringLiteral("E tls.allowed_errors: is only honoured with tls.allow_insecure set "
                            "to true"));
}

QTEST_GUILESS_MAIN(TestTlsConfig)
#include "tst_tlsconfig.moc"
