// PhoenixOptions, the arguments of maxmon-cli phoenix: which --join the
// --params and --push belong to, the two-valued --push, every usage error
// (JSON ones with their column), when the command keeps listening, and the
// stdin line forms.
#include "phoenixoptions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace maxmon;
using namespace maxmon::cli;

namespace {

QString compact(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString describe(const PhoenixPushSpec &push)
{
    QString text = push.topic.isEmpty() ? QString() : push.topic + QLatin1Char(' ');
    text += push.event + QLatin1Char(' ');
    text += push.binary ? QStringLiteral("bytes:") + QString::fromLatin1(push.binaryPayload.toHex())
                        : compact(push.payload);
    return text;
}

// "room:a {} [new_msg {"a":1}]; room:b {"user":"ann"} []" and the flags that differ
// from the defaults
QString describe(const PhoenixPlan &plan)
{
    QStringList joins;
    for (const PhoenixJoinSpec &join : plan.joins) {
        QStringList pushes;
        for (const PhoenixPushSpec &push : join.pushes)
            pushes.append(describe(push));
        joins.append(QStringLiteral("%1 %2 [%3]")
                         .arg(join.topic, compact(join.params), pushes.join(QStringLiteral(", "))));
    }
    QString text = joins.join(QStringLiteral("; "));
    if (plan.listen)
        text += QStringLiteral(" listen");
    if (plan.vsn)
        text += QStringLiteral(" vsn=") + phoenix::Serializer::versionString(*plan.vsn);
    for (const auto &[key, value] : plan.socketParams)
        text += QStringLiteral(" param:%1=%2").arg(key, value);
    if (plan.authMode)
        text += QStringLiteral(" auth=") + AuthConfig::modeName(*plan.authMode);
    if (plan.timeoutMs != 10000)
        text += QStringLiteral(" timeout=%1").arg(plan.timeoutMs);
    if (plan.heartbeatMs != 30000)
        text += QStringLiteral(" heartbeat=%1").arg(plan.heartbeatMs);
    if (plan.durationMs)
        text += QStringLiteral(" duration=%1").arg(plan.durationMs);
    if (plan.count)
        text += QStringLiteral(" count=%1").arg(plan.count);
    if (plan.readStdin)
        text += QStringLiteral(" stdin");
    if (plan.json)
        text += QStringLiteral(" json");
    if (plan.hexBinary)
        text += QStringLiteral(" hex");
    return text;
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList arguments { QStringLiteral("maxmon-cli") };
    for (const char *arg : list)
        arguments.append(QString::fromUtf8(arg));
    return arguments;
}

} // namespace

class TestPhoenixOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toPlan_data();
    void toPlan();
    void parseLine_data();
    void parseLine();
};

void TestPhoenixOptions::toPlan_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // describe(plan), or "error: " and the message's start

    QTest::newRow("one join listens")
        << args({ "--join", "room:lobby" }) << QStringLiteral("room:lobby {} [] listen");
    QTest::newRow("params and pushes follow their join")
        << args({ "--join", "room:a", "--params", R"({"user":"ann"})", "--push", "new_msg",
                  R"({"body":"hi"})", "--join", "room:b", "--push", "ping", "1", "--push", "x",
                  "\"text\"" })
        << QStringLiteral(
               R"(room:a {"user":"ann"} [new_msg {"body":"hi"}]; room:b {} [ping 1, x "text"])");
    QTest::newRow("before any join: the first")
        << args({ "--push", "early", "[]", "--params", "{\"u\":1}", "--join", "a", "--push", "late",
                  "null", "--join", "b" })
        << QStringLiteral(R"(a {"u":1} [early [], late null]; b {} [])");
    QTest::newRow("--push=EVENT JSON")
        << args({ "--join", "a", "--push=ev", "{}" }) << QStringLiteral("a {} [ev {}]");
    QTest::newRow("a JSON value that looks like an option")
        << args({ "--join", "a", "--push", "ev", "-1" }) << QStringLiteral("a {} [ev -1]");
    QTest::newRow("binary, base64") << args({ "--join", "a", "--push-binary", "bin", "AAEC/w==" })
                                    << QStringLiteral("a {} [bin bytes:000102ff]");
    QTest::newRow("binary, hex") << args(
        { "--encoding", "hex", "--join", "a", "--push-binary", "bin", "de ad" })
                                 << QStringLiteral("a {} [bin bytes:dead] hex");
    QTest::newRow("--listen after pushes")
        << args({ "--join", "a", "--push", "x", "{}", "--listen" })
        << QStringLiteral("a {} [x {}] listen");
    QTest::newRow("--duration and --count listen")
        << args({ "--join", "a", "--push", "x", "{}", "--duration", "2s", "--count", "3" })
        << QStringLiteral("a {} [x {}] listen duration=2000 count=3");
    QTest::newRow("--stdin ends with stdin")
        << args({ "--join", "a", "--stdin" }) << QStringLiteral("a {} [] stdin");
    QTest::newRow("socket options")
        << args({ "--join", "a", "--vsn", "1.0.0", "--socket-param", "user_id=7", "--socket-param",
                  "x=a=b", "--auth-mode", "query", "--timeout", "250ms", "--heartbeat", "off",
                  "--json" })
        << QStringLiteral("a {} [] listen vsn=1.0.0 param:user_id=7 param:x=a=b auth=query "
                          "timeout=250 heartbeat=0 json");
    QTest::newRow("heartbeat interval") << args({ "--join", "a", "--heartbeat", "5s" })
                                        << QStringLiteral("a {} [] listen heartbeat=5000");
    QTest::newRow("everything after -- is positional")
        << args({ "--join", "a", "--", "--push", "x", "{}" }) << QStringLiteral("a {} [] listen");

    QTest::newRow("no join") << args({ "--push", "x", "{}" })
                             << QStringLiteral("error: Give at least one --join TOPIC.");
    QTest::newRow("empty topic") << args({ "--join", "" })
                                 << QStringLiteral("error: --join needs a topic.");
    QTest::newRow("topic twice") << args({ "--join", "a", "--join", "a" })
                                 << QStringLiteral("error: --join a is given twice.");
    QTest::newRow("params not JSON")
        << args({ "--join", "a", "--params", R"({"user": ann})" })
        << QStringLiteral("error: --params: Invalid JSON at column 10: illegal number");
    QTest::newRow("params unterminated")
        << args({ "--join", "a", "--params", R"({"user":)" })
        << QStringLiteral("error: --params: Invalid JSON at column ");
    QTest::newRow("params not an object")
        << args({ "--join", "a", "--params", "[1]" })
        << QStringLiteral("error: --params must be a JSON object");
    QTest::newRow("params twice") << args({ "--join", "a", "--params", "{}", "--params", "{}" })
                                  << QStringLiteral("error: Two --params for one --join.");
    QTest::newRow("params before and after the first join")
        << args({ "--params", "{}", "--join", "a", "--params", "{}" })
        << QStringLiteral("error: Two --params for one --join.");
    QTest::newRow("push not JSON") << args({ "--join", "a", "--push", "x", "{\"a\" 1}" })
                                   << QStringLiteral("error: --push x: Invalid JSON at column ");
    QTest::newRow("push, two values after the event")
        << args({ "--join", "a", "--push", "x", "1, 2" })
        << QStringLiteral("error: --push x: Invalid JSON at column 1: more than one value");
    QTest::newRow("push without JSON") << args({ "--join", "a", "--push", "x" })
                                       << QStringLiteral("error: --push needs two values");
    QTest::newRow("push without anything")
        << args({ "--join", "a", "--push" }) << QStringLiteral("error: --push needs two values");
    QTest::newRow("push without an event") << args({ "--join", "a", "--push", "", "{}" })
                                           << QStringLiteral("error: --push needs an event name.");
    QTest::newRow("push of a protocol event")
        << args({ "--join", "a", "--push", "phx_leave", "{}" })
        << QStringLiteral("error: --push phx_leave: events starting with phx_");
    QTest::newRow("binary not base64")
        << args({ "--join", "a", "--push-binary", "b", "A*B=" })
        << QStringLiteral("error: --push-binary b: Invalid base64 at column 2: '*'");
    QTest::newRow("binary not hex")
        << args({ "--encoding", "hex", "--join", "a", "--push-binary", "b", "0g" })
        << QStringLiteral("error: --push-binary b: Invalid hex at column 2: 'g'");
    QTest::newRow("bad vsn") << args({ "--join", "a", "--vsn", "3.0.0" })
                             << QStringLiteral("error: --vsn: 1.0.0 or 2.0.0");
    QTest::newRow("bad socket param") << args({ "--join", "a", "--socket-param", "novalue" })
                                      << QStringLiteral("error: --socket-param needs key=value");
    QTest::newRow("vsn as socket param") << args({ "--join", "a", "--socket-param", "vsn=1.0.0" })
                                         << QStringLiteral("error: --socket-param: give the "
                                                           "protocol version with --vsn.");
    QTest::newRow("bad auth mode")
        << args({ "--join", "a", "--auth-mode", "cookie" })
        << QStringLiteral("error: --auth-mode: phoenix, query or bearer");
    QTest::newRow("zero timeout") << args({ "--join", "a", "--timeout", "0ms" })
                                  << QStringLiteral("error: --timeout: must be above 0");
    QTest::newRow("bad heartbeat") << args({ "--join", "a", "--heartbeat", "often" })
                                   << QStringLiteral("error: --heartbeat: ");
    QTest::newRow("bad count") << args({ "--join", "a", "--count", "0" })
                               << QStringLiteral("error: --count needs a number, 1 or more.");
    QTest::newRow("bad encoding") << args({ "--join", "a", "--encoding", "ascii" })
                                  << QStringLiteral("error: --encoding: hex or base64");
}

void TestPhoenixOptions::toPlan()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    PhoenixOptions options;
    QCommandLineParser parser;
    options.addTo(&parser);
    parser.addPositionalArgument(QStringLiteral("url"), QString());
    Result<PhoenixPlan> plan = failure(Error(Error::Code::InvalidConfig, QString()));
    const Result<QStringList> parsable = options.extractPushes(arguments);
    if (parsable) {
        QVERIFY2(parser.parse(*parsable), qPrintable(parser.errorText()));
        plan = options.toPlan(parser);
    } else {
        plan = failure(parsable.error());
    }
    if (expected.startsWith(QLatin1String("error: "))) {
        QVERIFY2(!plan, qPrintable(plan ? describe(*plan) : QString()));
        QCOMPARE(plan.error().code(), Error::Code::InvalidConfig);
        QVERIFY2(plan.error().message().startsWith(expected.mid(7)),
                 qPrintable(plan.error().message()));
        return;
    }
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message()));
    QCOMPARE(describe(*plan), expected);
}

void TestPhoenixOptions::parseLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("expected"); // describe(push), "skip", or "error: " and a start

    QTest::newRow("event and JSON")
        << QByteArray(R"(new_msg {"body":"hi"})") << QStringLiteral(R"(new_msg {"body":"hi"})");
    QTest::newRow("event alone: {}") << QByteArray("ping") << QStringLiteral("ping {}");
    QTest::newRow("spaces around")
        << QByteArray("  ping \t [1, 2]  \r") << QStringLiteral("ping [1,2]");
    QTest::newRow("scalar payload") << QByteArray("count 42") << QStringLiteral("count 42");
    QTest::newRow("event with a colon")
        << QByteArray("broadcast:new_msg {}") << QStringLiteral("broadcast:new_msg {}");
    QTest::newRow("array of three")
        << QByteArray(R"(["room:b", "ev", {"a": 1}])") << QStringLiteral(R"(room:b ev {"a":1})");
    QTest::newRow("frame of five, refs ignored")
        << QByteArray(R"(["1", "7", "room:b", "ev", null])") << QStringLiteral("room:b ev null");
    QTest::newRow("blank") << QByteArray(" \t") << QStringLiteral("skip");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("skip");

    QTest::newRow("bad JSON, column of the line")
        << QByteArray(R"(ev {"a": x})")
        << QStringLiteral("error: Invalid JSON at column 10: illegal number");
    QTest::newRow("two values") << QByteArray(
        "ev 1, 2") << QStringLiteral("error: Invalid JSON at column 4: more than one value");
    QTest::newRow("an object") << QByteArray(R"({"event": "x"})")
                               << QStringLiteral("error: a line is EVENT [JSON]");
    QTest::newRow("array of two") << QByteArray(R"(["a", "b"])")
                                  << QStringLiteral("error: an array needs 3 elements");
    QTest::newRow("topic not a string") << QByteArray(R"([1, "ev", {}])")
                                        << QStringLiteral("error: the topic and the event must be");
    QTest::newRow("empty topic") << QByteArray(R"(["", "ev", {}])")
                                 << QStringLiteral("error: the topic is empty.");
    QTest::newRow("empty event") << QByteArray(R"(["a", "", {}])")
                                 << QStringLiteral("error: the event is empty.");
    QTest::newRow("protocol event") << QByteArray("phx_join {}")
                                    << QStringLiteral("error: phx_join: events starting with phx_");
    QTest::newRow("broken array") << QByteArray(R"(["a", "b", {])")
                                  << QStringLiteral("error: Invalid JSON at column ");
}

void TestPhoenixOptions::parseLine()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, expected);
    const Result<std::optional<PhoenixPushSpec>> push = PhoenixOptions::parseLine(line);
    if (expected.startsWith(QLatin1String("error: "))) {
        QVERIFY(!push);
        QCOMPARE(push.error().code(), Error::Code::InvalidPayload);
        QVERIFY2(push.error().message().startsWith(expected.mid(7)),
                 qPrintable(push.error().message()));
        return;
    }
    QVERIFY2(push, qPrintable(push ? QString() : push.error().message()));
    if (expected == QLatin1String("skip")) {
        QVERIFY(!push->has_value());
        return;
    }
    QVERIFY(push->has_value());
    QVERIFY(!(*push)->binary);
    QCOMPARE(describe(**push), expected);
}

QTEST_GUILESS_MAIN(TestPhoenixOptions)
#include "tst_phoenixoptions.moc"
