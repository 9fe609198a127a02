#include "querycommand.h"

#include "commandline.h"
#include "console.h"
#include "exitcode.h"
#include "sessioninput.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/messagerecord.h>
#include <maxmon/sessionreader.h>
#include <maxmon/sessionsearch.h>

#include <QEventLoop>
#include <QJsonDocument>

#include <functional>

namespace maxmon::cli {

namespace {

QByteArray formatLine(const SessionEntry &entry)
{
    const QString time = MessageRecord::formatTime(entry.timestampUs());
    if (entry.isEvent()) {
        const SessionEvent &event = entry.event();
        return QStringLiteral("%1 %2 evt %3 %4 %5")
            .arg(QStringLiteral("-"), 8)
            .arg(time)
            .arg(SessionEvent::typeName(event.type()), -6)
            .arg(QString(), 8)
            .arg(event.text())
            .toUtf8();
    }
    const Message &message = entry.message();
    return QStringLiteral("%1 %2 %3 %4 %5 %6")
        .arg(entry.sequence(), 8)
        .arg(time)
        .arg(Message::directionName(message.direction()), -3)
        .arg(Message::kindName(message.kind()), -6)
        .arg(message.size(), 8)
        .arg(MessageLogModel::previewText(message, 200))
        .toUtf8();
}

QByteArray formatRecord(const SessionEntry &entry)
{
    if (!entry.isEvent())
        return MessageRecord::encode(entry.message());
    QByteArray line = QJsonDocument(entry.event().toRecord()).toJson(QJsonDocument::Compact);
    return line.replace("\xEF\xBB\xBF", "\\ufeff"); // as MessageRecord::encode()
}

// The filter from the options; a usage problem in *problem.
SessionFilter filterFrom(const QCommandLineParser &parser, QString *problem)
{
    SessionFilter filter;
    const QString direction = parser.value(QStringLiteral("direction"));
    if (direction == QLatin1String("in"))
        filter.setDirection(SessionFilter::Direction::Incoming);
    else if (direction == QLatin1String("out"))
        filter.setDirection(SessionFilter::Direction::Outgoing);
    else if (!direction.isEmpty() && direction != QLatin1String("both"))
        *problem = QueryCommand::tr("--direction: in, out or both, not \"%1\"").arg(direction);
    QSet<Message::Kind> kinds;
    for (const QString &name : parser.values(QStringLiteral("kind"))) {
        for (const QString &part : name.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            Message::Kind kind = Message::Kind::Text;
            if (!Message::kindFromName(part.trimmed(), &kind))
                *problem = QueryCommand::tr("--kind: text, json, binary, ping, pong or close, "
                                            "not \"%1\"")
                               .arg(part);
            kinds.insert(kind);
        }
    }
    filter.setKinds(kinds);
    const QStringList texts { parser.value(QStringLiteral("search")),
                              parser.value(QStringLiteral("regex")),
                              parser.value(QStringLiteral("contains")) };
    if (texts.count(QString()) < 2)
        *problem = QueryCommand::tr("Use one of --search, --regex and --contains.");
    if (!texts.at(0).isEmpty())
        filter.setText(texts.at(0), SessionFilter::TextMode::Words);
    if (!texts.at(1).isEmpty())
        filter.setText(texts.at(1), SessionFilter::TextMode::RegularExpression);
    if (!texts.at(2).isEmpty())
        filter.setText(texts.at(2), SessionFilter::TextMode::Contains);
    if (!filter.textError().isEmpty())
        *problem = QStringLiteral("--regex: ") + filter.textError();
    filter.setTopic(parser.value(QStringLiteral("topic")));
    filter.setEvent(parser.value(QStringLiteral("event")));
    qint64 since = -1;
    qint64 until = -1;
    for (const auto &[name, bound] :
         { std::pair { "since", &since }, std::pair { "until", &until } }) {
        const QString value = parser.value(QLatin1String(name));
        if (!value.isEmpty() && !MessageRecord::parseTime(value, bound))
            *problem = QueryCommand::tr("--%1: an ISO-8601 time like 2024-05-01T12:00:00Z, not "
                                        "\"%2\"")
                           .arg(QLatin1String(name), value);
    }
    filter.setTimeRange(since, until);
    filter.setEventsShown(parser.isSet(QStringLiteral("events")));
    return filter;
}

// The options that filter, those of the window's log.
void addFilterOptions(QCommandLineParser *parser)
{
    const auto option = [](const char *name, const QString &description, const char *value) {
        return QCommandLineOption(QString::fromLatin1(name), description,
                                  QString::fromLatin1(value));
    };
    parser->addOptions({
        option("direction", QueryCommand::tr("in, out or both (default)."), "in|out"),
        option(
            "kind",
            QueryCommand::tr("Only these kinds: text, json, binary, ping, pong, close (repeat or "
                             "separate with commas)."),
            "KIND"),
        option(
            "search",
            QueryCommand::tr("Messages with this text where it starts a word, case-insensitive; a "
                             "session's full-text index finds them without reading every message."),
            "TEXT"),
        option("regex",
               QueryCommand::tr("Messages matching this regular expression (case-insensitive); "
                                "binary payloads as hex."),
               "RE"),
        option("contains", QueryCommand::tr("Messages with this text anywhere, case-insensitive."),
               "TEXT"),
        option("topic",
               QueryCommand::tr("Phoenix frames whose topic contains this (or matches, with *)."),
               "TOPIC"),
        option("event",
               QueryCommand::tr("Phoenix frames whose event contains this (or matches, with *)."),
               "EVENT"),
        option("since",
               QueryCommand::tr("From this time on (ISO-8601, e.g. 2024-05-01T12:00:00Z)."),
               "TIME"),
        option("until", QueryCommand::tr("Up to this time (ISO-8601)."), "TIME"),
    });
}

// Every row of the file, in pages; false when a page cannot be read.
bool printAll(SessionReader *reader, SessionReader::Rows rows,
              const std::function<void(const SessionEntry &)> &print)
{
    const qint64 total = reader->rowCount(rows);
    for (qint64 row = 0; row < total; row += 4096) {
        const Result<QList<SessionEntry>> page = reader->read(row, 4096, rows);
        if (!page) {
            console::err(console::errorText(page.error()));
            return false;
        }
        for (const SessionEntry &entry : *page)
            print(entry);
    }
    return true;
}

// The rows the filter matches, as SessionSearch finds them; false when the
// search failed.
bool printMatches(SessionReader *reader, const QString &sessionPath, const SessionFilter &filter,
                  SessionReader::Rows rows, const std::function<void(const SessionEntry &)> &print)
{
    bool ok = true;
    SessionSearch search;
    QEventLoop loop;
    QObject::connect(&search, &SessionSearch::found, &loop, [&](const QList<qint64> &found) {
        for (const qint64 row : found) {
            const Result<QList<SessionEntry>> entry = reader->read(row, 1, rows);
            if (entry && !entry->isEmpty())
                print(entry->constFirst());
        }
    });
    QObject::connect(&search, &SessionSearch::finished, &loop, &QEventLoop::quit);
    QObject::connect(&search, &SessionSearch::failed, &loop, [&](const Error &error) {
        console::err(console::errorText(error));
        ok = false;
        loop.quit();
    });
    search.start(sessionPath, filter, rows);
    loop.exec();
    return ok;
}

} // namespace

int QueryCommand::run(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("query"),
        tr("Print the messages of a session file (.maxmon), a recording (JSON lines) or a "
           "support bundle, oldest first, one per line: number, time (UTC), direction, kind, "
           "size and the payload on one line; or as JSON records with --json. The options "
           "filter like the window's log.\n"
           "Exit codes: 0 done (also when nothing matched), 2 usage, 8 the file cannot be read."));
    QCommandLineParser &parser = commandLine.parser();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The file to read."));
    addFilterOptions(&parser);
    const QCommandLineOption events(QStringLiteral("events"),
                                    tr("Also the events: state changes, errors, gaps."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("One JSON record per line (MessageRecord; events as event "
                                     "records)."));
    parser.addOptions({ events, json });
    if (const std::optional<int> stop = commandLine.parse(arguments, 1, 1, Usage))
        return *stop;
    QString problem;
    const SessionFilter filter = filterFrom(parser, &problem);
    if (!problem.isEmpty()) {
        commandLine.printUsageError(problem);
        return Usage;
    }

    SessionInput input;
    SessionReader reader;
    Result<void> opened = input.open(parser.positionalArguments().constFirst());
    if (opened)
        opened = reader.open(input.sessionPath());
    if (!opened) {
        console::err(console::errorText(opened.error()));
        return Config;
    }
    if (const Error damage = reader.damage(); damage)
        console::warning(damage.toString());
    const SessionReader::Rows rows = filter.eventsShown() ? SessionReader::Rows::MessagesAndEvents
                                                          : SessionReader::Rows::Messages;
    const bool records = parser.isSet(json);
    const auto print = [&](const SessionEntry &entry) {
        console::out(records ? formatRecord(entry) : formatLine(entry));
    };
    if (!filter.isActive())
        return printAll(&reader, rows, print) ? Ok : Config;
    return printMatches(&reader, input.sessionPath(), filter, rows, print) ? Ok : Config;
}

} // namespace maxmon::cli
