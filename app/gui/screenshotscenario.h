#pragma once

#include <maxmon/connectionstate.h>

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

namespace maxmon {

namespace phoenix {
class Socket;
}

class ConnectionTab;
class MainWindow;

// `maxmon --screenshot FILE` and `--screenshot-profiles FILE`: the pictures
// in the README and docs/, made by the program itself so they stay true.
//
// Both work on a few example profiles in a temporary folder, the first of
// them on the echo endpoint with a heartbeat every 250 ms. The window: that
// profile connected, a few typical messages plus a steady trickle for some
// seconds (so the charts fill with real samples), a JSON message selected.
// The profiles dialog: a profile open with a mistyped URL marked.
// Phoenix (`--screenshot-phoenix FILE`): the window's Phoenix demo tab as
// "alice" with a second user ("bob", a socket of the scenario's own)
// present and shouting in room:lobby, a channel crashed on the server, one
// left, a push answered; heartbeats every 250 ms fill the charts.
class ScreenshotScenario : public QObject
{
    Q_OBJECT

public:
    enum class Subject { Window, ProfilesDialog, Phoenix };

    ScreenshotScenario(MainWindow *window, const QUrl &echoUrl, const QString &path,
                       QObject *parent = nullptr);
    ScreenshotScenario(MainWindow *window, const QUrl &echoUrl, const QString &path,
                       Subject subject, QObject *parent = nullptr);

    static QString demoProfileName();

    void start();

Q_SIGNALS:
    void finished(int exitCode, const QString &report);

private:
    bool createProfiles();
    void shootProfiles();
    void onStateChanged(ConnectionState state);
    void sendTrickle();
    void selectAndSave();
    void startPhoenix();
    void onPhoenixConnected();
    void phoenixTrickle();
    void phoenixFinale();
    void savePhoenix();
    void save();
    void finish(int exitCode, const QString &report);

    MainWindow *m_window;
    QUrl m_url;
    QString m_path;
    Subject m_subject = Subject::Window;
    QTemporaryDir m_profiles;
    QPointer<ConnectionTab> m_tab;
    QPointer<phoenix::Socket> m_bob; // the other user in the Phoenix picture
    QTimer m_trickle;
    QTimer m_timeout;
    int m_sequence = 0;
    bool m_finished = false;
};

} // namespace maxmon
