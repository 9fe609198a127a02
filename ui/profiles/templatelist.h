#pragma once

#include <maxmon/connectionconfig.h>

#include <QWidget>

class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace maxmon {

// A profile's send templates in the profiles dialog: the list, the selected
// one's payload (text, or hex for binary), and a button to remove it.
// Templates are made in the send panel ("Save as Template").
class TemplateList : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateList(QWidget *parent = nullptr);

    QList<SendTemplate> templates() const { return m_templates; }
    void setTemplates(const QList<SendTemplate> &templates);

    QListWidget *list() const { return m_list; }
    QPlainTextEdit *preview() const { return m_preview; }

Q_SIGNALS:
    void changed();

private:
    void showSelected();
    void removeSelected();

    QList<SendTemplate> m_templates;
    QListWidget *m_list;
    QPlainTextEdit *m_preview;
    QPushButton *m_remove;
};

} // namespace maxmon
