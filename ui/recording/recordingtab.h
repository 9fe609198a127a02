#pragma once

#include <maxmon/sessionfile.h>

#include <QJsonObject>
#include <QTemporaryDir>
#include <QWidget>

#include <atomic>
#include <memory>

class QDockWidget;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QSize;
class QThread;

namespace maxmon {

class MessageDetailView;
class MessageLogModel;
class MessageLogPanel;
class PaneWindow;
class RecordedCharts;

// A file opened for analysis, read-only: a session file, a recording (JSON
// lines) or a support bundle. The log (with the events: state changes,
// errors, gaps) and its filters, and around it as panes (docks, as in a
// connection's tab: PaneWindow) the selected message's details, the
// latency and throughput charts over the whole recording (zoomable), and
// for a bundle its diagnostics and redacted profile.
//
// A recording or bundle is first read into a session file in a temporary
// folder (SessionFile::import), in the background, with progress; lines
// that are no records are left out and named above the log.
class RecordingTab : public QWidget
{
    Q_OBJECT

public:
    explicit RecordingTab(QWidget *parent = nullptr);
    ~RecordingTab() override;

    // Opens the file; opened() says when it is ready, or why not.
    void open(const QString &path);
    QString path() const { return m_path; }
    // The session file the tab reads (a temporary copy for a recording or bundle).
    QString sessionPath() const { return m_sessionPath; }
    SessionFile::Kind kind() const { return m_kind; }
    bool isReady() const { return m_ready; }
    // The file's name.
    QString title() const;

    MessageLogModel *logModel() const { return m_log; }
    MessageLogPanel *logPanel() const { return m_logPanel; }
    MessageDetailView *detailView() const { return m_detail; }
    RecordedCharts *charts() const { return m_charts; }
    QLabel *infoLabel() const { return m_info; }
    QProgressBar *progressBar() const { return m_progress; }
    // A bundle's diagnostics and profile (empty otherwise).
    QPlainTextEdit *diagnosticsView() const { return m_diagnostics; }
    QPlainTextEdit *profileView() const { return m_profile; }

    // The panes around the log, each a dock of paneWindow().
    enum class Pane { Details, Charts, Diagnostics, Profile };
    PaneWindow *paneWindow() const { return m_panes; }
    QDockWidget *dock(Pane pane) const;
    // The version of the panes' saved layout: a layout of another is ignored.
    static constexpr int LayoutVersion = 1;
    QByteArray saveLayout() const;
    bool restoreLayout(const QByteArray &layout);
    void resetLayout(const QSize &sizeHint);

Q_SIGNALS:
    // Ready to read (ok), or not, with the reason.
    void opened(bool ok, const QString &message);

private:
    void startImport();
    void showOpened(const SessionFile::Report &report);
    void showFailure(const QString &message);
    void showBundle(const QJsonObject &bundle);
    void createPanes();
    // A bundle's diagnostics and profile panes, for a bundle only.
    void applyBundleRule();

    QString m_path;
    QString m_sessionPath;
    SessionFile::Kind m_kind = SessionFile::Kind::Session;
    bool m_ready = false;
    bool m_isBundle = false;
    std::unique_ptr<QTemporaryDir> m_temporary;
    QThread *m_import = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    MessageLogModel *m_log;
    QLabel *m_info;
    QProgressBar *m_progress;
    MessageLogPanel *m_logPanel;
    MessageDetailView *m_detail;
    RecordedCharts *m_charts;
    QPlainTextEdit *m_diagnostics;
    QPlainTextEdit *m_profile;
    PaneWindow *m_panes;
};

} // namespace maxmon
