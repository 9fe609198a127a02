// ProfilesDialog through its real widgets, on a temporary profile folder:
// create with inline errors, save, every field, rename, duplicate, delete,
// import, export, unsaved changes, "use in tab", the Phoenix settings.
#include "profiles/profileeditor.h"
#include "profiles/profilelibrary.h"
#include "profiles/profilesdialog.h"
#include "profiles/secretrefedit.h"
#include "profiles/templatelist.h"
#include "widgets/filechooser.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace maxmon;

namespace {

// Clicks a button of the next message box as soon as it is shown.
void answerMessageBox(QMessageBox::StandardButton answer)
{
    auto *poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            box->button(answer)->click();
        }
    });
    poll->start();
}

QString describe(const QList<ConfigIssue> &issues)
{
    QStringList lines;
    for (const ConfigIssue &issue : issues)
        lines.append(issue.toString());
    return lines.join(QLatin1Char('\n'));
}

SecretRefEdit *secretField(ProfileEditor *editor, const char *path)
{
    return qobject_cast<SecretRefEdit *>(
        editor->findChild<QLineEdit *>(QLatin1String(path))->parentWidget());
}

} // namespace

class TestProfilesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createValidateAndSave();
    void everyFieldIsSaved();
    void formErrorsInline();
    void renameAndNameClash();
    void duplicateAndDelete();
    void importAndExport();
    void unsavedChangesAreAskedAbout();
    void useInTab();
    void phoenixSettings();
    void everySectionTabIsVisible();

private:
    template<typename T>
    T *field(const char *path) const
    {
        T *widget = m_dialog->editor()->findChild<T *>(QLatin1String(path));
        if (!widget)
            qWarning("no field %s", path);
        return widget;
    }
    void setText(const char *path, const QString &text);
    void click(const char *button);
    ConnectionConfig stored(const QString &name) const;

    QTemporaryDir *m_dir = nullptr;
    ProfileLibrary *m_library = nullptr;
    ProfilesDialog *m_dialog = nullptr;
};

void TestProfilesDialog::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_library = new ProfileLibrary(m_dir->filePath(QStringLiteral("profiles")));
    m_dialog = new ProfilesDialog(m_library);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TestProfilesDialog::cleanup()
{
    FileChooser::setAnswer(nullptr);
    delete m_dialog;
    delete m_library;
    delete m_dir;
}

void TestProfilesDialog::setText(const char *path, const QString &text)
{
    auto *edit = field<QLineEdit>(path);
    QVERIFY(edit);
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

void TestProfilesDialog::click(const char *button)
{
    QPushButton *pushButton = m_dialog->button(QLatin1String(button));
    QVERIFY(pushButton);
    QVERIFY2(pushButton->isEnabled(), button);
    QTest::mouseClick(pushButton, Qt::LeftButton);
}

ConnectionConfig TestProfilesDialog::stored(const QString &name) const
{
    const Result<ConnectionConfig> config = m_library->load(name);
    return config ? *config : ConnectionConfig();
}

void TestProfilesDialog::createValidateAndSave()
{
    // an empty folder starts with a new profile: nothing is marked before
    // the user typed anything, Save marks the empty URL
    QCOMPARE(m_dialog->currentName(), QString());
    ProfileEditor *editor = m_dialog->editor();
    QCOMPARE(editor->errorText(QStringLiteral("url")), QString());
    QVERIFY(!editor->findChild<QLabel *>(QStringLiteral("url#error"))->isVisible());
    for (int i = 0; i < editor->sections()->count(); ++i)
        QVERIFY(editor->sections()->tabIcon(i).isNull());
    click("save");
    QVERIFY(m_dialog->message().startsWith(QLatin1String("Not saved")));
    QVERIFY(editor->errorText(QStringLiteral("url")).contains(QLatin1String("empty")));

    setText("name", QStringLiteral("Staging"));
    setText("url", QStringLiteral("http://127.0.0.1:9/socket"));
    QVERIFY2(editor->errorText(QStringLiteral("url")).contains(QLatin1String("ws or wss")),
             qPrintable(editor->errorText(QStringLiteral("url"))));
    auto *urlError = editor->findChild<QLabel *>(QStringLiteral("url#error"));
    QVERIFY(urlError->isVisible());
    // nothing is written while a field has an error
    click("save");
    QVERIFY(m_dialog->message().startsWith(QLatin1String("Not saved")));
    QVERIFY(m_library->names().isEmpty());

    setText("url", QStringLiteral("wss://127.0.0.1:9/socket"));
    QVERIFY(editor->errorText(QStringLiteral("url")).isEmpty());
    QVERIFY(!urlError->isVisible());

    // heartbeat min > max: under the min field, and the Heartbeat tab marked
    QTabWidget *sections = editor->sections();
    sections->setCurrentIndex(2);
    QCOMPARE(sections->tabText(2), QStringLiteral("Heartbeat"));
    field<QSpinBox>("heartbeat.max_interval_ms")->setValue(100);
    field<QSpinBox>("heartbeat.min_interval_ms")->setValue(5000);
    QVERIFY(editor->errorText(QStringLiteral("heartbeat.min_interval_ms"))
                .contains(QLatin1String("max_interval_ms")));
    QVERIFY(editor->findChild<QLabel *>(QStringLiteral("heartbeat.min_interval_ms#error"))
                ->isVisible());
    QVERIFY(!sections->tabIcon(2).isNull());
    QVERIFY(sections->tabIcon(0).isNull());
    click("save");
    QVERIFY(m_library->names().isEmpty());

    field<QSpinBox>("heartbeat.max_interval_ms")->setValue(30000);
    QVERIFY(editor->errorText(QStringLiteral("heartbeat.min_interval_ms")).isEmpty());
    QVERIFY(sections->tabIcon(2).isNull());
    QVERIFY(!editor->hasErrors());
    QSignalSpy changed(m_library, &ProfileLibrary::changed);
    QTest::keyClick(m_dialog, Qt::Key_S, Qt::ControlModifier); // Save
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_library->names(), QStringList { QStringLiteral("Staging") });
    QCOMPARE(m_dialog->currentName(), QStringLiteral("Staging"));
    QCOMPARE(m_dialog->profileList()->currentItem()->text(), QStringLiteral("Staging"));
    QVERIFY(!editor->isModified());
    const ConnectionConfig config = stored(QStringLiteral("Staging"));
    QCOMPARE(config.url, QUrl(QStringLiteral("wss://127.0.0.1:9/socket")));
    QCOMPARE(config.heartbeat.minIntervalMs, 5000);
    QCOMPARE(config.heartbeat.maxIntervalMs, 30000);
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("profiles/Staging.json"))));
}

void TestProfilesDialog::everyFieldIsSaved()
{
    ProfileEditor *editor = m_dialog->editor();
    setText("name", QStringLiteral("Everything"));
    setText("url", QStringLiteral("wss://max.example:8443/socket/websocket?vsn=2.0.0"));
    field<QPlainTextEdit>("headers")->setPlainText(
        QStringLiteral("X-Client: maxmon\n\nX-Tenant:  acme "));
    setText("subprotocols", QStringLiteral("phoenix, v2.json"));
    field<QSpinBox>("connect_timeout_ms")->setValue(4321);
    field<QSpinBox>("close_timeout_ms")->setValue(1234);
    auto *mode = field<QComboBox>("auth.mode");
    mode->setCurrentIndex(mode->findData(int(AuthConfig::Mode::QueryParameter)));
    setText("auth.query_parameter", QStringLiteral("access"));
    SecretRefEdit *token = secretField(editor, "auth.token");
    token->sourceCombo()->setCurrentIndex(
        token->sourceCombo()->findData(int(SecretRef::Source::Env)));
    QTest::keyClicks(token->referenceEdit(), QStringLiteral("MAX_TOKEN"));
    field<QComboBox>("heartbeat.strategy")->setCurrentIndex(1);
    field<QSpinBox>("heartbeat.interval_ms")->setValue(2500);
    field<QSpinBox>("heartbeat.timeout_ms")->setValue(900);
    field<QSpinBox>("heartbeat.max_missed")->setValue(4);
    field<QCheckBox>("reconnect.enabled")->setChecked(true);
    field<QSpinBox>("reconnect.max_attempts")->setValue(9);
    setText("tls.ca_file", QStringLiteral("/etc/max/ca.pem"));
    setText("tls.client_certificate_file", QStringLiteral("/etc/max/client.pem"));
    setText("tls.client_key_file", QStringLiteral("/etc/max/client.key"));
    const QString pin = QString::fromLatin1(QByteArray(32, 'p').toBase64());
    field<QPlainTextEdit>("tls.spki_pins")->setPlainText(pin + QLatin1Char('\n'));
    auto *insecure = field<QCheckBox>("tls.allow_insecure");
    auto *warning = editor->findChild<QLabel *>(QStringLiteral("tls.insecure_warning"));
    QVERIFY(warning->isHidden());
    insecure->setChecked(true);
    QVERIFY(!warning->isHidden());
    QVERIFY(warning->text().contains(QLatin1String("Insecure")));
    // allow-insecure needs the list of accepted errors
    QVERIFY(editor->errorText(QStringLiteral("tls.allowed_errors"))
                .contains(QLatin1String("wholesale")));
    setText("tls.allowed_errors", QStringLiteral("SelfSignedCertificate, NoSuchError"));
    QVERIFY(editor->errorText(QStringLiteral("tls.allowed_errors"))
                .contains(QLatin1String("entry 2: \"NoSuchError\"")));
    setText("tls.allowed_errors", QStringLiteral("SelfSignedCertificate"));
    auto *proxy = field<QComboBox>("proxy.mode");
    proxy->setCurrentIndex(proxy->findData(int(ProxyConfig::Mode::Socks5)));
    QVERIFY(editor->errorText(QStringLiteral("proxy.host")).contains(QLatin1String("needed")));
    setText("proxy.host", QStringLiteral("127.0.0.1"));
    field<QSpinBox>("proxy.port")->setValue(1080);
    setText("proxy.user", QStringLiteral("me"));
    field<QSpinBox>("message_queue_size")->setValue(77);
    field<QSpinBox>("max_incoming_message_size")->setValue(1 << 20);
    QVERIFY2(!editor->hasErrors(), qPrintable(describe(editor->issues())));
    click("save");

    const ConnectionConfig config = stored(QStringLiteral("Everything"));
    QCOMPARE(config.headers,
             (QList<HttpHeader> { { QStringLiteral("X-Client"), QStringLiteral("maxmon") },
                                  { QStringLiteral("X-Tenant"), QStringLiteral("acme") } }));
    QCOMPARE(config.subprotocols,
             (QStringList { QStringLiteral("phoenix"), QStringLiteral("v2.json") }));
    QCOMPARE(config.connectTimeoutMs, 4321);
    QCOMPARE(config.closeTimeoutMs, 1234);
    QCOMPARE(config.auth.mode, AuthConfig::Mode::QueryParameter);
    QCOMPARE(config.auth.queryParameter, QStringLiteral("access"));
    QCOMPARE(config.auth.tokenSource,
             (SecretRef { SecretRef::Source::Env, QStringLiteral("MAX_TOKEN") }));
    QCOMPARE(config.heartbeat.strategy, HeartbeatConfig::Strategy::Application);
    QCOMPARE(config.heartbeat.intervalMs, 2500);
    QCOMPARE(config.heartbeat.timeoutMs, 900);
    QCOMPARE(config.heartbeat.maxMissed, 4);
    QCOMPARE(config.reconnect.maxAttempts, 9);
    QCOMPARE(config.tls.caFile, QStringLiteral("/etc/max/ca.pem"));
    QCOMPARE(config.tls.clientKeyFile, QStringLiteral("/etc/max/client.key"));
    QCOMPARE(config.tls.spkiPins, QStringList { pin });
    QVERIFY(config.tls.allowInsecure);
    QCOMPARE(config.tls.allowedErrors, QStringList { QStringLiteral("SelfSignedCertificate") });
    QCOMPARE(config.proxy.mode, ProxyConfig::Mode::Socks5);
    QCOMPARE(config.proxy.port, 1080);
    QCOMPARE(config.proxy.user, QStringLiteral("me"));
    QCOMPARE(config.messageQueueSize, 77);
    QCOMPARE(config.maxIncomingMessageSize, qint64(1 << 20));
    // loading it again shows the same
    QCOMPARE(editor->config(), config);
}

void TestProfilesDialog::formErrorsInline()
{
    ProfileEditor *editor = m_dialog->editor();
    setText("url", QStringLiteral("ws://127.0.0.1:9/"));
    field<QPlainTextEdit>("headers")->setPlainText(
        QStringLiteral("X-Good: 1\nno colon here\nBad Name: 2"));
    const QString headers = editor->errorText(QStringLiteral("headers"));
    QVERIFY2(headers.contains(QLatin1String("line 2: write each header")), qPrintable(headers));
    QVERIFY2(headers.contains(QLatin1String("line 3: \"Bad Name\" is not a valid")),
             qPrintable(headers));
    field<QPlainTextEdit>("headers")->setPlainText(QString());
    // a secret source without a name could not be read back
    SecretRefEdit *token = secretField(editor, "auth.token");
    auto *mode = field<QComboBox>("auth.mode");
    mode->setCurrentIndex(mode->findData(int(AuthConfig::Mode::BearerHeader)));
    QVERIFY(editor->errorText(QStringLiteral("auth.token")).startsWith(QLatin1String("Note:")));
    QVERIFY(!editor->hasErrors()); // a warning only
    token->sourceCombo()->setCurrentIndex(
        token->sourceCombo()->findData(int(SecretRef::Source::File)));
    QVERIFY2(editor->errorText(QStringLiteral("auth.token")).contains(QLatin1String("name the")),
             qPrintable(editor->errorText(QStringLiteral("auth.token"))));
    QVERIFY(editor->hasErrors());
    setText("name", QString());
    QVERIFY(editor->errorText(QStringLiteral("name")).contains(QLatin1String("needs a name")));
}

void TestProfilesDialog::renameAndNameClash()
{
    setText("name", QStringLiteral("One"));
    setText("url", QStringLiteral("ws://127.0.0.1:1/"));
    click("save");
    click("new");
    setText("name", QStringLiteral("Two"));
    setText("url", QStringLiteral("ws://127.0.0.1:2/"));
    click("save");
    QCOMPARE(m_library->names(), (QStringList { QStringLiteral("One"), QStringLiteral("Two") }));

    // renaming "Two" to "One" is refused at the name field
    setText("name", QStringLiteral("One"));
    click("save");
    QVERIFY(m_dialog->editor()
                ->errorText(QStringLiteral("name"))
                .contains(QLatin1String("another profile")));
    QCOMPARE(stored(QStringLiteral("One")).url, QUrl(QStringLiteral("ws://127.0.0.1:1/")));
    // to a free name it is a rename
    setText("name", QStringLiteral("Three"));
    click("save");
    QCOMPARE(m_library->names(), (QStringList { QStringLiteral("One"), QStringLiteral("Three") }));
    QCOMPARE(stored(QStringLiteral("Three")).url, QUrl(QStringLiteral("ws://127.0.0.1:2/")));
}

void TestProfilesDialog::duplicateAndDelete()
{
    setText("name", QStringLiteral("Prod"));
    setText("url", QStringLiteral("wss://127.0.0.1:3/"));
    click("save");
    click("duplicate");
    QCOMPARE(m_dialog->currentName(), QStringLiteral("Prod (copy)"));
    QCOMPARE(m_library->names(),
             (QStringList { QStringLiteral("Prod"), QStringLiteral("Prod (copy)") }));
    QCOMPARE(stored(QStringLiteral("Prod (copy)")).url, QUrl(QStringLiteral("wss://127.0.0.1:3/")));
    QCOMPARE(m_dialog->profileList()->currentItem()->text(), QStringLiteral("Prod (copy)"));

    // "No" keeps it
    answerMessageBox(QMessageBox::No);
    click("delete");
    QCOMPARE(m_library->names().size(), 2);
    answerMessageBox(QMessageBox::Yes);
    click("delete");
    QCOMPARE(m_library->names(), QStringList { QStringLiteral("Prod") });
    QCOMPARE(m_dialog->currentName(), QStringLiteral("Prod"));
    answerMessageBox(QMessageBox::Yes);
    click("delete");
    QVERIFY(m_library->names().isEmpty());
    QCOMPARE(m_dialog->currentName(), QString()); // a new profile again
}

void TestProfilesDialog::importAndExport()
{
    const QString source = m_dir->filePath(QStringLiteral("shared.json"));
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"name":"Shared","url":"ws://127.0.0.1:4/socket","auth":{"mode":"bearer",
                   "token":{"env":"SHARED_TOKEN"}},"templates":[{"name":"hi","payload":"hello"}]})");
    file.close();
    FileChooser::setAnswer([&](FileChooser::Purpose purpose, const QString &) {
        return purpose == FileChooser::Purpose::Open ? source : QString();
    });
    click("import");
    QCOMPARE(m_library->names(), QStringList { QStringLiteral("Shared") });
    QCOMPARE(m_dialog->currentName(), QStringLiteral("Shared"));
    QCOMPARE(field<QLineEdit>("url")->text(), QStringLiteral("ws://127.0.0.1:4/socket"));
    auto *templates = m_dialog->editor()->findChild<TemplateList *>();
    QCOMPARE(templates->templates().size(), 1);

    // an invalid file is refused with its reasons
    QFile bad(m_dir->filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"url":"http://x/"})");
    bad.close();
    FileChooser::setAnswer([&](FileChooser::Purpose, const QString &) { return bad.fileName(); });
    click("import");
    QVERIFY(m_dialog->message().contains(QLatin1String("not a valid profile")));
    QCOMPARE(m_library->names().size(), 1);

    const QString target = m_dir->filePath(QStringLiteral("out/exported"));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("out"))));
    QString suggested;
    FileChooser::setAnswer([&](FileChooser::Purpose purpose, const QString &suggestion) {
        suggested = suggestion;
        return purpose == FileChooser::Purpose::Save ? target : QString();
    });
    click("export");
    QVERIFY(suggested.endsWith(QLatin1String("Shared.json")));
    QFile exported(target + QLatin1String(".json")); // the filter's extension is added
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(exported.readAll()).object();
    QCOMPARE(json.value(QLatin1String("name")).toString(), QStringLiteral("Shared"));
    QCOMPARE(json.value(QLatin1String("auth")).toObject().value(QLatin1String("token")).toObject(),
             (QJsonObject { { QLatin1String("env"), QStringLiteral("SHARED_TOKEN") } }));
    QVERIFY(m_dialog->message().contains(QLatin1String("without secrets")));
}

void TestProfilesDialog::unsavedChangesAreAskedAbout()
{
    setText("name", QStringLiteral("A"));
    setText("url", QStringLiteral("ws://127.0.0.1:5/"));
    click("save");
    click("new");
    setText("name", QStringLiteral("B"));
    setText("url", QStringLiteral("ws://127.0.0.1:6/"));
    click("save");
    setText("url", QStringLiteral("ws://127.0.0.1:7/"));
    QVERIFY(m_dialog->editor()->isModified());
    QVERIFY(m_dialog->button(QStringLiteral("revert"))->isEnabled());

    // Cancel stays on B with the change
    answerMessageBox(QMessageBox::Cancel);
    m_dialog->profileList()->setCurrentRow(0);
    QCOMPARE(m_dialog->currentName(), QStringLiteral("B"));
    QCOMPARE(m_dialog->profileList()->currentItem()->text(), QStringLiteral("B"));
    QCOMPARE(field<QLineEdit>("url")->text(), QStringLiteral("ws://127.0.0.1:7/"));
    // Discard goes to A, B unchanged on disk
    answerMessageBox(QMessageBox::Discard);
    m_dialog->profileList()->setCurrentRow(0);
    QCOMPARE(m_dialog->currentName(), QStringLiteral("A"));
    QCOMPARE(stored(QStringLiteral("B")).url, QUrl(QStringLiteral("ws://127.0.0.1:6/")));
    // Save writes it first
    setText("url", QStringLiteral("ws://127.0.0.1:8/"));
    answerMessageBox(QMessageBox::Save);
    m_dialog->profileList()->setCurrentRow(1);
    QCOMPARE(m_dialog->currentName(), QStringLiteral("B"));
    QCOMPARE(stored(QStringLiteral("A")).url, QUrl(QStringLiteral("ws://127.0.0.1:8/")));
    // Revert undoes an edit
    setText("url", QStringLiteral("ws://127.0.0.1:9/"));
    click("revert");
    QCOMPARE(field<QLineEdit>("url")->text(), QStringLiteral("ws://127.0.0.1:6/"));
    QVERIFY(!m_dialog->editor()->isModified());
}

void TestProfilesDialog::useInTab()
{
    QSignalSpy used(m_dialog, &ProfilesDialog::useRequested);
    setText("name", QStringLiteral("Local"));
    setText("url", QStringLiteral("ws://127.0.0.1:10/"));
    click("use"); // saves first
    QCOMPARE(used.size(), 1);
    QCOMPARE(used.at(0).at(0).toString(), QStringLiteral("Local"));
    QCOMPARE(m_library->names(), QStringList { QStringLiteral("Local") });
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

void TestProfilesDialog::phoenixSettings()
{
    ProfileEditor *editor = m_dialog->editor();
    setText("name", QStringLiteral("Phoenix"));
    setText("url", QStringLiteral("wss://max.example/socket"));
    auto *vsn = field<QComboBox>("phoenix.vsn");
    auto *params = field<QLineEdit>("phoenix.params");
    auto *heartbeat = field<QSpinBox>("phoenix.heartbeat_interval_ms");
    auto *interval = field<QSpinBox>("heartbeat.interval_ms");
    auto *initialDelay = field<QSpinBox>("reconnect.initial_delay_ms");
    // plain WebSocket: the Phoenix fields are off, heartbeat and reconnect on
    QVERIFY(!vsn->isEnabled() && !params->isEnabled() && !heartbeat->isEnabled());
    QVERIFY(interval->isEnabled() && initialDelay->isEnabled());

    auto *protocol = field<QComboBox>("protocol");
    protocol->setCurrentIndex(protocol->findData(int(ConnectionConfig::Protocol::Phoenix)));
    QVERIFY(vsn->isEnabled() && params->isEnabled() && heartbeat->isEnabled());
    // Phoenix brings its own heartbeat and reconnect schedule
    QVERIFY(!interval->isEnabled() && !initialDelay->isEnabled());
    QVERIFY(field<QSpinBox>("reconnect.max_attempts")->isEnabled());

    setText("phoenix.params", QStringLiteral("{\"user_id\": 7, "));
    QVERIFY2(editor->errorText(QStringLiteral("phoenix.params")).contains(QLatin1String("JSON")),
             qPrintable(editor->errorText(QStringLiteral("phoenix.params"))));
    QVERIFY(editor->hasErrors());
    const int phoenixSection = editor->sections()->indexOf(params->parentWidget()->parentWidget());
    QCOMPARE(editor->sections()->tabText(phoenixSection), QStringLiteral("Phoenix"));
    QVERIFY(!editor->sections()->tabIcon(phoenixSection).isNull());
    setText("phoenix.params", QStringLiteral("{\"user\": {\"id\": 7}}"));
    QVERIFY(editor->errorText(QStringLiteral("phoenix.params"))
                .contains(QLatin1String("\"user\" must be a string")));
    setText("phoenix.params", QStringLiteral("{\"user_id\": 7, \"token\": \"x\"}"));
    QVERIFY(!editor->hasErrors()); // a credential is a warning
    QVERIFY(editor->errorText(QStringLiteral("phoenix.params")).startsWith(QLatin1String("Note:")));
    setText("phoenix.params", QStringLiteral("{\"user_id\": 7, \"locale\": \"de\"}"));
    vsn->setCurrentIndex(vsn->findData(QStringLiteral("1.0.0")));
    heartbeat->setValue(15000);
    field<QSpinBox>("phoenix.timeout_ms")->setValue(2500);
    QVERIFY2(!editor->hasErrors(), qPrintable(describe(editor->issues())));
    click("save");

    const ConnectionConfig config = stored(QStringLiteral("Phoenix"));
    QCOMPARE(config.protocol, ConnectionConfig::Protocol::Phoenix);
    QCOMPARE(config.phoenix.vsn, QStringLiteral("1.0.0"));
    QCOMPARE(config.phoenix.params,
             (QJsonObject { { QLatin1String("user_id"), 7 },
                            { QLatin1String("locale"), QStringLiteral("de") } }));
    QCOMPARE(config.phoenix.heartbeatIntervalMs, 15000);
    QCOMPARE(config.phoenix.timeoutMs, 2500);

    // shown again as stored
    click("new");
    m_dialog->selectProfile(QStringLiteral("Phoenix"));
    QCOMPARE(protocol->currentData().toInt(), int(ConnectionConfig::Protocol::Phoenix));
    QCOMPARE(params->text(), QStringLiteral("{\"locale\":\"de\",\"user_id\":7}"));
    QCOMPARE(editor->config(), config);
    QVERIFY(!editor->isModified());
}

void TestProfilesDialog::everySectionTabIsVisible()
{
    // at the dialog's own size: no tab behind scroll arrows, none cut
    QTabWidget *sections = m_dialog->editor()->sections();
    QTabBar *bar = sections->tabBar();
    QVERIFY(sections->count() >= 8);
    for (QToolButton *arrow : bar->findChildren<QToolButton *>())
        QVERIFY(!arrow->isVisible());
    for (int i = 0; i < sections->count(); ++i) {
        const QRect tab = bar->tabRect(i);
        QVERIFY2(bar->rect().contains(tab), qPrintable(sections->tabText(i)));
        QVERIFY2(tab.width() >= bar->fontMetrics().horizontalAdvance(sections->tabText(i)),
                 qPrintable(sections->tabText(i)));
    }
    // and the dialog fits a 1024x640 screen
    QVERIFY(m_dialog->width() <= 1024);
    QVERIFY(m_dialog->minimumSizeHint().width() <= 1024);
}

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
