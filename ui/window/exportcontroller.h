#pragma once

#include <maxmon/message.h>
#include <maxmon/sessionentry.h>

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QWidget;

namespace maxmon {

class ConnectionTab;
class LogExporter;
class RecordingTab;
class SecretStore;
class SessionFilter;

// File > Export Log, Export Shown Messages and Export Support Bundle: asks
// for a file (FileChooser), reads the connection's secrets again so that
// they can be masked by value (the client forgets them once connected, and
// does not share them), and writes the file with LogExporter or
// SupportBundle. A secret that cannot be read is named, and the export goes
// ahead only if the user agrees: fields that look like credentials are
// masked by name either way.
class ExportController : public QObject
{
    Q_OBJECT

public:
    explicit ExportController(QWidget *window);

    // All messages of the tab's log, or only those its filter shows. A log
    // over a session file is written from the file (every message of the
    // session, not only those in memory).
    void exportLog(ConnectionTab *tab, bool shownOnly);
    // The same for a file opened for analysis (values that look like
    // credentials masked by name: its secrets are not known).
    void exportRecording(RecordingTab *tab, bool shownOnly);
    void exportSupportBundle(ConnectionTab *tab);

    // The messages an export takes: the whole log (its newest `newest` rows
    // when newest > 0), or the filtered rows.
    // The log's rows, messages and connection events, in order; newest > 0
    // keeps the newest rows only.
    static QList<SessionEntry> entriesOf(ConnectionTab *tab, int newest = 0);
    // The messages among the newest rows, for a support bundle.
    static QList<Message> messagesOf(ConnectionTab *tab, int newest);

Q_SIGNALS:
    // After each export, written or not, with a line for the status bar.
    void finished(bool written, const QString &message);

private:
    using SecretsReady = std::function<void(const QStringList &secrets)>;
    // Resolves every secret the tab's settings name, then calls ready
    // (unless a secret failed and the user declined).
    void withSecrets(ConnectionTab *tab, SecretsReady ready);
    void report(bool written, const QString &message);
    QString suggestedPath(const QString &title, const QString &kind, const QString &suffix) const;
    QString askLogPath(const QString &title, bool shownOnly);
    // Writes a session's rows through the exporter's masking; reports the outcome.
    void writeSession(const QString &session, const QString &path, const SessionFilter &filter,
                      const LogExporter &exporter);

    QWidget *m_window;
    SecretStore *m_secrets;
};

} // namespace maxmon
