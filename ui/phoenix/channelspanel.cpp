#include "phoenix/channelspanel.h"

#include "log/messagelogfilter.h"
#include "phoenix/channellistmodel.h"
#include "phoenix/presencelistmodel.h"
#include "phoenix/pushform.h"
#include "widgets/jsonfield.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/phoenix/channel.h>
#include <maxmon/phoenix/socket.h>

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace maxmon {

namespace {

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setCornerButtonEnabled(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
}

QLabel *title(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

ChannelsPanel::ChannelsPanel(QWidget *parent)
    : QWidget(parent)
    , m_channels(new ChannelListModel(this))
    , m_presence(new PresenceListModel(this))
    , m_events(new MessageLogFilter(this))
    , m_topic(new QLineEdit(this))
    , m_params(new JsonField(JsonField::Accepts::Object, this))
    , m_join(new QPushButton(tr("Join"), this))
    , m_leave(new QPushButton(tr("Leave"), this))
    , m_notice(new QLabel(this))
    , m_channelView(new QTableView(this))
    , m_presenceTitle(title(tr("Presence"), this))
    , m_presenceView(new QTableView(this))
    , m_eventTitle(title(QString(), this))
    , m_eventView(new QTableView(this))
    , m_pushForm(new PushForm(this))
{
    setUpJoinForm();
    setUpTables();
    layOut();
    connectControls();
    onCurrentChanged();
}

void ChannelsPanel::setUpJoinForm()
{
    m_topic->setPlaceholderText(tr("room:lobby"));
    m_topic->setToolTip(tr("The topic to join (Enter joins)"));
    m_topic->setAccessibleName(tr("Topic"));
    m_topic->setClearButtonEnabled(true);
    m_params->setPlaceholderText(tr("params, e.g. {\"user\": \"alice\"} (empty: {})"));
    m_params->setToolTip(tr("The join's payload: a JSON object, sent again with every rejoin"));
    m_params->lineEdit()->setAccessibleName(tr("Join params"));
    m_join->setIcon(style()->standardIcon(QStyle::SP_ArrowRight));
    m_join->setToolTip(tr("Join the topic with these params"));
    m_leave->setToolTip(tr("Leave the selected channel"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { color: #e53935; }"));
    m_notice->hide();
}

void ChannelsPanel::setUpTables()
{
    setUpTable(m_channelView);
    m_channelView->setModel(m_channels);
    m_channelView->horizontalHeader()->resizeSection(
        ChannelListModel::TopicColumn,
        fontMetrics().horizontalAdvance(QStringLiteral("room:lobby_xx")));
    m_channelView->horizontalHeader()->resizeSection(
        ChannelListModel::StateColumn,
        fontMetrics().horizontalAdvance(QStringLiteral("leaving__xx")));
    setUpTable(m_presenceView);
    m_presenceView->setSelectionMode(QAbstractItemView::NoSelection);
    m_presenceView->setModel(m_presence);
    m_presenceView->horizontalHeader()->setStretchLastSection(false);
    m_presenceView->horizontalHeader()->setSectionResizeMode(PresenceListModel::KeyColumn,
                                                             QHeaderView::Stretch);
    m_presenceView->setToolTip(tr("Who is present in the selected channel, live"));

    setUpTable(m_eventView);
    m_eventView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_eventView->setModel(m_events);
    m_eventTitle->setWordWrap(false);
}

void ChannelsPanel::layOut()
{
    // left: join, the channels, presence
    auto *left = new QWidget(this);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *topicRow = new QHBoxLayout;
    topicRow->addWidget(m_topic, 1);
    topicRow->addWidget(m_join);
    auto *topicLabel = new QLabel(tr("&Topic:"), left);
    topicLabel->setBuddy(m_topic);
    auto *paramsLabel = new QLabel(tr("P&arams:"), left);
    paramsLabel->setBuddy(m_params->lineEdit());
    form->addRow(topicLabel, topicRow);
    form->addRow(paramsLabel, m_params);
    auto *channelsTitle = new QHBoxLayout;
    channelsTitle->addWidget(title(tr("Channels"), left), 1);
    channelsTitle->addWidget(m_leave);
    auto *leftColumn = new QVBoxLayout(left);
    leftColumn->setContentsMargins(0, 0, 0, 0);
    leftColumn->addLayout(form);
    leftColumn->addWidget(m_notice);
    leftColumn->addLayout(channelsTitle);
    leftColumn->addWidget(m_channelView, 3);
    leftColumn->addWidget(m_presenceTitle);
    leftColumn->addWidget(m_presenceView, 2);

    // right: the selected channel's events and the push form
    auto *right = new QWidget(this);
    auto *rightColumn = new QVBoxLayout(right);
    rightColumn->setContentsMargins(0, 0, 0, 0);
    rightColumn->addWidget(m_eventTitle);
    rightColumn->addWidget(m_eventView, 1);
    rightColumn->addWidget(m_pushForm);

    // no splitter of its own: the tab's splitters are the ones it saves
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(left, 2);
    layout->addWidget(right, 3);
}

void ChannelsPanel::connectControls()
{
    connect(m_join, &QPushButton::clicked, this, &ChannelsPanel::joinFromForm);
    connect(m_topic, &QLineEdit::returnPressed, this, &ChannelsPanel::joinFromForm);
    connect(m_params, &JsonField::accepted, this, &ChannelsPanel::joinFromForm);
    connect(m_topic, &QLineEdit::textChanged, this, &ChannelsPanel::updateButtons);
    connect(m_params, &JsonField::changed, this, &ChannelsPanel::updateButtons);
    connect(m_leave, &QPushButton::clicked, this, &ChannelsPanel::leaveOrRemove);
    connect(m_channelView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChannelsPanel::onCurrentChanged);
    connect(m_channels, &QAbstractItemModel::dataChanged, this, &ChannelsPanel::updateButtons);
    connect(m_channels, &QAbstractItemModel::rowsRemoved, this, &ChannelsPanel::onCurrentChanged);
    connect(m_channels, &QAbstractItemModel::modelReset, this, &ChannelsPanel::onCurrentChanged);
    connect(m_presence, &QAbstractItemModel::modelReset, this, [this] {
        m_presenceTitle->setText(m_presence->presence() ? tr("Presence \u00b7 %n present", nullptr,
                                                             m_presence->rowCount())
                                                        : tr("Presence"));
    });
    connect(m_eventView->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_followEvents = value >= m_eventView->verticalScrollBar()->maximum();
    });
    connect(m_events, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followEvents)
            m_eventView->scrollToBottom();
    });
    connect(m_eventView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT messageSelected(
                        current.data(MessageLogModel::MessageRole).value<Message>());
            });
}

void ChannelsPanel::setSocket(phoenix::Socket *socket)
{
    if (socket == m_socket)
        return;
    if (m_socket)
        m_socket->disconnect(this);
    m_channels->clear();
    m_socket = socket;
    m_decodeFailures = 0;
    showNotice(QString());
    if (m_socket) {
        connect(m_socket, &phoenix::Socket::decodeFailed, this, &ChannelsPanel::onDecodeFailed);
        m_pushForm->setDefaultTimeoutMs(m_socket->options().timeoutMs);
        const QList<phoenix::Channel *> open = m_socket->channels();
        for (phoenix::Channel *channel : open)
            m_channels->addChannel(channel);
    }
    onCurrentChanged();
}

void ChannelsPanel::setLogModel(MessageLogModel *log)
{
    m_log = log;
    onCurrentChanged();
}

phoenix::Channel *ChannelsPanel::join(const QString &topic, const QJsonObject &params)
{
    if (!m_socket) {
        showNotice(tr("Not a Phoenix connection: choose Phoenix in the connection bar."));
        return nullptr;
    }
    phoenix::Channel *channel = m_socket->channel(topic, params);
    if (const Result<phoenix::Push *> joined = channel->join(); !joined) {
        showNotice(joined.error().message());
        delete channel;
        return nullptr;
    }
    showNotice(QString());
    m_channels->addChannel(channel);
    selectTopic(topic);
    return channel;
}

bool ChannelsPanel::joinFromForm()
{
    const QString topic = m_topic->text().trimmed();
    if (topic.isEmpty()) {
        showNotice(tr("Enter the topic to join, such as room:lobby."));
        m_topic->setFocus();
        return false;
    }
    if (!m_params->isValid()) {
        m_params->setFocus();
        return false;
    }
    return join(topic, m_params->value().toObject()) != nullptr;
}

void ChannelsPanel::leaveOrRemove()
{
    const int row = m_channelView->currentIndex().row();
    if (row < 0)
        return;
    phoenix::Channel *channel = m_channels->channel(row);
    if (channel && channel->state() != phoenix::Channel::State::Closed
        && channel->state() != phoenix::Channel::State::Leaving)
        channel->leave();
    else if (!channel || channel->state() == phoenix::Channel::State::Closed)
        m_channels->removeEntry(row);
    updateButtons();
}

phoenix::Channel *ChannelsPanel::currentChannel() const
{
    return m_channels->channel(m_channelView->currentIndex().row());
}

QString ChannelsPanel::currentTopic() const
{
    return m_channels->topic(m_channelView->currentIndex().row());
}

void ChannelsPanel::selectTopic(const QString &topic)
{
    const int row = m_channels->rowOfTopic(topic);
    if (row < 0)
        return;
    m_channelView->selectionModel()->setCurrentIndex(
        m_channels->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    onCurrentChanged(); // also when the row was current already (a new channel in it)
}

void ChannelsPanel::onCurrentChanged()
{
    phoenix::Channel *channel = currentChannel();
    const QString topic = currentTopic();
    // Who is present is known only while joined: a channel left (or lost)
    // shows nobody rather than the last list it had.
    auto showPresence = [this](phoenix::Channel *shown) {
        m_presence->setPresence(shown && shown->state() == phoenix::Channel::State::Joined
                                    ? shown->presence()
                                    : nullptr);
    };
    disconnect(m_channelState);
    showPresence(channel);
    if (channel)
        m_channelState = connect(channel, &phoenix::Channel::stateChanged, this,
                                 [showPresence, channel] { showPresence(channel); });
    m_pushForm->setChannel(channel);

    // The log is filtered only while a channel is shown: a plain connection's
    // traffic is never decoded for it.
    MessageLogModel *source = m_socket && !topic.isEmpty() ? m_log.data() : nullptr;
    if (m_events->sourceModel() != source)
        m_events->setSourceModel(source);
    m_events->setTopic(topic, MessageLogFilter::Match::Exact);
    configureEventView();
    m_eventTitle->setText(topic.isEmpty() ? tr("Join or select a channel to see its events")
                                          : tr("Events of %1").arg(topic));
    m_followEvents = true;
    m_eventView->scrollToBottom();
    updateButtons();
}

void ChannelsPanel::configureEventView()
{
    if (!m_events->sourceModel())
        return;
    // the topic is the channel's; kind and size say little here
    for (int column :
         { MessageLogModel::KindColumn, MessageLogModel::SizeColumn, MessageLogModel::TopicColumn })
        m_eventView->setColumnHidden(column, true);
    QHeaderView *header = m_eventView->horizontalHeader();
    const QFontMetrics metrics = fontMetrics();
    header->resizeSection(MessageLogModel::TimeColumn,
                          metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) + 16);
    header->resizeSection(MessageLogModel::DirectionColumn,
                          metrics.horizontalAdvance(QStringLiteral("\u2191 out")) + 16);
    header->resizeSection(MessageLogModel::EventColumn,
                          metrics.horizontalAdvance(QStringLiteral("presence_diff")) + 16);
    header->resizeSection(MessageLogModel::RefColumn,
                          metrics.horizontalAdvance(QStringLiteral("0000")) + 16);
    header->resizeSection(MessageLogModel::StatusColumn,
                          metrics.horizontalAdvance(QStringLiteral("error")) + 16);
}

void ChannelsPanel::updateButtons()
{
    const bool canJoin = m_socket && !m_topic->text().trimmed().isEmpty() && m_params->isValid();
    m_join->setEnabled(canJoin);
    m_topic->setEnabled(m_socket);
    m_params->setEnabled(m_socket);
    const int row = m_channelView->currentIndex().row();
    const phoenix::Channel *channel = m_channels->channel(row);
    const bool closed =
        row >= 0 && (!channel || channel->state() == phoenix::Channel::State::Closed);
    m_leave->setText(closed ? tr("Remove") : tr("Leave"));
    m_leave->setToolTip(closed ? tr("Remove the closed channel from the list")
                               : tr("Leave the selected channel"));
    m_leave->setEnabled(row >= 0
                        && (closed || channel->state() != phoenix::Channel::State::Leaving));
}

void ChannelsPanel::showNotice(const QString &text)
{
    m_notice->setText(text.isEmpty() ? QString() : QStringLiteral("\u26a0 ") + text);
    m_notice->setVisible(!text.isEmpty());
}

void ChannelsPanel::onDecodeFailed(const Error &error)
{
    ++m_decodeFailures;
    showNotice(tr("Messages from the server that were not Phoenix frames: %1. The last: %2")
                   .arg(m_decodeFailures)
                   .arg(error.message()));
}

} // namespace maxmon
