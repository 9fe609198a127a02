#include "sessionoptions.h"

#include "commandline.h"

#include <maxmon/units.h>

#include <limits>

namespace maxmon::cli {

SessionOptions::SessionOptions()
    : m_count(QStringLiteral("count"), tr("Close (1000) and exit after receiving N data messages."),
              QStringLiteral("N"))
    , m_duration(QStringLiteral("duration"),
                 tr("Close (1000) and exit after being connected this long, e.g. 10s."),
                 QStringLiteral("duration"))
    , m_send(QStringLiteral("send"),
             tr("Send this message once connected, before stdin (repeatable, in order; framed "
                "like stdin lines)."),
             QStringLiteral("message"))
    , m_sendEvery(QStringLiteral("send-every"),
                  tr("Send the --send messages again at this interval, e.g. 1s."),
                  QStringLiteral("duration"))
    , m_exitOnEof(QStringLiteral("exit-on-eof"),
                  tr("Close (1000) and exit when stdin ends, once the replies are in (nothing "
                     "received for 200ms); without it, keep receiving."))
    , m_binary(QStringLiteral("binary"),
               tr("Send each line as a binary message, written in the --encoding."))
    , m_encoding(QStringLiteral("encoding"),
                 tr("How --binary lines (and received binary messages) are written: base64 "
                    "(default) or hex."),
                 QStringLiteral("hex|base64"), QStringLiteral("base64"))
    , m_jsonInput(QStringLiteral("json-input"),
                  tr("Each line is one JSON value, sent as is; invalid lines are reported on "
                     "stderr and not sent."))
    , m_var(QStringLiteral("var"),
            tr("Set the variable NAME for {{NAME}} in the URL, headers and messages, for this "
               "run only (repeatable; before the profile's and MAXMON_NAME). Masked in "
               "session files."),
            QStringLiteral("NAME=VALUE"))
{ }

void SessionOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({ m_count, m_duration, m_send, m_sendEvery, m_exitOnEof, m_binary,
                         m_encoding, m_jsonInput, m_var });
}

Result<SessionPlan> SessionOptions::toPlan(const QCommandLineParser &parser) const
{
    SessionPlan plan;
    if (parser.isSet(m_binary) && parser.isSet(m_jsonInput))
        return failure(usage(tr("Use either --binary or --json-input, not both.")));
    const QString encoding = parser.value(m_encoding);
    if (encoding != QLatin1String("base64") && encoding != QLatin1String("hex"))
        return failure(usage(tr("--encoding: hex or base64, not \"%1\".").arg(encoding)));
    plan.hexBinary = encoding == QLatin1String("hex");
    if (parser.isSet(m_binary))
        plan.input =
            InputFormat(plan.hexBinary ? MessageDraft::Mode::Hex : MessageDraft::Mode::Base64);
    else if (parser.isSet(m_jsonInput))
        plan.input = InputFormat(MessageDraft::Mode::Json);
    if (parser.isSet(m_count)) {
        bool ok = false;
        plan.count = parser.value(m_count).toLongLong(&ok);
        if (!ok || plan.count < 1)
            return failure(usage(tr("--count needs a number, 1 or more.")));
    }
    const std::pair<const QCommandLineOption *, qint64 *> durations[] = {
        { &m_duration, &plan.durationMs },
        { &m_sendEvery, &plan.sendEveryMs },
    };
    for (const auto &[option, target] : durations) {
        if (!parser.isSet(*option))
            continue;
        const Result<qint64> ms = parseDurationMs(parser.value(*option));
        if (!ms || *ms <= 0 || *ms > std::numeric_limits<int>::max())
            return failure(usage(
                QStringLiteral("--%1: %2")
                    .arg(option->names().constFirst(),
                         ms ? tr("must be above 0 and at most 24 days.") : ms.error().message())));
        *target = *ms;
    }
    for (const QString &text : parser.values(m_send)) {
        const Result<std::optional<Message>> message = plan.input.toMessage(text.toUtf8());
        if (!message)
            return failure(
                usage(QStringLiteral("--send \"%1\": %2").arg(text, message.error().message())));
        if (*message)
            plan.sends.append(**message);
    }
    if (plan.sendEveryMs > 0 && plan.sends.isEmpty())
        return failure(usage(tr("--send-every needs at least one --send.")));
    plan.exitOnEof = parser.isSet(m_exitOnEof);
    for (const QString &assignment : parser.values(m_var)) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        const QString name = assignment.left(eq).trimmed();
        if (eq < 0 || !Variables::isValidName(name))
            return failure(usage(tr("--var needs NAME=VALUE with a NAME of letters, digits and "
                                    "_, got \"%1\".")
                                     .arg(eq < 0 ? assignment : name)));
        plan.variables.set(Variables::Scope::Session, name, assignment.mid(eq + 1), true);
    }
    return plan;
}

} // namespace maxmon::cli
