#include "widgets/checkablemenu.h"

#include <QKeyEvent>
#include <QMouseEvent>

namespace maxmon {

CheckableMenu::CheckableMenu(QWidget *parent)
    : QMenu(parent)
{ }

bool CheckableMenu::toggleActive()
{
    QAction *action = activeAction();
    if (!action || !action->isCheckable() || !action->isEnabled() || action->menu())
        return false;
    action->trigger();
    return true;
}

void CheckableMenu::mouseReleaseEvent(QMouseEvent *event)
{
    if (rect().contains(event->position().toPoint()) && event->button() == Qt::LeftButton
        && toggleActive())
        return;
    QMenu::mouseReleaseEvent(event);
}

void CheckableMenu::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Space || event->key() == Qt::Key_Return
         || event->key() == Qt::Key_Enter)
        && toggleActive())
        return;
    QMenu::keyPressEvent(event);
}

} // namespace maxmon
