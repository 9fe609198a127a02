#include "profiles/templatelist.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace maxmon {

TemplateList::TemplateList(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_preview(new QPlainTextEdit(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setPlaceholderText(tr("Save templates from the send panel (Ctrl+Shift+S)"));
    m_remove->setToolTip(tr("Delete the selected template from this profile"));
    m_remove->setEnabled(false);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_preview, 2);
    layout->addLayout(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplateList::showSelected);
    connect(m_remove, &QPushButton::clicked, this, &TemplateList::removeSelected);
}

void TemplateList::setTemplates(const QList<SendTemplate> &templates)
{
    m_templates = templates;
    m_list->clear();
    for (const SendTemplate &sendTemplate : templates)
        m_list->addItem(
            tr("%1 (%2)").arg(sendTemplate.name, SendTemplate::kindName(sendTemplate.kind)));
    showSelected();
}

void TemplateList::showSelected()
{
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    if (row < 0 || row >= m_templates.size()) {
        m_preview->clear();
        return;
    }
    const SendTemplate &sendTemplate = m_templates.at(row);
    m_preview->setPlainText(sendTemplate.kind == SendTemplate::Kind::Binary
                                ? QString::fromLatin1(sendTemplate.payload.toHex(' '))
                                : QString::fromUtf8(sendTemplate.payload));
}

void TemplateList::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_templates.size())
        return;
    m_templates.removeAt(row);
    delete m_list->takeItem(row);
    showSelected();
    Q_EMIT changed();
}

} // namespace maxmon
