#include "session/sessiontables.h"

#include <maxmon/logexporter.h>
#include <maxmon/messagerecord.h>
#include <maxmon/sessionfile.h>
#include <maxmon/sessionreader.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace maxmon {

namespace {

constexpr int rowsPerTransaction = 10000;
constexpr int problemsKept = 20;

Error fileError(const QString &message, const QString &detail = {})
{
    return Error(Error::Code::FileError, message, detail);
}

// Copies into a new session file, batching rows into transactions.
class SessionCopy
{
public:
    Result<void> open(const QString &target, std::optional<LogExporter> masking = std::nullopt)
    {
        m_target = target;
        m_part = target + QStringLiteral(".part");
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(m_part + suffix);
        QFile file(m_part);
        if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return failure(
                fileError(SessionFile::tr("Cannot create %1.").arg(target), file.errorString()));
        file.close();
        Result<void> opened = m_tables.open(m_part, std::move(masking));
        return opened ? m_tables.begin() : opened;
    }

    Result<void> message(const Message &message)
    {
        Result<void> done = m_tables.insertMessage(++m_messages, message);
        return done ? step() : done;
    }

    Result<void> event(const SessionEvent &event)
    {
        ++m_events;
        Result<void> done = m_tables.insertEvent(m_messages, event);
        return done ? step() : done;
    }

    SessionTables &tables() { return m_tables; }
    qint64 messages() const { return m_messages; }
    qint64 events() const { return m_events; }

    // Indexes everything, closes, and puts the file in place.
    Result<void> finish()
    {
        Result<void> done = m_tables.commit();
        while (done) {
            const Result<bool> more = m_tables.indexMore(m_messages, 0);
            if (!more)
                done = failure(more.error());
            else if (!*more)
                break;
        }
        m_tables.close();
        if (done) {
            for (const QString &suffix :
                 { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
                QFile::remove(m_target + suffix);
            if (!QFile::rename(m_part, m_target))
                done = failure(fileError(SessionFile::tr("Cannot write %1.").arg(m_target)));
        }
        if (!done)
            discard();
        return done;
    }

    void discard()
    {
        m_tables.close();
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(m_part + suffix);
    }

private:
    Result<void> step()
    {
        if (++m_pending < rowsPerTransaction)
            return {};
        m_pending = 0;
        Result<void> committed = m_tables.commit();
        return committed ? m_tables.begin() : committed;
    }

    SessionTables m_tables;
    QString m_target;
    QString m_part;
    qint64 m_messages = 0;
    qint64 m_events = 0;
    int m_pending = 0;
};

Result<void> importRecording(const QString &source, SessionCopy &copy, SessionFile::Report &report,
                             const SessionFile::Progress &progress)
{
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly))
        return failure(
            fileError(SessionFile::tr("Cannot read %1.").arg(source), file.errorString()));
    const qint64 total = file.size();
    qint64 number = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        ++number;
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        Result<void> written;
        QString problem;
        if (document.isObject() && SessionEvent::isRecord(document.object())) {
            const Validated<SessionEvent> event = SessionEvent::fromRecord(document.object());
            if (event)
                written = copy.event(*event);
            else
                problem = event.error().toString();
        } else {
            const Validated<Message> message = MessageRecord::decode(line);
            if (message)
                written = copy.message(*message);
            else
                problem = message.error().toString();
        }
        if (!written)
            return written;
        if (!problem.isEmpty()) {
            ++report.badLines;
            if (report.problems.size() < problemsKept)
                report.problems.append(SessionFile::tr("line %1: %2").arg(number).arg(problem));
        }
        if ((number & 1023) == 0 && progress && !progress(file.pos(), total))
            return failure(fileError(SessionFile::tr("Cancelled.")));
    }
    return {};
}

Result<void> importBundle(const QString &source, SessionCopy &copy, SessionFile::Report &report)
{
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly))
        return failure(
            fileError(SessionFile::tr("Cannot read %1.").arg(source), file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return failure(fileError(SessionFile::tr("%1 is no valid support bundle.").arg(source),
                                 error.errorString()));
    QJsonObject bundle = document.object();
    const QJsonArray records =
        bundle.value(QLatin1String("log")).toObject().value(QLatin1String("records")).toArray();
    qint64 index = 0;
    for (const QJsonValue record : records) {
        ++index;
        const Validated<Message> message = MessageRecord::fromJson(record.toObject());
        if (!message) {
            ++report.badLines;
            if (report.problems.size() < problemsKept)
                report.problems.append(SessionFile::tr("log record %1: %2")
                                           .arg(index)
                                           .arg(message.error().toString()));
            continue;
        }
        if (Result<void> written = copy.message(*message); !written)
            return written;
    }
    QJsonObject log = bundle.value(QLatin1String("log")).toObject();
    log.remove(QLatin1String("records"));
    bundle.insert(QLatin1String("log"), log);
    report.bundle = bundle;
    return copy.tables().setMeta(QStringLiteral("bundle"), bundle);
}

Result<void> copySession(SessionReader &reader, SessionCopy &copy, const SessionFilter &filter,
                         const SessionFile::Progress &progress)
{
    const qint64 total = reader.rowCount(SessionReader::Rows::MessagesAndEvents);
    for (qint64 row = 0; row < total; row += 4096) {
        const Result<QList<SessionEntry>> entries =
            reader.read(row, 4096, SessionReader::Rows::MessagesAndEvents);
        if (!entries)
            return failure(entries.error());
        for (const SessionEntry &entry : *entries) {
            if (!filter.matches(entry))
                continue;
            Result<void> written =
                entry.isEvent() ? copy.event(entry.event()) : copy.message(entry.message());
            if (!written)
                return written;
        }
        if (progress && !progress(row, total))
            return failure(fileError(SessionFile::tr("Cancelled.")));
    }
    // the samples and facts of the session go along
    const Result<QList<SessionReader::Sample>> samples = reader.samples();
    for (const SessionReader::Sample &sample : samples.value_or(QList<SessionReader::Sample>())) {
        if (Result<void> written =
                copy.tables().insertSample(sample.timestampUs, sample.rttMs, sample.p95Ms);
            !written)
            return written;
    }
    const QJsonObject meta = reader.meta().value_or(QJsonObject());
    for (auto it = meta.constBegin(); it != meta.constEnd(); ++it) {
        if (it.key() == QLatin1String("search_indexed") || it.key() == QLatin1String("created"))
            continue;
        if (Result<void> written = copy.tables().setMeta(it.key(), it.value()); !written)
            return written;
    }
    return {};
}

} // namespace

Result<SessionFile::Kind> SessionFile::kindOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(fileError(tr("Cannot read %1.").arg(path), file.errorString()));
    const QByteArray head = file.peek(4096);
    if (head.startsWith(QByteArrayLiteral("SQLite format 3")))
        return Kind::Session;
    // a recording has one object per line; a bundle is one indented object
    const QByteArray trimmed = head.trimmed();
    const qsizetype lineEnd = trimmed.indexOf('\n');
    if (trimmed.left(lineEnd < 0 ? trimmed.size() : lineEnd).trimmed() != "{")
        return Kind::Recording;
    file.seek(0);
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    if (object.value(QLatin1String("format")).toString() == QLatin1String("maxmon-support-bundle"))
        return Kind::SupportBundle;
    return failure(fileError(
        tr("%1 is neither a maxmon session, a recording (JSON lines) nor a support bundle.")
            .arg(path)));
}

SessionFile::Format SessionFile::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("maxmon"))
        return Format::Session;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return Format::JsonLines;
}

Result<SessionFile::Report> SessionFile::import(const QString &source, const QString &target,
                                                const Progress &progress)
{
    const Result<Kind> kind = kindOf(source);
    if (!kind)
        return failure(kind.error());
    if (QFileInfo(source).canonicalFilePath() == QFileInfo(target).canonicalFilePath())
        return failure(fileError(tr("%1 cannot be copied onto itself.").arg(source)));
    Report report;
    report.kind = *kind;
    SessionCopy copy;
    Result<void> done = copy.open(target);
    if (done) {
        switch (*kind) {
        case Kind::Session: {
            SessionReader reader;
            done = reader.open(source);
            SessionFilter everything;
            everything.setEventsShown(true);
            if (done)
                done = copySession(reader, copy, everything, progress);
            break;
        }
        case Kind::Recording:
            done = importRecording(source, copy, report, progress);
            if (done)
                done =
                    copy.tables().setMeta(QStringLiteral("source"), QFileInfo(source).fileName());
            break;
        case Kind::SupportBundle:
            done = importBundle(source, copy, report);
            break;
        }
    }
    if (done)
        done = copy.finish();
    else
        copy.discard();
    if (!done)
        return failure(done.error());
    report.messages = copy.messages();
    report.events = copy.events();
    return report;
}

Result<qint64> SessionFile::write(SessionReader &reader, const QString &target, Format format,
                                  const SessionFilter &filter, const Progress &progress,
                                  const LogExporter *masking)
{
    if (format == Format::Session) {
        SessionCopy copy;
        Result<void> done =
            copy.open(target, masking ? std::optional<LogExporter>(*masking) : std::nullopt);
        if (done)
            done = copySession(reader, copy, filter, progress);
        if (done)
            done = copy.finish();
        else
            copy.discard();
        if (!done)
            return failure(done.error());
        return copy.messages() + copy.events();
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return failure(fileError(tr("Cannot create %1.").arg(target), file.errorString()));
    LogExporter exporter = masking ? *masking : LogExporter();
    exporter.setFormat(format == Format::Csv ? LogExporter::Format::Csv
                                             : LogExporter::Format::JsonLines);
    exporter.setMasking(masking != nullptr);
    const auto writeError = [&] {
        return failure(fileError(tr("Cannot write %1.").arg(target), file.errorString()));
    };
    const QByteArray head = exporter.header();
    if (file.write(head) != head.size())
        return writeError();
    qint64 written = 0;
    LogExporter::Connection connection;
    const qint64 total = reader.rowCount(SessionReader::Rows::MessagesAndEvents);
    for (qint64 row = 0; row < total; row += 4096) {
        const Result<QList<SessionEntry>> entries =
            reader.read(row, 4096, SessionReader::Rows::MessagesAndEvents);
        if (!entries)
            return failure(entries.error());
        for (const SessionEntry &entry : *entries) {
            // a hidden state event still tells which connection the next rows belong to
            if (!filter.matches(entry)) {
                if (entry.isEvent())
                    connection.follow(entry.event());
                continue;
            }
            const QByteArray line = exporter.line(entry, &connection);
            if (file.write(line) != line.size())
                return writeError();
            ++written;
        }
        if (progress && !progress(row, total))
            return failure(fileError(tr("Cancelled.")));
    }
    if (!file.commit())
        return writeError();
    return written;
}

Result<qint64> SessionFile::buildIndex(const QString &path, const Progress &progress)
{
    SessionReader reader;
    if (Result<void> opened = reader.open(path); !opened)
        return failure(opened.error());
    const qint64 messages = reader.messageCount();
    reader.close();
    SessionTables tables;
    if (Result<void> opened = tables.open(path, std::nullopt); !opened)
        return failure(opened.error());
    for (;;) {
        const Result<bool> more = tables.indexMore(messages, 200 * 1000 * 1000);
        if (!more) {
            tables.close();
            return failure(more.error());
        }
        if (progress && !progress(tables.indexedUpTo(), messages)) {
            tables.close();
            return failure(fileError(tr("Cancelled.")));
        }
        if (!*more)
            break;
    }
    const qint64 indexed = tables.indexedUpTo();
    tables.close();
    return indexed;
}

} // namespace maxmon
