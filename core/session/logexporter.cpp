#include <maxmon/connectionconfig.h>
#include <maxmon/logexporter.h>
#include <maxmon/messagerecord.h>
#include <maxmon/redaction.h>
#include <maxmon/sessionentry.h>
#include <maxmon/sessionevent.h>
#include <maxmon/sessionfilter.h>

#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace maxmon {

namespace {

// writeRows() takes the log's messages or a session's entries
const SessionEntry &asEntry(const SessionEntry &entry)
{
    return entry;
}

SessionEntry asEntry(const Message &message)
{
    return SessionEntry(message);
}

QString redactText(const QString &text, const QStringList &secrets, const QStringList &keys)
{
    return redaction::sensitiveValues(redaction::text(text, secrets), keys);
}

// Valid UTF-8 is masked as text (names and values); anything else byte for
// byte, by value only.
QByteArray redactUtf8(const QByteArray &bytes, bool validUtf8, const QStringList &secrets,
                      const QStringList &keys)
{
    if (!validUtf8)
        return redaction::bytes(bytes, secrets);
    return redactText(Message::utf8ToString(bytes), secrets, keys).toUtf8();
}

bool isValidUtf8(const QByteArray &bytes)
{
    return Message::fromText(Message::Direction::Incoming, bytes).isValidUtf8();
}

// Every string in an event's record goes through the text rules: an error's
// detail or a URL may quote a credential.
QJsonValue redactJson(const QJsonValue &value, const QStringList &secrets, const QStringList &keys)
{
    if (value.isString())
        return redactText(value.toString(), secrets, keys);
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue item : value.toArray())
            array.append(redactJson(item, secrets, keys));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = redactJson(it.value(), secrets, keys);
        return object;
    }
    return value;
}

} // namespace

LogExporter::LogExporter(Format format)
    : m_format(format)
{ }

void LogExporter::setSecrets(const QStringList &secrets)
{
    m_secrets = secrets;
    m_secrets.removeAll(QString());
    m_secrets.removeDuplicates();
    m_secretForms.clear();
    for (const QString &secret : std::as_const(m_secrets)) {
        for (const QString &form : redaction::secretForms(secret))
            m_secretForms.append(form.toUtf8());
    }
}

bool LogExporter::mayNeedMasking(const QByteArray &bytes, bool text) const
{
    for (const QByteArray &form : m_secretForms) {
        if (bytes.contains(form))
            return true;
    }
    return text && redaction::mayContainSensitiveValues(bytes, m_sensitiveKeys);
}

void LogExporter::addSecretsOf(const ConnectionConfig &config)
{
    QStringList secrets = m_secrets;
    secrets.append(config.auth.token);
    for (const HttpHeader &header : config.headers) {
        if (!redaction::isSensitiveHeader(header.name))
            continue;
        secrets.append(header.value);
        // "Bearer abc": the credential is the part after the scheme
        const qsizetype space = header.value.indexOf(QLatin1Char(' '));
        if (space > 0)
            secrets.append(header.value.mid(space + 1).trimmed());
    }
    setSecrets(secrets);
    if (config.auth.mode == AuthConfig::Mode::QueryParameter
        && !config.auth.queryParameter.isEmpty()
        && !m_sensitiveKeys.contains(config.auth.queryParameter))
        m_sensitiveKeys.append(config.auth.queryParameter);
}

Message LogExporter::redact(const Message &message) const
{
    if (message.isNull())
        return message;
    const QByteArray original = message.payload();
    // kind() would parse a text frame's JSON: ask only when something may be masked
    const bool text = message.isTextFrame() || message.kind() == Message::Kind::Close;
    if (!mayNeedMasking(original, text))
        return message;
    QByteArray payload;
    switch (message.kind()) {
    case Message::Kind::Text:
    case Message::Kind::Json:
        payload = redactUtf8(original, message.isValidUtf8(), m_secrets, m_sensitiveKeys);
        break;
    case Message::Kind::Close: {
        // the 2-byte code stays; the reason is text
        const QByteArray reason = original.mid(2);
        payload =
            original.left(2) + redactUtf8(reason, isValidUtf8(reason), m_secrets, m_sensitiveKeys);
        break;
    }
    case Message::Kind::Binary:
    case Message::Kind::Ping:
    case Message::Kind::Pong:
        payload = redaction::bytes(original, m_secrets);
        break;
    }
    if (payload == original)
        return message;

    Message redacted;
    switch (message.kind()) {
    case Message::Kind::Text:
    case Message::Kind::Json:
        redacted = Message::fromText(message.direction(), payload);
        break;
    case Message::Kind::Binary:
        redacted = Message::fromBinary(message.direction(), payload);
        break;
    case Message::Kind::Ping:
    case Message::Kind::Pong:
    case Message::Kind::Close:
        redacted = Message::control(message.kind(), message.direction(), payload);
        break;
    }
    QJsonObject meta = message.meta();
    meta.insert(QLatin1String("redacted"), true);
    return redacted.withId(message.id())
        .withTimestamps(message.timestampUs(), message.monotonicNs())
        .withMeta(meta);
}

QStringList LogExporter::csvColumns()
{
    return { QStringLiteral("time"),
             QStringLiteral("direction"),
             QStringLiteral("id"),
             QStringLiteral("kind"),
             QStringLiteral("size"),
             QStringLiteral("encoding"),
             QStringLiteral("payload"),
             QStringLiteral("connection_url"),
             QStringLiteral("connection_attempt") };
}

QByteArray LogExporter::csvField(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
        || value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '));
    if (!quote)
        return value.toUtf8();
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

QByteArray LogExporter::header() const
{
    if (m_format != Format::Csv)
        return {};
    return csvColumns().join(QLatin1Char(',')).toUtf8() + "\r\n";
}

void LogExporter::Connection::follow(const SessionEvent &event)
{
    const QJsonObject data = event.data();
    if (event.type() != SessionEvent::Type::State || !data.contains(QLatin1String("url")))
        return;
    url = data.value(QLatin1String("url")).toString();
    attempt = data.value(QLatin1String("attempt")).toInt();
}

QByteArray LogExporter::line(const Message &message) const
{
    return line(SessionEntry(message), nullptr);
}

QByteArray LogExporter::line(const SessionEvent &event) const
{
    return line(SessionEntry(event), nullptr);
}

QByteArray LogExporter::line(const SessionEntry &entry, Connection *connection) const
{
    const auto masked = [this](const QString &text) {
        return m_masking ? redactText(text, m_secrets, m_sensitiveKeys) : text;
    };
    if (entry.isEvent()) {
        const SessionEvent &event = entry.event();
        if (connection)
            connection->follow(event);
        if (m_format == Format::JsonLines) {
            QJsonObject record = event.toRecord();
            if (m_masking)
                record = redactJson(record, m_secrets, m_sensitiveKeys).toObject();
            // as MessageRecord::encode(): Qt 6.4's reader drops a U+FEFF starting a string
            return QJsonDocument(record)
                       .toJson(QJsonDocument::Compact)
                       .replace("\xEF\xBB\xBF", "\\ufeff")
                + '\n';
        }
        const QString text = masked(event.text());
        return csvRow({ MessageRecord::formatTime(event.timestampUs()), QStringLiteral("event"),
                        QString(), SessionEvent::typeName(event.type()),
                        QString::number(text.toUtf8().size()), QStringLiteral("text"), text,
                        connection ? masked(connection->url) : QString(),
                        connection && connection->attempt > 0 ? QString::number(connection->attempt)
                                                              : QString() });
    }

    Message redacted = m_masking ? redact(entry.message()) : entry.message();
    const bool known = connection && !connection->url.isEmpty();
    if (m_format == Format::JsonLines) {
        if (known) {
            QJsonObject meta = redacted.meta();
            meta.insert(QStringLiteral("connection"),
                        QJsonObject { { QStringLiteral("url"), masked(connection->url) },
                                      { QStringLiteral("attempt"), connection->attempt } });
            redacted = redacted.withMeta(meta);
        }
        return MessageRecord::encode(redacted) + '\n';
    }
    const bool asText = redacted.isTextFrame() && redacted.isValidUtf8();
    return csvRow({
        MessageRecord::formatTime(redacted.timestampUs()),
        Message::directionName(redacted.direction()),
        redacted.id(),
        Message::kindName(redacted.kind()),
        QString::number(redacted.size()),
        asText ? QStringLiteral("text") : QStringLiteral("base64"),
        asText ? Message::utf8ToString(redacted.payload())
               : QString::fromLatin1(redacted.payload().toBase64()),
        known ? masked(connection->url) : QString(),
        known && connection->attempt > 0 ? QString::number(connection->attempt) : QString(),
    });
}

QByteArray LogExporter::csvRow(const QStringList &fields) const
{
    QByteArrayList row;
    for (const QString &field : fields)
        row.append(csvField(field));
    return row.join(',') + "\r\n";
}

template<typename Rows>
Result<qint64> LogExporter::writeRows(QIODevice *device, const Rows &rows,
                                      const SessionFilter *filter) const
{
    auto writeError = [device] {
        return failure(Error(Error::Code::FileError, tr("Cannot write the log export."),
                             device->errorString()));
    };
    if (const QByteArray head = header(); !head.isEmpty() && device->write(head) != head.size())
        return writeError();
    qint64 written = 0;
    Connection connection;
    for (const auto &row : rows) {
        const SessionEntry &entry = asEntry(row);
        if (entry.isNull())
            continue;
        if (filter && !filter->matches(entry)) {
            if (entry.isEvent())
                connection.follow(entry.event());
            continue;
        }
        const QByteArray bytes = line(entry, &connection);
        if (device->write(bytes) != bytes.size())
            return writeError();
        ++written;
    }
    return written;
}

template<typename Rows>
Result<qint64> LogExporter::writeRowsToFile(const QString &path, const Rows &rows,
                                            const SessionFilter *filter) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return failure(
            Error(Error::Code::FileError, tr("Cannot create %1.").arg(path), file.errorString()));
    }
    Result<qint64> written = writeRows(&file, rows, filter);
    if (!written)
        return written;
    if (!file.commit()) {
        return failure(
            Error(Error::Code::FileError, tr("Cannot write %1.").arg(path), file.errorString()));
    }
    return written;
}

Result<qint64> LogExporter::write(QIODevice *device, const QList<Message> &messages) const
{
    return writeRows(device, messages, nullptr);
}

Result<qint64> LogExporter::write(QIODevice *device, const QList<SessionEntry> &entries,
                                  const SessionFilter &filter) const
{
    return writeRows(device, entries, &filter);
}

Result<qint64> LogExporter::writeFile(const QString &path, const QList<Message> &messages) const
{
    return writeRowsToFile(path, messages, nullptr);
}

Result<qint64> LogExporter::writeFile(const QString &path, const QList<SessionEntry> &entries,
                                      const SessionFilter &filter) const
{
    return writeRowsToFile(path, entries, &filter);
}

LogExporter::Format LogExporter::formatForPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
        ? Format::Csv
        : Format::JsonLines;
}

} // namespace maxmon
