#include "profiles/proxysection.h"

#include "profiles/secretrefedit.h"

#include <QLineEdit>
#include <QSpinBox>

namespace maxmon {

ProxySection::ProxySection(QWidget *parent)
    : ProfileSection(tr("Proxy"), parent)
    , m_mode(new QComboBox(this))
    , m_host(lineEdit(QStringLiteral("proxy.host"), tr("proxy.example")))
    , m_port(spinBox(QStringLiteral("proxy.port"), 0, 65535))
    , m_user(lineEdit(QStringLiteral("proxy.user")))
    , m_password(new SecretRefEdit(this))
{
    using Mode = ProxyConfig::Mode;
    m_mode->addItem(tr("System settings"), int(Mode::System));
    m_mode->addItem(tr("No proxy"), int(Mode::None));
    m_mode->addItem(tr("HTTP (CONNECT)"), int(Mode::Http));
    m_mode->addItem(tr("SOCKS5"), int(Mode::Socks5));
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ProxySection::edited);
    connect(m_password, &SecretRefEdit::changed, this, &ProxySection::edited);
    addRow(tr("&Proxy:"), m_mode, QStringLiteral("proxy.mode"),
           tr("The system's proxy (environment, desktop settings), none, or one of your own"));
    addRow(tr("&Host:"), m_host, QStringLiteral("proxy.host"), tr("The proxy's host"));
    addRow(tr("P&ort:"), m_port, QStringLiteral("proxy.port"), tr("The proxy's port"));
    addRow(tr("&User:"), m_user, QStringLiteral("proxy.user"),
           tr("For a proxy that asks for credentials"));
    addRow(tr("Pass&word from:"), m_password, QStringLiteral("proxy.password"),
           tr("Where the proxy password is read; never stored"), m_password->referenceEdit());
}

void ProxySection::load(const ConnectionConfig &config)
{
    selectData(m_mode, config.proxy.mode);
    m_host->setText(config.proxy.host);
    m_port->setValue(config.proxy.port);
    m_user->setText(config.proxy.user);
    m_password->setRef(config.proxy.password);
}

void ProxySection::apply(ConnectionConfig *config, QList<ConfigIssue> *issues) const
{
    config->proxy.mode = currentData<ProxyConfig::Mode>(m_mode);
    config->proxy.host = m_host->text().trimmed();
    config->proxy.port = m_port->value();
    config->proxy.user = m_user->text().trimmed();
    config->proxy.password = m_password->ref();
    checkSecretRef(config->proxy.password, QStringLiteral("proxy.password"), issues);
}

void ProxySection::updateEnabled(const ConnectionConfig &config)
{
    const bool ownProxy = config.proxy.mode == ProxyConfig::Mode::Http
        || config.proxy.mode == ProxyConfig::Mode::Socks5;
    using Widgets = std::initializer_list<QWidget *>;
    for (QWidget *widget : Widgets { m_host, m_port, m_user, m_password })
        widget->setEnabled(ownProxy);
}

} // namespace maxmon
