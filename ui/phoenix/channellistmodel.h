#pragma once

#include <maxmon/connectionstate.h>
#include <maxmon/phoenix/channel.h>

#include <QAbstractTableModel>
#include <QPointer>

namespace maxmon {

// The channels of a Phoenix socket as the Channels panel lists them: topic,
// state (coloured like the connection's state badge) and what last happened
// to it ("refused: unauthorized", "crashed (phx_error)", "join timed out").
//
// A channel that closes (left, or closed by the server) stays listed as
// closed, so that the user sees it went, until removeEntry(); joining its
// topic again replaces the row.
class ChannelListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns { TopicColumn, StateColumn, DetailColumn, ColumnCount };
    Q_ENUM(Columns)

    enum Roles {
        StateRole = Qt::UserRole + 1, // int, phoenix::Channel::State
        ProblemRole, // bool: the detail is a problem (refusal, crash, timeout)
    };

    explicit ChannelListModel(QObject *parent = nullptr);

    // Lists the channel, in place of the row of the same topic (the socket
    // leaves an open channel of the topic when a new one joins it).
    void addChannel(phoenix::Channel *channel);
    void removeEntry(int row);
    void clear();
    // nullptr for a row whose channel is gone
    phoenix::Channel *channel(int row) const;
    int rowOf(const phoenix::Channel *channel) const;
    int rowOfTopic(const QString &topic) const;
    QString topic(int row) const;
    QString detail(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "joined", "errored", ...: translated, for people
    static QString stateText(phoenix::Channel::State state);
    // The connection state whose badge colours a channel state borrows.
    static ConnectionState badgeState(phoenix::Channel::State state);
    // A channel error in a few words for the list.
    static QString shortText(const Error &error);

private:
    struct Entry
    {
        QPointer<phoenix::Channel> channel;
        QString topic;
        phoenix::Channel::State state = phoenix::Channel::State::Closed;
        QString detail;
        QString detailTip;
        bool problem = false;
        bool leaving = false; // the user left: closed is no news
        int joins = 0;
    };

    void onStateChanged(phoenix::Channel *channel, phoenix::Channel::State state);
    void onError(phoenix::Channel *channel, const Error &error);
    void onJoined(phoenix::Channel *channel);
    void changed(int row);

    QList<Entry> m_entries;
};

} // namespace maxmon
