#pragma once

#include "profiles/profilesection.h"

namespace maxmon {

class TemplateList;

// The messages saved with the profile (made in the send panel): look at
// them, remove them.
class TemplatesSection : public ProfileSection
{
    Q_OBJECT

public:
    explicit TemplatesSection(QWidget *parent = nullptr);

    void load(const ConnectionConfig &config) override;
    void apply(ConnectionConfig *config, QList<ConfigIssue> *issues) const override;

private:
    TemplateList *m_templates;
};

} // namespace maxmon
