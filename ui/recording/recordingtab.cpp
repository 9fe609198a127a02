#include "recording/recordingtab.h"

#include "charts/recordedcharts.h"
#include "log/messagedetailview.h"
#include "log/messagelogpanel.h"
#include "widgets/separatedtext.h"
#include "window/panewindow.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/messagerecord.h>
#include <maxmon/sessionreader.h>

#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>
#include <limits>

namespace maxmon {

namespace {

QString kindText(SessionFile::Kind kind)
{
    switch (kind) {
    case SessionFile::Kind::Session:
        return RecordingTab::tr("session");
    case SessionFile::Kind::Recording:
        return RecordingTab::tr("recording");
    case SessionFile::Kind::SupportBundle:
        return RecordingTab::tr("support bundle");
    }
    return QString();
}

// tr()'s plural count is an int: a larger count shows as INT_MAX
int clampedCount(qint64 count)
{
    return static_cast<int>(std::min<qint64>(count, std::numeric_limits<int>::max()));
}

QString localTime(qint64 timestampUs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(timestampUs / 1000),
                              QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// the wall-clock time of the first and last message, or of nothing
QPair<qint64, qint64> timeSpan(SessionReader &reader)
{
    const qint64 last = reader.messageCount();
    if (last == 0)
        return { 0, 0 };
    const QList<SessionEntry> first =
        reader.read(0, 1, SessionReader::Rows::Messages).value_or(QList<SessionEntry>());
    const QList<SessionEntry> end =
        reader.read(last - 1, 1, SessionReader::Rows::Messages).value_or(QList<SessionEntry>());
    if (first.isEmpty() || end.isEmpty())
        return { 0, 0 };
    return { first.constFirst().timestampUs(), end.constFirst().timestampUs() };
}

} // namespace

RecordingTab::RecordingTab(QWidget *parent)
    : QWidget(parent)
    , m_log(new MessageLogModel(this))
    , m_info(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_logPanel(new MessageLogPanel(m_log, this))
    , m_detail(new MessageDetailView(this))
    , m_charts(new RecordedCharts(this))
    , m_diagnostics(new QPlainTextEdit(this))
    , m_profile(new QPlainTextEdit(this))
    , m_panes(new PaneWindow(LayoutVersion, this))
{
    m_info->setTextFormat(Qt::PlainText);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setMargin(4);
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_logPanel->setReadOnly(true);
    m_log->setEventsShown(true);
    for (QPlainTextEdit *text : { m_diagnostics, m_profile }) {
        text->setReadOnly(true);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setFont(QFont(QStringLiteral("monospace")));
    }
    createPanes();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addWidget(m_progress);
    layout->addWidget(m_panes, 1);
    connect(m_logPanel, &MessageLogPanel::messageSelected, m_detail,
            &MessageDetailView::setMessage);
}

RecordingTab::~RecordingTab()
{
    if (m_import) {
        m_cancelled->store(true);
        m_import->wait();
        delete m_import;
    }
}

void RecordingTab::createPanes()
{
    m_panes->setObjectName(QStringLiteral("recordingPanes"));
    m_panes->setCentralWidget(m_logPanel);
    // in the order of Pane
    m_panes->addPane(QStringLiteral("details"), tr("Details"), m_detail,
                     tr("The selected message: formatted, raw and hex"));
    m_panes->addPane(QStringLiteral("charts"), tr("Charts"), m_charts,
                     tr("Latency and throughput over the whole recording"));
    m_panes->addPane(QStringLiteral("diagnostics"), tr("Diagnostics"), m_diagnostics,
                     tr("The support bundle's diagnostics, as its sender saw them"));
    m_panes->addPane(QStringLiteral("profile"), tr("Profile"), m_profile,
                     tr("The connection's profile in the bundle, secrets masked"));
    // the log with the details beside it, the charts (and a bundle's
    // diagnostics and profile, as tabs) below them with the whole width
    auto placement = [this](PaneWindow *panes, const QSize &) {
        QDockWidget *charts = dock(Pane::Charts);
        panes->addDockWidget(Qt::RightDockWidgetArea, dock(Pane::Details));
        panes->addDockWidget(Qt::BottomDockWidgetArea, charts);
        panes->tabifyDockWidget(charts, dock(Pane::Diagnostics));
        panes->tabifyDockWidget(charts, dock(Pane::Profile));
        charts->raise();
    };
    auto sizes = [this](PaneWindow *panes, const QSize &size) {
        panes->resizeDocks({ dock(Pane::Details) }, { size.width() * 2 / 5 }, Qt::Horizontal);
        panes->resizeDocks({ dock(Pane::Charts) }, { size.height() * 2 / 5 }, Qt::Vertical);
    };
    m_panes->setDefaultArrangement(placement, sizes);
    connect(m_panes, &PaneWindow::layoutApplied, this, &RecordingTab::applyBundleRule);
    m_panes->resetLayout(QSize(1200, 800));
}

void RecordingTab::applyBundleRule()
{
    for (Pane pane : { Pane::Diagnostics, Pane::Profile }) {
        dock(pane)->toggleViewAction()->setEnabled(m_isBundle);
        dock(pane)->setVisible(m_isBundle);
    }
}

QDockWidget *RecordingTab::dock(Pane pane) const
{
    return m_panes->panes().at(int(pane));
}

QByteArray RecordingTab::saveLayout() const
{
    return m_panes->saveLayout();
}

bool RecordingTab::restoreLayout(const QByteArray &layout)
{
    return m_panes->restoreLayout(layout);
}

void RecordingTab::resetLayout(const QSize &sizeHint)
{
    m_panes->resetLayout(sizeHint);
}

QString RecordingTab::title() const
{
    return QFileInfo(m_path).fileName();
}

void RecordingTab::open(const QString &path)
{
    m_path = path;
    m_ready = false;
    m_info->setText(tr("Opening %1\u2026").arg(QDir::toNativeSeparators(path)));
    const Result<SessionFile::Kind> kind = SessionFile::kindOf(path);
    if (!kind) {
        showFailure(kind.error().toString());
        return;
    }
    m_kind = *kind;
    if (m_kind == SessionFile::Kind::Session) {
        m_sessionPath = path;
        showOpened(SessionFile::Report { m_kind, 0, 0, 0, {}, {} });
        return;
    }
    startImport();
}

void RecordingTab::startImport()
{
    m_temporary = std::make_unique<QTemporaryDir>();
    if (!m_temporary->isValid()) {
        showFailure(tr("Cannot make a temporary folder: %1").arg(m_temporary->errorString()));
        return;
    }
    m_sessionPath = m_temporary->filePath(QStringLiteral("copy.maxmon"));
    m_progress->setValue(0);
    m_progress->show();
    const QPointer<RecordingTab> self(this);
    const QString source = m_path;
    const QString target = m_sessionPath;
    const std::shared_ptr<std::atomic<bool>> cancelled = m_cancelled;
    // The thread never touches the tab: it posts to it, and the tab's
    // destructor waits for it after asking it to stop.
    m_import = QThread::create([self, source, target, cancelled, tab = this] {
        const Result<SessionFile::Report> report =
            SessionFile::import(source, target, [tab, self, cancelled](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    tab,
                    [self, done, total] {
                        if (self && total > 0)
                            self->m_progress->setValue(static_cast<int>(done * 1000 / total));
                    },
                    Qt::QueuedConnection);
                return !cancelled->load();
            });
        QMetaObject::invokeMethod(
            tab,
            [self, report] {
                if (!self)
                    return;
                self->m_progress->hide();
                if (report)
                    self->showOpened(*report);
                else
                    self->showFailure(report.error().toString());
            },
            Qt::QueuedConnection);
    });
    m_import->start();
}

void RecordingTab::showOpened(const SessionFile::Report &report)
{
    if (const Result<void> opened = m_log->openSession(m_sessionPath); !opened) {
        showFailure(opened.error().toString());
        return;
    }
    SessionReader reader;
    if (const Result<void> opened = reader.open(m_sessionPath); !opened) {
        showFailure(opened.error().toString());
        return;
    }
    m_charts->setData(reader.samples().value_or(QList<SessionReader::Sample>()),
                      reader.seconds().value_or(QList<SessionReader::Second>()));
    const QJsonObject meta = reader.meta().value_or(QJsonObject());
    showBundle(report.bundle.isEmpty() ? meta.value(QLatin1String("bundle")).toObject()
                                       : report.bundle);

    const QLocale locale;
    QStringList parts { QStringLiteral("%1 \u00b7 %2").arg(title(), kindText(m_kind)) };
    // two sentences' worth of plurals: each count its own %n
    parts.append(tr("%Ln message(s)", nullptr, clampedCount(reader.messageCount())));
    parts.append(tr("%Ln event(s)", nullptr, clampedCount(reader.eventCount())));
    const auto [first, last] = timeSpan(reader);
    if (first > 0)
        parts.append(tr("%1 to %2").arg(localTime(first), localTime(last)));
    const QString url = meta.value(QLatin1String("url")).toString();
    if (!url.isEmpty())
        parts.append(url);
    // a narrow tab wraps it between its parts: "15,002 messages" stays whole
    QString text = wrapBetweenParts(parts.join(QStringLiteral(" \u00b7 ")));
    if (report.badLines > 0) {
        text += QLatin1Char('\n')
            + tr("\u26a0 %n line(s) are no records and were left out: %1", nullptr,
                 static_cast<int>(report.badLines))
                  .arg(report.problems.join(QStringLiteral("; ")));
    }
    if (const Error damage = reader.damage(); damage)
        text += QLatin1Char('\n') + QStringLiteral("\u26a0 ") + damage.toString();
    m_info->setText(text);
    m_ready = true;
    Q_EMIT opened(true, QString());
}

void RecordingTab::showFailure(const QString &message)
{
    m_progress->hide();
    m_info->setText(QStringLiteral("\u26a0 ") + message);
    Q_EMIT opened(false, message);
}

void RecordingTab::showBundle(const QJsonObject &bundle)
{
    m_isBundle = !bundle.isEmpty();
    applyBundleRule();
    if (!m_isBundle)
        return;
    QJsonObject diagnostics { { QStringLiteral("diagnostics"),
                                bundle.value(QLatin1String("diagnostics")) },
                              { QStringLiteral("latency"), bundle.value(QLatin1String("latency")) },
                              { QStringLiteral("log"), bundle.value(QLatin1String("log")) } };
    for (const char *key : { "app", "qt", "openssl", "os", "created" })
        diagnostics.insert(QLatin1String(key), bundle.value(QLatin1String(key)));
    m_diagnostics->setPlainText(
        QString::fromUtf8(QJsonDocument(diagnostics).toJson(QJsonDocument::Indented)));
    m_profile->setPlainText(
        QString::fromUtf8(QJsonDocument(bundle.value(QLatin1String("profile")).toObject())
                              .toJson(QJsonDocument::Indented)));
}

} // namespace maxmon
