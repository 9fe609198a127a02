// Presence: presence_state / presence_diff applied like the JavaScript
// client's syncState / syncDiff, with the pending-diff buffering of its
// Presence class. The tables follow the client's documented behaviour:
// joins are reported before leaves, a joined meta goes after the metas the
// key already had, a key leaves with its last meta.
#include <maxmon/phoenix/presence.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace maxmon;
using namespace maxmon::phoenix;

namespace {

QJsonObject J(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test table: %s", json);
    return document.object();
}

QJsonArray A(const char *json)
{
    return QJsonDocument::fromJson(json).array();
}

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// Records callbacks as [["join"|"leave", key, current, changed], ...].
struct Recorder
{
    QJsonArray events;

    Presence::Callback onJoin()
    {
        return [this](const QString &key, const QJsonObject &current, const QJsonObject &joined) {
            events.append(QJsonArray { s("join"), key, current, joined });
        };
    }
    Presence::Callback onLeave()
    {
        return [this](const QString &key, const QJsonObject &current, const QJsonObject &left) {
            events.append(QJsonArray { s("leave"), key, current, left });
        };
    }
};

// Records the signals of a Presence the same way.
QJsonArray signalEvents(QSignalSpy &joins, QSignalSpy &leaves, const QList<bool> &order)
{
    QJsonArray events;
    int j = 0;
    int l = 0;
    for (const bool isJoin : order) {
        const QList<QVariant> args = isJoin ? joins.at(j++) : leaves.at(l++);
        events.append(QJsonArray { isJoin ? s("join") : s("leave"), args.at(0).toString(),
                                   args.at(1).toJsonObject(), args.at(2).toJsonObject() });
    }
    return events;
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

class TestPresence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncState_data();
    void syncState();
    void syncDiff_data();
    void syncDiff();
    void stateThenDiffs();
    void diffsBeforeStateAreBufferedInOrder();
    void stateWithoutJoinRefKeepsBuffering();
    void rejoinBuffersUntilTheNewState();
    void handleEvent();
    void malformedPayloads_data();
    void malformedPayloads();
    void list();
};

void TestPresence::syncState_data()
{
    QTest::addColumn<QJsonObject>("state");
    QTest::addColumn<QJsonObject>("newState");
    QTest::addColumn<QJsonObject>("expected");
    QTest::addColumn<QJsonArray>("events");

    QTest::newRow("empty state: every key joins")
        << J(R"({})")
        << J(R"({"u1":{"metas":[{"id":1,"phx_ref":"1"}]},"u2":{"metas":[{"id":2,"phx_ref":"2"}]}})")
        << J(R"({"u1":{"metas":[{"id":1,"phx_ref":"1"}]},"u2":{"metas":[{"id":2,"phx_ref":"2"}]}})")
        << A(R"([["join","u1",{},{"metas":[{"id":1,"phx_ref":"1"}]}],
                 ["join","u2",{},{"metas":[{"id":2,"phx_ref":"2"}]}]])");
    QTest::newRow("keys missing from the new state leave")
        << J(R"({"u4":{"metas":[{"id":4,"phx_ref":"4"}]}})")
        << J(R"({"u1":{"metas":[{"id":1,"phx_ref":"1"}]}})")
        << J(R"({"u1":{"metas":[{"id":1,"phx_ref":"1"}]}})")
        << A(R"([["join","u1",{},{"metas":[{"id":1,"phx_ref":"1"}]}],
                 ["leave","u4",{"metas":[]},{"metas":[{"id":4,"phx_ref":"4"}]}]])");
    QTest::newRow("only the new metas of a key join")
        << J(R"({"u3":{"metas":[{"id":3,"phx_ref":"3"}]}})")
        << J(R"({"u3":{"metas":[{"id":3,"phx_ref":"3"},{"id":3,"phx_ref":"3.new"}]}})")
        << J(R"({"u3":{"metas":[{"id":3,"phx_ref":"3"},{"id":3,"phx_ref":"3.new"}]}})")
        << A(R"([["join","u3",{"metas":[{"id":3,"phx_ref":"3"}]},
                               {"metas":[{"id":3,"phx_ref":"3.new"}]}]])");
    QTest::newRow("metas missing from the new state leave")
        << J(R"({"u1":{"metas":[{"phx_ref":"1"},{"phx_ref":"1.2"}]}})")
        << J(R"({"u1":{"metas":[{"phx_ref":"1"}]}})") << J(R"({"u1":{"metas":[{"phx_ref":"1"}]}})")
        << A(R"([["leave","u1",{"metas":[{"phx_ref":"1"}]},{"metas":[{"phx_ref":"1.2"}]}]])");
    // joins come first: when the leave runs, the key has both metas
    QTest::newRow("a replaced meta joins, then the old one leaves")
        << J(R"({"u1":{"metas":[{"phx_ref":"a"}]}})") << J(R"({"u1":{"metas":[{"phx_ref":"b"}]}})")
        << J(R"({"u1":{"metas":[{"phx_ref":"b"}]}})")
        << A(R"([["join","u1",{"metas":[{"phx_ref":"a"}]},{"metas":[{"phx_ref":"b"}]}],
                 ["leave","u1",{"metas":[{"phx_ref":"b"}]},{"metas":[{"phx_ref":"a"}]}]])");
    QTest::newRow("the same state changes nothing")
        << J(R"({"u1":{"metas":[{"phx_ref":"1"}]},"u2":{"metas":[{"phx_ref":"2"}]}})")
        << J(R"({"u1":{"metas":[{"phx_ref":"1"}]},"u2":{"metas":[{"phx_ref":"2"}]}})")
        << J(R"({"u1":{"metas":[{"phx_ref":"1"}]},"u2":{"metas":[{"phx_ref":"2"}]}})")
        << A(R"([])");
    QTest::newRow("an empty state: every key leaves")
        << J(R"({"u1":{"metas":[{"phx_ref":"1"}]},"u2":{"metas":[{"phx_ref":"2"},{"phx_ref":"3"}]}})")
        << J(R"({})") << J(R"({})")
        << A(R"([["leave","u1",{"metas":[]},{"metas":[{"phx_ref":"1"}]}],
                 ["leave","u2",{"metas":[]},{"metas":[{"phx_ref":"2"},{"phx_ref":"3"}]}]])");
    QTest::newRow("a join takes the other fields of the new presence")
        << J(R"({"u1":{"metas":[{"phx_ref":"1"}],"user":{"name":"old"}}})")
        << J(R"({"u1":{"metas":[{"phx_ref":"1"},{"phx_ref":"2"}],"user":{"name":"new"}}})")
        << J(R"({"u1":{"metas":[{"phx_ref":"1"},{"phx_ref":"2"}],"user":{"name":"new"}}})")
        << A(R"([["join","u1",{"metas":[{"phx_ref":"1"}],"user":{"name":"old"}},
                               {"metas":[{"phx_ref":"2"}],"user":{"name":"new"}}]])");
    QTest::newRow("a leave alone keeps the other fields of the current presence")
        << J(R"({"u1":{"metas":[{"phx_ref":"1"},{"phx_ref":"2"}],"user":{"name":"old"}}})")
        << J(R"({"u1":{"metas":[{"phx_ref":"1"}],"user":{"name":"new"}}})")
        << J(R"({"u1":{"metas":[{"phx_ref":"1"}],"user":{"name":"old"}}})")
        << A(R"([["leave","u1",{"metas":[{"phx_ref":"1"}],"user":{"name":"old"}},
                                {"metas":[{"phx_ref":"2"}],"user":{"name":"old"}}]])");
}

void TestPresence::syncState()
{
    QFETCH(QJsonObject, state);
    QFETCH(QJsonObject, newState);
    QFETCH(QJsonObject, expected);
    QFETCH(QJsonArray, events);
    Recorder recorder;
    const QJsonObject before = state;
    const QJsonObject result =
        Presence::syncState(state, newState, recorder.onJoin(), recorder.onLeave());
    QCOMPARE(compact(result), compact(expected));
    QCOMPARE(compact(recorder.events), compact(events));
    QCOMPARE(state, before); // a pure function
    // without callbacks, the same state
    QCOMPARE(Presence::syncState(state, newState), expected);
}

void TestPresence::syncDiff_data()
{
    QTest::addColumn<QJsonObject>("state");
    QTest::addColumn<QJsonObject>("diff");
    QTest::addColumn<QJsonObject>("expected");
    QTest::addColumn<QJsonArray>("events");

    QTest::newRow("a join into an empty state")
        << J(R"({})") << J(R"({"joins":{"u1":{"metas":[{"id":1,"phx_ref":"1"}]}},"leaves":{}})")
        << J(R"({"u1":{"metas":[{"id":1,"phx_ref":"1"}]}})")
        << A(R"([["join","u1",{},{"metas":[{"id":1,"phx_ref":"1"}]}]])");
    QTest::newRow("joined metas go after the current ones")
        << J(R"({"u1":{"metas":[{"id":1,"phx_ref":"1"}]}})")
        << J(R"({"joins":{"u1":{"metas":[{"id":1,"phx_ref":"1.2"}]}},"leaves":{}})")
        << J(R"({"u1":{"metas":[{"id":1,"phx_ref":"1"},{"id":1,"phx_ref":"1.2"}]}})")
        << A(R"([["join","u1",{"metas":[{"id":1,"phx_ref":"1"}]},
                               {"metas":[{"id":1,"phx_ref":"1.2"}]}]])");
    QTest::newRow("a joined meta replaces the one with its phx_ref")
        << J(R"({"u1":{"metas":[{"phx_ref":"1","s":"away"},{"phx_ref":"2"}]}})")
        << J(R"({"joins":{"u1":{"metas":[{"phx_ref":"1","s":"online"}]}},"leaves":{}})")
        << J(R"({"u1":{"metas":[{"phx_ref":"2"},{"phx_ref":"1","s":"online"}]}})")
        << A(R"([["join","u1",{"metas":[{"phx_ref":"1","s":"away"},{"phx_ref":"2"}]},
                               {"metas":[{"phx_ref":"1","s":"online"}]}]])");
    QTest::newRow("a leave of some metas keeps the key")
        << J(R"({"u1":{"metas":[{"id":1,"phx_ref":"1"},{"id":1,"phx_ref":"1.2"}]}})")
        << J(R"({"joins":{},"leaves":{"u1":{"metas":[{"id":1,"phx_ref":"1"}]}}})")
        << J(R"({"u1":{"metas":[{"id":1,"phx_ref":"1.2"}]}})")
        << A(R"([["leave","u1",{"metas":[{"id":1,"phx_ref":"1.2"}]},
                                {"metas":[{"id":1,"phx_ref":"1"}]}]])");
    QTest::newRow("a leave of the last meta removes the key")
        << J(R"({"u1":{"metas":[{"id":1,"phx_ref":"1"}]},"u2":{"metas":[{"id":2,"phx_ref":"2"}]},
                 "u3":{"metas":[{"id":3,"phx_ref":"3"}]}})")
        << J(R"({"joins":{"u1":{"metas":[{"id":1,"phx_ref":"1.2"}]}},
                 "leaves":{"u2":{"metas":[{"id":2,"phx_ref":"2"}]}}})")
        << J(R"({"u1":{"metas":[{"id":1,"phx_ref":"1"},{"id":1,"phx_ref":"1.2"}]},
                 "u3":{"metas":[{"id":3,"phx_ref":"3"}]}})")
        << A(R"([["join","u1",{"metas":[{"id":1,"phx_ref":"1"}]},
                               {"metas":[{"id":1,"phx_ref":"1.2"}]}],
                 ["leave","u2",{"metas":[]},{"metas":[{"id":2,"phx_ref":"2"}]}]])");
    QTest::newRow("a leave of an unknown key is ignored")
        << J(R"({"u1":{"metas":[{"phx_ref":"1"}]}})")
        << J(R"({"joins":{},"leaves":{"u9":{"metas":[{"phx_ref":"9"}]}}})")
        << J(R"({"u1":{"metas":[{"phx_ref":"1"}]}})") << A(R"([])");
    QTest::newRow("a leave of an unknown meta is reported and removes nothing")
        << J(R"({"u1":{"metas":[{"phx_ref":"1"}]}})")
        << J(R"({"joins":{},"leaves":{"u1":{"metas":[{"phx_ref":"x"}]}}})")
        << J(R"({"u1":{"metas":[{"phx_ref":"1"}]}})")
        << A(R"([["leave","u1",{"metas":[{"phx_ref":"1"}]},{"metas":[{"phx_ref":"x"}]}]])");
    QTest::newRow("a join and a leave of one key: the join first")
        << J(R"({})")
        << J(R"({"joins":{"u1":{"metas":[{"phx_ref":"a"}]}},"leaves":{"u1":{"metas":[{"phx_ref":"a"}]}}})")
        << J(R"({})") << A(R"([["join","u1",{},{"metas":[{"phx_ref":"a"}]}],
                 ["leave","u1",{"metas":[]},{"metas":[{"phx_ref":"a"}]}]])");
    // as in JavaScript, where undefined === undefined
    QTest::newRow("metas without phx_ref match each other")
        << J(R"({"u1":{"metas":[{"id":1}]}})")
        << J(R"({"joins":{},"leaves":{"u1":{"metas":[{"id":2}]}}})") << J(R"({})")
        << A(R"([["leave","u1",{"metas":[]},{"metas":[{"id":2}]}]])");
}

void TestPresence::syncDiff()
{
    QFETCH(QJsonObject, state);
    QFETCH(QJsonObject, diff);
    QFETCH(QJsonObject, expected);
    QFETCH(QJsonArray, events);
    Recorder recorder;
    const QJsonObject result =
        Presence::syncDiff(state, diff, recorder.onJoin(), recorder.onLeave());
    QCOMPARE(compact(result), compact(expected));
    QCOMPARE(compact(recorder.events), compact(events));
    QCOMPARE(Presence::syncDiff(state, diff), expected);
}

void TestPresence::stateThenDiffs()
{
    Presence presence;
    QSignalSpy joins(&presence, &Presence::joined);
    QSignalSpy leaves(&presence, &Presence::left);
    QSignalSpy synced(&presence, &Presence::synced);

    presence.setJoinRef(s("1"));
    QVERIFY(presence.inPendingSyncState());
    QVERIFY(presence.handleState(J(R"({"alice":{"metas":[{"phx_ref":"a1"}]}})")));
    QVERIFY(!presence.inPendingSyncState());
    QCOMPARE(synced.size(), 1);
    QCOMPARE(compact(signalEvents(joins, leaves, { true })),
             compact(A(R"([["join","alice",{},{"metas":[{"phx_ref":"a1"}]}]])")));

    // a second device for alice, and bob
    QVERIFY(presence.handleDiff(J(R"({"joins":{"alice":{"metas":[{"phx_ref":"a2"}]},
                                              "bob":{"metas":[{"phx_ref":"b1"}]}},"leaves":{}})")));
    QCOMPARE(synced.size(), 2);
    QCOMPARE(presence.pendingDiffCount(), 0);
    QCOMPARE(compact(presence.state()),
             compact(J(R"({"alice":{"metas":[{"phx_ref":"a1"},{"phx_ref":"a2"}]},
                           "bob":{"metas":[{"phx_ref":"b1"}]}})")));

    // alice's first device leaves, then bob entirely
    QVERIFY(
        presence.handleDiff(J(R"({"joins":{},"leaves":{"alice":{"metas":[{"phx_ref":"a1"}]}}})")));
    QVERIFY(
        presence.handleDiff(J(R"({"joins":{},"leaves":{"bob":{"metas":[{"phx_ref":"b1"}]}}})")));
    QCOMPARE(synced.size(), 4);
    QCOMPARE(compact(signalEvents(joins, leaves, { true, true, true, false, false })),
             compact(A(R"([["join","alice",{},{"metas":[{"phx_ref":"a1"}]}],
                           ["join","alice",{"metas":[{"phx_ref":"a1"}]},{"metas":[{"phx_ref":"a2"}]}],
                           ["join","bob",{},{"metas":[{"phx_ref":"b1"}]}],
                           ["leave","alice",{"metas":[{"phx_ref":"a2"}]},{"metas":[{"phx_ref":"a1"}]}],
                           ["leave","bob",{"metas":[]},{"metas":[{"phx_ref":"b1"}]}]])")));
    QCOMPARE(compact(presence.state()), compact(J(R"({"alice":{"metas":[{"phx_ref":"a2"}]}})")));
}

void TestPresence::diffsBeforeStateAreBufferedInOrder()
{
    Presence presence;
    QSignalSpy joins(&presence, &Presence::joined);
    QSignalSpy leaves(&presence, &Presence::left);
    QSignalSpy synced(&presence, &Presence::synced);
    presence.setJoinRef(s("3"));

    // carol joins then leaves: applied in the other order she would stay
    QVERIFY(
        presence.handleDiff(J(R"({"joins":{"carol":{"metas":[{"phx_ref":"c1"}]}},"leaves":{}})")));
    QVERIFY(
        presence.handleDiff(J(R"({"joins":{},"leaves":{"carol":{"metas":[{"phx_ref":"c1"}]}}})")));
    // and alice, who is in the state, gets a second meta
    QVERIFY(
        presence.handleDiff(J(R"({"joins":{"alice":{"metas":[{"phx_ref":"a2"}]}},"leaves":{}})")));
    QCOMPARE(presence.pendingDiffCount(), 3);
    QVERIFY(presence.state().isEmpty());
    QCOMPARE(joins.size(), 0);
    QCOMPARE(leaves.size(), 0);
    QCOMPARE(synced.size(), 0);
    QVERIFY(presence.list().isEmpty());

    QVERIFY(presence.handleState(J(R"({"alice":{"metas":[{"phx_ref":"a1"}]}})")));
    QCOMPARE(presence.pendingDiffCount(), 0);
    QCOMPARE(synced.size(), 1); // once, after the state and every buffered diff
    QCOMPARE(compact(presence.state()),
             compact(J(R"({"alice":{"metas":[{"phx_ref":"a1"},{"phx_ref":"a2"}]}})")));
    QCOMPARE(compact(signalEvents(joins, leaves, { true, true, false, true })),
             compact(A(R"([["join","alice",{},{"metas":[{"phx_ref":"a1"}]}],
                           ["join","carol",{},{"metas":[{"phx_ref":"c1"}]}],
                           ["leave","carol",{"metas":[]},{"metas":[{"phx_ref":"c1"}]}],
                           ["join","alice",{"metas":[{"phx_ref":"a1"}]},{"metas":[{"phx_ref":"a2"}]}]])")));
    // the signals came in exactly that order: state join, diff 1, diff 2, diff 3
    QCOMPARE(joins.at(1).at(0).toString(), s("carol"));
    QCOMPARE(joins.at(2).at(0).toString(), s("alice"));

    // synced now: diffs apply at once
    QVERIFY(
        presence.handleDiff(J(R"({"joins":{},"leaves":{"alice":{"metas":[{"phx_ref":"a1"}]}}})")));
    QCOMPARE(synced.size(), 2);
    QCOMPARE(compact(presence.state()), compact(J(R"({"alice":{"metas":[{"phx_ref":"a2"}]}})")));
}

// Like the JavaScript client: a state that arrives while the channel has no
// join ref does not end the pending state.
void TestPresence::stateWithoutJoinRefKeepsBuffering()
{
    Presence presence;
    QSignalSpy synced(&presence, &Presence::synced);
    QVERIFY(presence.handleState(J(R"({"alice":{"metas":[{"phx_ref":"a1"}]}})")));
    QCOMPARE(synced.size(), 1);
    QCOMPARE(presence.list().size(), 1);
    QVERIFY(presence.inPendingSyncState());

    QVERIFY(
        presence.handleDiff(J(R"({"joins":{"bob":{"metas":[{"phx_ref":"b1"}]}},"leaves":{}})")));
    QCOMPARE(presence.pendingDiffCount(), 1);
    QCOMPARE(synced.size(), 1);
    QVERIFY(!presence.state().contains(s("bob")));
}

void TestPresence::rejoinBuffersUntilTheNewState()
{
    Presence presence;
    QSignalSpy joins(&presence, &Presence::joined);
    QSignalSpy leaves(&presence, &Presence::left);
    presence.setJoinRef(s("1"));
    QVERIFY(presence.handleState(
        J(R"({"alice":{"metas":[{"phx_ref":"a1"}]},"bob":{"metas":[{"phx_ref":"b1"}]}})")));
    QCOMPARE(joins.size(), 2);

    // the channel rejoined: diffs wait for the state of join 2
    presence.setJoinRef(s("2"));
    QCOMPARE(presence.joinRef(), s("2"));
    QVERIFY(presence.inPendingSyncState());
    QVERIFY(
        presence.handleDiff(J(R"({"joins":{"dave":{"metas":[{"phx_ref":"d1"}]}},"leaves":{}})")));
    QCOMPARE(presence.pendingDiffCount(), 1);
    QCOMPARE(presence.state().size(), 2);

    // the new state is compared with the old one: bob left while we were away,
    // carol came; then the buffered diff adds dave
    joins.clear();
    QVERIFY(presence.handleState(
        J(R"({"alice":{"metas":[{"phx_ref":"a1"}]},"carol":{"metas":[{"phx_ref":"c1"}]}})")));
    QVERIFY(!presence.inPendingSyncState());
    QCOMPARE(compact(signalEvents(joins, leaves, { true, false, true })),
             compact(A(R"([["join","carol",{},{"metas":[{"phx_ref":"c1"}]}],
                           ["leave","bob",{"metas":[]},{"metas":[{"phx_ref":"b1"}]}],
                           ["join","dave",{},{"metas":[{"phx_ref":"d1"}]}]])")));
    QCOMPARE(presence.state().keys(), QStringList({ s("alice"), s("carol"), s("dave") }));
}

void TestPresence::handleEvent()
{
    Presence presence(Presence::Events { s("state"), s("diff") });
    presence.setJoinRef(s("1"));
    QCOMPARE(presence.events().state, s("state"));

    const Result<bool> other = presence.handleEvent(s("presence_state"), J(R"({})"));
    QVERIFY(other);
    QVERIFY(!*other); // not this presence's event name

    const Result<bool> state =
        presence.handleEvent(s("state"), J(R"({"u1":{"metas":[{"phx_ref":"1"}]}})"));
    QVERIFY(state);
    QVERIFY(*state);
    const Result<bool> diff = presence.handleEvent(
        s("diff"), J(R"({"joins":{"u2":{"metas":[{"phx_ref":"2"}]}},"leaves":{}})"));
    QVERIFY(diff);
    QVERIFY(*diff);
    QCOMPARE(presence.state().keys(), QStringList({ s("u1"), s("u2") }));

    const Result<bool> bad = presence.handleEvent(s("diff"), QJsonValue(3));
    QVERIFY(!bad);
    QCOMPARE(bad.error().code(), Error::Code::PhoenixError);
    QCOMPARE(bad.error().message(),
             s("Malformed diff payload: the diff is a number, not an object"));

    // the default event names
    Presence standard;
    QCOMPARE(standard.events().state, s("presence_state"));
    QCOMPARE(standard.events().diff, s("presence_diff"));
    QVERIFY(*standard.handleEvent(s("presence_state"), J(R"({})")));
    QVERIFY(*standard.handleEvent(s("presence_diff"), J(R"({"joins":{},"leaves":{}})")));
    QVERIFY(!*standard.handleEvent(s("new_msg"), J(R"({})")));
}

void TestPresence::malformedPayloads_data()
{
    QTest::addColumn<bool>("isState");
    QTest::addColumn<QJsonValue>("payload");
    QTest::addColumn<QString>("message");

    QTest::newRow("state array") << true << QJsonValue(QJsonArray())
                                 << s("Malformed presence_state payload: the state is an array, "
                                      "not an object of presences");
    QTest::newRow("state presence string")
        << true << QJsonValue(J(R"({"u1":"x"})"))
        << s("Malformed presence_state payload: presence \"u1\" in the state is a string, not an "
             "object");
    QTest::newRow("state presence without metas")
        << true << QJsonValue(J(R"({"u1":{"metas":[]},"u2":{"name":"x"}})"))
        << s("Malformed presence_state payload: presence \"u2\" in the state has no metas array "
             "(metas is missing)");
    QTest::newRow("state metas object")
        << true << QJsonValue(J(R"({"u1":{"metas":{}}})"))
        << s("Malformed presence_state payload: presence \"u1\" in the state has no metas array "
             "(metas is an object)");
    QTest::newRow("diff null") << false << QJsonValue(QJsonValue::Null)
                               << s("Malformed presence_diff payload: the diff is null, not an "
                                    "object");
    QTest::newRow("diff without leaves")
        << false << QJsonValue(J(R"({"joins":{}})"))
        << s("Malformed presence_diff payload: leaves is missing, not an object of presences");
    QTest::newRow("diff joins array")
        << false << QJsonValue(J(R"({"joins":[],"leaves":{}})"))
        << s("Malformed presence_diff payload: joins is an array, not an object of presences");
    QTest::newRow("diff leave without metas")
        << false << QJsonValue(J(R"({"joins":{},"leaves":{"u1":{"metas":null}}})"))
        << s("Malformed presence_diff payload: presence \"u1\" in leaves has no metas array "
             "(metas is null)");
    QTest::newRow("diff join number")
        << false << QJsonValue(J(R"({"joins":{"u1":1},"leaves":{}})"))
        << s("Malformed presence_diff payload: presence \"u1\" in joins is a number, not an "
             "object");
}

void TestPresence::malformedPayloads()
{
    QFETCH(bool, isState);
    QFETCH(QJsonValue, payload);
    QFETCH(QString, message);

    Presence presence;
    presence.setJoinRef(s("1"));
    QVERIFY(presence.handleState(J(R"({"u1":{"metas":[{"phx_ref":"1"}]}})")));
    const QJsonObject before = presence.state();
    QSignalSpy synced(&presence, &Presence::synced);
    QSignalSpy joins(&presence, &Presence::joined);

    const Result<void> result =
        isState ? presence.handleState(payload) : presence.handleDiff(payload);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::PhoenixError);
    QCOMPARE(result.error().message(), message);
    QCOMPARE(presence.state(), before);
    QCOMPARE(presence.pendingDiffCount(), 0);
    QCOMPARE(synced.size(), 0);
    QCOMPARE(joins.size(), 0);

    // not buffered either while pending
    Presence pending;
    QVERIFY(!(isState ? pending.handleState(payload) : pending.handleDiff(payload)));
    QCOMPARE(pending.pendingDiffCount(), 0);
}

void TestPresence::list()
{
    Presence presence;
    presence.setJoinRef(s("1"));
    QVERIFY(presence.handleState(J(R"({
        "u1":{"metas":[{"id":1,"phx_ref":"1.first"},{"id":1,"phx_ref":"1.second"}]},
        "u2":{"metas":[{"id":2,"phx_ref":"2"}],"user":{"name":"Bo"}}})")));

    const QList<QJsonObject> all = presence.list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0),
             J(R"({"metas":[{"id":1,"phx_ref":"1.first"},{"id":1,"phx_ref":"1.second"}]})"));
    QCOMPARE(all.at(1), J(R"({"metas":[{"id":2,"phx_ref":"2"}],"user":{"name":"Bo"}})"));

    // the JS docs' example: the first meta of each presence
    const QList<QJsonObject> firstMetas = presence.list([](const QString &, const QJsonObject &p) {
        return p.value(QLatin1String("metas")).toArray().first().toObject();
    });
    QCOMPARE(firstMetas,
             QList<QJsonObject>(
                 { J(R"({"id":1,"phx_ref":"1.first"})"), J(R"({"id":2,"phx_ref":"2"})") }));

    // any result type: key and device count
    const QList<QString> counts = presence.list([](const QString &key, const QJsonObject &p) {
        return key + QLatin1Char('=')
            + QString::number(p.value(QLatin1String("metas")).toArray().size());
    });
    QCOMPARE(counts, QStringList({ s("u1=2"), s("u2=1") }));

    // the static form over any state
    const QList<int> ids = Presence::list(
        J(R"({"a":{"metas":[{"id":7}]},"b":{"metas":[{"id":8}]}})"),
        [](const QString &, const QJsonObject &p) {
            return p.value(QLatin1String("metas")).toArray().at(0)[QLatin1String("id")].toInt();
        });
    QCOMPARE(ids, QList<int>({ 7, 8 }));
    QVERIFY(Presence::list(QJsonObject()).isEmpty());
}

QTEST_GUILESS_MAIN(TestPresence)
#include "tst_presence.moc"
