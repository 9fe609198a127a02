#include "profiles/profileeditor.h"

#include "profiles/authsection.h"
#include "profiles/generalsection.h"
#include "profiles/heartbeatsection.h"
#include "profiles/limitssection.h"
#include "profiles/phoenixsection.h"
#include "profiles/proxysection.h"
#include "profiles/reconnectsection.h"
#include "profiles/templatessection.h"
#include "profiles/tlssection.h"
#include "profiles/variablessection.h"

#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace maxmon {

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_sections(new QTabWidget(this))
    , m_generalError(new QLabel(this))
    , m_inline(m_sections, m_generalError)
{
    m_generalError->setWordWrap(true);
    m_generalError->setTextFormat(Qt::PlainText);
    m_generalError->setObjectName(QStringLiteral("#error"));
    m_generalError->hide();
    // every section in sight: no tab behind scroll arrows, none elided; the
    // editor is as wide as its tabs need (the dialog grows to fit)
    m_sections->setUsesScrollButtons(false);
    m_sections->tabBar()->setElideMode(Qt::ElideNone);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_generalError);
    layout->addWidget(m_sections, 1);

    addSection(new GeneralSection(m_sections));
    addSection(new AuthSection(m_sections));
    addSection(new HeartbeatSection(m_sections));
    addSection(new ReconnectSection(m_sections));
    addSection(new PhoenixSection(m_sections));
    addSection(new TlsSection(m_sections));
    addSection(new ProxySection(m_sections));
    addSection(new LimitsSection(m_sections));
    addSection(new TemplatesSection(m_sections));
    addSection(new VariablesSection(m_sections));
    setConfig(ConnectionConfig());
}

void ProfileEditor::addSection(ProfileSection *section)
{
    const int index = m_sections->addTab(section, section->title());
    for (const ProfileSection::Field &field : section->fields()) {
        m_fields.insert(field.path, field.input);
        m_inline.addField(field.path, field.errorLabel, index);
    }
    m_sectionList.append(section);
    connect(section, &ProfileSection::edited, this, &ProfileEditor::onEdited);
}

void ProfileEditor::startNew(const ConnectionConfig &config)
{
    setConfig(config);
    m_quiet = true;
    refresh();
}

void ProfileEditor::revealIssues()
{
    m_quiet = false;
    refresh();
}

void ProfileEditor::setConfig(const ConnectionConfig &config)
{
    m_quiet = false;
    m_loading = true;
    m_base = config;
    m_external.clear();
    for (ProfileSection *section : std::as_const(m_sectionList))
        section->load(config);
    m_loading = false;
    m_modified = false;
    refresh();
}

ConnectionConfig ProfileEditor::collect(QList<ConfigIssue> *issues) const
{
    ConnectionConfig config = m_base;
    for (const ProfileSection *section : m_sectionList)
        section->apply(&config, issues);
    if (!issues)
        return config;
    for (ConfigIssue issue : config.validate()) {
        for (const ProfileSection *section : m_sectionList)
            section->describe(&issue);
        issues->append(issue);
    }
    issues->append(m_external);
    return config;
}

ConnectionConfig ProfileEditor::config() const
{
    return collect(nullptr);
}

QList<ConfigIssue> ProfileEditor::issues() const
{
    QList<ConfigIssue> issues;
    collect(&issues);
    return issues;
}

QSize ProfileEditor::minimumSizeHint() const
{
    // an issue's icon widens its tab after the dialog has taken its size:
    // room for the icon and the space beside it
    QSize size = QWidget::minimumSizeHint();
    size.rwidth() += 2 * m_sections->iconSize().width();
    return size;
}

QString ProfileEditor::errorText(const QString &path) const
{
    return m_inline.text(path);
}

void ProfileEditor::showIssue(const ConfigIssue &issue)
{
    m_external.append(issue);
    refresh();
    const QString path = m_inline.fieldFor(issue.path);
    if (QWidget *input = field(path)) {
        m_sections->setCurrentIndex(m_inline.sectionOf(path));
        input->setFocus(Qt::OtherFocusReason);
    }
}

QWidget *ProfileEditor::field(const QString &path) const
{
    return m_fields.value(path);
}

void ProfileEditor::onEdited()
{
    if (m_loading)
        return;
    m_modified = true;
    m_quiet = false;
    m_external.clear();
    refresh();
    Q_EMIT changed();
}

void ProfileEditor::refresh()
{
    QList<ConfigIssue> issues;
    const ConnectionConfig config = collect(&issues);
    for (ProfileSection *section : std::as_const(m_sectionList))
        section->updateEnabled(config);
    m_inline.show(m_quiet ? QList<ConfigIssue>() : issues);
}

} // namespace maxmon
