#include <maxmon/sessionsettings.h>
#include <maxmon/sessionstore.h>

#include <QSettings>

namespace maxmon {

namespace {

const QLatin1String recordingKey("sessions/record");
const QLatin1String maxBytesKey("sessions/maxTotalBytes");
const QLatin1String maxAgeKey("sessions/maxAgeDays");
const QLatin1String directoryKey("sessions/directory");

} // namespace

SessionSettings SessionSettings::load()
{
    const QSettings settings;
    SessionSettings loaded;
    loaded.recording = settings.value(recordingKey, true).toBool();
    loaded.maxTotalBytes =
        std::max<qint64>(1, settings.value(maxBytesKey, DefaultMaxTotalBytes).toLongLong());
    loaded.maxAgeDays = std::max(1, settings.value(maxAgeKey, DefaultMaxAgeDays).toInt());
    loaded.directory = settings.value(directoryKey).toString();
    return loaded;
}

void SessionSettings::save() const
{
    QSettings settings;
    settings.setValue(recordingKey, recording);
    settings.setValue(maxBytesKey, maxTotalBytes);
    settings.setValue(maxAgeKey, maxAgeDays);
    if (directory.isEmpty())
        settings.remove(directoryKey);
    else
        settings.setValue(directoryKey, directory);
}

QString SessionSettings::effectiveDirectory() const
{
    return directory.isEmpty() ? SessionStore::defaultDirectory() : directory;
}

} // namespace maxmon
