#include "phoenix/presencelistmodel.h"

#include <maxmon/phoenix/presence.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace maxmon {

namespace {

QJsonArray metasOf(const QJsonObject &presence)
{
    return presence.value(QLatin1String("metas")).toArray();
}

} // namespace

PresenceListModel::PresenceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PresenceListModel::setPresence(phoenix::Presence *presence)
{
    if (m_presence)
        m_presence->disconnect(this);
    m_presence = presence;
    if (m_presence) {
        connect(m_presence, &phoenix::Presence::synced, this, &PresenceListModel::refresh);
        connect(m_presence, &QObject::destroyed, this, &PresenceListModel::refresh);
    }
    refresh();
}

void PresenceListModel::refresh()
{
    // A few dozen keys at most: starting over is simpler than diffing and
    // as fast as it needs to be.
    beginResetModel();
    m_state = m_presence ? m_presence->state() : QJsonObject();
    m_keys = m_state.keys();
    endResetModel();
}

QString PresenceListModel::key(int row) const
{
    return m_keys.value(row);
}

int PresenceListModel::metaCount(int row) const
{
    return static_cast<int>(metasOf(m_state.value(key(row)).toObject()).size());
}

int PresenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size());
}

int PresenceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PresenceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == KeyColumn)
            return key(index.row());
        return metaCount(index.row());
    case Qt::ToolTipRole: {
        // the metas themselves, for whoever wants to know what they hold
        const QJsonArray metas = metasOf(m_state.value(key(index.row())).toObject());
        return QString::fromUtf8(QJsonDocument(metas).toJson(QJsonDocument::Indented));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == MetasColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant PresenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return section == KeyColumn ? tr("Present") : tr("Metas");
    if (role == Qt::ToolTipRole && section == MetasColumn)
        return tr("How many connections (metas) each key has");
    return QVariant();
}

} // namespace maxmon
