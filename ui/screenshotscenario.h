#pragma once

#include "websocket/connectionstate.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

namespace maxmon {

class ConnectionTab;
class MainWindow;

// `maxmon --screenshot FILE` and `--screenshot-profiles FILE`: the pictures
// in the README, made by the program itself so they stay true.
//
// Both work on a few example profiles in a temporary folder, the first of
// them on the echo endpoint with a heartbeat every 250 ms. The window: that
// profile connected, a few typical messages plus a steady trickle for some
// seconds (so the charts fill with real samples), a JSON message selected.
// The profiles dialog: a profile open with a mistyped URL marked.
class ScreenshotScenario : public QObject
{
    Q_OBJECT

public:
    enum class Subject { Window, ProfilesDialog };

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
    void finish(int exitCode, const QString &report);

    MainWindow *m_window;
    QUrl m_url;
    QString m_path;
    Subject m_subject = Subject::Window;
    QTemporaryDir m_profiles;
    QPointer<ConnectionTab> m_tab;
    QTimer m_trickle;
    QTimer m_timeout;
    int m_sequence = 0;
    bool m_finished = false;
};

} // namespace maxmon
