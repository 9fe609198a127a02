#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/connectionstate.h>
#include <maxmon/error.h>
#include <maxmon/result.h>
#include <maxmon/secretref.h>
#include <maxmon/sessionsettings.h>
#include <maxmon/variables.h>

#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWidget>

class QDockWidget;
class QLabel;

namespace maxmon {

namespace phoenix {
class Socket;
}

class ChannelsPanel;
class ChartPanel;
class ConnectionBar;
class ConnectionRecorder;
class DiagnosticsPanel;
class MessageDetailView;
class MessageLogModel;
class MessageLogPanel;
class PaneWindow;
class ProfileLibrary;
class SendPanel;
class SessionSecretsDialog;
class SessionStore;
class WebSocketClient;

// One connection in the main window: the connection bar on top (with the
// profile picker), a red banner while a warning such as "TLS verification
// disabled" holds, and the message log surrounded by its panes, docks the
// user can close, float, move and resize (PaneWindow): the selected
// message's details, the send and diagnostics panels, the Phoenix channels
// and the live charts. The tab owns its WebSocketClient and its log.
//
// The settings of the next connection are the tab's profile (or the
// defaults) with the URL and protocol from the bar; send templates are kept
// with the profile.
//
// A Phoenix connection is a phoenix::Socket over the tab's one client (so
// the log, charts, diagnostics and send panel work as for any connection),
// with the Channels pane and the log's topic, event, ref and status columns.
// The protocol changes only between connections.
//
// With recording on (setRecording(), and the profile's own "record"), the
// tab's first connection starts a session file (SessionStore) and the log
// becomes a window over it: every message, state change, error and
// heartbeat round trip of the tab's connections goes to disk, redacted, until
// the tab closes or the log is cleared (the next connection then starts a
// new session).
class ConnectionTab : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionTab(QWidget *parent = nullptr);
    ~ConnectionTab() override;

    WebSocketClient *client() const { return m_client; }
    MessageLogModel *logModel() const { return m_log; }
    ConnectionBar *connectionBar() const { return m_bar; }
    MessageLogPanel *logPanel() const { return m_logPanel; }
    MessageDetailView *detailView() const { return m_detail; }
    SendPanel *sendPanel() const { return m_sendPanel; }
    DiagnosticsPanel *diagnosticsPanel() const { return m_diagnostics; }
    ChartPanel *chartPanel() const { return m_charts; }
    // The Phoenix socket over client() while the protocol is Phoenix, else nullptr.
    phoenix::Socket *phoenixSocket() const { return m_socket; }
    ChannelsPanel *channelsPanel() const { return m_channelsPanel; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *warningBanner() const { return m_warnings; }

    void setProfileLibrary(ProfileLibrary *library);
    // Whether and where connections are recorded (off until set).
    void setRecording(const SessionSettings &settings);
    // The session being recorded, or nullptr.
    SessionStore *sessionStore() const { return m_store; }
    // The profile the tab's settings come from ("" for none).
    QString profileName() const { return m_profileName; }
    // The settings the next connection starts from (the URL comes from the bar).
    ConnectionConfig baseConfig() const { return m_config; }
    // Settings of one's own, not from a stored profile (the tab then has none).
    void setBaseConfig(const ConnectionConfig &config);

    // The settings as the tab would connect now (the bar's URL and protocol),
    // without the run-time token: what a new profile starts from.
    ConnectionConfig currentConfig() const;

    // The session-only token and variables: in memory for the tab's life,
    // never written to the settings, a profile or a file. The token is sent
    // as the auth says and is {{token}} unless a variable has that name.
    QString sessionToken() const { return m_sessionToken; }
    void setSessionToken(const QString &token);
    Variables sessionVariables() const { return m_sessionVariables; }
    void setSessionVariables(const Variables &variables);
    // The session values that exports, session files and bundles must mask.
    QStringList sessionSecrets() const;
    // Opens the Session Secrets dialog (the bar's "Secrets...").
    SessionSecretsDialog *showSessionSecrets();
    // The token is in the keychain now: the profile (or the tab's own
    // settings) refers to it and the session value is forgotten.
    void useStoredToken(const SecretRef &ref);
    // Loads a stored profile ("" for the defaults): its URL goes into the
    // bar, its settings apply from the next connection. False, with the
    // reason shown, when it cannot be read.
    bool loadProfile(const QString &name);

    ConnectionState state() const;

    // The panes around the log, each a dock of paneWindow().
    enum class Pane { Details, Channels, Send, Diagnostics, Charts };
    PaneWindow *paneWindow() const { return m_panes; }
    QDockWidget *dock(Pane pane) const;
    // Whether the pane is open and in front (not behind another in its tab group).
    bool isPaneShown(Pane pane) const;
    // The version of the panes' saved layout: a layout of another is ignored.
    static constexpr int LayoutVersion = 2;
    // By default the charts need this width beside the send panel; with less
    // they share its tab group, with the whole width.
    static constexpr int ChartsMinimumWidth = 620;
    // The profile's name, or "127.0.0.1:8765/echo": short, for the tab
    QString title() const;
    // Messages per second over the last second: the charts' latest sample.
    double incomingRate() const;
    double outgoingRate() const;

    // The panes' arrangement (QMainWindow::saveState under LayoutVersion).
    QByteArray saveLayout() const;
    // False, nothing changed, for garbage or a layout of another version.
    bool restoreLayout(const QByteArray &layout);
    // The default arrangement, every pane shown (PaneWindow::resetLayout()).
    void resetLayout(const QSize &sizeHint);

public Q_SLOTS:
    // Connects to the URL in the bar (false, with the reason shown, if it cannot).
    bool openConnection();
    void closeConnection();
    void reconnectNow();
    void showSendPanel();
    void showDiagnostics();
    void showChannels();

Q_SIGNALS:
    // Phoenix or plain WebSocket, from the next connection on: phoenixSocket() changed.
    void protocolChanged();
    void stateChanged(maxmon::ConnectionState state);
    void titleChanged();
    // Once a second, with the new rates.
    void statsChanged();
    // The user opened a connection to this URL.
    void connectionOpened(const QUrl &url);
    void profileChanged(const QString &name);
    void manageProfilesRequested();
    // A session file was started or finished (path empty: none now).
    void sessionChanged(const QString &path);

private:
    // Disconnected or Error: nothing is open or under way.
    static bool canOpen(ConnectionState state);
    // The error line and the red warning banner above the panes.
    void setUpBanners();
    void createPanes();
    // The default arrangement of the panes: where they go, then their sizes.
    void placePanes(PaneWindow *panes, const QSize &size);
    void sizePanes(PaneWindow *panes, const QSize &size);
    // The channels pane is there for Phoenix connections only.
    void applyChannelsRule();
    void onStateChanged(ConnectionState state);
    // Closes the live connection and opens the bar's URL once it is closed.
    void switchUrl();
    // The recorder of the connection's events (and the session's, if any).
    void makeRecorder();
    void onError(const Error &error);
    void showError(const QString &text);
    void onRatesSampled();
    void onDiagnosticsChanged();
    void onLibraryChanged();
    void updateTemplates();
    void saveTemplate(const SendTemplate &sendTemplate);
    void removeTemplate(const QString &name);
    // Phoenix or not, as the bar says, unless a connection is open or under way.
    void updateProtocol();
    // The next connection's settings, to the socket or the plain client.
    Result<void> applyConfig(const ConnectionConfig &config);
    // Starts a session file for this connection when recording is on.
    void startSession(const ConnectionConfig &config);
    void endSession();

    WebSocketClient *m_client;
    MessageLogModel *m_log;
    ConnectionBar *m_bar;
    QLabel *m_error;
    QLabel *m_warnings;
    MessageLogPanel *m_logPanel;
    MessageDetailView *m_detail;
    SendPanel *m_sendPanel;
    DiagnosticsPanel *m_diagnostics;
    ChartPanel *m_charts;
    ChannelsPanel *m_channelsPanel;
    PaneWindow *m_panes;
    QPointer<ProfileLibrary> m_library;
    QString m_profileName;
    ConnectionConfig m_config;
    // an unsaved tab's own templates, in memory for the tab's life
    QList<SendTemplate> m_ownTemplates;
    QString m_sessionToken;
    Variables m_sessionVariables;
    bool m_reopenWhenClosed = false;
    phoenix::Socket *m_socket = nullptr; // a child, over m_client
    SessionSettings m_sessions;
    bool m_recording = false;
    SessionStore *m_store = nullptr;
    ConnectionRecorder *m_recorder = nullptr;
};

} // namespace maxmon
