#include "phoenix/channellistmodel.h"

#include "widgets/statebadge.h"

#include <QJsonDocument>

namespace maxmon {

using phoenix::Channel;
using State = phoenix::Channel::State;

ChannelListModel::ChannelListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ChannelListModel::addChannel(Channel *channel)
{
    Entry entry;
    entry.channel = channel;
    entry.topic = channel->topic();
    entry.state = channel->state();

    int row = rowOfTopic(channel->topic());
    if (row >= 0) {
        if (Channel *old = m_entries.at(row).channel)
            old->disconnect(this);
        m_entries[row] = entry;
        changed(row);
    } else {
        row = static_cast<int>(m_entries.size());
        beginInsertRows(QModelIndex(), row, row);
        m_entries.append(entry);
        endInsertRows();
    }
    connect(channel, &Channel::stateChanged, this,
            [this, channel](State state) { onStateChanged(channel, state); });
    connect(channel, &Channel::errorOccurred, this,
            [this, channel](const Error &error) { onError(channel, error); });
    connect(channel, &Channel::joined, this, [this, channel] { onJoined(channel); });
    connect(channel, &QObject::destroyed, this, [this] {
        for (int i = 0; i < m_entries.size(); ++i) {
            if (!m_entries.at(i).channel && m_entries.at(i).state != State::Closed) {
                m_entries[i].state = State::Closed;
                changed(i);
            }
        }
    });
}

void ChannelListModel::removeEntry(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    if (Channel *channel = m_entries.at(row).channel)
        channel->disconnect(this);
    m_entries.removeAt(row);
    endRemoveRows();
}

void ChannelListModel::clear()
{
    beginResetModel();
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.channel)
            entry.channel->disconnect(this);
    }
    m_entries.clear();
    endResetModel();
}

Channel *ChannelListModel::channel(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).channel.data() : nullptr;
}

int ChannelListModel::rowOf(const Channel *channel) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (channel && m_entries.at(row).channel == channel)
            return row;
    }
    return -1;
}

int ChannelListModel::rowOfTopic(const QString &topic) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).topic == topic)
            return row;
    }
    return -1;
}

QString ChannelListModel::topic(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).topic : QString();
}

QString ChannelListModel::detail(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).detail : QString();
}

int ChannelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ChannelListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TopicColumn:
            return entry.topic;
        case StateColumn:
            return stateText(entry.state);
        case DetailColumn:
            return entry.detail;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DetailColumn && !entry.detailTip.isEmpty())
            return entry.detailTip;
        if (index.column() == StateColumn)
            return tr("The channel is %1").arg(stateText(entry.state));
        break;
    case Qt::BackgroundRole:
        if (index.column() == StateColumn)
            return StateBadge::backgroundColor(badgeState(entry.state));
        break;
    case Qt::ForegroundRole:
        if (index.column() == StateColumn)
            return StateBadge::textColor(badgeState(entry.state));
        if (index.column() == DetailColumn && entry.problem)
            return QColor(0xe5, 0x39, 0x35); // the profile editor's error red
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == StateColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        break;
    case StateRole:
        return static_cast<int>(entry.state);
    case ProblemRole:
        return entry.problem;
    default:
        break;
    }
    return QVariant();
}

QVariant ChannelListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TopicColumn:
        return tr("Topic");
    case StateColumn:
        return tr("State");
    case DetailColumn:
        return tr("Last event");
    default:
        break;
    }
    return QVariant();
}

QString ChannelListModel::stateText(State state)
{
    switch (state) {
    case State::Closed:
        return tr("closed");
    case State::Errored:
        return tr("errored");
    case State::Joined:
        return tr("joined");
    case State::Joining:
        return tr("joining");
    case State::Leaving:
        return tr("leaving");
    }
    return QString();
}

ConnectionState ChannelListModel::badgeState(State state)
{
    switch (state) {
    case State::Joined:
        return ConnectionState::Connected;
    case State::Joining:
        return ConnectionState::Connecting;
    case State::Leaving:
        return ConnectionState::Disconnecting;
    case State::Errored:
        return ConnectionState::Error;
    case State::Closed:
        break;
    }
    return ConnectionState::Disconnected;
}

QString ChannelListModel::shortText(const Error &error)
{
    const QJsonObject context = error.context();
    if (error.code() == Error::Code::JoinRefused) {
        QString reason = context.value(QLatin1String("reason")).toString();
        if (reason.isEmpty()) {
            const QJsonValue response = context.value(QLatin1String("response"));
            reason = response.isObject() ? QString::fromUtf8(
                         QJsonDocument(response.toObject()).toJson(QJsonDocument::Compact))
                                         : response.toVariant().toString();
        }
        return tr("refused: %1").arg(reason);
    }
    if (context.contains(QLatin1String("timeoutMs")))
        return tr("join timed out (%1 ms)").arg(context.value(QLatin1String("timeoutMs")).toInt());
    if (context.value(QLatin1String("event")).toString() == phoenix::events::error())
        return tr("crashed (phx_error)");
    return error.message();
}

void ChannelListModel::onStateChanged(Channel *channel, State state)
{
    const int row = rowOf(channel);
    if (row < 0)
        return;
    Entry &entry = m_entries[row];
    entry.state = state;
    if (state == State::Leaving) {
        entry.leaving = true;
    } else if (state == State::Closed) {
        entry.problem = !entry.leaving;
        entry.detail = entry.leaving ? tr("left") : tr("closed by the server (phx_close)");
        entry.detailTip.clear();
    }
    changed(row);
}

void ChannelListModel::onError(Channel *channel, const Error &error)
{
    const int row = rowOf(channel);
    if (row < 0)
        return;
    Entry &entry = m_entries[row];
    entry.detail = shortText(error);
    entry.detailTip = error.toString();
    entry.problem = true;
    changed(row);
}

void ChannelListModel::onJoined(Channel *channel)
{
    const int row = rowOf(channel);
    if (row < 0)
        return;
    Entry &entry = m_entries[row];
    ++entry.joins;
    entry.problem = false;
    entry.detailTip.clear();
    if (entry.joins == 1)
        entry.detail.clear();
    else if (entry.joins == 2)
        entry.detail = tr("rejoined");
    else
        entry.detail = tr("rejoined %1 times").arg(entry.joins - 1);
    changed(row);
}

void ChannelListModel::changed(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace maxmon
