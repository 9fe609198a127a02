// Secrets are masked wherever text leaves the process.
#include <maxmon/redaction.h>

#include <QTest>

using namespace maxmon;

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urls_data();
    void urls();
    void urlsWithoutSecrets_data();
    void urlsWithoutSecrets();
    void headers_data();
    void headers();
    void knownSecretsInAnyForm();
    void sensitiveValuesByName_data();
    void sensitiveValuesByName();
    void quickTestNeverMissesAMask_data();
    void quickTestNeverMissesAMask();
};

void TestRedaction::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("extraKeys");
    QTest::addColumn<QString>("expected");
    QTest::newRow("token") << QStringLiteral("ws://h/p?token=abc&room=1") << QStringList()
                           << QStringLiteral("ws://h/p?token=***&room=1");
    QTest::newRow("case") << QStringLiteral("ws://h/p?Access_Token=abc") << QStringList()
                          << QStringLiteral("ws://h/p?Access_Token=***");
    QTest::newRow("custom key") << QStringLiteral("ws://h/p?vsn=2.0.0&my_auth=xyz")
                                << QStringList { QStringLiteral("my_auth") }
                                << QStringLiteral("ws://h/p?vsn=2.0.0&my_auth=***");
    QTest::newRow("password") << QStringLiteral("wss://user:pw@h/") << QStringList()
                              << QStringLiteral("wss://user:***@h/");
    QTest::newRow("nothing") << QStringLiteral("ws://h:81/p?a=b") << QStringList()
                             << QStringLiteral("ws://h:81/p?a=b");
}

void TestRedaction::urls()
{
    QFETCH(QString, url);
    QFETCH(QStringList, extraKeys);
    QFETCH(QString, expected);
    QCOMPARE(redaction::url(QUrl(url), extraKeys), expected);
}

void TestRedaction::urlsWithoutSecrets_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("token") << QStringLiteral("ws://h/p?token=abc&room=1")
                           << QStringLiteral("ws://h/p?room=1");
    QTest::newRow("only a token") << QStringLiteral("ws://h/p?Access_Token=abc")
                                  << QStringLiteral("ws://h/p");
    QTest::newRow("password") << QStringLiteral("wss://user:pw@h/?vsn=2.0.0")
                              << QStringLiteral("wss://user@h/?vsn=2.0.0");
    QTest::newRow("encoded values kept")
        << QStringLiteral("ws://h/p?q=a%26b&api_key=x") << QStringLiteral("ws://h/p?q=a%26b");
    QTest::newRow("nothing") << QStringLiteral("ws://h:81/p?a=b")
                             << QStringLiteral("ws://h:81/p?a=b");
}

void TestRedaction::urlsWithoutSecrets()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(redaction::withoutSecrets(QUrl(url)).toString(QUrl::FullyEncoded), expected);
}

void TestRedaction::headers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bearer") << QStringLiteral("Authorization") << QStringLiteral("Bearer abc.def")
                            << QStringLiteral("Bearer ***");
    QTest::newRow("cookie") << QStringLiteral("cookie") << QStringLiteral("a=b")
                            << QStringLiteral("***");
    QTest::newRow("api key") << QStringLiteral("X-Api-Key") << QStringLiteral("k")
                             << QStringLiteral("***");
    QTest::newRow("plain") << QStringLiteral("X-Client") << QStringLiteral("maxmon")
                           << QStringLiteral("maxmon");
}

void TestRedaction::headers()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(redaction::headerValue(name, value), expected);
}

void TestRedaction::knownSecretsInAnyForm()
{
    const QString secret = QStringLiteral("s3cr/t+t0k=n>>>x"); // base64 has "+" and padding
    const QString plain = QStringLiteral("token ") + secret;
    const QString encoded =
        QStringLiteral("?t=") + QString::fromLatin1(QUrl::toPercentEncoding(secret));
    const QString b64url = QString::fromLatin1(
        secret.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    // what the Phoenix authToken subprotocol carries: standard alphabet, no padding
    const QString b64 =
        QString::fromLatin1(secret.toUtf8().toBase64(QByteArray::OmitTrailingEquals));
    QVERIFY(b64 != b64url);
    const QString prefix = QStringLiteral("base64url.bearer.phx.");
    for (const QString &form :
         { secret, QString::fromLatin1(QUrl::toPercentEncoding(secret)), b64url, b64 }) {
        for (const QString &text : { plain, encoded, prefix + b64url, prefix + b64 }) {
            const QString masked = redaction::text(text, { secret });
            QVERIFY2(!masked.contains(form), qPrintable(masked));
            QVERIFY2(masked.contains(QLatin1String("***")), qPrintable(masked));
        }
    }
    QCOMPARE(redaction::bytes(plain.toUtf8(), { secret }), QByteArray("token ***"));
    // too short to be a credential: left alone rather than masking words
    QCOMPARE(redaction::text(QStringLiteral("a b c"), { QStringLiteral("a") }),
             QStringLiteral("a b c"));
}

void TestRedaction::sensitiveValuesByName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("extraKeys");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *text, const char *expected,
                  const QStringList &extra = {}) {
        QTest::newRow(name) << QString::fromUtf8(text) << extra << QString::fromUtf8(expected);
    };
    row("json member", R"({"topic":"room:1","token":"abc.def"})",
        R"({"topic":"room:1","token":"***"})");
    row("json spacing and case", R"({ "API_KEY" :  "k1" , "n": 1 })",
        R"({ "API_KEY" :  "***" , "n": 1 })");
    row("json escapes", R"({"password":"a\"b\\c","x":"y"})", R"({"password":"***","x":"y"})");
    row("json header keeps scheme", R"({"Authorization":"Bearer abc"})",
        R"({"Authorization":"Bearer ***"})");
    row("json empty value", R"({"token":""})", R"({"token":""})");
    row("phoenix join", R"(["1","1","room:lobby","phx_join",{"guardian_token":"xyz"}])",
        R"(["1","1","room:lobby","phx_join",{"guardian_token":"***"}])");
    row("query in text", "wss://h/socket?vsn=2.0.0&token=abc123&x=1",
        "wss://h/socket?vsn=2.0.0&token=***&x=1");
    row("query inside json", R"({"url":"ws://h/?access_token=t0k"})",
        R"({"url":"ws://h/?access_token=***"})");
    row("not a suffix", "mytoken=abc", "mytoken=abc");
    row("header lines", "GET / HTTP/1.1\r\nCookie: a=b\r\nAuthorization: Bearer abc  \r\nX-Y: z",
        "GET / HTTP/1.1\r\nCookie: ***\r\nAuthorization: Bearer ***  \r\nX-Y: z");
    row("extra key", R"({"my_auth":"v","vsn":"2"} my_auth=v)",
        R"({"my_auth":"***","vsn":"2"} my_auth=***)", { QStringLiteral("my_auth") });
    row("nothing", "hello {\"a\":1}", "hello {\"a\":1}");
}

void TestRedaction::sensitiveValuesByName()
{
    QFETCH(QString, text);
    QFETCH(QStringList, extraKeys);
    QFETCH(QString, expected);
    const QString masked = redaction::sensitiveValues(text, extraKeys);
    QCOMPARE(masked, expected);
    // masking twice changes nothing more
    QCOMPARE(redaction::sensitiveValues(masked, extraKeys), masked);
    // the quick test that spares the patterns must let every such text through
    if (masked != text)
        QVERIFY(redaction::mayContainSensitiveValues(text.toUtf8(), extraKeys));
}

void TestRedaction::quickTestNeverMissesAMask_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("extraKeys");
    QTest::addColumn<bool>("mayContain");
    const QStringList none;
    QTest::newRow("plain JSON") << QStringLiteral("{\"seq\":1,\"data\":{\"value\":3}}") << none
                                << false;
    QTest::newRow("a name inside a word") << QStringLiteral("monkeys stoken") << none << false;
    QTest::newRow("json key") << QStringLiteral("{\"Token\": \"x\"}") << none << true;
    QTest::newRow("query") << QStringLiteral("a=1&api_key=2") << none << true;
    QTest::newRow("header line") << QStringLiteral("GET /\r\nAuthorization: Bearer x") << none
                                 << true;
    QTest::newRow("at the start") << QStringLiteral("secret=1") << none << true;
    QTest::newRow("extra key") << QStringLiteral("{\"my_pin\":\"1\"}")
                               << QStringList { QStringLiteral("MY_PIN") } << true;
    QTest::newRow("extra key beyond ASCII")
        << QStringLiteral("nothing") << QStringList { QStringLiteral("ключ") } << true;
}

void TestRedaction::quickTestNeverMissesAMask()
{
    QFETCH(QString, text);
    QFETCH(QStringList, extraKeys);
    QFETCH(bool, mayContain);
    QCOMPARE(redaction::mayContainSensitiveValues(text.toUtf8(), extraKeys), mayContain);
    if (!mayContain)
        QCOMPARE(redaction::sensitiveValues(text, extraKeys), text);
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
