// SecretStore: every source, its failures, the keychain fallback when no
// keychain is reachable, the keychain itself with a real Secret Service
// (gnome-keyring on a private bus), and WebSocketClient resolving a
// profile's token before it connects.
#include "scopedenv.h"
#include "secretservice.h"

#include <maxmon/secretstore.h>
#include <maxmon/testing/clientconfigs.h>
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/websocketclient.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace maxmon;
using namespace maxmon::testing;
using maxmon::test::PrivateSecretService;
using maxmon::test::PrivateSessionBus;
using maxmon::test::ScopedEnv;

namespace {

// Resolves and waits for the answer.
Result<QString> resolved(SecretStore &store, const SecretRef &ref)
{
    std::optional<Result<QString>> answer;
    QObject context;
    store.resolve(ref, &context, [&answer](Result<QString> value) { answer = std::move(value); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000))
        return failure(Error(Error::Code::None, QStringLiteral("no answer")));
    return *answer;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content,
                  QFileDevice::Permissions permissions)
{
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    file.close();
    file.setPermissions(permissions);
    return path;
}

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environment_data();
    void environment();
    void file();
    void fileReadableByOthersIsRefused();
    void fileInHomeDirectory();
    void command();
    void commandFailures_data();
    void commandFailures();
    void commandTimeout();

    void keychainWithoutSessionBusFailsWithTheFallback();
    void keychainStoreNeverWritesPlainText();
    void keychainWithSessionBusButNoSecretService();
    void keychainStoresAndReadsBackWithARealSecretService();

    void answersComeFromTheEventLoop();
    void destroyedContextGetsNoAnswer();
    void resolveAllKeepsOrderAndStopsAtTheFirstFailure();

    void clientResolvesTheTokenBeforeConnecting();
    void clientFailsWithoutTheSecretAndSendsNothing();

private:
    std::unique_ptr<PrivateSecretService> m_keychain;
};

void TestSecretStore::environment_data()
{
    QTest::addColumn<bool>("set");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected"); // empty: fails
    QTest::addColumn<QString>("inMessage");
    QTest::newRow("set") << true << QByteArray("env-token") << QStringLiteral("env-token")
                         << QString();
    QTest::newRow("trimmed") << true << QByteArray(" env-token\n") << QStringLiteral("env-token")
                             << QString();
    QTest::newRow("unset") << false << QByteArray() << QString() << QStringLiteral("is not set");
    QTest::newRow("empty") << true << QByteArray("  ") << QString() << QStringLiteral("is empty");
}

void TestSecretStore::environment()
{
    QFETCH(bool, set);
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    QFETCH(QString, inMessage);
    ScopedEnv env;
    if (set)
        env.set("MAXMON_TEST_SECRET", value);
    else
        env.unset("MAXMON_TEST_SECRET");
    SecretStore store;
    const Result<QString> secret =
        resolved(store, { SecretRef::Source::Env, QStringLiteral("MAXMON_TEST_SECRET") });
    if (!expected.isEmpty()) {
        QVERIFY(secret);
        QCOMPARE(*secret, expected);
        return;
    }
    QVERIFY(!secret);
    QCOMPARE(secret.error().code(), Error::Code::SecretUnavailable);
    QVERIFY(secret.error().message().contains(QLatin1String("MAXMON_TEST_SECRET")));
    QVERIFY2(secret.error().message().contains(inMessage), qPrintable(secret.error().message()));
}

void TestSecretStore::file()
{
    QTemporaryDir dir;
    SecretStore store;
    const QString path = writeFile(dir, QStringLiteral("token"), "file-token\n", ownerOnly);
    Result<QString> secret = resolved(store, { SecretRef::Source::File, path });
    QVERIFY(secret);
    QCOMPARE(*secret, QStringLiteral("file-token"));

    const QString empty = writeFile(dir, QStringLiteral("empty"), "\n\n", ownerOnly);
    secret = resolved(store, { SecretRef::Source::File, empty });
    QVERIFY(!secret);
    QVERIFY(secret.error().message().contains(QLatin1String("is empty")));

    secret = resolved(store, { SecretRef::Source::File, dir.filePath(QStringLiteral("none")) });
    QVERIFY(!secret);
    QCOMPARE(secret.error().code(), Error::Code::SecretUnavailable);
    QVERIFY(secret.error().message().contains(dir.filePath(QStringLiteral("none"))));
}

void TestSecretStore::fileReadableByOthersIsRefused()
{
    QTemporaryDir dir;
    SecretStore store;
    const QString path = writeFile(dir, QStringLiteral("token"), "shared-token",
                                   ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const Result<QString> secret = resolved(store, { SecretRef::Source::File, path });
    QVERIFY(!secret);
    QCOMPARE(secret.error().code(), Error::Code::SecretUnavailable);
    QVERIFY(secret.error().message().contains(QLatin1String("other users")));
    QCOMPARE(secret.error().hint(),
             QStringLiteral("Make it readable by you alone: chmod 600 %1").arg(path));
    QVERIFY(!secret.error().toString().contains(QLatin1String("shared-token")));
}

void TestSecretStore::fileInHomeDirectory()
{
    QTemporaryDir home;
    ScopedEnv env;
    env.set("HOME", home.path().toLocal8Bit());
    writeFile(home, QStringLiteral("token"), "home-token", ownerOnly);
    SecretStore store;
    const Result<QString> secret =
        resolved(store, { SecretRef::Source::File, QStringLiteral("~/token") });
    QVERIFY2(secret, qPrintable(secret ? QString() : secret.error().toString()));
    QCOMPARE(*secret, QStringLiteral("home-token"));
}

void TestSecretStore::command()
{
    SecretStore store;
    const Result<QString> secret =
        resolved(store, { SecretRef::Source::Command, QStringLiteral("echo \"command token\"") });
    QVERIFY2(secret, qPrintable(secret ? QString() : secret.error().toString()));
    QCOMPARE(*secret, QStringLiteral("command token")); // quoted argument, trimmed output
}

void TestSecretStore::commandFailures_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("inMessage");
    QTest::addColumn<QString>("inDetail");
    QTest::newRow("exit code") << QStringLiteral("sh -c \"echo locked >&2; exit 3\"")
                               << QStringLiteral("failed with exit code 3")
                               << QStringLiteral("locked");
    QTest::newRow("no output") << QStringLiteral("true") << QStringLiteral("printed nothing")
                               << QString();
    QTest::newRow("not found") << QStringLiteral("/nonexistent/secret-helper --token")
                               << QStringLiteral("could not be started") << QString();
    QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("is empty") << QString();
}

void TestSecretStore::commandFailures()
{
    QFETCH(QString, command);
    QFETCH(QString, inMessage);
    QFETCH(QString, inDetail);
    SecretStore store;
    const Result<QString> secret = resolved(store, { SecretRef::Source::Command, command });
    QVERIFY(!secret);
    QCOMPARE(secret.error().code(), Error::Code::SecretUnavailable);
    QVERIFY2(secret.error().message().contains(inMessage), qPrintable(secret.error().message()));
    QVERIFY2(secret.error().detail().contains(inDetail), qPrintable(secret.error().detail()));
}

void TestSecretStore::commandTimeout()
{
    SecretStore store;
    store.setCommandTimeout(200);
    QObject context;
    std::optional<Result<QString>> answer;
    int answers = 0;
    store.resolve({ SecretRef::Source::Command, QStringLiteral("sleep 30") }, &context,
                  [&](Result<QString> value) {
                      ++answers;
                      answer = std::move(value);
                  });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(!*answer);
    QVERIFY(answer->error().message().contains(QLatin1String("did not finish within 200 ms")));
    // the killed process's own end brings no second answer
    QTRY_VERIFY(store.findChildren<QProcess *>().isEmpty());
    QCOMPARE(answers, 1);
}

void TestSecretStore::keychainWithoutSessionBusFailsWithTheFallback()
{
    ScopedEnv env;
    env.unset("DBUS_SESSION_BUS_ADDRESS");
    env.unset("XDG_RUNTIME_DIR");
    QVERIFY(!SecretStore::keychainReachable());
    SecretStore store;
    const Result<QString> secret =
        resolved(store, { SecretRef::Source::Keychain, QStringLiteral("max/token") });
    QVERIFY(!secret);
    QCOMPARE(secret.error().code(), Error::Code::SecretUnavailable);
    QVERIFY(secret.error().message().contains(QLatin1String("keychain entry max/token")));
    // The fallback is named, for profiles and for the command line.
    QVERIFY(secret.error().hint().contains(QLatin1String("{\"env\": \"VAR\"}")));
    QVERIFY(secret.error().hint().contains(QLatin1String("--token-env VAR")));
    QVERIFY(secret.error().hint().contains(QLatin1String("--token-file FILE")));
}

void TestSecretStore::keychainStoreNeverWritesPlainText()
{
    QTemporaryDir home;
    ScopedEnv env;
    env.unset("DBUS_SESSION_BUS_ADDRESS");
    env.unset("XDG_RUNTIME_DIR");
    env.set("HOME", home.path().toLocal8Bit());
    env.set("XDG_CONFIG_HOME", home.filePath(QStringLiteral(".config")).toLocal8Bit());
    env.set("XDG_DATA_HOME", home.filePath(QStringLiteral(".local/share")).toLocal8Bit());
    SecretStore store;
    QObject context;
    std::optional<Result<void>> answer;
    store.storeInKeychain(QStringLiteral("max/token"), QStringLiteral("to-be-kept-secret"),
                          &context, [&](Result<void> stored) { answer = std::move(stored); });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(!*answer);
    QCOMPARE(answer->error().code(), Error::Code::SecretUnavailable);
    QVERIFY(answer->error().detail().contains(QLatin1String("never falls back")));
    // nothing at all was written under the (temporary) home directory
    QCOMPARE(QDir(home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

void TestSecretStore::keychainWithSessionBusButNoSecretService()
{
    // A private session bus with nobody on it: QtKeychain is really asked,
    // and its failure must still end as SecretUnavailable with the fallback.
    if (!PrivateSecretService::available())
        QSKIP("no dbus-daemon to start a private session bus (scripts/deps)");
    PrivateSessionBus bus;
    const QString notStarted = bus.start();
    QVERIFY2(notStarted.isEmpty(), qPrintable(notStarted));
    ScopedEnv env;
    env.set("DBUS_SESSION_BUS_ADDRESS", bus.address());
    QVERIFY(SecretStore::keychainReachable());
    SecretStore store;
    const Result<QString> secret =
        resolved(store, { SecretRef::Source::Keychain, QStringLiteral("max/token") });
    QVERIFY(!secret);
    QCOMPARE(secret.error().code(), Error::Code::SecretUnavailable);
    QVERIFY(secret.error().hint().contains(QLatin1String("--token-env VAR")));
}

void TestSecretStore::keychainStoresAndReadsBackWithARealSecretService()
{
    if (!PrivateSecretService::available())
        QSKIP("gnome-keyring-daemon, dbus-daemon or dbus-send is not installed (scripts/deps)");
    // lives as long as the process (see PrivateSecretService)
    m_keychain = std::make_unique<PrivateSecretService>();
    const QString notStarted = m_keychain->start();
    QVERIFY2(notStarted.isEmpty(), qPrintable(notStarted));
    ScopedEnv env;
    env.set("DBUS_SESSION_BUS_ADDRESS", m_keychain->busAddress());
    QVERIFY(SecretStore::keychainReachable());

    const QString secret = QStringLiteral("kEy-ch41n/T0ken");
    SecretStore store;
    QObject context;
    std::optional<Result<void>> stored;
    store.storeInKeychain(QStringLiteral("max/token"), secret, &context,
                          [&](Result<void> answer) { stored = std::move(answer); });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 20000);
    QVERIFY2(*stored, qPrintable(*stored ? QString() : stored->error().toString()));

    const Result<QString> read =
        resolved(store, { SecretRef::Source::Keychain, QStringLiteral("max/token") });
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    QCOMPARE(*read, secret);

    // a key that was never stored: the keychain answers, and says it has none
    const Result<QString> missing =
        resolved(store, { SecretRef::Source::Keychain, QStringLiteral("max/other") });
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), Error::Code::SecretUnavailable);
    QVERIFY2(missing.error().message().contains(QLatin1String("has no")),
             qPrintable(missing.error().message()));

    // the keyring on disk is encrypted: the secret is nowhere in plain text
    QDirIterator files(m_keychain->home(), QDir::Files | QDir::Hidden,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
    }

    // and a client takes its token from there before it connects
    ScriptedServer server;
    QVERIFY(server.listen());
    ConnectionConfig config = plainConfig(server.url());
    config.auth.mode = AuthConfig::Mode::BearerHeader;
    config.auth.tokenSource = { SecretRef::Source::Keychain, QStringLiteral("max/token") };
    WebSocketClient client(config);
    QVERIFY(client.open());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), ConnectionState::Connected, 20000);
    QCOMPARE(server.lastRequest().bearerToken(), secret);
}

void TestSecretStore::answersComeFromTheEventLoop()
{
    ScopedEnv env;
    env.set("MAXMON_TEST_SECRET", "later");
    SecretStore store;
    QObject context;
    bool answered = false;
    store.resolve({ SecretRef::Source::Env, QStringLiteral("MAXMON_TEST_SECRET") }, &context,
                  [&](Result<QString>) { answered = true; });
    QVERIFY(!answered); // never from inside resolve()
    QTRY_VERIFY(answered);
}

void TestSecretStore::destroyedContextGetsNoAnswer()
{
    ScopedEnv env;
    env.set("MAXMON_TEST_SECRET", "unwanted");
    SecretStore store;
    bool answered = false;
    auto *context = new QObject;
    store.resolve({ SecretRef::Source::Env, QStringLiteral("MAXMON_TEST_SECRET") }, context,
                  [&](Result<QString>) { answered = true; });
    store.resolve({ SecretRef::Source::Command, QStringLiteral("echo unwanted") }, context,
                  [&](Result<QString>) { answered = true; });
    delete context;
    // the command still runs to its end; its answer goes nowhere
    QTRY_VERIFY(store.findChildren<QProcess *>().isEmpty());
    QCoreApplication::processEvents();
    QVERIFY(!answered);
}

void TestSecretStore::resolveAllKeepsOrderAndStopsAtTheFirstFailure()
{
    ScopedEnv env;
    env.set("MAXMON_TEST_A", "alpha");
    env.unset("MAXMON_TEST_MISSING");
    SecretStore store;
    QObject context;
    std::optional<Result<QStringList>> answer;
    store.resolveAll({ { SecretRef::Source::Env, QStringLiteral("MAXMON_TEST_A") },
                       { SecretRef::Source::Command, QStringLiteral("echo beta") } },
                     &context, [&](Result<QStringList> values) { answer = std::move(values); });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(*answer);
    QCOMPARE(**answer, QStringList({ QStringLiteral("alpha"), QStringLiteral("beta") }));

    answer.reset();
    store.resolveAll({ { SecretRef::Source::Env, QStringLiteral("MAXMON_TEST_MISSING") },
                       { SecretRef::Source::Env, QStringLiteral("MAXMON_TEST_A") } },
                     &context, [&](Result<QStringList> values) { answer = std::move(values); });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(!*answer);
    QVERIFY(answer->error().message().contains(QLatin1String("MAXMON_TEST_MISSING")));

    answer.reset();
    store.resolveAll({}, &context, [&](Result<QStringList> values) { answer = std::move(values); });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(*answer && (*answer)->isEmpty());
}

void TestSecretStore::clientResolvesTheTokenBeforeConnecting()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    ConnectionConfig config = plainConfig(server.url());
    config.auth.mode = AuthConfig::Mode::BearerHeader;
    // the command line does not contain the token it prints
    config.auth.tokenSource = { SecretRef::Source::Command,
                                QStringLiteral("printf %s%s token- from-command") };
    WebSocketClient client(config);
    QVERIFY(client.open());
    QCOMPARE(client.state(), ConnectionState::Connecting);
    QTRY_COMPARE(client.state(), ConnectionState::Connected);
    QCOMPARE(server.lastRequest().bearerToken(), QStringLiteral("token-from-command"));
    // The profile still holds only the reference.
    QVERIFY(client.config().auth.token.isEmpty());
    const QByteArray json = QJsonDocument(client.config().toJson()).toJson();
    QVERIFY(!json.contains("token-from-command"));
    QVERIFY(!client.diagnostics().toText().contains(QLatin1String("token-from-command")));
}

void TestSecretStore::clientFailsWithoutTheSecretAndSendsNothing()
{
    ScopedEnv env;
    env.unset("MAXMON_TEST_MISSING");
    ScriptedServer server;
    QVERIFY(server.listen());
    ConnectionConfig config = plainConfig(server.url());
    config.auth.mode = AuthConfig::Mode::QueryParameter;
    config.auth.tokenSource = { SecretRef::Source::Env, QStringLiteral("MAXMON_TEST_MISSING") };
    WebSocketClient client(config);
    QVERIFY(client.open());
    QTRY_COMPARE(client.state(), ConnectionState::Error);
    QCOMPARE(client.lastError().code(), Error::Code::SecretUnavailable);
    QVERIFY(client.lastError().message().contains(QLatin1String("MAXMON_TEST_MISSING")));
    QVERIFY(server.requests().isEmpty());

    // closing while a secret is being resolved drops the late answer
    config.auth.tokenSource = { SecretRef::Source::Command, QStringLiteral("sleep 1") };
    QVERIFY(client.setConfig(config));
    QVERIFY(client.open());
    QVERIFY(client.close());
    QCOMPARE(client.state(), ConnectionState::Disconnected);
    QTRY_VERIFY_WITH_TIMEOUT(client.findChildren<QProcess *>().isEmpty(), 10000);
    QCOMPARE(client.state(), ConnectionState::Disconnected);
    QVERIFY(server.requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
