#include "profiles/authsection.h"

#include "profiles/secretrefedit.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace maxmon {

AuthSection::AuthSection(QWidget *parent)
    : ProfileSection(tr("Authentication"), parent)
    , m_mode(new QComboBox(this))
    , m_queryParameter(lineEdit(QStringLiteral("auth.query_parameter"), tr("token")))
    , m_token(new SecretRefEdit(this))
{
    using Mode = AuthConfig::Mode;
    m_mode->addItem(tr("None"), int(Mode::None));
    m_mode->addItem(tr("Bearer header (Authorization: Bearer ...)"), int(Mode::BearerHeader));
    m_mode->addItem(tr("Query parameter (?token=...)"), int(Mode::QueryParameter));
    m_mode->addItem(tr("Phoenix subprotocol (authToken)"), int(Mode::PhoenixSubprotocol));
    connect(m_mode, &QComboBox::currentIndexChanged, this, &AuthSection::edited);
    connect(m_token, &SecretRefEdit::changed, this, &AuthSection::edited);
    addRow(tr("&Mode:"), m_mode, QStringLiteral("auth.mode"),
           tr("How the token reaches the server"));
    addRow(tr("&Query parameter:"), m_queryParameter, QStringLiteral("auth.query_parameter"),
           tr("The name of the URL query parameter that carries the token"));
    addRow(tr("&Token from:"), m_token, QStringLiteral("auth.token"),
           tr("Where the token is read when connecting: it is never stored in the profile"),
           m_token->referenceEdit());
    auto *note = new QLabel(tr("The token itself is never stored in a profile, and it is masked "
                               "in every log, export and support bundle."),
                            this);
    note->setWordWrap(true);
    form()->addRow(note);
}

void AuthSection::load(const ConnectionConfig &config)
{
    selectData(m_mode, config.auth.mode);
    m_queryParameter->setText(config.auth.queryParameter);
    m_token->setRef(config.auth.tokenSource);
}

void AuthSection::apply(ConnectionConfig *config, QList<ConfigIssue> *issues) const
{
    config->auth.mode = currentData<AuthConfig::Mode>(m_mode);
    config->auth.queryParameter = m_queryParameter->text().trimmed();
    config->auth.tokenSource = m_token->ref();
    checkSecretRef(config->auth.tokenSource, QStringLiteral("auth.token"), issues);
    if (issues && config->auth.mode != AuthConfig::Mode::None && !config->auth.tokenSource.isSet())
        issues->append({ ConfigIssue::Severity::Warning, QStringLiteral("auth.token"),
                         tr("no source: no token will be sent") });
}

void AuthSection::updateEnabled(const ConnectionConfig &config)
{
    m_queryParameter->setEnabled(config.auth.mode == AuthConfig::Mode::QueryParameter);
    m_token->setEnabled(config.auth.mode != AuthConfig::Mode::None);
}

} // namespace maxmon
