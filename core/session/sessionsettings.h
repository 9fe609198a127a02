#pragma once

#include <maxmon/maxmon_core_export.h>

#include <QString>

namespace maxmon {

/// Where and for how long the window keeps its sessions, and whether it
/// records at all: the user's settings (QSettings "sessions/..."), read and
/// written by the window's preferences.
struct MAXMON_CORE_EXPORT SessionSettings
{
    /// 2 GiB of session files in all.
    static constexpr qint64 DefaultMaxTotalBytes = qint64(2) * 1024 * 1024 * 1024;
    /// Sessions older than two weeks are removed.
    static constexpr int DefaultMaxAgeDays = 14;

    /// Record connections (each profile can still say no: ConnectionConfig::record).
    bool recording = true;
    /// The most bytes all session files may take; the oldest go first.
    qint64 maxTotalBytes = DefaultMaxTotalBytes;
    /// Sessions last written longer ago than this are removed.
    int maxAgeDays = DefaultMaxAgeDays;
    /// The folder: SessionStore::defaultDirectory() unless set.
    QString directory;

    /// The settings stored with QSettings, or the defaults.
    static SessionSettings load();
    /// Stores them with QSettings.
    void save() const;
    /// directory, or SessionStore::defaultDirectory() when empty.
    QString effectiveDirectory() const;
};

} // namespace maxmon
