#pragma once

#include <maxmon/connectionconfig.h>

#include <QToolButton>

class QMenu;

namespace maxmon {

// The send panel's "Templates" button: its menu inserts a saved template,
// saves the current message as one, or deletes one. Templates belong to the
// tab's profile, so without a profile there is nothing to save into and the
// menu says so.
class TemplateButton : public QToolButton
{
    Q_OBJECT

public:
    explicit TemplateButton(QWidget *parent = nullptr);

    QList<SendTemplate> templates() const { return m_templates; }
    // reason: why saving is not possible ("" when it is)
    void setTemplates(const QList<SendTemplate> &templates, const QString &reason = {});
    QAction *insertAction(const QString &name) const;
    QAction *saveAction() const { return m_save; }

Q_SIGNALS:
    void insertRequested(const maxmon::SendTemplate &sendTemplate);
    void saveRequested();
    void removeRequested(const QString &name);

private:
    void rebuild();

    QList<SendTemplate> m_templates;
    QString m_reason;
    QMenu *m_menu;
    QAction *m_save;
};

} // namespace maxmon
