// Sessions on disk: recording a firehose, and a session of ten million
// messages opened, scrolled, searched and filtered in the window's log.
//
//   record   a stream of --rate 200-byte messages a second for --duration s
//            (the Node peer's /events, or the demo server's at its limit),
//            received by a WebSocketClient whose log is a window over a
//            SessionStore, as a recording tab runs it; in a fresh process,
//            RSS sampled every 500 ms. Baseline: a bare QWebSocket receiving
//            the same stream. Figures: messages stored against received, the
//            highest RSS and its growth after the first 10 s.
//   open     a session file of --messages messages (made once, kept next to
//            the benchmark: --file) opened in a MessageLogPanel (offscreen):
//            the first screen painted, then a jump to the middle and to the
//            end painted; baseline: SQLite reading the same page itself.
//   search   the log's filter with a word (the full-text index) until the
//            first results are rows; baseline: the FTS5 query alone.
//   regex    a regular expression over the first 1,000,000 messages
//            (SessionSearch, with progress) until done; baseline: the same
//            expression over the same payloads already in memory.
//
//   bench_session [--rate 100000] [--duration 60] [--messages 10000000] [--file PATH]
//                 [--parts record,open,regex]
#include "benchoptions.h"
#include "benchutil.h"
#include "figurereport.h"
#include "log/messagelogfilter.h"
#include "log/messagelogpanel.h"

#include <maxmon/connectionrecorder.h>
#include <maxmon/messagelogmodel.h>
#include <maxmon/sessionfile.h>
#include <maxmon/sessionreader.h>
#include <maxmon/sessionsearch.h>
#include <maxmon/sessionstore.h>
#include <maxmon/websocketclient.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QWebSocket>

#include <cstdio>
#include <sqlite3.h>
#include <sys/resource.h>
#include <tuple>

using namespace maxmon;
using namespace maxmon::bench;

namespace {

const QString regexPattern = QStringLiteral("\"user\":\"user9\\d7\".*\"value\":[0-9]{3}\\.5");

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// CPU time of the whole process so far, ms: on a busy machine the wall
// clock says more about the other processes than about this one.
double processCpuMs()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) {
        return t.tv_sec * 1e3 + t.tv_usec / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// Message n of the big session: about 200 bytes of JSON, with words to
// search for ("tag<n % 10007>" is rare, one in ten thousand).
QByteArray payload(qint64 n)
{
    static const char *const words[] = { "alpha",  "beta",  "gamma", "delta", "lobby",
                                         "ticker", "order", "quote", "trade", "cancel" };
    QByteArray text = QByteArrayLiteral("{\"seq\":") + QByteArray::number(n)
        + ",\"room\":\"room:" + QByteArray::number(n % 50) + "\",\"user\":\"user"
        + QByteArray::number(n % 1000) + "\",\"text\":\"" + words[n % 10] + ' '
        + words[(n / 10) % 10] + " tag" + QByteArray::number(n % 10007)
        + "\",\"value\":" + QByteArray::number((n * 37) % 1000) + ".5,\"pad\":\"";
    return text + QByteArray(std::max<qsizetype>(0, 198 - text.size()), 'x') + "\"}";
}

// The child that makes the big session once: written through the store,
// then indexed.
int childGenerate(const QString &path, qint64 messages)
{
    SessionStore store;
    store.setRawCopy(true);
    store.setMaxQueuedBytes(qint64(512) * 1024 * 1024);
    store.setMaxFileBytes(0);
    if (!store.create(path + QStringLiteral(".part")))
        return 1;
    const qint64 startUs = Message::nowUs() - messages * 100;
    for (qint64 n = 1; n <= messages; ++n) {
        const auto direction =
            n % 7 == 0 ? Message::Direction::Outgoing : Message::Direction::Incoming;
        if (store.append(
                Message::fromText(direction, payload(n)).withTimestamps(startUs + n * 100, 0))
            == 0)
            return 1;
        if (n % 200000 == 0 && !store.flush(600000))
            return 1;
        if (n % 1000000 == 0)
            std::fprintf(stderr, "  generated %lld\n", static_cast<long long>(n));
    }
    if (!store.close())
        return 1;
    std::fprintf(stderr, "  indexing\n");
    if (!SessionFile::buildIndex(path + QStringLiteral(".part")))
        return 1;
    return QFile::rename(path + QStringLiteral(".part"), path) ? 0 : 1;
}

// The child that receives a stream: maxmon recording it, or bare.
int childRecord(const QUrl &url, bool maxmon, int seconds)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("firehose.maxmon"));
    qint64 received = 0; // data messages
    qint64 all = 0; // the close frame too: every message the store is given
    WebSocketClient client;
    MessageLogModel log;
    SessionStore store;
    QWebSocket socket;
    std::unique_ptr<ConnectionRecorder> recorder;
    if (maxmon) {
        store.setMaxFileBytes(0);
        if (!store.create(file))
            return 1;
        log.setStore(&store);
        recorder = std::make_unique<ConnectionRecorder>(&client, &store);
        recorder->setLog(&log);
        recorder->setMessagesRecorded(false);
        QObject::connect(&client, &WebSocketClient::messageReceived, &log,
                         &MessageLogModel::append);
        QObject::connect(&client, &WebSocketClient::messageReceived, &client,
                         [&](const Message &message) {
                             received += message.isControl() ? 0 : 1;
                             ++all;
                         });
        ConnectionConfig config;
        config.url = url;
        config.reconnect.enabled = false;
        if (!client.setConfig(config) || !client.open())
            return 1;
    } else {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [&received] { ++received; });
        socket.open(url);
    }
    qint64 rssMax = 0;
    qint64 rssAt10 = 0;
    QElapsedTimer clock;
    clock.start();
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &sampler, [&] {
        rssMax = std::max(rssMax, rssKiB());
        if (rssAt10 == 0 && clock.elapsed() >= 10000)
            rssAt10 = rssKiB();
    });
    sampler.start(500);
    // the server closes after its count
    waitUntil(
        [&] {
            return maxmon ? client.state() == ConnectionState::Disconnected
                    || client.state() == ConnectionState::Error
                          : socket.state() == QAbstractSocket::UnconnectedState;
        },
        (seconds + 120) * 1000);
    const double elapsed = static_cast<double>(clock.elapsed()) / 1000.0;
    log.flush();
    const qint64 rssEnd = rssKiB();
    qint64 stored = 0;
    if (maxmon) {
        store.close();
        stored = store.storedCount();
    }
    printJson({ { QStringLiteral("received"), received },
                { QStringLiteral("received_all"), all },
                { QStringLiteral("stored"), stored },
                { QStringLiteral("not_stored"), store.notStoredCount() },
                { QStringLiteral("seconds"), elapsed },
                { QStringLiteral("rss_max_kib"), std::max(rssMax, rssEnd) },
                { QStringLiteral("rss_at_10s_kib"), rssAt10 },
                { QStringLiteral("rss_end_kib"), rssEnd } });
    return 0;
}

// What SQLite itself takes to read 40 rows from first on: the floor of a jump.
double bareReadMs(const QString &path, qint64 first)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    QElapsedTimer timer;
    timer.start();
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT id, time_us, direction, kind, msg_id, payload, meta FROM messages "
                       "WHERE id >= ? AND id <= ?",
                       -1, &statement, nullptr);
    sqlite3_bind_int64(statement, 1, first + 1);
    sqlite3_bind_int64(statement, 2, first + 40);
    while (sqlite3_step(statement) == SQLITE_ROW) { }
    sqlite3_finalize(statement);
    const double ms = msSince(timer);
    sqlite3_close(db);
    return ms;
}

// The FTS5 query alone, to its first 50 rows.
double bareFtsMs(const QString &path, const QByteArray &query)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    QElapsedTimer timer;
    timer.start();
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "SELECT rowid FROM search WHERE search MATCH ? ORDER BY rowid LIMIT 50",
                       -1, &statement, nullptr);
    sqlite3_bind_text(statement, 1, query.constData(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(statement) == SQLITE_ROW) { }
    sqlite3_finalize(statement);
    const double ms = msSince(timer);
    sqlite3_close(db);
    return ms;
}

Figure msFigure(const char *id, const QString &name, double maxmon, double baseline,
                const QString &baselineName, const QString &target)
{
    Figure figure;
    figure.id = QStringLiteral("session.%1").arg(QLatin1String(id));
    figure.figure = name;
    figure.server = QStringLiteral("-");
    figure.unit = QStringLiteral("ms");
    figure.maxmon = maxmon;
    figure.baseline = baseline;
    figure.baselineName = baselineName;
    figure.target = target;
    return figure;
}

void measureWindow(FigureReport &report, const QString &path)
{
    MessageLogModel model;
    MessageLogPanel panel(&model);
    panel.resize(1200, 700);
    panel.show();
    QCoreApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    if (!model.openSession(path)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        std::exit(1);
    }
    panel.grab(); // laid out and painted: the first screen
    const double openMs = msSince(timer);
    const qint64 rows = model.rowCount();
    const QString session = QStringLiteral("%1-message session").arg(QLocale::c().toString(rows));
    Figure open = msFigure("open", session + QStringLiteral(": open, first screen painted"), openMs,
                           bareReadMs(path, 0), QStringLiteral("SQLite reading the page"),
                           QStringLiteral("< 1000 ms"));
    open.note = QStringLiteral("file %1 MiB, in the page cache").arg(QFileInfo(path).size() >> 20);
    report.add(open, openMs < 1000);
    QScrollBar *bar = panel.view()->verticalScrollBar();
    for (const auto &[id, name, value] :
         { std::tuple { "jump.middle", "jump to the middle (scroll bar), painted",
                        bar->maximum() / 2 },
           std::tuple { "jump.end", "jump to the end, painted", bar->maximum() } }) {
        timer.restart();
        bar->setValue(value);
        panel.grab();
        const double ms = msSince(timer);
        report.add(msFigure(id, session + QStringLiteral(": ") + QLatin1String(name), ms,
                            bareReadMs(path, value), QStringLiteral("SQLite reading the page"),
                            QStringLiteral("< 50 ms")),
                   ms < 50);
    }

    // a rare word: the index finds its messages without reading the others
    const QString word = QStringLiteral("tag5003");
    timer.restart();
    panel.filter()->setText(word);
    waitUntil([&] { return panel.filter()->rowCount() > 0; }, 60000);
    panel.grab();
    const double firstMs = msSince(timer);
    waitUntil([&] { return !panel.filter()->isSearching(); }, 600000);
    const double allMs = msSince(timer);
    Figure search =
        msFigure("fts.first", session + QStringLiteral(": text search, first results shown"),
                 firstMs, bareFtsMs(path, "\"tag5003\"*"), QStringLiteral("the FTS5 query alone"),
                 QStringLiteral("< 200 ms"));
    search.note = QStringLiteral("\"%1\": %2 matches, all found after %3 ms")
                      .arg(word)
                      .arg(panel.filter()->rowCount())
                      .arg(allMs, 0, 'f', 0);
    report.add(search, firstMs < 200);
}

void measureRegex(FigureReport &report, const QString &path, qint64 rows)
{
    SessionFilter filter;
    filter.setText(regexPattern, SessionFilter::TextMode::RegularExpression);
    SessionSearch search;
    qint64 matches = 0;
    int progress = 0;
    QObject::connect(&search, &SessionSearch::progress, [&progress] { ++progress; });
    QObject::connect(&search, &SessionSearch::finished,
                     [&matches](qint64 found) { matches = found; });
    QElapsedTimer timer;
    timer.start();
    double cpuStart = processCpuMs();
    search.start(path, filter, SessionReader::Rows::Messages, rows);
    waitUntil([&] { return !search.isRunning(); }, 600000);
    const double ms = msSince(timer);
    const double cpuMs = processCpuMs() - cpuStart;
    // the same expression over the same texts, already in memory
    const QRegularExpression regex(regexPattern, QRegularExpression::CaseInsensitiveOption);
    qint64 baseMatches = 0;
    timer.restart();
    cpuStart = processCpuMs();
    for (qint64 n = 1; n <= rows; ++n)
        baseMatches += regex.match(QString::fromUtf8(payload(n))).hasMatch() ? 1 : 0;
    const double baseCpuMs = processCpuMs() - cpuStart;
    Figure figure = msFigure("regex",
                             QStringLiteral("regex filter over %1 messages of the session")
                                 .arg(QLocale::c().toString(rows)),
                             ms, msSince(timer),
                             QStringLiteral("the regex over the same texts, made in memory"),
                             QStringLiteral("< 2000 ms, with progress"));
    figure.note = QStringLiteral("%1 matches (baseline %2), %3 progress reports; CPU %4 ms "
                                 "(baseline %5 ms)")
                      .arg(matches)
                      .arg(baseMatches)
                      .arg(progress)
                      .arg(cpuMs, 0, 'f', 0)
                      .arg(baseCpuMs, 0, 'f', 0);
    report.add(figure, ms < 2000 && progress > 0 && matches == baseMatches);
}

void measureRecording(FigureReport &report, const BenchOptions &options, int rate, int seconds)
{
    ServerProcess server;
    const bool node = options.servers().contains(ServerProcess::Kind::Node);
    const auto kind = node ? ServerProcess::Kind::Node : ServerProcess::Kind::Demo;
    if (!server.start(kind, node ? options.nodeScript() : options.cli())) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        std::exit(1);
    }
    // the demo server streams at most 20,000 a second to one connection
    const int streamRate = node ? rate : std::min(rate, 20000);
    const qint64 count = static_cast<qint64>(streamRate) * seconds;
    const QString url =
        server.url(QStringLiteral("/events?rate=%1&count=%2&size=200").arg(streamRate).arg(count))
            .toString();
    const auto run = [&](const char *client) {
        const QList<QJsonObject> out =
            runChild({ QStringLiteral("--child"), QStringLiteral("record"),
                       QStringLiteral("--client"), QLatin1String(client), QStringLiteral("--url"),
                       url, QStringLiteral("--duration"), QString::number(seconds) },
                     (seconds + 300) * 1000);
        return out.isEmpty() ? QJsonObject() : out.constFirst();
    };
    const QJsonObject m = run("maxmon");
    const QJsonObject b = run("bare");
    const auto value = [](const QJsonObject &o, const char *key) {
        return static_cast<qint64>(o.value(QLatin1String(key)).toDouble());
    };
    const QString name =
        QStringLiteral("recording %1 msg/s of 200 B for %2 s").arg(streamRate).arg(seconds);
    Figure stored;
    stored.id = QStringLiteral("session.record.stored");
    stored.figure = name + QStringLiteral(": messages in the file");
    stored.server = server.name();
    stored.unit = QStringLiteral("messages");
    stored.maxmon = static_cast<double>(value(m, "stored"));
    stored.baseline = static_cast<double>(value(b, "received"));
    stored.baselineName = QStringLiteral("bare QWebSocket, received");
    stored.target = QStringLiteral("all received");
    stored.note = QStringLiteral("received %1 (and the close frame), not stored %2, took %3 s "
                                 "(bare %4 s)")
                      .arg(value(m, "received"))
                      .arg(value(m, "not_stored"))
                      .arg(m.value(QStringLiteral("seconds")).toDouble(), 0, 'f', 1)
                      .arg(b.value(QStringLiteral("seconds")).toDouble(), 0, 'f', 1);
    report.add(stored,
               value(m, "stored") == value(m, "received_all") && value(m, "received") == count);
    Figure rss;
    rss.id = QStringLiteral("session.record.rss");
    rss.figure = name + QStringLiteral(": highest RSS");
    rss.server = server.name();
    rss.unit = QStringLiteral("MiB");
    rss.maxmon = static_cast<double>(value(m, "rss_max_kib")) / 1024.0;
    rss.baseline = static_cast<double>(value(b, "rss_max_kib")) / 1024.0;
    rss.target = QStringLiteral("< 150 MiB");
    rss.note = QStringLiteral("after 10 s %1 MiB, end %2 MiB (bare %3 / %4)")
                   .arg(static_cast<double>(value(m, "rss_at_10s_kib")) / 1024.0, 0, 'f', 1)
                   .arg(static_cast<double>(value(m, "rss_end_kib")) / 1024.0, 0, 'f', 1)
                   .arg(static_cast<double>(value(b, "rss_at_10s_kib")) / 1024.0, 0, 'f', 1)
                   .arg(static_cast<double>(value(b, "rss_end_kib")) / 1024.0, 0, 'f', 1);
    report.add(rss, rss.maxmon < 150);
}

} // namespace

int main(int argc, char *argv[])
{
    // the log panel is painted offscreen, as in bench_gui_firehose: without
    // it a machine with no display aborts here
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    BenchOptions options(QStringLiteral("Sessions on disk: recording, and a big session opened."));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QStringLiteral("Messages a second to record (100000)."),
                                        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption messagesOption(
        QStringLiteral("messages"), QStringLiteral("Messages in the big session (10000000)."),
        QStringLiteral("n"), QStringLiteral("10000000"));
    const QCommandLineOption fileOption(QStringLiteral("file"),
                                        QStringLiteral("The big session (made when missing)."),
                                        QStringLiteral("path"));
    const QCommandLineOption childOption(QStringLiteral("child"), QStringLiteral("(internal)"),
                                         QStringLiteral("mode"));
    const QCommandLineOption clientOption(QStringLiteral("client"), QStringLiteral("(internal)"),
                                          QStringLiteral("which"));
    const QCommandLineOption urlOption(QStringLiteral("url"), QStringLiteral("(internal)"),
                                       QStringLiteral("url"));
    const QCommandLineOption partsOption(
        QStringLiteral("parts"),
        QStringLiteral("Which measurements, comma-separated (record,open,regex)."),
        QStringLiteral("list"), QStringLiteral("record,open,regex"));
    options.parser().addOptions({ rateOption, messagesOption, fileOption, childOption, clientOption,
                                  urlOption, partsOption });
    options.process(app);
    const int seconds = static_cast<int>(options.seconds(60.0, 1.0));
    const qint64 messages =
        options.count(options.parser().value(messagesOption).toLongLong(), 20000);
    const QString mode = options.parser().value(childOption);
    if (mode == QLatin1String("record"))
        return childRecord(QUrl(options.parser().value(urlOption)),
                           options.parser().value(clientOption) == QLatin1String("maxmon"),
                           seconds);
    if (mode == QLatin1String("generate"))
        return childGenerate(options.parser().value(fileOption), messages);

    const QStringList parts = options.parser().value(partsOption).split(QLatin1Char(','));
    FigureReport report;
    if (parts.contains(QLatin1String("record")))
        measureRecording(report, options, options.parser().value(rateOption).toInt(), seconds);
    if (!parts.contains(QLatin1String("open")) && !parts.contains(QLatin1String("regex")))
        return report.exitCode();
    QTemporaryDir smokeDir;
    QString file = options.parser().value(fileOption);
    if (file.isEmpty())
        file = options.smoke() ? smokeDir.filePath(QStringLiteral("smoke.maxmon"))
                               : QCoreApplication::applicationDirPath()
                + QStringLiteral("/session-%1.maxmon").arg(messages);
    if (!QFileInfo::exists(file)) {
        std::fprintf(stderr, "making %s (once)\n", qPrintable(file));
        if (runChild({ QStringLiteral("--child"), QStringLiteral("generate"),
                       QStringLiteral("--file"), file, QStringLiteral("--messages"),
                       QString::number(messages) },
                     4 * 3600 * 1000)
                .isEmpty()
            && !QFileInfo::exists(file)) {
            std::fprintf(stderr, "cannot make %s\n", qPrintable(file));
            return 1;
        }
    }
    if (parts.contains(QLatin1String("open")))
        measureWindow(report, file);
    if (parts.contains(QLatin1String("regex")))
        measureRegex(report, file, std::min<qint64>(messages, 1000000));
    return report.exitCode();
}
