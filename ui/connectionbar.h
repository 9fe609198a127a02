#pragma once

#include "websocket/connectionstate.h"
#include "websocket/reconnectstatus.h"

#include <QTimer>
#include <QUrl>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QToolButton;
class QLineEdit;
class QPushButton;

namespace maxmon {

class StateBadge;

// The top of a connection tab: the URL (checked as it is typed), the
// Connect/Disconnect button, "Reconnect now" when a retry is useful, and the
// state badge.
class ConnectionBar : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionBar(QWidget *parent = nullptr);

    QString urlText() const;
    void setUrlText(const QString &url);
    // Empty when the URL can be opened, otherwise what is wrong with it.
    QString urlProblem() const { return m_urlProblem; }

    void setState(ConnectionState state, qint64 sinceMonotonicNs);
    ConnectionState state() const { return m_state; }
    // While Reconnecting the badge counts down to the next attempt
    // ("attempt 3 · in 4 s") and its tooltip says why it is retried.
    void setReconnectStatus(const ReconnectStatus &status);

    // The profile picker: "No profile" and the stored profiles' names.
    void setProfileNames(const QStringList &names);
    QString currentProfile() const;
    // Selects without emitting profileSelected.
    void setCurrentProfile(const QString &name);

    QLineEdit *urlEdit() const { return m_url; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *reconnectButton() const { return m_reconnect; }
    StateBadge *badge() const { return m_badge; }
    QLabel *problemLabel() const { return m_problem; }
    QComboBox *profileCombo() const { return m_profile; }
    QToolButton *profilesButton() const { return m_profiles; }

public Q_SLOTS:
    void focusUrl();
    void focusProfile();

Q_SIGNALS:
    void connectRequested(const QUrl &url);
    void disconnectRequested();
    void reconnectRequested();
    // The user picked a profile ("" for none).
    void profileSelected(const QString &name);
    void manageProfilesRequested();

private:
    void validateUrl();
    void onConnectClicked();
    void updateButtons();
    void updateCountdown();

    QComboBox *m_profile;
    QToolButton *m_profiles;
    QLineEdit *m_url;
    QPushButton *m_connect;
    QPushButton *m_reconnect;
    StateBadge *m_badge;
    QLabel *m_problem;
    QAction *m_problemIcon;
    QString m_urlProblem;
    ConnectionState m_state = ConnectionState::Disconnected;
    ReconnectStatus m_reconnectStatus;
    QTimer m_countdown;
};

} // namespace maxmon
