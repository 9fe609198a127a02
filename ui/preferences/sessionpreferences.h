#pragma once

#include <maxmon/sessionsettings.h>

#include <QGroupBox>
#include <QStringList>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace maxmon {

// The "Sessions" part of the preferences: whether connections are recorded
// to session files, how much disk and how many days they may keep, where
// they are, and "Delete All Sessions" (after a question; sessions being
// recorded or open stay).
class SessionPreferences : public QGroupBox
{
    Q_OBJECT

public:
    explicit SessionPreferences(QWidget *parent = nullptr);

    SessionSettings settings() const;
    void setSettings(const SessionSettings &settings);
    // Files in use now: never deleted.
    void setSessionsInUse(const QStringList &paths) { m_inUse = paths; }

    QCheckBox *recordCheck() const { return m_record; }
    QDoubleSpinBox *sizeBox() const { return m_size; }
    QSpinBox *daysBox() const { return m_days; }
    QPushButton *deleteAllButton() const { return m_deleteAll; }
    QLabel *usageLabel() const { return m_usage; }

public Q_SLOTS:
    // Asks first (unless confirmed), then removes every session not in use.
    void deleteAll(bool confirmed = false);

Q_SIGNALS:
    void sessionsDeleted(int count);

private:
    void updateUsage();

    SessionSettings m_settings;
    QStringList m_inUse;
    QCheckBox *m_record;
    QDoubleSpinBox *m_size;
    QSpinBox *m_days;
    QLabel *m_usage;
    QPushButton *m_deleteAll;
};

} // namespace maxmon
