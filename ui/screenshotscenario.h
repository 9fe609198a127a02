#pragma once

#include "websocket/connectionstate.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace maxmon {

class ConnectionTab;
class MainWindow;

// `maxmon --screenshot FILE`: the picture in the README, made by the program
// itself so it stays true. Connects to an echo endpoint, exchanges a few
// typical messages plus a steady trickle, selects a JSON message, and saves
// the window as a PNG.
class ScreenshotScenario : public QObject
{
    Q_OBJECT

public:
    ScreenshotScenario(MainWindow *window, const QUrl &echoUrl, const QString &path,
                       QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode, const QString &report);

private:
    void onStateChanged(ConnectionState state);
    void sendTrickle();
    void selectAndSave();
    void finish(int exitCode, const QString &report);

    MainWindow *m_window;
    QUrl m_url;
    QString m_path;
    QPointer<ConnectionTab> m_tab;
    QTimer m_trickle;
    QTimer m_timeout;
    int m_sequence = 0;
    bool m_finished = false;
};

} // namespace maxmon
