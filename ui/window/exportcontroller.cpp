#include "window/exportcontroller.h"

#include "log/messagelogfilter.h"
#include "log/messagelogpanel.h"
#include "recording/recordingtab.h"
#include "widgets/filechooser.h"
#include "window/connectiontab.h"

#include <maxmon/logexporter.h>
#include <maxmon/messagelogmodel.h>
#include <maxmon/secretstore.h>
#include <maxmon/sessionfile.h>
#include <maxmon/sessionfilter.h>
#include <maxmon/sessionreader.h>
#include <maxmon/sessionstore.h>
#include <maxmon/supportbundle.h>
#include <maxmon/websocketclient.h>

#include <QDateTime>
#include <QDir>
#include <QMessageBox>
#include <QPointer>
#include <QRegularExpression>

#include <memory>
#include <utility>

namespace maxmon {

ExportController::ExportController(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_secrets(new SecretStore(this))
{ }

QList<SessionEntry> ExportController::entriesOf(ConnectionTab *tab, int newest)
{
    MessageLogModel *log = tab->logModel();
    log->flush();
    QList<SessionEntry> entries;
    const int first = newest > 0 ? std::max(0, log->rowCount() - newest) : 0;
    entries.reserve(log->rowCount() - first);
    for (int row = first; row < log->rowCount(); ++row)
        entries.append(log->entry(row));
    return entries;
}

QList<Message> ExportController::messagesOf(ConnectionTab *tab, int newest)
{
    QList<Message> messages;
    for (const SessionEntry &entry : entriesOf(tab, newest)) {
        if (entry.isMessage())
            messages.append(entry.message());
    }
    return messages;
}

QString ExportController::suggestedPath(const QString &tabTitle, const QString &kind,
                                        const QString &suffix) const
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString title = tabTitle;
    title.replace(unsafe, QStringLiteral("_"));
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return QDir::home().filePath(
        QStringLiteral("maxmon-%1-%2-%3.%4").arg(kind, title, stamp, suffix));
}

void ExportController::withSecrets(ConnectionTab *tab, SecretsReady ready)
{
    // the settings in use and the tab's own (a profile loaded since)
    QList<SecretRef> refs;
    QStringList secrets = tab->sessionSecrets(); // the session token and variables
    for (const ConnectionConfig &config : { tab->client()->config(), tab->baseConfig() }) {
        secrets.append(config.auth.token);
        for (const SecretRef &ref :
             { config.auth.mode != AuthConfig::Mode::None ? config.auth.tokenSource : SecretRef(),
               config.tls.keyPassphrase, config.proxy.password }) {
            if (ref.isSet() && !refs.contains(ref))
                refs.append(ref);
        }
    }
    struct Pending
    {
        QStringList secrets;
        QStringList problems;
        qsizetype remaining = 0;
    };
    auto pending = std::make_shared<Pending>();
    pending->secrets = secrets;
    pending->remaining = refs.size();
    auto finish = [this, pending, ready = std::move(ready)] {
        if (!pending->problems.isEmpty()) {
            const auto answer = QMessageBox::warning(
                m_window, tr("Secrets not masked"),
                tr("These secrets could not be read, so their values cannot be masked in the "
                   "export:\n\n%1\n\nValues that look like credentials (token=..., "
                   "\"password\": ..., Authorization headers) are still masked by name. Export "
                   "anyway?")
                    .arg(pending->problems.join(QLatin1Char('\n'))),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes) {
                report(false, tr("Export cancelled."));
                return;
            }
        }
        ready(pending->secrets);
    };
    if (refs.isEmpty()) {
        finish();
        return;
    }
    for (const SecretRef &ref : std::as_const(refs)) {
        m_secrets->resolve(ref, this, [pending, ref, finish](Result<QString> value) {
            if (value)
                pending->secrets.append(*value);
            else
                pending->problems.append(tr("%1: %2").arg(ref.describe(), value.error().message()));
            if (--pending->remaining == 0)
                finish();
        });
    }
}

QString ExportController::askLogPath(const QString &title, bool shownOnly)
{
    return FileChooser::saveFileName(
        m_window, shownOnly ? tr("Export Shown Messages") : tr("Export Log"),
        suggestedPath(title, QStringLiteral("log"), QStringLiteral("jsonl")),
        tr("JSON lines (*.jsonl);;CSV (*.csv)"));
}

void ExportController::writeSession(const QString &session, const QString &path,
                                    const SessionFilter &filter, const LogExporter &exporter)
{
    SessionReader reader;
    Result<qint64> written = reader.open(session).and_then([&] {
        return SessionFile::write(reader, path,
                                  LogExporter::formatForPath(path) == LogExporter::Format::Csv
                                      ? SessionFile::Format::Csv
                                      : SessionFile::Format::JsonLines,
                                  filter, {}, &exporter);
    });
    if (!written) {
        report(false, written.error().toString());
        return;
    }
    report(true,
           tr("%n record(s) exported to %1, secrets masked.", nullptr, int(*written))
               .arg(QDir::toNativeSeparators(path)));
}

void ExportController::exportRecording(RecordingTab *tab, bool shownOnly)
{
    if (!tab->isReady())
        return;
    const QString path = askLogPath(tab->title(), shownOnly);
    if (path.isEmpty())
        return;
    SessionFilter filter;
    filter.setEventsShown(true);
    if (shownOnly)
        filter = tab->logPanel()->filter()->sessionFilter();
    writeSession(tab->sessionPath(), path, filter, LogExporter());
}

void ExportController::exportLog(ConnectionTab *tab, bool shownOnly)
{
    const QString path = askLogPath(tab->title(), shownOnly);
    if (path.isEmpty())
        return;
    if (const QString session = tab->logModel()->sessionPath(); !session.isEmpty()) {
        // every message and connection event of the session, from its file,
        // written once the secrets are read
        SessionFilter everything;
        everything.setEventsShown(true);
        const SessionFilter filter =
            shownOnly ? tab->logPanel()->filter()->sessionFilter() : everything;
        const QList<ConnectionConfig> configs { tab->client()->config(), tab->baseConfig() };
        const QPointer<SessionStore> store = tab->sessionStore();
        withSecrets(tab, [this, path, session, filter, configs, store](const QStringList &secrets) {
            if (store)
                store->flush();
            LogExporter exporter;
            exporter.setSecrets(secrets);
            for (const ConnectionConfig &config : configs)
                exporter.addSecretsOf(config);
            writeSession(session, path, filter, exporter);
        });
        return;
    }
    // what the log holds now, not what arrives while secrets are read
    const QList<SessionEntry> entries = entriesOf(tab);
    SessionFilter filter;
    filter.setEventsShown(true);
    if (shownOnly)
        filter = tab->logPanel()->filter()->sessionFilter();
    const QList<ConnectionConfig> configs { tab->client()->config(), tab->baseConfig() };
    withSecrets(tab, [this, path, entries, filter, configs](const QStringList &secrets) {
        LogExporter exporter(LogExporter::formatForPath(path));
        exporter.setSecrets(secrets);
        for (const ConnectionConfig &config : configs)
            exporter.addSecretsOf(config);
        const Result<qint64> written = exporter.writeFile(path, entries, filter);
        if (!written) {
            report(false, written.error().toString());
            return;
        }
        report(true,
               tr("%n record(s) exported to %1, secrets masked.", nullptr, int(*written))
                   .arg(QDir::toNativeSeparators(path)));
    });
}

void ExportController::exportSupportBundle(ConnectionTab *tab)
{
    const QString path = FileChooser::saveFileName(
        m_window, tr("Export Support Bundle"),
        suggestedPath(tab->title(), QStringLiteral("support"), QStringLiteral("json")),
        tr("Support bundle (*.json)"));
    if (path.isEmpty())
        return;
    auto bundle = std::make_shared<SupportBundle>();
    bundle->setConfig(tab->client()->config());
    bundle->setDiagnostics(tab->client()->diagnostics());
    bundle->setMessages(messagesOf(tab, SupportBundle::DefaultMaxMessages),
                        tab->logModel()->totalCount());
    const ConnectionConfig profile = tab->baseConfig();
    withSecrets(tab, [this, path, bundle, profile](const QStringList &secrets) {
        LogExporter known;
        known.setSecrets(secrets);
        known.addSecretsOf(profile);
        bundle->setSecrets(known.secrets());
        const Result<void> written = bundle->writeFile(path);
        if (!written) {
            report(false, written.error().toString());
            return;
        }
        report(true,
               tr("Support bundle written to %1, secrets masked.")
                   .arg(QDir::toNativeSeparators(path)));
    });
}

void ExportController::report(bool written, const QString &message)
{
    if (!written && message != tr("Export cancelled."))
        QMessageBox::warning(m_window, tr("Export failed"), message);
    Q_EMIT finished(written, message);
}

} // namespace maxmon
