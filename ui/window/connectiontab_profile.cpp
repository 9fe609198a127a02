// ConnectionTab's settings: the profile they come from (or the tab's own),
// the send templates kept with it, and the session-only token and variables.
#include "profiles/profilelibrary.h"
#include "profiles/sessionsecretsdialog.h"
#include "send/sendpanel.h"
#include "window/connectionbar.h"
#include "window/connectiontab.h"

#include <maxmon/websocketclient.h>

#include <QLabel>

#include <algorithm>

namespace maxmon {

void ConnectionTab::setProfileLibrary(ProfileLibrary *library)
{
    if (m_library)
        m_library->disconnect(this);
    m_library = library;
    if (m_library)
        connect(m_library, &ProfileLibrary::changed, this, &ConnectionTab::onLibraryChanged);
    onLibraryChanged();
}

bool ConnectionTab::loadProfile(const QString &name)
{
    ConnectionConfig config;
    if (!name.isEmpty()) {
        const Result<ConnectionConfig> loaded = m_library
            ? m_library->load(name)
            : failure(Error(Error::Code::InvalidConfig, tr("No profiles here.")));
        if (!loaded) {
            showError(loaded.error().toString());
            m_bar->setCurrentProfile(m_profileName);
            return false;
        }
        config = *loaded;
    } else {
        config.templates = m_ownTemplates;
    }
    m_config = config;
    m_profileName = name;
    m_bar->setCurrentProfile(name);
    if (!name.isEmpty()) {
        m_bar->setUrlText(webSocketUrlText(config.url));
        m_bar->setProtocol(config.protocol);
    }
    updateTemplates();
    // Shown at once (warnings such as allow-insecure) when nothing is open;
    // a live connection keeps its settings until the next one.
    if (canOpen(state())) {
        ConnectionConfig next = m_config;
        next.url = parseWebSocketUrl(m_bar->urlText());
        next.protocol = m_bar->protocol();
        applyConfig(next);
        m_error->hide();
    } else {
        showError(tr("Profile \"%1\" loaded: its settings apply from the next connection.")
                      .arg(name.isEmpty() ? tr("none") : name));
    }
    Q_EMIT profileChanged(name);
    Q_EMIT titleChanged();
    return true;
}

void ConnectionTab::setBaseConfig(const ConnectionConfig &config)
{
    m_config = config;
    m_ownTemplates = config.templates;
    m_profileName.clear();
    m_bar->setCurrentProfile(QString());
    m_bar->setProtocol(config.protocol);
    updateTemplates();
    Q_EMIT titleChanged();
}

ConnectionConfig ConnectionTab::currentConfig() const
{
    ConnectionConfig config = m_config;
    config.url = parseWebSocketUrl(m_bar->urlText());
    config.protocol = m_bar->protocol();
    config.auth.token.clear();
    return config;
}

void ConnectionTab::setSessionToken(const QString &token)
{
    m_sessionToken = token;
}

void ConnectionTab::setSessionVariables(const Variables &variables)
{
    m_sessionVariables = Variables();
    m_sessionVariables.merge(Variables::Scope::Session, variables);
}

QStringList ConnectionTab::sessionSecrets() const
{
    QStringList secrets = m_sessionVariables.secretValues();
    secrets.append(m_sessionToken);
    secrets.append(m_client->variables().secretValues());
    secrets.removeAll(QString());
    return secrets;
}

SessionSecretsDialog *ConnectionTab::showSessionSecrets()
{
    auto *dialog = new SessionSecretsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setToken(m_sessionToken);
    dialog->setVariables(m_sessionVariables);
    const QString owner = m_profileName.isEmpty() ? QStringLiteral("tab") : m_profileName;
    dialog->setKeychainKey(QStringLiteral("maxmon/%1/token").arg(owner));
    connect(dialog, &SessionSecretsDialog::accepted, this, [this, dialog] {
        QString problem;
        setSessionVariables(dialog->variables(&problem));
        setSessionToken(dialog->token());
    });
    connect(dialog, &SessionSecretsDialog::tokenStored, this, &ConnectionTab::useStoredToken);
    dialog->open();
    return dialog;
}

namespace {

// The session token was {{token}}; once it lives in the keychain, the
// profile's variable of that name refers to the same entry, so that the
// URL, headers and templates that use it keep working.
void referToStoredToken(ConnectionConfig *config, const SecretRef &ref)
{
    config->auth.tokenSource = ref;
    const QString name = QStringLiteral("token");
    const bool taken = std::any_of(config->variables.cbegin(), config->variables.cend(),
                                   [&name](const ProfileVariable &v) { return v.name == name; });
    if (!taken)
        config->variables.append({ name, QString(), ref });
}

} // namespace

void ConnectionTab::useStoredToken(const SecretRef &ref)
{
    m_sessionToken.clear();
    referToStoredToken(&m_config, ref);
    if (m_config.auth.mode == AuthConfig::Mode::None)
        m_config.auth.mode = AuthConfig::Mode::BearerHeader;
    if (m_profileName.isEmpty() || !m_library)
        return;
    Result<ConnectionConfig> stored = m_library->load(m_profileName);
    if (!stored) {
        showError(stored.error().toString());
        return;
    }
    referToStoredToken(&*stored, ref);
    stored->auth.mode = m_config.auth.mode;
    if (const Result<void> saved = m_library->save(*stored, m_profileName); !saved)
        showError(saved.error().toString());
}

void ConnectionTab::onLibraryChanged()
{
    m_bar->setProfileNames(m_library ? m_library->names() : QStringList());
    m_bar->setCurrentProfile(m_profileName);
    // the profile's templates may have been changed elsewhere
    if (m_library && !m_profileName.isEmpty()) {
        if (const Result<ConnectionConfig> stored = m_library->load(m_profileName))
            m_config.templates = stored->templates;
    }
    updateTemplates();
}

void ConnectionTab::updateTemplates()
{
    QString reason;
    if (!m_profileName.isEmpty() && (!m_library || !m_library->contains(m_profileName)))
        reason = tr("The profile \"%1\" is no longer stored").arg(m_profileName);
    m_sendPanel->setTemplates(m_config.templates, reason);
}

void ConnectionTab::saveTemplate(const SendTemplate &sendTemplate)
{
    if (m_profileName.isEmpty()) { // an unsaved tab keeps its own
        m_config.setTemplate(sendTemplate);
        m_ownTemplates = m_config.templates;
        updateTemplates();
        return;
    }
    if (!m_library)
        return;
    if (const Result<void> saved = m_library->saveTemplate(m_profileName, sendTemplate); !saved) {
        showError(saved.error().toString());
        return;
    }
    m_config.setTemplate(sendTemplate);
    updateTemplates();
}

void ConnectionTab::removeTemplate(const QString &name)
{
    if (m_profileName.isEmpty()) {
        m_config.removeTemplate(name);
        m_ownTemplates = m_config.templates;
        updateTemplates();
        return;
    }
    if (!m_library)
        return;
    if (const Result<void> removed = m_library->removeTemplate(m_profileName, name); !removed) {
        showError(removed.error().toString());
        return;
    }
    m_config.removeTemplate(name);
    updateTemplates();
}

} // namespace maxmon
