#include "window/panewindow.h"

#include <QAction>
#include <QDockWidget>
#include <QTimer>

namespace maxmon {

PaneWindow::PaneWindow(int layoutVersion, QWidget *parent)
    : QMainWindow(parent)
    , m_version(layoutVersion)
{
    // a main window inside a tab, not a window of its own
    setWindowFlags(Qt::Widget);
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    setDocumentMode(true);
    // tabbed panes read like the tabs they were: titles on top
    setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);
}

QDockWidget *PaneWindow::addPane(const QString &name, const QString &title, QWidget *widget,
                                 const QString &toolTip)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(widget);
    // on the View menu's entry: on the dock it would show over the whole pane
    dock->toggleViewAction()->setObjectName(name + QLatin1String("Pane"));
    dock->toggleViewAction()->setToolTip(toolTip);
    dock->toggleViewAction()->setStatusTip(toolTip);
    m_panes.append(dock);
    return dock;
}

QDockWidget *PaneWindow::pane(const QString &name) const
{
    for (QDockWidget *dock : m_panes) {
        if (dock->objectName() == name)
            return dock;
    }
    return nullptr;
}

QList<QAction *> PaneWindow::viewActions() const
{
    QList<QAction *> actions;
    for (QDockWidget *dock : m_panes)
        actions.append(dock->toggleViewAction());
    return actions;
}

void PaneWindow::showPane(QDockWidget *pane)
{
    pane->show();
    pane->raise();
}

void PaneWindow::setDefaultArrangement(const Arrangement &placement, const Arrangement &sizes)
{
    m_placement = placement;
    m_sizes = sizes;
}

void PaneWindow::resetLayout(const QSize &sizeHint)
{
    place(isVisible() ? size() : sizeHint);
    m_settlePending = true;
    if (isVisible())
        QTimer::singleShot(0, this, &PaneWindow::settle);
}

void PaneWindow::place(const QSize &size)
{
    ++m_generation;
    for (QDockWidget *dock : m_panes) {
        dock->setFloating(false);
        removeDockWidget(dock);
    }
    if (m_placement)
        m_placement(this, size);
    for (QDockWidget *dock : m_panes)
        dock->show();
    Q_EMIT layoutApplied();
}

void PaneWindow::settle()
{
    if (!m_settlePending || !isVisible())
        return;
    m_settlePending = false;
    place(size());
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation && m_sizes)
            m_sizes(this, size());
    });
}

void PaneWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_settlePending)
        QTimer::singleShot(0, this, &PaneWindow::settle);
}

QByteArray PaneWindow::saveLayout() const
{
    return saveState(m_version);
}

bool PaneWindow::restoreLayout(const QByteArray &layout)
{
    if (layout.isEmpty() || !restoreState(layout, m_version))
        return false;
    m_settlePending = false;
    ++m_generation;
    Q_EMIT layoutApplied();
    return true;
}

} // namespace maxmon
