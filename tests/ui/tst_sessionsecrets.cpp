// The session-only secrets of a tab (the bar's "Secrets..." dialog): the
// masked token field with its eye, session variables, and that neither ever
// reaches a file: the settings, the profile, the session file, a log export,
// a support bundle. Typed with QTest input events into a real window talking
// to a server on 127.0.0.1; a new window after the first is gone has none.
#include "profiles/profileeditor.h"
#include "profiles/profilelibrary.h"
#include "profiles/profilesdialog.h"
#include "profiles/sessionsecretsdialog.h"
#include "scopedenv.h"
#include "secretservice.h"
#include "send/sendpanel.h"
#include "temporarysettings.h"
#include "widgets/filechooser.h"
#include "window/connectionbar.h"
#include "window/connectiontab.h"
#include "window/exportcontroller.h"
#include "window/mainwindow.h"

#include <maxmon/testing/scriptedserver.h>

#include <QAction>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace maxmon;
using namespace maxmon::testing;
using State = ConnectionState;

namespace {

const QString token = QStringLiteral("sess10n-T0KEN/only+");
const QString apiKey = QStringLiteral("api-KEY-s3cret-77");

// The first file under dir that holds one of the secrets, in any form that
// redaction masks (plain, percent-encoded, base64), and which.
QString leak(const QString &dir, const QStringList &secrets)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QString &secret : secrets) {
            const QByteArray utf8 = secret.toUtf8();
            for (const QByteArray &form : { utf8, QUrl::toPercentEncoding(secret),
                                            utf8.toBase64(QByteArray::OmitTrailingEquals) }) {
                if (bytes.contains(form))
                    return path + QStringLiteral(": ") + QString::fromUtf8(form);
            }
        }
    }
    return QString();
}

SessionSecretsDialog *openSecrets(ConnectionTab *tab)
{
    QTest::mouseClick(tab->connectionBar()->secretsButton(), Qt::LeftButton);
    return tab->findChild<SessionSecretsDialog *>();
}

void clickOk(SessionSecretsDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class TestSessionSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tokenFieldIsMaskedWithAnEye();
    void sessionSecretsAreSentButNeverWritten();
    void storeInKeychainWithoutAKeychainSaysSo();
    void storeInKeychainKeepsOnlyTheReference();
    void badVariableNamesAreRefused();
    void newProfileStartsFromTheTab();

private:
    ConnectionTab *openTab(MainWindow *window);

    QString m_home;
    QTemporaryDir *m_profiles = nullptr;
    ScriptedServer *m_server = nullptr;
    std::unique_ptr<maxmon::test::PrivateSecretService> m_keychain;
};

void TestSessionSecrets::initTestCase()
{
    m_home = maxmon::test::useTemporarySettings();
}

void TestSessionSecrets::init()
{
    m_profiles = new QTemporaryDir;
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
}

void TestSessionSecrets::cleanup()
{
    FileChooser::setAnswer(nullptr);
    delete m_server;
    delete m_profiles;
}

ConnectionTab *TestSessionSecrets::openTab(MainWindow *window)
{
    window->useProfileDirectory(m_profiles->path());
    ConnectionConfig config;
    config.name = QStringLiteral("Session auth");
    config.url = parseWebSocketUrl(m_server->url().toString() + QStringLiteral("?room={{room}}"));
    config.auth.mode = AuthConfig::Mode::BearerHeader;
    config.headers = { { QStringLiteral("X-Echo"), QStringLiteral("{{ token }}") } };
    config.heartbeat.enabled = false;
    if (!window->profiles()->contains(config.name) && !window->profiles()->save(config, QString()))
        return nullptr;
    window->show();
    return window->openProfileTab(config.name, false);
}

void TestSessionSecrets::tokenFieldIsMaskedWithAnEye()
{
    MainWindow window;
    ConnectionTab *tab = openTab(&window);
    QVERIFY(tab);
    SessionSecretsDialog *dialog = openSecrets(tab);
    QVERIFY(dialog);
    QLineEdit *field = dialog->tokenEdit();
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QTest::keyClicks(field, token);
    QVERIFY(field->displayText() != token);
    dialog->showTokenAction()->trigger(); // the eye
    QCOMPARE(field->echoMode(), QLineEdit::Normal);
    QCOMPARE(field->displayText(), token);
    dialog->showTokenAction()->trigger();
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    dialog->reject();
    QVERIFY(tab->sessionToken().isEmpty()); // cancelled: nothing taken
}

void TestSessionSecrets::sessionSecretsAreSentButNeverWritten()
{
    auto *window = new MainWindow;
    ConnectionTab *tab = openTab(window);
    QVERIFY(tab);
    SessionSecretsDialog *dialog = openSecrets(tab);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->tokenEdit(), token);
    dialog->addVariable(QStringLiteral("room"), QStringLiteral("lobby"), false);
    dialog->addVariable(QStringLiteral("apikey"), apiKey, true);
    clickOk(dialog);
    QCOMPARE(tab->sessionToken(), token);
    QCOMPARE(*tab->sessionVariables().value(QStringLiteral("apikey")), apiKey);

    QTest::mouseClick(tab->connectionBar()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE(tab->state(), State::Connected);
    const UpgradeRequest request = m_server->lastRequest();
    QCOMPARE(request.bearerToken(), token); // the profile's auth, with the session's token
    QCOMPARE(request.header("X-Echo"), token.toUtf8()); // and as {{token}}
    QCOMPARE(request.query.queryItemValue(QStringLiteral("room")), QStringLiteral("lobby"));
    SendPanel *panel = tab->sendPanel();
    panel->setMode(SendPanel::Mode::Text);
    panel->setInput(QStringLiteral("say {{apikey}} / {{token}}"));
    panel->send();
    const QString wire = QStringLiteral("say %1 / %2").arg(apiKey, token);
    QTRY_COMPARE(m_server->receivedTexts(), QStringList { wire });

    // exports of that log mask both
    QTemporaryDir exports;
    const QString log = exports.filePath(QStringLiteral("log.jsonl"));
    const QString bundle = exports.filePath(QStringLiteral("bundle.json"));
    for (const auto &[action, path] :
         { std::pair { "exportLog", log }, std::pair { "supportBundle", bundle } }) {
        FileChooser::setAnswer(
            [path = path](FileChooser::Purpose, const QString &) { return path; });
        QSignalSpy finished(window->exports(), &ExportController::finished);
        window->action(QLatin1String(action))->trigger();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    }
    QVERIFY(QFileInfo(log).size() > 0);
    QVERIFY(QFileInfo(bundle).size() > 0);
    QString found = leak(exports.path(), { token, apiKey });
    QVERIFY2(found.isEmpty(), qPrintable(found));

    // quit: settings written, session file closed; no file has either secret
    window->close();
    delete window;
    QDirIterator sessions(m_home, { QStringLiteral("*.maxmon") }, QDir::Files,
                          QDirIterator::Subdirectories);
    QVERIFY2(sessions.hasNext(), "the connection was recorded: its session file is scanned too");
    QVERIFY(QFileInfo(QSettings().fileName()).size() > 0); // the settings were written
    found = leak(m_home, { token, apiKey }) + leak(m_profiles->path(), { token, apiKey });
    QVERIFY2(found.isEmpty(), qPrintable(found));
    ProfileLibrary library(m_profiles->path());
    QVERIFY(!library.load(QStringLiteral("Session auth"))->auth.tokenSource.isSet());

    // a new window (the next start) has nothing of the session
    MainWindow again;
    ConnectionTab *next = openTab(&again);
    QVERIFY(next);
    QVERIFY(next->sessionToken().isEmpty());
    QVERIFY(next->sessionVariables().isEmpty());
    SessionSecretsDialog *empty = openSecrets(next);
    QVERIFY(empty->tokenEdit()->text().isEmpty());
    QCOMPARE(empty->variableTable()->rowCount(), 0);
}

void TestSessionSecrets::storeInKeychainWithoutAKeychainSaysSo()
{
    // no session bus, so no keychain: the failure must be clear and lose nothing
    maxmon::test::ScopedEnv env;
    env.unset("DBUS_SESSION_BUS_ADDRESS");
    env.unset("XDG_RUNTIME_DIR");
    MainWindow window;
    ConnectionTab *tab = openTab(&window);
    QVERIFY(tab);
    SessionSecretsDialog *dialog = openSecrets(tab);
    QTest::keyClicks(dialog->tokenEdit(), token);
    QTest::mouseClick(dialog->storeButton(), Qt::LeftButton);
    QTRY_VERIFY2(dialog->statusText().startsWith(QLatin1String("Not stored:")),
                 qPrintable(dialog->statusText()));
    QVERIFY(dialog->statusText().contains(QLatin1String("stays in memory")));
    QCOMPARE(dialog->tokenEdit()->text(), token);
    QVERIFY(dialog->storeButton()->isEnabled());
    clickOk(dialog);
    QCOMPARE(tab->sessionToken(), token);
    QVERIFY(!window.profiles()->load(QStringLiteral("Session auth"))->auth.tokenSource.isSet());
    const QString found = leak(m_profiles->path(), { token });
    QVERIFY2(found.isEmpty(), qPrintable(found));
}

void TestSessionSecrets::storeInKeychainKeepsOnlyTheReference()
{
    // a real Secret Service on a private bus: the token moves into it, the
    // profile keeps the reference, and the next connection reads it back
    if (!maxmon::test::PrivateSecretService::available())
        QSKIP("gnome-keyring-daemon, dbus-daemon or dbus-send is not installed (scripts/deps)");
    // lives as long as the process (see PrivateSecretService)
    m_keychain = std::make_unique<maxmon::test::PrivateSecretService>();
    const QString notStarted = m_keychain->start();
    QVERIFY2(notStarted.isEmpty(), qPrintable(notStarted));
    maxmon::test::ScopedEnv env;
    env.set("DBUS_SESSION_BUS_ADDRESS", m_keychain->busAddress());

    MainWindow window;
    ConnectionTab *tab = openTab(&window);
    QVERIFY(tab);
    SessionSecretsDialog *dialog = openSecrets(tab);
    QTest::keyClicks(dialog->tokenEdit(), token);
    QTest::mouseClick(dialog->storeButton(), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(
        dialog->statusText().startsWith(QLatin1String("Stored in the keychain")),
        qPrintable(dialog->statusText()), 20000);
    QVERIFY(dialog->tokenEdit()->text().isEmpty()); // no longer held by the dialog
    dialog->addVariable(QStringLiteral("room"), QStringLiteral("lobby"), false);
    clickOk(dialog);
    QVERIFY(tab->sessionToken().isEmpty());
    const auto saved = window.profiles()->load(QStringLiteral("Session auth"));
    QVERIFY(saved);
    QCOMPARE(saved->auth.tokenSource.source, SecretRef::Source::Keychain);
    // {{token}} (in the profile's X-Echo header) refers to the same entry now
    QCOMPARE(saved->variables.size(), 1);
    QCOMPARE(saved->variables.first().name, u"token"_qs);
    QCOMPARE(saved->variables.first().secret, saved->auth.tokenSource);
    const QString found = leak(m_profiles->path(), { token }) + leak(m_home, { token });
    QVERIFY2(found.isEmpty(), qPrintable(found));

    QTest::mouseClick(tab->connectionBar()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab->state(), State::Connected, 20000);
    const UpgradeRequest request = m_server->lastRequest();
    QCOMPARE(request.bearerToken(), token);
    QCOMPARE(request.header("X-Echo"), token.toUtf8());
}

void TestSessionSecrets::badVariableNamesAreRefused()
{
    MainWindow window;
    ConnectionTab *tab = openTab(&window);
    QVERIFY(tab);
    SessionSecretsDialog *dialog = openSecrets(tab);
    dialog->addVariable(QStringLiteral("a-b"), QStringLiteral("x"), false);
    clickOk(dialog);
    QVERIFY(dialog->isVisible()); // not taken
    QVERIFY2(dialog->statusText().contains(QLatin1String("\"a-b\" is not a variable name")),
             qPrintable(dialog->statusText()));
    dialog->variableTable()->item(0, 0)->setText(QStringLiteral("ab"));
    clickOk(dialog);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(*tab->sessionVariables().value(QStringLiteral("ab")), u"x"_qs);
}

void TestSessionSecrets::newProfileStartsFromTheTab()
{
    MainWindow window;
    window.useProfileDirectory(m_profiles->path());
    window.show();
    ConnectionTab *tab = window.openTab(m_server->url().toString(), false);
    QVERIFY(tab);
    ConnectionConfig own;
    own.headers = { { QStringLiteral("X-Client"), QStringLiteral("{{user}}") } };
    own.auth.mode = AuthConfig::Mode::QueryParameter;
    own.auth.queryParameter = QStringLiteral("access");
    own.auth.tokenSource = { SecretRef::Source::Env, QStringLiteral("MAX_TOKEN") };
    own.heartbeat.intervalMs = 7000;
    own.reconnect.maxAttempts = 4;
    own.tls.caFile = QStringLiteral("/etc/ca.pem");
    tab->setBaseConfig(own);
    tab->setSessionToken(token);
    tab->connectionBar()->setUrlText(m_server->url(QStringLiteral("/from-tab")).toString()
                                     + QStringLiteral("?u={{user}}"));

    window.action(QStringLiteral("saveAsProfile"))->trigger();
    ProfilesDialog *dialog = window.findChild<ProfilesDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->currentName().isEmpty()); // a new one
    const ConnectionConfig prefilled = dialog->editor()->config();
    QCOMPARE(prefilled.url.path(), QStringLiteral("/from-tab"));
    QCOMPARE(prefilled.displayUrl(), tab->currentConfig().displayUrl());
    QVERIFY(prefilled.displayUrl().endsWith(QLatin1String("?u={{user}}")));
    QCOMPARE(prefilled.headers, own.headers);
    QCOMPARE(prefilled.auth.mode, AuthConfig::Mode::QueryParameter);
    QCOMPARE(prefilled.auth.queryParameter, QStringLiteral("access"));
    QCOMPARE(prefilled.auth.tokenSource, own.auth.tokenSource); // the reference
    QVERIFY(prefilled.auth.token.isEmpty()); // never the session's value
    QCOMPARE(prefilled.heartbeat.intervalMs, 7000);
    QCOMPARE(prefilled.reconnect.maxAttempts, 4);
    QCOMPARE(prefilled.tls.caFile, QStringLiteral("/etc/ca.pem"));
    QVERIFY(dialog->message().contains(QLatin1String("current tab")));
    auto *urlField = qobject_cast<QLineEdit *>(dialog->editor()->field(QStringLiteral("url")));
    QVERIFY(urlField);
    QVERIFY2(urlField->text().endsWith(QLatin1String("?u={{user}}")), qPrintable(urlField->text()));
    QVERIFY(dialog->save());
    const QString found = leak(m_profiles->path(), { token });
    QVERIFY2(found.isEmpty(), qPrintable(found));
    QCOMPARE(window.profiles()->names().size(), 1);
}

QTEST_MAIN(TestSessionSecrets)
#include "tst_sessionsecrets.moc"
