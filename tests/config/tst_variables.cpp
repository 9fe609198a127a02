// Variables: {{name}} replaced from the session, the profile or the
// environment (MAXMON_<NAME>) in that order; the errors for an undefined
// variable, an unterminated "{{" and a bad name; the "{{{{" escape; which
// values exports must mask; and resolveUrl()'s percent-encoding.
#include <maxmon/variables.h>

#include <QTest>

using namespace maxmon;
using Scope = Variables::Scope;

namespace {

// "name=value|name=value"; a leading '!' marks a value secret
void setAll(Variables *variables, Scope scope, const QString &entries)
{
    for (const QString &entry : entries.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const bool secret = entry.startsWith(QLatin1Char('!'));
        const QString plain = secret ? entry.mid(1) : entry;
        const qsizetype eq = plain.indexOf(QLatin1Char('='));
        QVERIFY(variables->set(scope, plain.left(eq), plain.mid(eq + 1), secret));
    }
}

} // namespace

class TestVariables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void resolve_data();
    void resolve();
    void environmentNeedsThePrefix();
    void secretValues();
    void names();
    void setRefusesBadNames();
    void copiesAreIndependent();
    void resolveUrl_data();
    void resolveUrl();

private:
    QByteArrayList m_setEnv;
    void setEnv(const char *name, const QByteArray &value)
    {
        qputenv(name, value);
        m_setEnv.append(name);
    }
};

void TestVariables::init()
{
    setEnv("MAXMON_ENVONLY", "from-env");
    setEnv("MAXMON_USER", "env-user");
}

void TestVariables::cleanup()
{
    for (const QByteArray &name : std::as_const(m_setEnv))
        qunsetenv(name.constData());
    m_setEnv.clear();
}

void TestVariables::resolve_data()
{
    QTest::addColumn<QString>("session");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: an error
    QTest::addColumn<QString>("error"); // a part of the error's message

    const QString none;
    QTest::newRow("no reference") << none << none << "plain {text}"
                                  << "plain {text}"
                                  << "";
    QTest::newRow("empty text") << none << none << ""
                                << ""
                                << "";
    QTest::newRow("session") << "token=s" << none << "t={{token}}"
                             << "t=s"
                             << "";
    QTest::newRow("profile") << none << "token=p"
                             << "{{token}}"
                             << "p"
                             << "";
    QTest::newRow("session beats profile") << "token=s"
                                           << "token=p"
                                           << "{{token}}"
                                           << "s"
                                           << "";
    QTest::newRow("profile beats environment") << none << "user=p"
                                               << "{{user}}"
                                               << "p"
                                               << "";
    QTest::newRow("environment") << none << none << "{{envonly}}"
                                 << "from-env"
                                 << "";
    QTest::newRow("environment, upper case name") << none << none << "{{ENVONLY}}"
                                                  << "from-env"
                                                  << "";
    QTest::newRow("spaces inside the braces") << "a=1" << none << "{{ a }}-{{a  }}"
                                              << "1-1"
                                              << "";
    QTest::newRow("several") << "a=1|b=2" << none << "{{a}}{{b}}/{{a}}"
                             << "12/1"
                             << "";
    QTest::newRow("empty value") << "a=" << none << "x{{a}}y"
                                 << "xy"
                                 << "";
    QTest::newRow("value with braces is not resolved again") << "a={{b}}" << none << "{{a}}"
                                                             << "{{b}}"
                                                             << "";
    QTest::newRow("escape") << none << none << "{{{{literal}}"
                            << "{{literal}}"
                            << "";
    QTest::newRow("escape then variable") << "a=1" << none << "{{{{{{a}}"
                                          << "{{1"
                                          << "";
    QTest::newRow("single braces stay") << none << none << "{\"a\":{}}"
                                        << "{\"a\":{}}"
                                        << "";
    QTest::newRow("undefined") << none << none << "Bearer {{nothere}}"
                               << ""
                               << "{{nothere}} is not defined: set it for this session, in the "
                                  "profile, or as MAXMON_NOTHERE";
    QTest::newRow("undefined, spaces") << none << none << "{{ missing }}"
                                       << ""
                                       << "{{missing}} is not defined";
    QTest::newRow("unterminated") << "a=1" << none << "x {{a"
                                  << ""
                                  << "\"{{\" at position 3 is not closed by \"}}\"";
    QTest::newRow("unterminated after a good one") << "a=1" << none << "{{a}} {{a }"
                                                   << ""
                                                   << "position 7";
    QTest::newRow("empty name") << none << none << "{{}}"
                                << ""
                                << "is not a valid variable name";
    QTest::newRow("bad name") << none << none << "{{a-b}}"
                              << ""
                              << "{{a-b}} is not a valid variable name";
    QTest::newRow("digit first") << none << none << "{{1a}}"
                                 << ""
                                 << "not a valid variable name";
}

void TestVariables::resolve()
{
    QFETCH(QString, session);
    QFETCH(QString, profile);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, error);

    Variables variables;
    setAll(&variables, Scope::Session, session);
    setAll(&variables, Scope::Profile, profile);
    const Result<QString> resolved = variables.resolve(text);
    if (error.isEmpty()) {
        QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error().message()));
        QCOMPARE(*resolved, expected);
    } else {
        QVERIFY(!resolved);
        QCOMPARE(resolved.error().code(), Error::Code::InvalidConfig);
        QVERIFY2(resolved.error().message().contains(error),
                 qPrintable(resolved.error().message()));
    }
}

void TestVariables::environmentNeedsThePrefix()
{
    setEnv("MAXMON_TEST_PLAIN_ONLY", "prefixed");
    setEnv("TEST_PLAIN_ONLY", "unprefixed");
    Variables variables;
    QCOMPARE(*variables.resolve(QStringLiteral("{{test_plain_only}}")), u"prefixed"_qs);
    qunsetenv("MAXMON_TEST_PLAIN_ONLY");
    // $TEST_PLAIN_ONLY never answers for {{test_plain_only}}
    QVERIFY(!variables.resolve(QStringLiteral("{{test_plain_only}}")));
    QCOMPARE(Variables::environmentName(QStringLiteral("user")), u"MAXMON_USER"_qs);
}

void TestVariables::secretValues()
{
    Variables variables;
    variables.set(Scope::Session, QStringLiteral("token"), QStringLiteral("session-secret"), true);
    variables.set(Scope::Session, QStringLiteral("room"), QStringLiteral("lobby"), false);
    variables.set(Scope::Profile, QStringLiteral("key"), QStringLiteral("profile-secret"), true);
    variables.set(Scope::Profile, QStringLiteral("user"), QStringLiteral("alice"), false);
    const QStringList secrets = variables.secretValues();
    QVERIFY(secrets.contains(u"session-secret"_qs));
    QVERIFY(secrets.contains(u"profile-secret"_qs));
    QVERIFY(secrets.contains(u"from-env"_qs)); // environment values are always masked
    QVERIFY(!secrets.contains(u"lobby"_qs));
    QVERIFY(!secrets.contains(u"alice"_qs));
    QVERIFY(variables.isSecret(Scope::Session, QStringLiteral("token")));
    QVERIFY(!variables.isSecret(Scope::Profile, QStringLiteral("user")));
    QVERIFY(variables.isSecret(Scope::Environment, QStringLiteral("envonly")));
}

void TestVariables::names()
{
    Variables variables;
    QVERIFY(variables.isEmpty());
    variables.set(Scope::Session, QStringLiteral("b"), QString());
    variables.set(Scope::Session, QStringLiteral("a"), QString());
    QCOMPARE(variables.names(Scope::Session).join(QLatin1Char(',')), u"a,b"_qs);
    QVERIFY(variables.names(Scope::Profile).isEmpty());
    const QStringList environment = variables.names(Scope::Environment);
    QVERIFY(environment.contains(u"envonly"_qs));
    QVERIFY(environment.contains(u"user"_qs));
    QVERIFY(variables.remove(Scope::Session, QStringLiteral("a")));
    QVERIFY(!variables.remove(Scope::Session, QStringLiteral("a")));
    QCOMPARE(variables.names(Scope::Session).join(QLatin1Char(',')), u"b"_qs);
    variables.clear(Scope::Session);
    QVERIFY(variables.isEmpty());
}

void TestVariables::setRefusesBadNames()
{
    Variables variables;
    QVERIFY(!variables.set(Scope::Session, QStringLiteral("a b"), QStringLiteral("x")));
    QVERIFY(!variables.set(Scope::Session, QString(), QStringLiteral("x")));
    QVERIFY(!variables.set(Scope::Environment, QStringLiteral("user"), QStringLiteral("x")));
    QVERIFY(variables.isEmpty());
    QCOMPARE(*variables.value(QStringLiteral("user")), u"env-user"_qs);
}

void TestVariables::copiesAreIndependent()
{
    Variables a;
    a.set(Scope::Session, QStringLiteral("x"), QStringLiteral("1"));
    Variables b = a;
    b.set(Scope::Session, QStringLiteral("x"), QStringLiteral("2"));
    QCOMPARE(*a.value(QStringLiteral("x")), u"1"_qs);
    QCOMPARE(*b.value(QStringLiteral("x")), u"2"_qs);
    Variables merged;
    merged.set(Scope::Session, QStringLiteral("y"), QStringLiteral("0"));
    merged.merge(Scope::Session, b);
    QCOMPARE(merged.names(Scope::Session).join(QLatin1Char(',')), u"x,y"_qs);
}

void TestVariables::resolveUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected"); // encoded; empty: an error

    QTest::newRow("no variables") << "ws://h/p?a=%26"
                                  << "ws://h/p?a=%26";
    QTest::newRow("query") << "ws://h/p?t={{token}}&r=1"
                           << "ws://h/p?t=a%26b%2Fc&r=1";
    QTest::newRow("path, spaces") << "ws://h/{{ room }}/x"
                                  << "ws://h/lobby/x";
    QTest::newRow("user info") << "ws://{{room}}@h/"
                               << "ws://lobby@h/";
    QTest::newRow("undefined") << "ws://h/?t={{nothere}}"
                               << "";
}

void TestVariables::resolveUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    Variables variables;
    variables.set(Scope::Session, QStringLiteral("token"), QStringLiteral("a&b/c"), true);
    variables.set(Scope::Session, QStringLiteral("room"), QStringLiteral("lobby"));
    const Result<QUrl> resolved = variables.resolveUrl(QUrl(url));
    if (expected.isEmpty()) {
        QVERIFY(!resolved);
        QVERIFY(resolved.error().message().contains(u"{{nothere}} is not defined"_qs));
        return;
    }
    QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error().message()));
    QCOMPARE(QString::fromUtf8(resolved->toEncoded()), expected);
}

QTEST_GUILESS_MAIN(TestVariables)
#include "tst_variables.moc"
