#pragma once

#include "ratemeter.h"
#include "websocket/connectionstate.h"
#include "websocket/error.h"

#include <QTimer>
#include <QUrl>
#include <QWidget>

class QLabel;
class QSplitter;
class QTabWidget;

namespace maxmon {

class ConnectionBar;
class DiagnosticsPanel;
class MessageDetailView;
class MessageLogModel;
class MessageLogPanel;
class SendPanel;
class WebSocketClient;

// One connection in the main window: the connection bar on top, the message
// log with the selected message's details, and the send and diagnostics
// panels below. The tab owns its WebSocketClient and its log.
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
    QTabWidget *bottomTabs() const { return m_bottomTabs; }
    QLabel *errorLabel() const { return m_error; }

    ConnectionState state() const;
    // "127.0.0.1:8765/echo": short, for the tab
    QString title() const;
    double incomingRate() const { return m_rateIn.rate(); }
    double outgoingRate() const { return m_rateOut.rate(); }

    // The splitters' sizes, to remember between runs
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &layout);

public Q_SLOTS:
    // Connects to the URL in the bar (false, with the reason shown, if it cannot).
    bool openConnection();
    void closeConnection();
    void reconnectNow();
    void showSendPanel();
    void showDiagnostics();

Q_SIGNALS:
    void stateChanged(maxmon::ConnectionState state);
    void titleChanged();
    // Once a second, with the new rates.
    void statsChanged();
    // The user opened a connection to this URL.
    void connectionOpened(const QUrl &url);

private:
    void onStateChanged(ConnectionState state);
    void onError(const Error &error);
    void showError(const QString &text);
    void sampleRates();

    WebSocketClient *m_client;
    MessageLogModel *m_log;
    ConnectionBar *m_bar;
    QLabel *m_error;
    MessageLogPanel *m_logPanel;
    MessageDetailView *m_detail;
    SendPanel *m_sendPanel;
    DiagnosticsPanel *m_diagnostics;
    QTabWidget *m_bottomTabs;
    QSplitter *m_vertical;
    QSplitter *m_horizontal;
    QTimer m_statsTimer;
    RateMeter m_rateIn;
    RateMeter m_rateOut;
};

} // namespace maxmon
