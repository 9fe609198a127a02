// Secrets are masked wherever text leaves the process.
#include "config/redaction.h"

#include <QTest>

using namespace maxmon;

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urls_data();
    void urls();
    void headers_data();
    void headers();
    void knownSecretsInAnyForm();
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

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
