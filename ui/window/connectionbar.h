#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/connectionstate.h>
#include <maxmon/reconnectstatus.h>

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
//
// Before the URL, the protocol: WebSocket or Phoenix Channels. Until the
// user (or a profile) picks one, it follows the URL: a path ending in
// /socket or /socket/websocket, or a vsn parameter, is Phoenix. While the
// user types it follows once the typing pauses (no flicker at each key);
// protocol() already answers for the URL as typed.
// Whether Connect applies: the connection is neither up nor on its way.
bool canOpen(ConnectionState state);

class ConnectionBar : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionBar(QWidget *parent = nullptr);

    QString urlText() const;
    void setUrlText(const QString &url);
    // Empty when the URL can be opened, otherwise what is wrong with it.
    QString urlProblem() const { return m_urlProblem; }
    // The URL the open connection uses. Enter on another URL while connected
    // asks whether to reconnect to it; declined, the field shows this again.
    QUrl liveUrl() const { return m_liveUrl; }
    void setLiveUrl(const QUrl &url);

    void setState(ConnectionState state, qint64 sinceMonotonicNs);
    ConnectionState state() const { return m_state; }
    // While Reconnecting the badge counts down to the next attempt
    // ("attempt 3 · in 4 s") and its tooltip says why it is retried.
    void setReconnectStatus(const ReconnectStatus &status);

    ConnectionConfig::Protocol protocol() const;
    // An explicit choice: the URL no longer changes it.
    void setProtocol(ConnectionConfig::Protocol protocol);
    // Whether the protocol follows the URL (nobody chose it yet).
    bool protocolFollowsUrl() const { return !m_protocolChosen; }
    // What a URL suggests: Phoenix for .../socket, .../socket/websocket or ?vsn=.
    static ConnectionConfig::Protocol suggestedProtocol(const QUrl &url);

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
    QComboBox *protocolCombo() const { return m_protocol; }
    QToolButton *profilesButton() const { return m_profiles; }
    QToolButton *secretsButton() const { return m_secrets; }

public Q_SLOTS:
    void focusUrl();
    void focusProfile();

Q_SIGNALS:
    void connectRequested(const QUrl &url);
    void disconnectRequested();
    void reconnectRequested();
    // The user accepted closing the live connection to open url instead.
    void switchUrlRequested(const QUrl &url);
    // The user picked a profile ("" for none).
    void profileSelected(const QString &name);
    void manageProfilesRequested();
    // The session-only token and variables ("Secrets...").
    void sessionSecretsRequested();
    void protocolChanged(maxmon::ConnectionConfig::Protocol protocol);

private:
    // The constructor, in steps: the fields and buttons, the layout, the signals.
    void setUpFields();
    void layOut();
    void connectControls();
    void followUrl();
    void selectProtocol(ConnectionConfig::Protocol protocol);
    void validateUrl();
    void onConnectClicked();
    void onReturnPressed();
    void offerSwitch(const QUrl &url);
    void updateButtons();
    void updateCountdown();

    QComboBox *m_profile;
    QComboBox *m_protocol;
    bool m_protocolChosen = false;
    QTimer m_followDelay;
    QToolButton *m_profiles;
    QToolButton *m_secrets;
    QLineEdit *m_url;
    QPushButton *m_connect;
    QPushButton *m_reconnect;
    StateBadge *m_badge;
    QLabel *m_problem;
    QAction *m_problemIcon;
    QString m_urlProblem;
    QUrl m_liveUrl;
    ConnectionState m_state = ConnectionState::Disconnected;
    ReconnectStatus m_reconnectStatus;
    QTimer m_countdown;
};

} // namespace maxmon
