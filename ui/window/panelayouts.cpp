#include "window/panelayouts.h"

#include "window/panewindow.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QSettings>
#include <QSize>

namespace maxmon {

namespace {

const QLatin1String settingsGroup("window/panes");

} // namespace

PaneLayouts::PaneLayouts(QObject *parent)
    : QObject(parent)
{ }

void PaneLayouts::setMenu(QMenu *menu)
{
    m_menu = menu;
    m_menuEnd = menu->actions().isEmpty() ? menu->addSeparator()
                                          : menu->insertSeparator(menu->actions().constFirst());
    updateMenu();
}

void PaneLayouts::keepCurrent()
{
    if (m_current)
        m_layouts.insert(m_current->objectName(), m_current->saveLayout());
}

void PaneLayouts::setCurrent(PaneWindow *panes, const QSize &windowSize)
{
    if (panes != m_current) {
        keepCurrent();
        // its floating panes would stay on screen over another tab's
        if (m_current) {
            const QList<QDockWidget *> docks = m_current->panes();
            for (QDockWidget *dock : docks) {
                if (dock->isFloating())
                    dock->hide();
            }
        }
        m_current = panes;
        if (m_current && !m_current->restoreLayout(layout(m_current->objectName())))
            m_current->resetLayout(windowSize);
    }
    updateMenu();
}

void PaneLayouts::resetLayout(const QSize &windowSize)
{
    m_layouts.clear();
    if (m_current) {
        m_current->resetLayout(windowSize);
        keepCurrent();
    }
}

QByteArray PaneLayouts::layout(const QString &kind) const
{
    return m_layouts.value(kind);
}

void PaneLayouts::read(const QSettings &settings)
{
    m_layouts.clear();
    const QString prefix = settingsGroup + QLatin1Char('/');
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys) {
        if (key.startsWith(prefix))
            m_layouts.insert(key.mid(prefix.size()), settings.value(key).toByteArray());
    }
}

void PaneLayouts::write(QSettings &settings)
{
    keepCurrent();
    settings.remove(settingsGroup);
    // the splitters' sizes of the builds before the panes were docks
    settings.remove(QStringLiteral("window/tabLayout"));
    for (auto it = m_layouts.cbegin(); it != m_layouts.cend(); ++it)
        settings.setValue(settingsGroup + QLatin1Char('/') + it.key(), it.value());
}

void PaneLayouts::updateMenu()
{
    if (!m_menu)
        return;
    for (const QPointer<QAction> &action : std::as_const(m_listed)) {
        if (action)
            m_menu->removeAction(action);
    }
    m_listed.clear();
    if (m_current) {
        const QList<QAction *> actions = m_current->viewActions();
        for (QAction *action : actions) {
            m_menu->insertAction(m_menuEnd, action);
            m_listed.append(action);
        }
    }
    m_menuEnd->setVisible(!m_listed.isEmpty());
}

} // namespace maxmon
