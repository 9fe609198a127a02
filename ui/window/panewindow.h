#pragma once

#include <QMainWindow>

#include <functional>

class QDockWidget;

namespace maxmon {

// The inside of a tab: a QMainWindow (as a child widget) with the log as
// its central widget and the panes around it as docks the user can close,
// float, move, tabify and resize. The arrangement is saved and restored as
// a whole (QMainWindow::saveState) under a version number, so that a layout
// saved by a build with other panes is ignored instead of misapplied; the
// tab's own default arrangement is put back by resetLayout().
class PaneWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Puts the panes where they belong by default (addDockWidget, ...), or
    // sizes them (resizeDocks), for panes this big.
    using Arrangement = std::function<void(PaneWindow *panes, const QSize &size)>;

    explicit PaneWindow(int layoutVersion, QWidget *parent = nullptr);

    // A dock named name (its object name, kept in the saved layout) holding
    // widget, titled title, not yet placed: the arrangement places it.
    QDockWidget *addPane(const QString &name, const QString &title, QWidget *widget,
                         const QString &toolTip);
    QDockWidget *pane(const QString &name) const;
    QList<QDockWidget *> panes() const { return m_panes; }
    // One checkable action per pane, to show or hide it (the View menu's).
    QList<QAction *> viewActions() const;
    // Shows the pane and brings it to the front of its tab group.
    void showPane(QDockWidget *pane);

    // The default arrangement: where the panes go, and then their sizes
    // (resizeDocks() only holds once the layout has placed them).
    void setDefaultArrangement(const Arrangement &placement, const Arrangement &sizes);
    // The default arrangement again, every pane shown. Until the panes are
    // shown and laid out their size is not known: they are placed for
    // sizeHint at once, and placed and sized again for the real size once
    // laid out (unless a saved layout was restored meanwhile).
    void resetLayout(const QSize &sizeHint);

    int layoutVersion() const { return m_version; }
    QByteArray saveLayout() const;
    // False, and nothing changed, for a layout of another version or garbage.
    bool restoreLayout(const QByteArray &layout);

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    // After restoreLayout() or resetLayout(): rules of the tab's own (such as
    // a pane only some connections have) apply again.
    void layoutApplied();

private:
    void place(const QSize &size);
    // Placed and sized for the panes' real size, once they are laid out.
    void settle();

    int m_version;
    QList<QDockWidget *> m_panes;
    Arrangement m_placement;
    Arrangement m_sizes;
    bool m_settlePending = false;
    // Counts the layouts applied: a sizing step of an older one is dropped.
    int m_generation = 0;
};

} // namespace maxmon
