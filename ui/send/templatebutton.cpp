#include "send/templatebutton.h"

#include <QMenu>

namespace maxmon {

TemplateButton::TemplateButton(QWidget *parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
    , m_save(new QAction(tr("&Save as Template..."), this))
{
    setText(tr("Templates"));
    setPopupMode(QToolButton::InstantPopup);
    setMenu(m_menu);
    setToolTip(tr("Insert a saved message, or save this one with the profile (Ctrl+Shift+M)"));
    m_save->setObjectName(QStringLiteral("saveTemplate"));
    connect(m_save, &QAction::triggered, this, &TemplateButton::saveRequested);
    rebuild();
}

void TemplateButton::setTemplates(const QList<SendTemplate> &templates, const QString &reason)
{
    m_templates = templates;
    m_reason = reason;
    rebuild();
}

QAction *TemplateButton::insertAction(const QString &name) const
{
    const QList<QAction *> actions = m_menu->actions();
    for (QAction *action : actions) {
        if (action->data().toString() == name)
            return action;
    }
    return nullptr;
}

void TemplateButton::rebuild()
{
    m_menu->clear();
    if (m_templates.isEmpty()) {
        QAction *none = m_menu->addAction(tr("No templates yet"));
        none->setEnabled(false);
    }
    for (const SendTemplate &sendTemplate : std::as_const(m_templates)) {
        QAction *insert = m_menu->addAction(
            tr("%1 (%2)").arg(sendTemplate.name, SendTemplate::kindName(sendTemplate.kind)));
        insert->setData(sendTemplate.name);
        insert->setToolTip(tr("Put this template in the editor"));
        connect(insert, &QAction::triggered, this,
                [this, sendTemplate] { Q_EMIT insertRequested(sendTemplate); });
    }
    m_menu->addSeparator();
    m_menu->addAction(m_save);
    m_save->setEnabled(m_reason.isEmpty());
    m_save->setStatusTip(m_reason.isEmpty() ? tr("Keep the message with the profile (Ctrl+Shift+S)")
                                            : m_reason);
    m_save->setToolTip(m_save->statusTip());
    QMenu *remove = m_menu->addMenu(tr("&Delete Template"));
    remove->setEnabled(m_reason.isEmpty() && !m_templates.isEmpty());
    for (const SendTemplate &sendTemplate : std::as_const(m_templates)) {
        const QString name = sendTemplate.name;
        connect(remove->addAction(name), &QAction::triggered, this,
                [this, name] { Q_EMIT removeRequested(name); });
    }
    m_menu->setToolTipsVisible(true);
}

} // namespace maxmon
