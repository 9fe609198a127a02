#pragma once

#include <maxmon/connectionstate.h>

#include <QColor>
#include <QLabel>
#include <QTimer>

namespace maxmon {

// The connection state at a glance: a coloured pill with the state's name
// and how long the connection has been in it, updated every second.
//
// Its colours are fixed (white or black text on a saturated background), not
// taken from the palette, so that "green = connected" reads the same in a
// light and a dark theme.
class StateBadge : public QLabel
{
    Q_OBJECT

public:
    explicit StateBadge(QWidget *parent = nullptr);

    ConnectionState state() const { return m_state; }
    // sinceMonotonicNs: when the state was entered, on Message's monotonic clock
    void setState(ConnectionState state, qint64 sinceMonotonicNs);
    // Shown between the state and the time: "Reconnecting · attempt 3 · 2 s".
    void setDetail(const QString &detail);
    QString detail() const { return m_detail; }
    // A further line for the tooltip (why the state holds), or empty.
    void setExtraToolTip(const QString &text);

    static QColor backgroundColor(ConnectionState state);
    static QColor textColor(ConnectionState state);
    // "45 s", "12 min 5 s", "3 h 20 min"
    static QString durationText(qint64 ms);

private:
    void refresh();

    ConnectionState m_state = ConnectionState::Disconnected;
    qint64 m_sinceNs = 0;
    QString m_detail;
    QString m_extraToolTip;
    QTimer m_timer;
};

} // namespace maxmon
