#pragma once

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

namespace maxmon {

class MainWindow;
class RecordingTab;

// `maxmon --screenshot-recording FILE`: docs/gui.md's picture of a recording
// opened for analysis, made by the program itself. It writes an example
// session (forty minutes of a price feed: a reconnect after a server
// restart, a latency spike, lost probes, a gap) into a temporary folder,
// opens it as File > Open would, filters the log, selects a JSON message,
// zooms the charts onto the spike, and saves the window as PNG.
class RecordingScreenshot : public QObject
{
    Q_OBJECT

public:
    RecordingScreenshot(MainWindow *window, const QString &path, QObject *parent = nullptr);

    void start();
    // The example session, written to path: for tests as well.
    static bool writeExample(const QString &path);

Q_SIGNALS:
    void finished(int exitCode, const QString &report);

private:
    void onOpened(bool ok, const QString &message);
    void save();

    MainWindow *m_window;
    QString m_path;
    QTemporaryDir m_folder;
    QPointer<RecordingTab> m_tab;
};

} // namespace maxmon
