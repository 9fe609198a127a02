#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSettings;
class QSize;

namespace maxmon {

class PaneWindow;

// The arrangement of the tabs' panes, one for every connection tab and one
// for every file's tab (by the PaneWindow's object name): what the user
// arranges in one tab, the next tab shown takes over, as in an IDE. Only
// the current tab is seen, so its layout is handed on when another becomes
// current; a kind without a layout yet gets its default for the window's
// size. Lists the current tab's panes at the top of the View menu, and
// keeps the layouts in the settings (each under its own version: one saved
// by a build with other panes is ignored, the default is used instead).
class PaneLayouts : public QObject
{
    Q_OBJECT

public:
    explicit PaneLayouts(QObject *parent = nullptr);

    // The menu whose first entries show and hide the current tab's panes.
    void setMenu(QMenu *menu);
    // The tab now current has these panes (nullptr: none); the window is that big.
    void setCurrent(PaneWindow *panes, const QSize &windowSize);
    PaneWindow *current() const { return m_current; }
    // The current tab's panes in their default arrangement, and every
    // other tab's too when it is next shown.
    void resetLayout(const QSize &windowSize);
    // The layout tabs of that kind (PaneWindow object name) take, empty for the default.
    QByteArray layout(const QString &kind) const;

    void read(const QSettings &settings);
    void write(QSettings &settings);

private:
    // The current tab's layout becomes the one of its kind.
    void keepCurrent();
    void updateMenu();

    QHash<QString, QByteArray> m_layouts;
    QPointer<PaneWindow> m_current;
    QPointer<QMenu> m_menu;
    QAction *m_menuEnd = nullptr;
    QList<QPointer<QAction>> m_listed;
};

} // namespace maxmon
