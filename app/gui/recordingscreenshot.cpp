#include "recordingscreenshot.h"

#include "charts/recordedcharts.h"
#include "log/messagelogfilter.h"
#include "log/messagelogpanel.h"
#include "recording/recordingtab.h"
#include "window/mainwindow.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/sessionstore.h>

#include <QCheckBox>
#include <QLineEdit>
#include <QPixmap>
#include <QTableView>
#include <QTimer>

#include <cmath>

namespace maxmon {

namespace {

constexpr qint64 startUs = 1717171200LL * 1000000; // 2024-05-31T16:00:00Z
constexpr qint64 minuteUs = 60LL * 1000000;

QByteArray quote(int sequence, double bid)
{
    return QStringLiteral("{\"type\":\"price\",\"symbol\":\"BTC-EUR\",\"seq\":%1,\"bid\":%2,"
                          "\"ask\":%3,\"book\":{\"depth\":25}}")
        .arg(sequence)
        .arg(bid, 0, 'f', 1)
        .arg(bid + 1.5, 0, 'f', 1)
        .toUtf8();
}

} // namespace

RecordingScreenshot::RecordingScreenshot(MainWindow *window, const QString &path, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_path(path)
{ }

bool RecordingScreenshot::writeExample(const QString &path)
{
    SessionStore store;
    store.setRawCopy(true);
    if (!store.create(path))
        return false;
    const auto in = Message::Direction::Incoming;
    const auto out = Message::Direction::Outgoing;
    store.setMeta(QStringLiteral("url"), QStringLiteral("wss://prices.max.example/socket"));
    store.appendEvent(SessionEvent::stateChange(ConnectionState::Connecting,
                                                QStringLiteral("wss://prices.max.example/socket"))
                          .withTimestamp(startUs));
    store.appendEvent(
        SessionEvent::stateChange(ConnectionState::Connected).withTimestamp(startUs + 41000));
    store.append(
        Message::fromText(
            out, QByteArray(R"({"type":"subscribe","channel":"prices","symbols":["BTC-EUR"]})"))
            .withId(QStringLiteral("1"))
            .withTimestamps(startUs + 42000, 0));
    int sequence = 0;
    double bid = 61234.5;
    for (qint64 t = startUs + 100000; t < startUs + 40 * minuteUs; t += 200000) {
        const qint64 minute = (t - startUs) / minuteUs;
        if (minute >= 21 && minute < 23) { // the server restarts: nothing, then a reconnect
            if (t - startUs == 21 * minuteUs + 100000) {
                store.append(Message::closeFrame(in, 1012, QStringLiteral("service restart"))
                                 .withTimestamps(t, 0));
                store.appendEvent(SessionEvent::stateChange(ConnectionState::Reconnecting)
                                      .withTimestamp(t + 1000));
            }
            continue;
        }
        if (t - startUs == 23 * minuteUs + 100000) {
            store.appendEvent(
                SessionEvent::stateChange(ConnectionState::Connected).withTimestamp(t - 50000));
            store.appendEvent(SessionEvent::gap(312, QStringLiteral("the disk did not keep up"))
                                  .withTimestamp(t - 40000));
        }
        bid += std::sin(static_cast<double>(sequence) / 40.0) * 3.0;
        // busier in the middle of the half hour
        const int burst = minute >= 10 && minute < 14 ? 4 : 1;
        for (int i = 0; i < burst; ++i)
            store.append(
                Message::fromText(in, quote(++sequence, bid)).withTimestamps(t + i * 1000, 0));
    }
    // heartbeat every 5 s: steady, a spike around minute 15, lost probes at the restart
    for (qint64 t = startUs + 5 * 1000000; t < startUs + 40 * minuteUs; t += 5 * 1000000) {
        const double minute = static_cast<double>(t - startUs) / minuteUs;
        if (minute >= 21 && minute < 21.3) {
            store.appendSample(t, -1);
            continue;
        }
        if (minute >= 21.3 && minute < 23)
            continue;
        const double spike = std::max(0.0, 30.0 - std::abs(minute - 15.0) * 20.0);
        const double rtt = 0.8 + 0.3 * std::sin(minute * 3.0) + spike;
        store.appendSample(t, rtt, 1.4 + spike * 0.8);
    }
    store.appendEvent(SessionEvent::stateChange(ConnectionState::Disconnected)
                          .withTimestamp(startUs + 40 * minuteUs));
    return bool(store.close());
}

void RecordingScreenshot::start()
{
    const QString example = m_folder.filePath(QStringLiteral("prices-2024-05-31.maxmon"));
    if (!m_folder.isValid() || !writeExample(example)) {
        Q_EMIT finished(1, tr("screenshot: cannot write the example session"));
        return;
    }
    m_tab = m_window->openFile(example);
    // a session file opens at once; a recording or bundle later
    if (m_tab->isReady())
        onOpened(true, QString());
    else
        connect(m_tab, &RecordingTab::opened, this, &RecordingScreenshot::onOpened);
}

void RecordingScreenshot::onOpened(bool ok, const QString &message)
{
    if (!ok) {
        Q_EMIT finished(1, tr("screenshot: %1").arg(message));
        return;
    }
    // the prices of a burst, a JSON message selected, the charts on the spike
    MessageLogPanel *panel = m_tab->logPanel();
    panel->regexCheck()->setChecked(true);
    panel->filterEdit()->setText(QStringLiteral("\"seq\":2(59|60)\\d,"));
    connect(panel->filter(), &MessageLogFilter::searchingChanged, this, [this](bool searching) {
        if (!searching)
            QTimer::singleShot(0, this, &RecordingScreenshot::save);
    });
    m_tab->charts()->setView(m_tab->charts()->firstMs() + 9 * 60 * 1000,
                             m_tab->charts()->firstMs() + 25 * 60 * 1000);
}

void RecordingScreenshot::save()
{
    if (!m_tab)
        return;
    m_tab->logPanel()->selectRow(3);
    QTimer::singleShot(300, this, [this] {
        const QPixmap picture = m_window->grab();
        if (!picture.save(m_path, "PNG"))
            Q_EMIT finished(1, tr("screenshot: cannot write %1").arg(m_path));
        else
            Q_EMIT finished(0,
                            tr("screenshot saved to %1 (%2x%3)")
                                .arg(m_path)
                                .arg(picture.width())
                                .arg(picture.height()));
    });
}

} // namespace maxmon
