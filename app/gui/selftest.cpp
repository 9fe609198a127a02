#include "selftest.h"

#include "send/sendpanel.h"
#include "window/connectiontab.h"
#include "window/mainwindow.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/websocketclient.h>

#include <QLabel>
#include <QUuid>

namespace maxmon {

SelfTest::SelfTest(MainWindow *window, const QUrl &echoUrl, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_url(echoUrl)
    , m_probe(QStringLiteral("maxmon self-test ")
              + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { fail(timedOutText()); });
}

void SelfTest::start(int timeoutMs)
{
    m_clock.start();
    m_timeout.start(timeoutMs);
    m_step = Step::Connecting;
    m_tab = m_window->openTab(m_url.toString(), true);
    connect(m_tab, &ConnectionTab::stateChanged, this, &SelfTest::onStateChanged);
    connect(m_tab->logModel(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    if (m_tab->state() != ConnectionState::Connecting)
        fail(tr("could not connect: %1").arg(m_tab->errorLabel()->text()));
}

void SelfTest::onStateChanged(ConnectionState state)
{
    if (m_finished)
        return;
    switch (state) {
    case ConnectionState::Connected: {
        m_connectedMs = m_clock.elapsed();
        m_step = Step::AwaitingEcho;
        SendPanel *panel = m_tab->sendPanel();
        panel->setMode(SendPanel::Mode::Text);
        panel->setInput(m_probe);
        panel->send();
        m_sent = panel->history().size() > 0;
        if (!m_sent)
            fail(tr("could not send: %1").arg(panel->statusText()));
        break;
    }
    case ConnectionState::Error:
    case ConnectionState::Reconnecting: // a self-test wants an answer, not a retry
        fail(tr("connection failed: %1").arg(m_tab->client()->lastError().toString()));
        break;
    case ConnectionState::Disconnected:
        fail(closedText());
        break;
    case ConnectionState::Connecting:
    case ConnectionState::Disconnecting:
        break;
    }
}

QString SelfTest::timedOutText() const
{
    if (m_step == Step::Connecting)
        return tr("timed out while connecting to %1").arg(m_url.toString());
    return tr("timed out while waiting for the echo");
}

QString SelfTest::closedText() const
{
    if (m_step == Step::Connecting)
        return tr("the connection closed while connecting to %1").arg(m_url.toString());
    return tr("the connection closed while waiting for the echo");
}

void SelfTest::onRowsInserted(int first, int last)
{
    if (m_finished || !m_sent)
        return;
    for (int row = first; row <= last; ++row) {
        const Message message = m_tab->logModel()->message(row);
        if (message.direction() == Message::Direction::Incoming && message.text() == m_probe) {
            pass();
            return;
        }
    }
}

void SelfTest::pass()
{
    const QString report = tr("maxmon self-test passed: connected to %1 in %2 ms, echo after "
                              "%3 ms")
                               .arg(m_url.toString())
                               .arg(m_connectedMs)
                               .arg(m_clock.elapsed());
    m_finished = true;
    m_timeout.stop();
    m_tab->disconnect(this);
    m_tab->closeConnection();
    Q_EMIT finished(0, report);
}

void SelfTest::fail(const QString &why)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    if (m_tab)
        m_tab->disconnect(this);
    Q_EMIT finished(1, tr("maxmon self-test FAILED: %1").arg(why));
}

} // namespace maxmon
