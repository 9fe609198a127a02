#pragma once

#include <QObject>
#include <QStringList>

namespace maxmon {

// The files opened for analysis, newest first (at most MaxFiles), kept in
// QSettings under "files/recent" so that File > Open Recent offers them
// again after a restart. Files that no longer exist are left out.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxFiles = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    // Puts the file first (it may be there already).
    void add(const QString &path);
    void clear();
    // Off: nothing is read or written (scripted runs).
    void setStored(bool stored);

Q_SIGNALS:
    void changed();

private:
    void save() const;

    QStringList m_files;
    bool m_stored = true;
};

} // namespace maxmon
