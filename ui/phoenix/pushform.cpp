#include "phoenix/pushform.h"

#include "widgets/jsonfield.h"

#include <maxmon/localeformat.h>
#include <maxmon/phoenix/channel.h>
#include <maxmon/phoenix/push.h>

#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace maxmon {

namespace {

QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

PushForm::PushForm(QWidget *parent)
    : QWidget(parent)
    , m_event(new QLineEdit(this))
    , m_payload(new JsonField(JsonField::Accepts::ObjectOrArray, this))
    , m_timeout(new QSpinBox(this))
    , m_push(new QPushButton(tr("Push"), this))
    , m_resultIcon(new QLabel(this))
    , m_result(new QLabel(this))
    , m_response(new QLineEdit(this))
{
    m_event->setPlaceholderText(tr("e.g. new_msg"));
    m_event->setToolTip(tr("The event to push to the selected channel"));
    m_event->setAccessibleName(tr("Event"));
    m_event->setMaximumWidth(
        m_event->fontMetrics().horizontalAdvance(QStringLiteral("presence_diff")) + 30);
    m_payload->setPlaceholderText(tr("e.g. {\"body\": \"hi\"} (empty: {})"));
    m_payload->setToolTip(tr("The payload: a JSON object or array"));
    m_payload->lineEdit()->setAccessibleName(tr("Payload"));
    m_timeout->setRange(1, 24 * 3600 * 1000);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setGroupSeparatorShown(true);
    m_timeout->setValue(10000);
    m_timeout->setMaximumWidth(
        m_timeout->fontMetrics().horizontalAdvance(QStringLiteral("100,000 ms")) + 40);
    m_timeout->setToolTip(tr("Without a reply by then, the push has timed out"));
    m_timeout->setAccessibleName(tr("Timeout"));
    m_push->setToolTip(tr("Push the event and wait for its reply (Enter)"));
    m_result->setTextFormat(Qt::PlainText);
    m_response->setReadOnly(true);
    m_response->setPlaceholderText(tr("the reply's response"));
    m_response->setAccessibleName(tr("Response"));

    // Labelled rows: the event, timeout and Push on one, the payload with the
    // whole width on its own (a JSON payload needs room; its error goes under it).
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *caption = new QLabel(text, this);
        caption->setBuddy(buddy);
        return caption;
    };
    auto *form = new QGridLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addWidget(label(tr("E&vent:"), m_event), 0, 0);
    auto *eventRow = new QHBoxLayout;
    eventRow->addWidget(m_event, 1);
    eventRow->addWidget(label(tr("Ti&meout:"), m_timeout));
    eventRow->addWidget(m_timeout);
    eventRow->addWidget(m_push);
    form->addLayout(eventRow, 0, 1);
    form->addWidget(label(tr("Pa&yload:"), m_payload->lineEdit()), 1, 0, Qt::AlignTop);
    form->addWidget(m_payload, 1, 1);
    form->setColumnStretch(1, 1);
    auto *outcome = new QHBoxLayout;
    outcome->addWidget(m_resultIcon);
    outcome->addWidget(m_result);
    outcome->addWidget(m_response, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(outcome);

    connect(m_push, &QPushButton::clicked, this, &PushForm::push);
    connect(m_event, &QLineEdit::returnPressed, this, &PushForm::push);
    connect(m_payload, &JsonField::accepted, this, &PushForm::push);
    connect(m_event, &QLineEdit::textChanged, this, &PushForm::updateEnabled);
    connect(m_payload, &JsonField::changed, this, &PushForm::updateEnabled);
    showResult(QString(), Tone::Neutral);
    updateEnabled();
}

void PushForm::setChannel(phoenix::Channel *channel)
{
    if (channel == m_channel)
        return;
    if (m_channel)
        m_channel->disconnect(this);
    if (m_pending)
        m_pending->disconnect(this);
    m_pending = nullptr;
    m_channel = channel;
    if (m_channel) {
        connect(m_channel, &phoenix::Channel::stateChanged, this, &PushForm::updateEnabled);
        connect(m_channel, &QObject::destroyed, this, &PushForm::updateEnabled);
    }
    showResult(QString(), Tone::Neutral);
    m_response->clear();
    updateEnabled();
}

void PushForm::setDefaultTimeoutMs(int timeoutMs)
{
    m_timeout->setValue(timeoutMs);
}

bool PushForm::push()
{
    if (!m_channel || m_channel->state() == phoenix::Channel::State::Closed) {
        showResult(tr("Join a channel first."), Tone::Bad);
        return false;
    }
    const QString event = m_event->text().trimmed();
    if (event.isEmpty()) {
        showResult(tr("Name the event."), Tone::Bad);
        m_event->setFocus();
        return false;
    }
    if (!m_payload->isValid()) {
        showResult(m_payload->error(), Tone::Bad);
        m_payload->setFocus();
        return false;
    }
    if (m_pending)
        m_pending->disconnect(this); // its outcome is no longer shown
    const Result<phoenix::Push *> pushed =
        m_channel->push(event, m_payload->value(), m_timeout->value());
    m_response->clear();
    if (!pushed) {
        m_pending = nullptr;
        showResult(pushed.error().message(), Tone::Bad);
        return false;
    }
    m_pending = *pushed;
    m_elapsed.start();
    connect(m_pending, &phoenix::Push::received, this, &PushForm::onReceived);
    showResult(
        m_channel->state() == phoenix::Channel::State::Joined
            ? tr("\u2026 waiting for the reply to \"%1\" (ref %2)").arg(event, m_pending->ref())
            : tr("\u2026 waits for the channel to join"),
        Tone::Neutral);
    return true;
}

void PushForm::onReceived(const QString &status, const QJsonValue &response)
{
    const qint64 ms = m_elapsed.elapsed();
    const QString event = m_pending ? m_pending->event() : QString();
    m_pending = nullptr;
    if (status == QLatin1String("timeout")) {
        showResult(tr("\"%1\": no reply within %2 (timeout)")
                       .arg(event, LocaleFormat::milliseconds(m_timeout->value(), 0)),
                   Tone::TimedOut);
        m_response->clear();
    } else {
        const bool ok = status == QLatin1String("ok");
        showResult(tr("\"%1\": %2 in %3").arg(event, status, LocaleFormat::milliseconds(ms, 0)),
                   ok ? Tone::Good : Tone::Bad);
        m_response->setText(compact(response));
        m_response->setCursorPosition(0);
    }
    Q_EMIT finished(status);
}

void PushForm::showResult(const QString &text, Tone tone)
{
    m_result->setText(text.isEmpty() ? tr("No push yet") : text);
    m_result->setToolTip(text);
    showIcon(tone);
    // fixed colours that read on light and dark backgrounds
    switch (tone) {
    case Tone::Neutral:
        m_result->setStyleSheet(QString());
        break;
    case Tone::Good:
        m_result->setStyleSheet(QStringLiteral("QLabel { color: #43a047; }"));
        break;
    case Tone::Bad:
    case Tone::TimedOut:
        m_result->setStyleSheet(QStringLiteral("QLabel { color: #e53935; }"));
        break;
    }
}

void PushForm::showIcon(Tone tone)
{
    // the desktop theme's icon where there is one, else the style's own
    QIcon icon;
    switch (tone) {
    case Tone::Neutral:
        break;
    case Tone::Good:
        icon = QIcon::fromTheme(QStringLiteral("dialog-ok"),
                                style()->standardIcon(QStyle::SP_DialogApplyButton));
        break;
    case Tone::Bad:
        icon = QIcon::fromTheme(QStringLiteral("dialog-error"),
                                style()->standardIcon(QStyle::SP_MessageBoxCritical));
        break;
    case Tone::TimedOut:
        icon = QIcon::fromTheme(QStringLiteral("appointment-missed"),
                                style()->standardIcon(QStyle::SP_MessageBoxWarning));
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_resultIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(size, size));
    m_resultIcon->setVisible(!icon.isNull());
    m_resultIcon->setToolTip(tone == Tone::TimedOut ? tr("Timed out") : QString());
}

void PushForm::updateEnabled()
{
    const bool usable = m_channel && m_channel->state() != phoenix::Channel::State::Closed;
    for (QWidget *widget : std::initializer_list<QWidget *> { m_event, m_payload, m_timeout })
        widget->setEnabled(usable);
    m_push->setEnabled(usable && !m_event->text().trimmed().isEmpty() && m_payload->isValid());
    if (!usable)
        m_push->setToolTip(tr("Select a channel that is not closed"));
    else
        m_push->setToolTip(tr("Push the event and wait for its reply (Enter)"));
}

} // namespace maxmon
