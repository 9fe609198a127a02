#pragma once

#include <QMenu>

namespace maxmon {

// A menu of checkboxes that stays open while the user ticks several of
// them (a plain QMenu closes at every click). Escape, a click outside, or
// an action that is not checkable closes it as usual.
class CheckableMenu : public QMenu
{
    Q_OBJECT

public:
    explicit CheckableMenu(QWidget *parent = nullptr);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Toggles the active action if it is checkable; false when it is not.
    bool toggleActive();
};

} // namespace maxmon
