#include "profiles/templatessection.h"

#include "profiles/templatelist.h"

#include <QListWidget>

namespace maxmon {

TemplatesSection::TemplatesSection(QWidget *parent)
    : ProfileSection(tr("Templates"), parent)
    , m_templates(new TemplateList(this))
{
    connect(m_templates, &TemplateList::changed, this, &TemplatesSection::edited);
    addRow(tr("&Saved:"), m_templates, QStringLiteral("templates"),
           tr("Messages saved from the send panel with this profile"), m_templates->list());
}

void TemplatesSection::load(const ConnectionConfig &config)
{
    m_templates->setTemplates(config.templates);
}

void TemplatesSection::apply(ConnectionConfig *config, QList<ConfigIssue> *) const
{
    config->templates = m_templates->templates();
}

} // namespace maxmon
