#pragma once

#include <maxmon/phoenix/presence.h>

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QPointer>

namespace maxmon {

// The presences of one channel, live: one row per key with how many metas
// (connections, tabs, devices) it has, refreshed whenever the Presence syncs.
class PresenceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns { KeyColumn, MetasColumn, ColumnCount };
    Q_ENUM(Columns)

    explicit PresenceListModel(QObject *parent = nullptr);

    void setPresence(phoenix::Presence *presence);
    phoenix::Presence *presence() const { return m_presence; }
    QString key(int row) const;
    int metaCount(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void refresh();

    QPointer<phoenix::Presence> m_presence;
    QStringList m_keys;
    QJsonObject m_state;
};

} // namespace maxmon
