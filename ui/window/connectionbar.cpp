#include "window/connectionbar.h"

#include "widgets/statebadge.h"

#include <maxmon/connectionconfig.h>

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QUrlQuery>

namespace maxmon {

bool canOpen(ConnectionState state)
{
    return state == ConnectionState::Disconnected || state == ConnectionState::Error;
}

ConnectionBar::ConnectionBar(QWidget *parent)
    : QWidget(parent)
    , m_profile(new QComboBox(this))
    , m_protocol(new QComboBox(this))
    , m_profiles(new QToolButton(this))
    , m_secrets(new QToolButton(this))
    , m_url(new QLineEdit(this))
    , m_connect(new QPushButton(this))
    , m_reconnect(new QPushButton(tr("Reconnect now"), this))
    , m_badge(new StateBadge(this))
    , m_problem(new QLabel(this))
{
    setUpFields();
    layOut();
    connectControls();
    validateUrl();
    updateButtons();
}

void ConnectionBar::setUpFields()
{
    m_url->setPlaceholderText(tr("ws://host:port/path or wss://..."));
    m_url->setToolTip(tr("The WebSocket URL to connect to (Ctrl+L). Press Enter to connect."));
    m_url->setClearButtonEnabled(true);
    m_url->setAccessibleName(tr("URL"));

    m_profile->setToolTip(tr("Load a saved connection profile into this tab (Ctrl+P)"));
    m_profile->setAccessibleName(tr("Profile"));
    // As wide as a name of 16 characters, not as the longest one: the URL
    // beside it needs the room more (the list still shows names whole).
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profile->setMinimumContentsLength(16);
    setProfileNames({});
    m_profiles->setText(tr("Profiles..."));
    m_profiles->setToolTip(tr("Create, edit, import and export profiles (Ctrl+Shift+P)"));
    m_secrets->setText(tr("Secrets..."));
    m_secrets->setToolTip(tr("A token and {{variables}} for this session only: kept in memory, "
                             "never written, gone on quit"));

    m_protocol->addItem(tr("WebSocket"), int(ConnectionConfig::Protocol::WebSocket));
    m_protocol->addItem(tr("Phoenix"), int(ConnectionConfig::Protocol::Phoenix));
    m_protocol->setAccessibleName(tr("Protocol"));
    m_protocol->setToolTip(tr("WebSocket: messages as they are. Phoenix: Phoenix Channels "
                              "(joins, pushes, replies, presence, heartbeats) with the Channels "
                              "tab. Follows the URL until you choose."));

    m_reconnect->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_reconnect->hide();

    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    // No colour of our own: the warning icon marks the problem in any theme.
    m_problemIcon = m_url->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                     QLineEdit::TrailingPosition);
    m_problemIcon->setVisible(false);
}

void ConnectionBar::layOut()
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_profile, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(0);
    buttons->addWidget(m_profiles);
    buttons->addWidget(m_secrets);
    layout->addLayout(buttons, 0, 1);
    auto *address = new QHBoxLayout;
    address->setSpacing(0);
    address->addWidget(m_protocol);
    address->addWidget(m_url, 1);
    layout->addLayout(address, 0, 2);
    layout->addWidget(m_connect, 0, 3);
    layout->addWidget(m_reconnect, 0, 4);
    layout->addWidget(m_badge, 0, 5);
    layout->addWidget(m_problem, 1, 2, 1, 4);
    layout->setColumnStretch(2, 1);
}

void ConnectionBar::connectControls()
{
    connect(m_url, &QLineEdit::textChanged, this, &ConnectionBar::validateUrl);
    m_followDelay.setSingleShot(true);
    m_followDelay.setInterval(400);
    connect(&m_followDelay, &QTimer::timeout, this, &ConnectionBar::followUrl);
    connect(m_url, &QLineEdit::textEdited, this, [this] {
        if (!m_protocolChosen)
            m_followDelay.start();
    });
    connect(m_protocol, &QComboBox::activated, this, [this] {
        m_protocolChosen = true;
        m_followDelay.stop();
        Q_EMIT protocolChanged(protocol());
    });
    connect(m_url, &QLineEdit::returnPressed, this, &ConnectionBar::onReturnPressed);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionBar::onConnectClicked);
    connect(m_reconnect, &QPushButton::clicked, this, &ConnectionBar::reconnectRequested);
    connect(m_profile, &QComboBox::activated, this,
            [this] { Q_EMIT profileSelected(currentProfile()); });
    connect(m_profiles, &QToolButton::clicked, this, &ConnectionBar::manageProfilesRequested);
    connect(m_secrets, &QToolButton::clicked, this, &ConnectionBar::sessionSecretsRequested);

    // Finer than the badge's own second tick, so the countdown never skips a number.
    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, &ConnectionBar::updateCountdown);
}

QString ConnectionBar::urlText() const
{
    return m_url->text().trimmed();
}

void ConnectionBar::setUrlText(const QString &url)
{
    m_url->setText(url);
    followUrl();
}

ConnectionConfig::Protocol ConnectionBar::protocol() const
{
    if (m_followDelay.isActive()) // the combo follows in a moment
        return suggestedProtocol(parseWebSocketUrl(urlText()));
    return static_cast<ConnectionConfig::Protocol>(m_protocol->currentData().toInt());
}

void ConnectionBar::setProtocol(ConnectionConfig::Protocol protocol)
{
    m_protocolChosen = true;
    m_followDelay.stop();
    selectProtocol(protocol);
}

void ConnectionBar::selectProtocol(ConnectionConfig::Protocol protocol)
{
    if (protocol == static_cast<ConnectionConfig::Protocol>(m_protocol->currentData().toInt()))
        return;
    m_protocol->setCurrentIndex(m_protocol->findData(int(protocol)));
    Q_EMIT protocolChanged(protocol);
}

ConnectionConfig::Protocol ConnectionBar::suggestedProtocol(const QUrl &url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const bool phoenix = path.endsWith(QLatin1String("/socket"))
        || path.endsWith(QLatin1String("/socket/websocket"))
        || QUrlQuery(url).hasQueryItem(QStringLiteral("vsn"));
    return phoenix ? ConnectionConfig::Protocol::Phoenix : ConnectionConfig::Protocol::WebSocket;
}

void ConnectionBar::followUrl()
{
    m_followDelay.stop();
    if (!m_protocolChosen)
        selectProtocol(suggestedProtocol(parseWebSocketUrl(urlText())));
}

void ConnectionBar::setState(ConnectionState state, qint64 sinceMonotonicNs)
{
    m_state = state;
    m_badge->setState(state, sinceMonotonicNs);
    updateButtons();
}

void ConnectionBar::setReconnectStatus(const ReconnectStatus &status)
{
    m_reconnectStatus = status;
    updateCountdown();
}

void ConnectionBar::updateCountdown()
{
    const bool waiting = m_state == ConnectionState::Reconnecting;
    if (!waiting) {
        m_countdown.stop();
        m_badge->setDetail(QString());
        m_badge->setExtraToolTip(QString());
        m_reconnect->setToolTip(tr("Try again now (Ctrl+R)"));
        return;
    }
    QString detail;
    if (m_reconnectStatus.attempt > 0)
        detail = m_reconnectStatus.maxAttempts > 0
            ? tr("attempt %1 of %2")
                  .arg(m_reconnectStatus.attempt)
                  .arg(m_reconnectStatus.maxAttempts)
            : tr("attempt %1").arg(m_reconnectStatus.attempt);
    const qint64 ms = m_reconnectStatus.msUntilNextAttempt();
    if (ms >= 0) {
        // rounded up: "in 1 s" until the attempt starts, never "in 0 s"
        const QString next =
            tr("next in %1").arg(StateBadge::durationText((ms + 999) / 1000 * 1000));
        detail = detail.isEmpty() ? next : detail + QStringLiteral(" \u00b7 ") + next;
    }
    m_badge->setDetail(detail);
    const QString why = m_reconnectStatus.reason.isEmpty()
        ? QString()
        : tr("Retrying because: %1").arg(m_reconnectStatus.reason);
    m_badge->setExtraToolTip(why);
    m_reconnect->setToolTip(why.isEmpty()
                                ? tr("Try again now instead of waiting (Ctrl+R)")
                                : tr("Try again now instead of waiting (Ctrl+R)\n%1").arg(why));
    if (ms >= 0 && !m_countdown.isActive())
        m_countdown.start();
    else if (ms < 0)
        m_countdown.stop();
}
void ConnectionBar::setProfileNames(const QStringList &names)
{
    const QString current = currentProfile();
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    m_profile->addItem(tr("No profile"), QString());
    for (const QString &name : names)
        m_profile->addItem(name, name);
    // a profile that is gone leaves the tab with its settings, but no name
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(current)));
}

QString ConnectionBar::currentProfile() const
{
    return m_profile->currentData().toString();
}

void ConnectionBar::setCurrentProfile(const QString &name)
{
    const QSignalBlocker blocker(m_profile);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(name)));
}

void ConnectionBar::focusProfile()
{
    m_profile->setFocus(Qt::ShortcutFocusReason);
    m_profile->showPopup();
}

void ConnectionBar::focusUrl()
{
    m_url->setFocus(Qt::ShortcutFocusReason);
    m_url->selectAll();
}

void ConnectionBar::validateUrl()
{
    const QString text = urlText();
    m_urlProblem.clear();
    if (text.isEmpty()) {
        m_urlProblem = tr("Enter a ws:// or wss:// URL.");
    } else {
        const QList<ConfigIssue> issues = validateWebSocketUrl(text);
        for (const ConfigIssue &issue : issues) {
            if (issue.isError()) {
                m_urlProblem = issue.message;
                break;
            }
        }
    }
    // An empty field needs no scolding; the placeholder says what to type.
    const bool show = !m_urlProblem.isEmpty() && !text.isEmpty();
    m_problem->setText(m_urlProblem);
    m_problem->setVisible(show);
    m_problemIcon->setVisible(show);
    m_problemIcon->setToolTip(m_urlProblem);
    updateButtons();
}

void ConnectionBar::onConnectClicked()
{
    if (canOpen(m_state)) {
        if (m_urlProblem.isEmpty())
            Q_EMIT connectRequested(parseWebSocketUrl(urlText()));
    } else {
        Q_EMIT disconnectRequested();
    }
}

void ConnectionBar::setLiveUrl(const QUrl &url)
{
    m_liveUrl = url;
}

void ConnectionBar::onReturnPressed()
{
    if (canOpen(m_state)) {
        onConnectClicked();
        return;
    }
    if (m_state == ConnectionState::Disconnecting || !m_urlProblem.isEmpty())
        return;
    const QUrl url = parseWebSocketUrl(urlText());
    if (url != m_liveUrl)
        offerSwitch(url);
}

void ConnectionBar::offerSwitch(const QUrl &url)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Connect to Another URL"),
                                tr("The connection is open to %1. Close it and connect to %2?")
                                    .arg(m_liveUrl.toDisplayString(), url.toDisplayString()),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("switchUrlQuestion"));
    QPushButton *reconnect = box->addButton(tr("&Reconnect"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(reconnect);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, reconnect, url] {
        if (box->clickedButton() == reconnect)
            Q_EMIT switchUrlRequested(url);
        else // the field shows the URL in use, not one that is not
            setUrlText(m_liveUrl.toString());
    });
    box->open();
}

void ConnectionBar::updateButtons()
{
    if (canOpen(m_state)) {
        m_connect->setText(tr("Connect"));
        m_connect->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
        m_connect->setEnabled(m_urlProblem.isEmpty());
        m_connect->setToolTip(m_urlProblem.isEmpty() ? tr("Open the connection (F5)")
                                                     : tr("Cannot connect: %1").arg(m_urlProblem));
    } else if (m_state == ConnectionState::Reconnecting) {
        m_connect->setText(tr("Cancel"));
        m_connect->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
        m_connect->setEnabled(true);
        m_connect->setToolTip(tr("Stop retrying (Shift+F5)"));
    } else {
        m_connect->setText(m_state == ConnectionState::Disconnecting ? tr("Disconnecting...")
                                                                     : tr("Disconnect"));
        m_connect->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
        m_connect->setEnabled(m_state != ConnectionState::Disconnecting);
        m_connect->setToolTip(tr("Close the connection (Shift+F5)"));
    }
    updateCountdown();
    // Useful while a retry is pending or after a failure: one click, same URL.
    m_reconnect->setVisible(m_state == ConnectionState::Reconnecting
                            || m_state == ConnectionState::Error);
}

} // namespace maxmon
