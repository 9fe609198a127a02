// ExportController through the window's File menu: the log (all, or what the
// filter shows) as JSON lines and CSV, and the support bundle, from a live
// connection whose token comes from an environment variable. The token is in
// the traffic; it must not be in any file.
#include "diagnostics/diagnosticspanel.h"
#include "log/messagelogfilter.h"
#include "log/messagelogpanel.h"
#include "profiles/profilelibrary.h"
#include "temporarysettings.h"
#include "widgets/filechooser.h"
#include "window/connectionbar.h"
#include "window/connectiontab.h"
#include "window/exportcontroller.h"
#include "window/mainwindow.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/messagerecord.h>
#include <maxmon/sessionevent.h>
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/websocketclient.h>

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace maxmon;
using namespace maxmon::testing;

namespace {

const QString token = QStringLiteral("gui-export-t0ken/secret+");
const char *tokenVariable = "MAXMON_TEST_EXPORT_TOKEN";

QString findToken(const QByteArray &bytes)
{
    const QByteArray utf8 = token.toUtf8();
    for (const QByteArray &form :
         { utf8, QUrl::toPercentEncoding(token), utf8.toBase64(),
           utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) }) {
        if (bytes.contains(form))
            return QString::fromUtf8(form);
    }
    return QString();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void exportsTheLogAsJsonLines();
    void exportsTheShownMessagesAsCsv();
    void exportsASupportBundle();
    void asksBeforeExportingWithAnUnreadableSecret();
    void cancelledFileDialogWritesNothing();

private:
    void exportTo(const char *action, const QString &path);

    QTemporaryDir *m_dir = nullptr;
    ScriptedServer *m_server = nullptr;
    MainWindow *m_window = nullptr;
    ConnectionTab *m_tab = nullptr;
};

void TestExportController::initTestCase()
{
    maxmon::test::useTemporarySettings();
    qputenv(tokenVariable, token.toUtf8());
}

void TestExportController::init()
{
    m_dir = new QTemporaryDir;
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
    m_window = new MainWindow;
    m_window->setSettingsEnabled(false);
    m_window->useProfileDirectory(m_dir->filePath(QStringLiteral("profiles")));
    ConnectionConfig config;
    config.name = QStringLiteral("Tokened");
    config.url = m_server->url();
    config.auth.mode = AuthConfig::Mode::QueryParameter;
    config.auth.tokenSource = { SecretRef::Source::Env, QString::fromLatin1(tokenVariable) };
    config.heartbeat.enabled = false;
    QVERIFY(m_window->profiles()->save(config, QString()));
    m_window->show();
    m_tab = m_window->openProfileTab(QStringLiteral("Tokened"), true);
    QTRY_COMPARE(m_tab->state(), ConnectionState::Connected);
    // the token really went out, and comes back in the traffic
    QCOMPARE(
        m_server->lastRequest().query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded),
        token);
    WebSocketClient *client = m_tab->client();
    QVERIFY(client->sendText(QStringLiteral("{\"event\":\"auth\",\"token\":\"%1\"}").arg(token)));
    QVERIFY(client->sendText(QStringLiteral("plain text with %1 inside").arg(token)));
    QVERIFY(client->sendBinary(QByteArray("\x01\x02") + token.toUtf8()));
    QVERIFY(client->sendText(QStringLiteral("harmless")));
    QTRY_COMPARE(client->diagnostics().messagesIn, 4);
    m_tab->logModel()->flush();
}

void TestExportController::cleanup()
{
    FileChooser::setAnswer(nullptr);
    delete m_window;
    delete m_server;
    delete m_dir;
}

void TestExportController::exportTo(const char *action, const QString &path)
{
    FileChooser::setAnswer([path](FileChooser::Purpose purpose, const QString &) {
        return purpose == FileChooser::Purpose::Save ? path : QString();
    });
    QSignalSpy finished(m_window->exports(), &ExportController::finished);
    QAction *trigger = m_window->action(QLatin1String(action));
    QVERIFY(trigger && trigger->isEnabled());
    trigger->trigger();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
}

void TestExportController::exportsTheLogAsJsonLines()
{
    const QString path = m_dir->filePath(QStringLiteral("log.jsonl"));
    exportTo("exportLog", path);
    const QByteArray contents = readAll(path);
    QVERIFY2(findToken(contents).isEmpty(), qPrintable(findToken(contents)));
    QList<QByteArray> lines = contents.split('\n');
    QCOMPARE(lines.takeLast(), QByteArray());
    // every row of the log, connection events included, in order
    QCOMPARE(lines.size(), m_tab->logModel()->rowCount());
    int messages = 0;
    int events = 0;
    QString firstMessageText;
    for (int row = 0; row < lines.size(); ++row) {
        const QJsonObject record = QJsonDocument::fromJson(lines.at(row)).object();
        if (m_tab->logModel()->isEvent(row)) {
            ++events;
            QVERIFY(SessionEvent::isRecord(record));
            QCOMPARE(SessionEvent::fromRecord(record)->text(),
                     m_tab->logModel()->entry(row).event().text());
            continue;
        }
        ++messages;
        const Validated<Message> message = MessageRecord::decode(lines.at(row));
        QVERIFY(message);
        if (firstMessageText.isEmpty())
            firstMessageText = message->text();
        QCOMPARE(message->id(), m_tab->logModel()->message(row).id());
        QCOMPARE(message->kind(), m_tab->logModel()->message(row).kind());
        // which connection it belongs to: the URL (token masked) and the attempt
        const QJsonObject connection =
            message->meta().value(QLatin1String("connection")).toObject();
        QCOMPARE(connection.value(QLatin1String("attempt")).toInt(), 1);
        QVERIFY2(connection.value(QLatin1String("url"))
                     .toString()
                     .startsWith(m_server->url().toString(QUrl::RemovePath)),
                 qPrintable(connection.value(QLatin1String("url")).toString()));
    }
    QCOMPARE(messages, 8);
    QVERIFY(events >= 2); // connecting, connected
    QVERIFY(m_tab->logModel()->isEvent(0)); // the connection's first event comes first
    QCOMPARE(firstMessageText, QStringLiteral("{\"event\":\"auth\",\"token\":\"***\"}"));
    QVERIFY(m_window->statusBar()->currentMessage().contains(
        QStringLiteral("%1 record(s) exported").arg(messages + events)));
}

void TestExportController::exportsTheShownMessagesAsCsv()
{
    MessageLogPanel *log = m_tab->logPanel();
    log->filter()->setText(QStringLiteral("text with"));
    QCOMPARE(log->filter()->rowCount(), 2); // sent and echoed
    const QString path = m_dir->filePath(QStringLiteral("shown"));
    exportTo("exportShown", path);
    const QByteArray contents = readAll(path + QLatin1String(".jsonl")); // the filter's suffix
    QVERIFY(!contents.isEmpty());
    QCOMPARE(contents.count('\n'), 2);
    QVERIFY(findToken(contents).isEmpty());

    const QString csv = m_dir->filePath(QStringLiteral("shown.csv"));
    exportTo("exportShown", csv);
    const QByteArray table = readAll(csv);
    QVERIFY2(findToken(table).isEmpty(), qPrintable(findToken(table)));
    const QList<QByteArray> rows = table.split('\n');
    QCOMPARE(rows.size(), 4); // header, 2 rows, the last line break
    QCOMPARE(rows.at(0),
             QByteArray("time,direction,id,kind,size,encoding,payload,connection_url,"
                        "connection_attempt\r"));
    QVERIFY2(rows.at(1).contains(",text,plain text with *** inside,ws://127.0.0.1:"),
             rows.at(1).constData());
    QVERIFY(rows.at(1).endsWith(",1\r"));
    QVERIFY(rows.at(2).contains(",in,"));
}

void TestExportController::exportsASupportBundle()
{
    const QString path = m_dir->filePath(QStringLiteral("bundle.json"));
    exportTo("supportBundle", path);
    const QByteArray contents = readAll(path);
    QVERIFY2(findToken(contents).isEmpty(), qPrintable(findToken(contents)));
    const QJsonObject bundle = QJsonDocument::fromJson(contents).object();
    QCOMPARE(bundle.value(QLatin1String("profile")).toObject().value(QLatin1String("name")),
             QJsonValue(QStringLiteral("Tokened")));
    QCOMPARE(bundle.value(QLatin1String("diagnostics"))
                 .toObject()
                 .value(QLatin1String("state"))
                 .toString(),
             QStringLiteral("Connected"));
    QCOMPARE(bundle.value(QLatin1String("log"))
                 .toObject()
                 .value(QLatin1String("records"))
                 .toArray()
                 .size(),
             8);

    // the diagnostics panel's button does the same
    const QString again = m_dir->filePath(QStringLiteral("again.json"));
    FileChooser::setAnswer([again](FileChooser::Purpose, const QString &) { return again; });
    QSignalSpy finished(m_window->exports(), &ExportController::finished);
    QTest::mouseClick(m_tab->diagnosticsPanel()->bundleButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(findToken(readAll(again)).isEmpty());
}

void TestExportController::asksBeforeExportingWithAnUnreadableSecret()
{
    qunsetenv(tokenVariable);
    const QString path = m_dir->filePath(QStringLiteral("refused.jsonl"));
    FileChooser::setAnswer([path](FileChooser::Purpose, const QString &) { return path; });
    QSignalSpy finished(m_window->exports(), &ExportController::finished);
    QString question;
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [&question, poll] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            poll->stop();
            question = box->text();
            box->button(QMessageBox::No)->click();
        }
    });
    poll->start(10);
    m_window->action(QStringLiteral("exportLog"))->trigger();
    QTRY_COMPARE(finished.size(), 1);
    qputenv(tokenVariable, token.toUtf8());
    QVERIFY2(question.contains(QLatin1String(tokenVariable)), qPrintable(question));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!QFile::exists(path));
}

void TestExportController::cancelledFileDialogWritesNothing()
{
    FileChooser::setAnswer([](FileChooser::Purpose, const QString &) { return QString(); });
    QSignalSpy finished(m_window->exports(), &ExportController::finished);
    m_window->action(QStringLiteral("exportLog"))->trigger();
    m_window->action(QStringLiteral("supportBundle"))->trigger();
    // a cancel returns at once: nothing is started that could report later
    QCOMPARE(finished.size(), 0);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 0);
}

QTEST_MAIN(TestExportController)
#include "tst_exportcontroller.moc"
