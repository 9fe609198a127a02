#include "phoenixoptions.h"

#include "commandline.h"
#include "inputformat.h"

#include <maxmon/units.h>

#include <QHash>
#include <QJsonArray>

#include <cctype>
#include <limits>

namespace maxmon::cli {

namespace {

const QLatin1String pushName("push");
const QLatin1String pushBinaryName("push-binary");

Error invalidLine(const QString &message)
{
    return Error(Error::Code::InvalidPayload, message);
}

// Events the protocol reserves (phx_join, phx_leave, phx_reply, ...): pushing
// them by hand would confuse the channel's own bookkeeping.
bool isReserved(const QString &event)
{
    return event.startsWith(QLatin1String("phx_"));
}

// A duration in (0, max], or what is wrong with it, naming the option.
Result<qint64> duration(const QString &option, const QString &text, qint64 max)
{
    const Result<qint64> ms = parseDurationMs(text);
    if (!ms)
        return failure(usage(QStringLiteral("--%1: %2").arg(option, ms.error().message())));
    if (*ms <= 0 || *ms > max)
        return failure(
            usage(QStringLiteral("--%1: %2")
                      .arg(option, PhoenixOptions::tr("must be above 0 and at most 24h."))));
    return *ms;
}

} // namespace

int PhoenixPlan::pushCount() const
{
    int pushes = 0;
    for (const PhoenixJoinSpec &join : joins)
        pushes += static_cast<int>(join.pushes.size());
    return pushes;
}

bool PhoenixPlan::hasBinaryPushes() const
{
    for (const PhoenixJoinSpec &join : joins) {
        for (const PhoenixPushSpec &push : join.pushes) {
            if (push.binary)
                return true;
        }
    }
    return false;
}

PhoenixOptions::PhoenixOptions()
    : m_join(QStringLiteral("join"),
             tr("Join this topic once connected (repeatable; the --params and --push after it "
                "are its own)."),
             QStringLiteral("TOPIC"))
    , m_params(QStringLiteral("params"),
               tr("The join params of the --join before it: a JSON object (default {})."),
               QStringLiteral("JSON"))
    , m_push(QString(pushName),
             tr("Push EVENT with this JSON payload to the topic of the --join before it, once "
                "joined (repeatable; all sent at once, in order)."),
             QStringLiteral("EVENT JSON"))
    , m_pushBinary(QString(pushBinaryName),
                   tr("Like --push, with a binary payload (base64, or hex with --encoding hex); "
                      "protocol 2.0.0 only."),
                   QStringLiteral("EVENT DATA"))
    , m_vsn(QStringLiteral("vsn"),
            tr("Protocol version: 2.0.0 (default, text and binary frames) or 1.0.0 (JSON "
               "objects)."),
            QStringLiteral("1.0.0|2.0.0"))
    , m_socketParam(QStringLiteral("socket-param"),
                    tr("A socket parameter, sent in the URL's query like the JavaScript "
                       "client's params (repeatable)."),
                    QStringLiteral("key=value"))
    , m_authMode(QStringLiteral("auth-mode"),
                 tr("How the --token* token travels: phoenix (default: the authToken "
                    "subprotocol, out of the URL), query (?token=) or bearer (Authorization "
                    "header). With --profile, the profile's mode unless given."),
                 QStringLiteral("phoenix|query|bearer"))
    , m_timeout(QStringLiteral("timeout"),
                tr("A join or push without a reply after this has failed (default 10s)."),
                QStringLiteral("duration"), QStringLiteral("10s"))
    , m_heartbeat(QStringLiteral("heartbeat"),
                  tr("The \"phoenix\" \"heartbeat\" interval (default 30s), or \"off\"; an "
                     "unanswered one by the next is a dead link."),
                  QStringLiteral("interval"), QStringLiteral("30s"))
    , m_listen(QStringLiteral("listen"),
               tr("After the pushes, keep printing broadcasts and presence until Ctrl-C (the "
                  "default when there are no pushes)."))
    , m_duration(QStringLiteral("duration"),
                 tr("Leave and exit this long after connecting (implies --listen)."),
                 QStringLiteral("duration"))
    , m_count(QStringLiteral("count"),
              tr("Exit after N broadcasts, once every push has its reply (implies --listen)."),
              QStringLiteral("N"))
    , m_stdin(QStringLiteral("stdin"),
              tr("Also push stdin lines, once joined: \"EVENT JSON\" to the last --join's topic, "
                 "or [\"topic\", \"event\", payload]. Ends (without --listen) when stdin does "
                 "and every push has its reply."))
    , m_json(QStringLiteral("json"),
             tr("Print one JSON object per line: kind, time, topic, event, ref, join_ref, "
                "status, payload."))
    , m_encoding(QStringLiteral("encoding"),
                 tr("How binary payloads are written and --push-binary is read: base64 "
                    "(default) or hex."),
                 QStringLiteral("hex|base64"), QStringLiteral("base64"))
{ }

void PhoenixOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({ m_join, m_params, m_push, m_pushBinary, m_vsn, m_socketParam, m_authMode,
                         m_timeout, m_heartbeat, m_listen, m_duration, m_count, m_stdin, m_json,
                         m_encoding });
}

Result<QStringList> PhoenixOptions::extractPushes(const QStringList &arguments)
{
    m_pushes.clear();
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (i > 0 && argument == QLatin1String("--")) { // the rest is positional
            rest += arguments.mid(i);
            break;
        }
        std::optional<QString> name;
        for (const QLatin1String candidate : { pushName, pushBinaryName }) {
            const QString flag = QLatin1String("--") + candidate;
            if (i > 0 && (argument == flag || argument.startsWith(flag + QLatin1Char('='))))
                name = QString(candidate);
        }
        if (!name) {
            rest.append(argument);
            continue;
        }
        const QString flag = QLatin1String("--") + *name;
        QStringList values;
        if (argument.size() > flag.size())
            values.append(argument.mid(flag.size() + 1));
        while (values.size() < 2 && i + 1 < arguments.size())
            values.append(arguments.at(++i));
        const bool binary = *name == pushBinaryName;
        if (values.size() < 2)
            return failure(
                usage(tr("%1 needs two values: EVENT and %2.")
                          .arg(flag, binary ? QStringLiteral("DATA") : QStringLiteral("JSON"))));
        m_pushes.append({ binary, values.at(0), values.at(1) });
        rest.append(QStringLiteral("%1=%2").arg(flag).arg(m_pushes.size() - 1));
    }
    return rest;
}

Result<PhoenixPushSpec> PhoenixOptions::readPush(const RawPush &raw, bool hexBinary) const
{
    const QString flag = QLatin1String("--") + (raw.binary ? pushBinaryName : pushName);
    if (raw.event.isEmpty())
        return failure(usage(tr("%1 needs an event name.").arg(flag)));
    if (isReserved(raw.event))
        return failure(usage(
            tr("%1 %2: events starting with phx_ belong to the protocol.").arg(flag, raw.event)));
    PhoenixPushSpec push;
    push.event = raw.event;
    if (raw.binary) {
        const InputFormat format(hexBinary ? MessageDraft::Mode::Hex : MessageDraft::Mode::Base64);
        const Result<std::optional<Message>> data = format.toMessage(raw.data.toUtf8());
        if (!data)
            return failure(
                usage(QStringLiteral("%1 %2: %3").arg(flag, raw.event, data.error().message())));
        push.binary = true;
        push.binaryPayload = (*data)->payload();
        return push;
    }
    const Result<QJsonValue> payload = InputFormat::parseJson(raw.data.toUtf8());
    if (!payload)
        return failure(
            usage(QStringLiteral("%1 %2: %3").arg(flag, raw.event, payload.error().message())));
    push.payload = *payload;
    return push;
}

Result<PhoenixPlan> PhoenixOptions::toPlan(const QCommandLineParser &parser) const
{
    PhoenixPlan plan;
    const QString encoding = parser.value(m_encoding);
    if (encoding != QLatin1String("base64") && encoding != QLatin1String("hex"))
        return failure(usage(tr("--encoding: hex or base64, not \"%1\".").arg(encoding)));
    plan.hexBinary = encoding == QLatin1String("hex");
    for (const auto read :
         { &PhoenixOptions::readJoins, &PhoenixOptions::readSocket, &PhoenixOptions::readTiming }) {
        if (const Result<void> done = (this->*read)(parser, &plan); !done)
            return failure(done.error());
    }
    plan.readStdin = parser.isSet(m_stdin);
    plan.json = parser.isSet(m_json);
    plan.listen = parser.isSet(m_listen) || plan.durationMs > 0 || plan.count > 0
        || (plan.pushCount() == 0 && !plan.readStdin);
    return plan;
}

// --join, --params and --push in command-line order.
Result<void> PhoenixOptions::readJoins(const QCommandLineParser &parser, PhoenixPlan *planOut) const
{
    PhoenixPlan &plan = *planOut;
    // The options in command-line order: the n-th "join" in optionNames() is values(join)[n].
    PhoenixJoinSpec beforeFirst; // --params and --push before any --join
    bool paramsBeforeFirst = false;
    QList<bool> hasParams; // per join
    QHash<QString, int> seen;
    const QStringList names = parser.optionNames();
    for (const QString &name : names) {
        const int index = seen[name]++;
        PhoenixJoinSpec *target = plan.joins.isEmpty() ? &beforeFirst : &plan.joins.last();
        if (name == m_join.names().constFirst()) {
            const QString topic = parser.values(m_join).at(index);
            if (topic.isEmpty())
                return failure(usage(tr("--join needs a topic.")));
            for (const PhoenixJoinSpec &join : std::as_const(plan.joins)) {
                if (join.topic == topic)
                    return failure(usage(tr("--join %1 is given twice.").arg(topic)));
            }
            plan.joins.append({ topic, {}, {} });
            hasParams.append(false);
        } else if (name == m_params.names().constFirst()) {
            bool &given = plan.joins.isEmpty() ? paramsBeforeFirst : hasParams.last();
            if (given)
                return failure(usage(tr("Two --params for one --join.")));
            given = true;
            const Result<QJsonValue> params =
                InputFormat::parseJson(parser.values(m_params).at(index).toUtf8());
            if (!params)
                return failure(usage(QStringLiteral("--params: ") + params.error().message()));
            if (!params->isObject())
                return failure(
                    usage(tr("--params must be a JSON object, like {\"user\": \"ann\"}.")));
            target->params = params->toObject();
        } else if (name == pushName || name == pushBinaryName) {
            const QCommandLineOption &option = name == pushName ? m_push : m_pushBinary;
            const int placeholder = parser.values(option).at(index).toInt();
            if (placeholder < 0 || placeholder >= m_pushes.size())
                return failure(usage(tr("--%1 needs two values: EVENT and JSON.").arg(name)));
            const Result<PhoenixPushSpec> push = readPush(m_pushes.at(placeholder), plan.hexBinary);
            if (!push)
                return failure(push.error());
            target->pushes.append(*push);
        }
    }
    if (plan.joins.isEmpty())
        return failure(usage(tr("Give at least one --join TOPIC.")));
    PhoenixJoinSpec &first = plan.joins.first();
    if (paramsBeforeFirst) {
        if (hasParams.constFirst())
            return failure(usage(tr("Two --params for one --join.")));
        first.params = beforeFirst.params;
    }
    first.pushes = beforeFirst.pushes + first.pushes;
    return {};
}

// The socket's protocol version, parameters and how the token goes.
Result<void> PhoenixOptions::readSocket(const QCommandLineParser &parser,
                                        PhoenixPlan *planOut) const
{
    PhoenixPlan &plan = *planOut;
    if (parser.isSet(m_vsn)) {
        plan.vsn = phoenix::Serializer::versionFromString(parser.value(m_vsn));
        if (!plan.vsn)
            return failure(
                usage(tr("--vsn: 1.0.0 or 2.0.0, not \"%1\".").arg(parser.value(m_vsn))));
    }
    for (const QString &param : parser.values(m_socketParam)) {
        const qsizetype equals = param.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return failure(usage(tr("--socket-param needs key=value, got \"%1\".").arg(param)));
        const QString key = param.left(equals);
        if (key == QLatin1String("vsn"))
            return failure(usage(tr("--socket-param: give the protocol version with --vsn.")));
        plan.socketParams.append({ key, param.mid(equals + 1) });
    }
    if (parser.isSet(m_authMode)) {
        const QString mode = parser.value(m_authMode);
        const std::pair<const char *, AuthConfig::Mode> modes[] = {
            { "phoenix", AuthConfig::Mode::PhoenixSubprotocol },
            { "query", AuthConfig::Mode::QueryParameter },
            { "bearer", AuthConfig::Mode::BearerHeader },
        };
        for (const auto &[modeName, value] : modes) {
            if (mode == QLatin1String(modeName))
                plan.authMode = value;
        }
        if (!plan.authMode)
            return failure(
                usage(tr("--auth-mode: phoenix, query or bearer, not \"%1\".").arg(mode)));
    }
    return {};
}

// The push timeout, heartbeat, --duration and --count.
Result<void> PhoenixOptions::readTiming(const QCommandLineParser &parser,
                                        PhoenixPlan *planOut) const
{
    PhoenixPlan &plan = *planOut;
    const Result<qint64> timeout =
        duration(QStringLiteral("timeout"), parser.value(m_timeout), MaxTimeoutMs);
    if (!timeout)
        return failure(timeout.error());
    plan.timeoutMs = static_cast<int>(*timeout);
    if (parser.value(m_heartbeat) == QLatin1String("off")) {
        plan.heartbeatMs = 0;
    } else {
        const Result<qint64> heartbeat =
            duration(QStringLiteral("heartbeat"), parser.value(m_heartbeat), MaxTimeoutMs);
        if (!heartbeat)
            return failure(heartbeat.error());
        plan.heartbeatMs = static_cast<int>(*heartbeat);
    }
    if (parser.isSet(m_duration)) {
        const Result<qint64> ms = duration(QStringLiteral("duration"), parser.value(m_duration),
                                           std::numeric_limits<int>::max());
        if (!ms)
            return failure(ms.error());
        plan.durationMs = *ms;
    }
    if (parser.isSet(m_count)) {
        bool ok = false;
        plan.count = parser.value(m_count).toLongLong(&ok);
        if (!ok || plan.count < 1)
            return failure(usage(tr("--count needs a number, 1 or more.")));
    }
    return {};
}

Result<std::optional<PhoenixPushSpec>> PhoenixOptions::parseLine(const QByteArray &line)
{
    const QByteArray text = line.trimmed();
    if (text.isEmpty())
        return std::optional<PhoenixPushSpec>();
    PhoenixPushSpec push;
    if (text.startsWith('[')) {
        const Result<QJsonValue> frame = InputFormat::parseJson(line);
        if (!frame)
            return failure(frame.error());
        const QJsonArray array = frame->toArray();
        if (array.size() != 3 && array.size() != 5)
            return failure(invalidLine(tr("an array needs 3 elements [topic, event, payload] or 5 "
                                          "[join_ref, ref, topic, event, payload], not %1.")
                                           .arg(array.size())));
        const qsizetype first = array.size() - 3;
        if (!array.at(first).isString() || !array.at(first + 1).isString())
            return failure(invalidLine(tr("the topic and the event must be strings.")));
        push.topic = array.at(first).toString();
        push.event = array.at(first + 1).toString();
        push.payload = array.at(first + 2);
        if (push.topic.isEmpty())
            return failure(invalidLine(tr("the topic is empty.")));
    } else if (text.startsWith('{')) {
        return failure(invalidLine(tr("a line is EVENT [JSON], or a JSON array [topic, event, "
                                      "payload]; not an object.")));
    } else {
        qsizetype eventEnd = line.indexOf(text.at(0));
        while (eventEnd < line.size()
               && !std::isspace(static_cast<unsigned char>(line.at(eventEnd))))
            ++eventEnd;
        push.event = QString::fromUtf8(line.left(eventEnd).trimmed());
        push.payload = QJsonObject();
        // the event blanked out, so that the JSON's columns are those of the line
        const QByteArray json = QByteArray(eventEnd, ' ') + line.mid(eventEnd);
        if (!json.trimmed().isEmpty()) {
            const Result<QJsonValue> payload = InputFormat::parseJson(json);
            if (!payload)
                return failure(payload.error());
            push.payload = *payload;
        }
    }
    if (push.event.isEmpty())
        return failure(invalidLine(tr("the event is empty.")));
    if (isReserved(push.event))
        return failure(invalidLine(
            tr("%1: events starting with phx_ belong to the protocol.").arg(push.event)));
    return std::optional(push);
}

} // namespace maxmon::cli
