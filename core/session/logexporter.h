#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/message.h>
#include <maxmon/result.h>

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QIODevice;

namespace maxmon {

struct ConnectionConfig;
class SessionEntry;
class SessionEvent;
class SessionFilter;

/// Writes messages of a log to a file for people and tools, with secrets
/// masked: every message goes through redact() first.
///
/// - JSON lines: one MessageRecord per line
/// - CSV: RFC 4180, CRLF line ends, a header line
///   `time,direction,id,kind,size,encoding,payload,connection_url,connection_attempt`;
///   encoding "text" (text and JSON frames that are valid UTF-8: the payload
///   as is) or "base64" (everything else, padded)
///
/// A log's connection events (SessionEvent: connecting, connected, closed,
/// errors, gaps) are exported with its messages, in order: as their own
/// record in JSON lines, as a row with direction "event" in CSV. Written
/// from SessionEntry rows, each message names the connection it belongs to
/// (the URL and attempt of the latest state event before it): in JSON lines
/// as meta "connection": {"url", "attempt"}, in CSV in the last two columns.
///
/// redact() masks each known secret (the token, key passphrase, proxy
/// password: by value, also percent-encoded and base64) in every payload, and
/// in text payloads also credential-like values by name (token=..., "api_key":
/// "...", "Authorization: ..."; see redaction::sensitiveValues). A message that
/// changed gets "redacted": true in its meta, and its size is the new one.
class MAXMON_CORE_EXPORT LogExporter
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::LogExporter)

public:
    /// The file format.
    enum class Format {
        JsonLines, ///< one MessageRecord per line
        Csv, ///< RFC 4180 with a header line
    };

    /// An exporter that knows no secret yet.
    explicit LogExporter(Format format = Format::JsonLines);

    /// The file format.
    Format format() const { return m_format; }
    /// Changes the file format.
    void setFormat(Format format) { m_format = format; }
    /// The secrets masked by value.
    QStringList secrets() const { return m_secrets; }
    /// Replaces the secrets masked by value (empty ones and duplicates are dropped).
    void setSecrets(const QStringList &secrets);
    /// Names whose values are masked besides the usual credential names
    /// (a profile's token query parameter, from addSecretsOf()).
    QStringList sensitiveKeys() const { return m_sensitiveKeys; }
    /// Adds what a profile knows: its run-time token, the credentials in its
    /// sensitive headers, and its token query parameter's name.
    void addSecretsOf(const ConnectionConfig &config);
    /// Off: line() and write() keep every byte (conversions of files that
    /// exist already); redact() still masks. On by default.
    void setMasking(bool masking) { m_masking = masking; }
    /// Whether line() and write() mask secrets.
    bool masking() const { return m_masking; }

    /// The message with the secrets masked, or the message itself (the same
    /// payload) when nothing needed masking.
    Message redact(const Message &message) const;

    /// Which connection a row belongs to, as its state events tell.
    struct MAXMON_CORE_EXPORT Connection
    {
        QString url; ///< the URL, secrets masked; empty before the first state event
        int attempt = 0; ///< the connection attempt, from 1; 0 when unknown
        /// Takes the URL and attempt a state event names (other events change nothing).
        void follow(const SessionEvent &event);
    };

    /// A connection event, secrets masked in its text and data: JSON lines:
    /// its record (SessionEvent::toRecord()); CSV: a row with direction
    /// "event", the event type as kind and its text as payload.
    QByteArray line(const SessionEvent &event) const;
    /// A message or an event; *connection follows the state events, and a
    /// message's line names it (see the class description).
    QByteArray line(const SessionEntry &entry, Connection *connection) const;
    /// Writes header() and the line of every entry that filter passes, in
    /// order, each message naming its connection (hidden state events still
    /// tell which connection the rows after them belong to); returns how many
    /// rows were written.
    Result<qint64> write(QIODevice *device, const QList<SessionEntry> &entries,
                         const SessionFilter &filter) const;
    /// write() of entries to a file, all or nothing.
    Result<qint64> writeFile(const QString &path, const QList<SessionEntry> &entries,
                             const SessionFilter &filter) const;

    /// CSV: the header line; JSON lines: nothing.
    QByteArray header() const;
    /// One message, redacted, with its line end.
    QByteArray line(const Message &message) const;
    /// Writes header() and every line() to device; returns how many messages were written.
    Result<qint64> write(QIODevice *device, const QList<Message> &messages) const;
    /// write() to a file, all or nothing: a failed export leaves no partial file behind.
    Result<qint64> writeFile(const QString &path, const QList<Message> &messages) const;

    /// ".csv" gives Csv, anything else JsonLines.
    static Format formatForPath(const QString &path);
    /// The CSV columns: time, direction, id, kind, size, encoding, payload,
    /// connection_url, connection_attempt.
    static QStringList csvColumns();
    /// One CSV field as UTF-8, quoted when it holds a comma, a quote or a line
    /// break, or starts or ends with a space.
    static QByteArray csvField(const QString &value);

    /// False when redact() would certainly leave a payload of these bytes as
    /// it is: no secret in any form, and (text: a text frame or a close
    /// reason) no name of a credential. Cheap: no message needs to be built.
    bool mayNeedMasking(const QByteArray &bytes, bool text) const;

private:
    QByteArray csvRow(const QStringList &fields) const;
    template<typename Rows>
    Result<qint64> writeRows(QIODevice *device, const Rows &rows,
                             const SessionFilter *filter) const;
    template<typename Rows>
    Result<qint64> writeRowsToFile(const QString &path, const Rows &rows,
                                   const SessionFilter *filter) const;

    Format m_format;
    QStringList m_secrets;
    QList<QByteArray> m_secretForms; // every form of every secret, as UTF-8
    QStringList m_sensitiveKeys;
    bool m_masking = true;
};

} // namespace maxmon
