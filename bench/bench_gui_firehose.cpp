// The GUI under a firehose: the demo server's /events at 20,000 messages/s
// for 10 s into a maxmon MainWindow (offscreen), one ConnectionTab with its
// log view, detail view, diagnostics and live charts, exactly as a user
// would have it. Measured while the messages arrive:
//
//   stall    a 1 ms PreciseTimer watchdog on the GUI thread; the longest gap
//            between two of its ticks is the longest time the event loop
//            could not react to anything (input, paint, the socket). The
//            window is shown and laid out 1.5 s before the stream starts.
//   redraws  ChartPanel::redraw() calls and the paint events of the two
//            chart views, counted per wall-clock second; the busiest second
//   count    every event's seq checked in order (no gap, no duplicate) and
//            the log's total against what the server sent
//
// The baseline is a bare QWebSocket in the same kind of process (a
// QApplication with an empty window) with the same watchdog. Each runs in a
// child process of its own.
//
//   bench_gui_firehose [--rate 20000] [--duration 10]
#include "benchoptions.h"
#include "benchutil.h"
#include "charts/chartpanel.h"
#include "figurereport.h"
#include "window/connectiontab.h"
#include "window/mainwindow.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/websocketclient.h>

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>

#include <cstdio>
#include <map>

using namespace maxmon;
using namespace maxmon::bench;

namespace {

// The event loop's longest gap, between the first message and the last.
class Watchdog : public QObject
{
public:
    Watchdog()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_armed) {
                m_longestNs = std::max(m_longestNs, now - m_lastNs);
                if (now - m_lastNs > 50 * 1000 * 1000)
                    ++m_over50;
            }
            m_lastNs = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void arm() // from the first message on
    {
        m_armed = true;
        m_lastNs = m_clock.nsecsElapsed();
    }
    void disarm() { m_armed = false; }
    double longestMs() const { return static_cast<double>(m_longestNs) / 1e6; }
    int gapsOver50Ms() const { return m_over50; }

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    int m_over50 = 0;
    bool m_armed = false;
};

// Per wall-clock second of the run: how often something happened.
class PerSecond
{
public:
    void start() { m_clock.start(); }
    void hit() { ++m_buckets[m_clock.elapsed() / 1000]; }
    int busiest() const
    {
        int most = 0;
        for (const auto &[second, count] : m_buckets)
            most = std::max(most, count);
        return most;
    }
    int total() const
    {
        int sum = 0;
        for (const auto &[second, count] : m_buckets)
            sum += count;
        return sum;
    }

private:
    QElapsedTimer m_clock;
    std::map<qint64, int> m_buckets;
};

class PaintCounter : public QObject
{
public:
    explicit PaintCounter(PerSecond *counter)
        : m_counter(counter)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_counter->hit();
        return QObject::eventFilter(watched, event);
    }

private:
    PerSecond *m_counter;
};

// seq from {"seq":N,...}: checks the order without a JSON parse
qint64 seqOf(QByteArrayView payload)
{
    return integerAfter(payload, "\"seq\":");
}

struct Order
{
    qint64 next = 0;
    qint64 received = 0;
    qint64 outOfOrder = 0;

    void check(QByteArrayView payload)
    {
        ++received;
        if (seqOf(payload) != next)
            ++outOfOrder;
        next = seqOf(payload) + 1;
    }
};

QJsonObject childMaxmon(const QUrl &url, qint64 count, int settleMs)
{
    QTemporaryDir profiles;
    MainWindow window;
    window.setSettingsEnabled(false);
    window.useProfileDirectory(profiles.path());
    window.resize(1280, 800);
    window.show();
    Watchdog watchdog;
    PerSecond redraws;
    PerSecond paints;
    PaintCounter paintCounter(&paints);
    Order order;

    ConnectionTab *tab = window.openTab(url.toString(), false);
    ChartPanel *charts = tab->chartPanel();
    charts->latencyView()->viewport()->installEventFilter(&paintCounter);
    charts->throughputView()->viewport()->installEventFilter(&paintCounter);
    int lastRedraws = charts->redrawCount();
    QTimer redrawPoll; // redraw() is a slot of its own timer: count its calls
    redrawPoll.setInterval(5);
    QObject::connect(&redrawPoll, &QTimer::timeout, &redrawPoll, [&] {
        for (; lastRedraws < charts->redrawCount(); ++lastRedraws)
            redraws.hit();
    });
    QElapsedTimer firehose;
    QObject::connect(tab->client(), &WebSocketClient::messageReceived, &window,
                     [&](const Message &message) {
                         if (!message.isTextFrame())
                             return;
                         if (order.received == 0) {
                             watchdog.arm();
                             redraws.start();
                             paints.start();
                             redrawPoll.start();
                             firehose.start();
                         }
                         order.check(message.payload());
                         if (order.received == count)
                             watchdog.disarm();
                     });
    // The window's first layout and paint (fonts, glyph caches, the charts'
    // first rendering) are start-up, not the firehose: done before it starts.
    runFor(settleMs);
    if (!tab->openConnection())
        return {};
    const qint64 limitMs = count * 10 + 60000;
    if (!waitUntil([&] { return tab->state() == ConnectionState::Disconnected; },
                   static_cast<int>(limitMs)))
        return {};
    const double seconds = static_cast<double>(firehose.nsecsElapsed()) / 1e9;
    runFor(200); // the log's last batch
    tab->logModel()->flush();
    return { { QStringLiteral("stall_ms"), watchdog.longestMs() },
             { QStringLiteral("gaps_over_50ms"), watchdog.gapsOver50Ms() },
             { QStringLiteral("received"), order.received },
             { QStringLiteral("out_of_order"), order.outOfOrder },
             { QStringLiteral("log_total"), tab->logModel()->totalCount() },
             { QStringLiteral("messages_in"), tab->client()->diagnostics().messagesIn },
             { QStringLiteral("redraws_busiest_second"), redraws.busiest() },
             { QStringLiteral("redraws"), redraws.total() },
             { QStringLiteral("paints_busiest_second"), paints.busiest() },
             { QStringLiteral("seconds"), seconds } };
}

QJsonObject childBare(const QUrl &url, qint64 count, int settleMs)
{
    QMainWindow window;
    window.resize(1280, 800);
    window.show();
    Watchdog watchdog;
    Order order;
    QElapsedTimer firehose;
    QWebSocket socket;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [&](const QString &text) {
        if (order.received == 0) {
            watchdog.arm();
            firehose.start();
        }
        order.check(text.toUtf8());
        if (order.received == count)
            watchdog.disarm();
    });
    runFor(settleMs); // as the maxmon run waits for its window
    socket.open(url);
    if (!waitUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; },
                   static_cast<int>(count * 10 + 60000)))
        return {};
    return { { QStringLiteral("stall_ms"), watchdog.longestMs() },
             { QStringLiteral("gaps_over_50ms"), watchdog.gapsOver50Ms() },
             { QStringLiteral("received"), order.received },
             { QStringLiteral("out_of_order"), order.outOfOrder },
             { QStringLiteral("seconds"), static_cast<double>(firehose.nsecsElapsed()) / 1e9 } };
}

} // namespace

int main(int argc, char *argv[])
{
    // never touch the user's settings or profiles
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.path().toUtf8() + "/config");
    qputenv("XDG_DATA_HOME", home.path().toUtf8() + "/data");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("maxmon-bench"));
    QApplication::setApplicationName(QStringLiteral("bench_gui_firehose"));

    BenchOptions options(QStringLiteral("The GUI under a 20,000 msg/s firehose."));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QStringLiteral("Messages per second (default 20000)."),
                                        QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption childOption(QStringLiteral("child"),
                                         QStringLiteral("(internal) maxmon or bare."),
                                         QStringLiteral("client"));
    const QCommandLineOption urlOption(QStringLiteral("url"),
                                       QStringLiteral("(internal) the /events URL."),
                                       QStringLiteral("url"));
    const QCommandLineOption countOption(QStringLiteral("count"),
                                         QStringLiteral("(internal) events."), QStringLiteral("n"));
    options.parser().addOptions({ rateOption, childOption, urlOption, countOption });
    options.process(app);

    if (options.parser().isSet(childOption)) {
        const QUrl url(options.parser().value(urlOption));
        const qint64 count = options.parser().value(countOption).toLongLong();
        const QJsonObject result = options.parser().value(childOption) == QLatin1String("maxmon")
            ? childMaxmon(url, count, options.smoke() ? 300 : 1500)
            : childBare(url, count, options.smoke() ? 300 : 1500);
        if (result.isEmpty())
            return 1;
        printJson(result);
        return 0;
    }

    const int rate = std::max(1, options.parser().value(rateOption).toInt());
    const double seconds = options.seconds(10.0, 1.0);
    const auto count = static_cast<qint64>(rate * seconds);
    ServerProcess server;
    if (!server.start(ServerProcess::Kind::Demo, options.cli())) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    const QString events = QStringLiteral("/events?rate=%1&count=%2").arg(rate).arg(count);
    const auto run = [&](const QString &client) {
        QStringList arguments { QStringLiteral("--child"), client,
                                QStringLiteral("--url"),   server.url(events).toString(),
                                QStringLiteral("--count"), QString::number(count) };
        if (options.smoke())
            arguments.append(QStringLiteral("--smoke"));
        const QList<QJsonObject> objects = runChild(arguments);
        if (objects.isEmpty()) {
            std::fprintf(stderr, "the %s run failed\n", qPrintable(client));
            std::exit(1);
        }
        return objects.constLast();
    };
    const QJsonObject m = run(QStringLiteral("maxmon"));
    const QJsonObject b = run(QStringLiteral("bare"));
    const auto number = [](const QJsonObject &object, const char *key) {
        return object.value(QLatin1String(key)).toDouble();
    };

    FigureReport report;
    const QString name = QStringLiteral("GUI firehose %1 msg/s for %2 s").arg(rate).arg(seconds);
    Figure stall;
    stall.id = QStringLiteral("gui.stall");
    stall.figure = name + QStringLiteral(", longest event-loop stall");
    stall.server = server.name();
    stall.unit = QStringLiteral("ms");
    stall.maxmon = number(m, "stall_ms");
    stall.baseline = number(b, "stall_ms");
    stall.baselineName = QStringLiteral("bare QWebSocket, empty window");
    stall.target = QStringLiteral("< 100 ms");
    stall.note = QStringLiteral("gaps over 50 ms: %1 / %2; arrival took %3 s / %4 s")
                     .arg(number(m, "gaps_over_50ms"))
                     .arg(number(b, "gaps_over_50ms"))
                     .arg(number(m, "seconds"), 0, 'f', 2)
                     .arg(number(b, "seconds"), 0, 'f', 2);
    report.add(stall, stall.maxmon < 100);

    Figure redraws;
    redraws.id = QStringLiteral("gui.redraws");
    redraws.figure = name + QStringLiteral(", chart redraws in the busiest second");
    redraws.server = server.name();
    redraws.unit = QStringLiteral("redraws/s");
    redraws.maxmon = number(m, "redraws_busiest_second");
    redraws.target = QStringLiteral("<= 30 /s");
    redraws.note = QStringLiteral("%1 redraws in all; chart view paints in the busiest second: %2 "
                                  "(two views)")
                       .arg(number(m, "redraws"))
                       .arg(number(m, "paints_busiest_second"));
    report.add(redraws, redraws.maxmon <= 30 && number(m, "paints_busiest_second") <= 2 * 30);

    Figure exact;
    exact.id = QStringLiteral("gui.count");
    exact.figure = name + QStringLiteral(", messages received in order");
    exact.server = server.name();
    exact.unit = QStringLiteral("messages");
    exact.maxmon = number(m, "received");
    exact.baseline = number(b, "received");
    exact.target = QStringLiteral("exactly %1").arg(count);
    exact.note = QStringLiteral("out of order %1; log total %2 (+1: the close frame); "
                                "messages in %3")
                     .arg(number(m, "out_of_order"))
                     .arg(number(m, "log_total"))
                     .arg(number(m, "messages_in"));
    report.add(exact,
               number(m, "received") == static_cast<double>(count) && number(m, "out_of_order") == 0
                   && number(m, "log_total") == static_cast<double>(count + 1));
    return report.exitCode();
}
