#include "base/userfolders.h"
#include "session/sessionwriter.h"

#include <maxmon/sessionstore.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <atomic>

namespace maxmon {

class SessionStore::Private
{
public:
    SessionWriter::Settings settings;
    std::unique_ptr<SessionWriter> writer;
    QString path;
    std::atomic<bool> storedPending { false };
    // the counts of the last file, once closed
    qint64 accepted = 0;
    qint64 stored = 0;
    qint64 notStored = 0;
    Error error;
};

SessionStore::SessionStore(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<maxmon::Error>();
    d->settings.maxFileBytes = DefaultMaxFileBytes;
    d->settings.maxQueuedBytes = DefaultMaxQueuedBytes;
    d->settings.commitIntervalMs = DefaultCommitIntervalMs;
    d->settings.redaction = LogExporter();
}

SessionStore::~SessionStore()
{
    static_cast<void>(close());
}

void SessionStore::setMaxFileBytes(qint64 bytes)
{
    d->settings.maxFileBytes = std::max<qint64>(0, bytes);
}

qint64 SessionStore::maxFileBytes() const
{
    return d->settings.maxFileBytes;
}

void SessionStore::setMaxQueuedBytes(qint64 bytes)
{
    d->settings.maxQueuedBytes = std::max<qint64>(64 * 1024, bytes);
}

qint64 SessionStore::maxQueuedBytes() const
{
    return d->settings.maxQueuedBytes;
}

void SessionStore::setCommitIntervalMs(int ms)
{
    d->settings.commitIntervalMs = std::max(1, ms);
}

int SessionStore::commitIntervalMs() const
{
    return d->settings.commitIntervalMs;
}

void SessionStore::setRedaction(const LogExporter &rules)
{
    d->settings.redaction = rules;
}

void SessionStore::setRawCopy(bool raw)
{
    if (raw)
        d->settings.redaction.reset();
    else if (!d->settings.redaction)
        d->settings.redaction = LogExporter();
}

Result<void> SessionStore::create(const QString &path)
{
    static_cast<void>(close());
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    const bool newFolder = !QFileInfo::exists(folder);
    if (!QDir().mkpath(folder)) {
        return failure(
            Error(Error::Code::FileError, tr("Cannot create the folder %1.").arg(folder)));
    }
    // a folder made for sessions is the user's alone
    if (newFolder)
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    // 0600 before SQLite writes anything: its -wal and -shm files take the
    // database file's permissions
    QFile file(path);
    if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return failure(
            Error(Error::Code::FileError, tr("Cannot create %1.").arg(path), file.errorString()));
    }
    file.close();

    SessionWriter::Callbacks callbacks;
    callbacks.stored = [this](qint64 stored) {
        // at most one queued signal at a time: the receiver reads the latest count
        if (d->storedPending.exchange(true))
            return;
        QMetaObject::invokeMethod(
            this,
            [this] {
                d->storedPending = false;
                Q_EMIT this->stored(storedCount());
            },
            Qt::QueuedConnection);
        Q_UNUSED(stored)
    };
    callbacks.gap = [this](qint64 count) {
        QMetaObject::invokeMethod(
            this, [this, count] { Q_EMIT gapRecorded(count); }, Qt::QueuedConnection);
    };
    callbacks.failed = [this](const Error &error) {
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT errorOccurred(error); }, Qt::QueuedConnection);
    };
    d->accepted = d->stored = d->notStored = 0;
    d->error = Error();
    auto writer = std::make_unique<SessionWriter>(path, d->settings, callbacks);
    if (Result<void> started = writer->start(); !started) {
        writer.reset();
        QFile::remove(path);
        return started;
    }
    d->writer = std::move(writer);
    d->path = path;
    return {};
}

Result<void> SessionStore::close()
{
    if (!d->writer)
        return {};
    d->writer->stop();
    const Error error = d->writer->lastError();
    d->accepted = d->writer->accepted();
    d->stored = d->writer->stored();
    d->notStored = d->writer->notStored();
    d->error = error;
    d->writer.reset();
    if (error)
        return failure(error);
    return {};
}

bool SessionStore::isOpen() const
{
    return d->writer != nullptr;
}

QString SessionStore::path() const
{
    return d->path;
}

qint64 SessionStore::append(const Message &message)
{
    return d->writer ? d->writer->append(message) : 0;
}

void SessionStore::appendEvent(const SessionEvent &event)
{
    if (d->writer)
        d->writer->appendEvent(event);
}

void SessionStore::appendSample(qint64 timestampUs, double rttMs, double p95Ms)
{
    if (d->writer)
        d->writer->appendSample(timestampUs, rttMs, p95Ms);
}

void SessionStore::setMeta(const QString &key, const QJsonValue &value)
{
    if (d->writer)
        d->writer->setMeta(key, value);
}

bool SessionStore::flush(int timeoutMs)
{
    return d->writer && d->writer->flush(timeoutMs);
}

qint64 SessionStore::acceptedCount() const
{
    return d->writer ? d->writer->accepted() : d->accepted;
}

qint64 SessionStore::storedCount() const
{
    return d->writer ? d->writer->stored() : d->stored;
}

qint64 SessionStore::notStoredCount() const
{
    return d->writer ? d->writer->notStored() : d->notStored;
}

Error SessionStore::lastError() const
{
    return d->writer ? d->writer->lastError() : d->error;
}

QString SessionStore::defaultDirectory()
{
    return userfolders::own(QStandardPaths::GenericDataLocation, QStringLiteral("sessions"));
}

QString SessionStore::legacyDirectory()
{
    return userfolders::legacy(QStandardPaths::GenericDataLocation, QStringLiteral("sessions"));
}

bool SessionStore::moveLegacySessions()
{
    return userfolders::moveLegacy(legacyDirectory(), defaultDirectory());
}

QString SessionStore::newSessionPath(const QString &directory, const QString &name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString safe = name;
    safe.replace(unsafe, QStringLiteral("_"));
    safe = safe.left(60);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QDir dir(directory);
    QString base = safe.isEmpty() ? stamp : stamp + QLatin1Char('-') + safe;
    QString path = dir.filePath(base + QStringLiteral(".maxmon"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.maxmon").arg(base).arg(n));
    return path;
}

} // namespace maxmon
