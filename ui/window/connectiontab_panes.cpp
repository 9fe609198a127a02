// ConnectionTab's panes: the docks around the log, their default
// arrangement, and the saved layouts.
#include "charts/chartpanel.h"
#include "diagnostics/diagnosticspanel.h"
#include "log/messagedetailview.h"
#include "log/messagelogpanel.h"
#include "phoenix/channelspanel.h"
#include "send/sendpanel.h"
#include "window/connectiontab.h"
#include "window/panewindow.h"

#include <QDockWidget>

#include <algorithm>

namespace maxmon {

void ConnectionTab::createPanes()
{
    m_panes->setObjectName(QStringLiteral("connectionPanes"));
    m_panes->setCentralWidget(m_logPanel);
    // in the order of Pane
    m_panes->addPane(QStringLiteral("details"), tr("Details"), m_detail,
                     tr("The selected message: formatted, raw and hex"));
    m_panes->addPane(QStringLiteral("channels"), tr("Channels"), m_channelsPanel,
                     tr("Phoenix channels: join, push, presence (Ctrl+J)"));
    m_panes->addPane(QStringLiteral("send"), tr("Send"), m_sendPanel,
                     tr("Compose and send messages (Ctrl+E)"));
    m_panes->addPane(QStringLiteral("diagnostics"), tr("Diagnostics"), m_diagnostics,
                     tr("Everything known about the connection (Ctrl+I)"));
    m_panes->addPane(QStringLiteral("charts"), tr("Charts"), m_charts,
                     tr("Latency and throughput (Ctrl+1, Ctrl+2, Ctrl+3)"));
    m_panes->setDefaultArrangement(
        [this](PaneWindow *panes, const QSize &size) { placePanes(panes, size); },
        [this](PaneWindow *panes, const QSize &size) { sizePanes(panes, size); });
    connect(m_panes, &PaneWindow::layoutApplied, this, &ConnectionTab::applyChannelsRule);
    m_panes->resetLayout(QSize(1200, 800));
}

void ConnectionTab::placePanes(PaneWindow *panes, const QSize &size)
{
    QDockWidget *details = dock(Pane::Details);
    QDockWidget *channels = dock(Pane::Channels);
    QDockWidget *send = dock(Pane::Send);
    QDockWidget *charts = dock(Pane::Charts);
    // The log with the details beside it; below them (the whole width) the
    // channels, send and diagnostics panes as tabs, with the charts beside
    // them when they have the room their legends need, else one more tab.
    panes->addDockWidget(Qt::RightDockWidgetArea, details);
    panes->addDockWidget(Qt::BottomDockWidgetArea, channels);
    const int sendWidth = m_sendPanel->minimumSizeHint().width();
    const bool beside = size.width() - sendWidth >= ChartsMinimumWidth;
    if (beside)
        panes->splitDockWidget(channels, charts, Qt::Horizontal);
    panes->tabifyDockWidget(channels, send);
    panes->tabifyDockWidget(send, dock(Pane::Diagnostics));
    if (!beside)
        panes->tabifyDockWidget(send, charts);
    send->raise();
}

void ConnectionTab::sizePanes(PaneWindow *panes, const QSize &size)
{
    panes->resizeDocks({ dock(Pane::Details) }, { size.width() * 2 / 5 }, Qt::Horizontal);
    // the charts' tick labels need about this height, the log what is left
    const int bottom = std::min(std::max(size.height() * 2 / 5, 300), size.height() * 3 / 5);
    panes->resizeDocks({ dock(Pane::Send) }, { bottom }, Qt::Vertical);
    // the charts beside the send panel: as wide as their legends need
    if (!panes->tabifiedDockWidgets(dock(Pane::Charts)).isEmpty())
        return;
    const int sendWidth = m_sendPanel->minimumSizeHint().width();
    const int chartsWidth = qBound(ChartsMinimumWidth, size.width() / 2, size.width() - sendWidth);
    panes->resizeDocks({ dock(Pane::Send), dock(Pane::Charts) },
                       { size.width() - chartsWidth, chartsWidth }, Qt::Horizontal);
}

void ConnectionTab::applyChannelsRule()
{
    QDockWidget *channels = dock(Pane::Channels);
    channels->toggleViewAction()->setEnabled(m_socket != nullptr);
    channels->setVisible(m_socket != nullptr);
}

QDockWidget *ConnectionTab::dock(Pane pane) const
{
    return m_panes->panes().at(int(pane));
}

bool ConnectionTab::isPaneShown(Pane pane) const
{
    QDockWidget *shown = dock(pane);
    return !shown->isHidden() && !shown->visibleRegion().isEmpty();
}

QByteArray ConnectionTab::saveLayout() const
{
    return m_panes->saveLayout();
}

bool ConnectionTab::restoreLayout(const QByteArray &layout)
{
    return m_panes->restoreLayout(layout);
}

void ConnectionTab::resetLayout(const QSize &sizeHint)
{
    m_panes->resetLayout(sizeHint);
}

void ConnectionTab::showSendPanel()
{
    m_panes->showPane(dock(Pane::Send));
    m_sendPanel->focusEditor();
}

void ConnectionTab::showDiagnostics()
{
    m_panes->showPane(dock(Pane::Diagnostics));
}

void ConnectionTab::showChannels()
{
    if (m_socket)
        m_panes->showPane(dock(Pane::Channels));
}

} // namespace maxmon
