// MessageAccess: the send path's in-place edits and the text it hands to
// QWebSocket, without changing what any other copy of the message sees.
#include "websocket/messageaccess.h"

#include <QTest>

using namespace maxmon;

class TestMessageAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wireTextIsTheStringGiven();
    void wireTextOfOtherMessagesIsTheirText();
    void setIdEditsOnlyThisCopy();
    void stampNowEditsOnlyThisCopy();
    void nullMessagesStayNull();
};

void TestMessageAccess::wireTextIsTheStringGiven()
{
    const QString text = QStringLiteral("\u00e9t\u00e9 \U0001F600");
    const Message message = Message::fromText(Message::Direction::Outgoing, text);
    const QString wire = MessageAccess::wireText(message);
    QCOMPARE(wire, text);
    QCOMPARE(wire.constData(), text.constData()); // shared, not decoded again
    QCOMPARE(wire.toUtf8(), message.payload());
    // incoming messages do not keep Qt's string: decoded on demand
    const Message incoming = Message::fromText(Message::Direction::Incoming, text);
    QCOMPARE(MessageAccess::wireText(incoming), text);
    QVERIFY(MessageAccess::wireText(incoming).constData() != text.constData());
}

void TestMessageAccess::wireTextOfOtherMessagesIsTheirText()
{
    const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBFhi");
    const Message fromBytes = Message::fromText(Message::Direction::Outgoing, bom);
    QCOMPARE(MessageAccess::wireText(fromBytes), fromBytes.text());
    QCOMPARE(MessageAccess::wireText(fromBytes).toUtf8(), bom); // the U+FEFF is kept
    const Message json =
        Message::fromJson(Message::Direction::Outgoing, QJsonObject { { QStringLiteral("a"), 1 } });
    QCOMPARE(MessageAccess::wireText(json), json.text());
    // a lone surrogate: the payload holds what Qt's encoder makes of it, and so does the wire
    const QString lone = QString(QChar(0xD800)) + QLatin1String("x");
    const Message broken = Message::fromText(Message::Direction::Outgoing, lone);
    QCOMPARE(MessageAccess::wireText(broken).toUtf8(), broken.payload());
}

void TestMessageAccess::setIdEditsOnlyThisCopy()
{
    Message message = Message::fromText(Message::Direction::Outgoing, QByteArrayLiteral("a"));
    const Message other = message;
    MessageAccess::setId(message, QStringLiteral("7"));
    QCOMPARE(message.id(), QStringLiteral("7"));
    QVERIFY(other.id().isEmpty());
    QVERIFY(message.sharesPayloadWith(other));
    // unshared now: edited in place, same result
    MessageAccess::setId(message, QStringLiteral("8"));
    QCOMPARE(message.id(), QStringLiteral("8"));
    QVERIFY(other.id().isEmpty());
}

void TestMessageAccess::stampNowEditsOnlyThisCopy()
{
    Message message = Message::fromText(Message::Direction::Outgoing, QByteArrayLiteral("a"))
                          .withTimestamps(1, 2);
    const Message other = message;
    const qint64 before = Message::nowMonotonicNs();
    MessageAccess::stampNow(message);
    QVERIFY(message.monotonicNs() >= before);
    QVERIFY(message.timestampUs() > 1);
    QCOMPARE(other.timestampUs(), qint64(1));
    QCOMPARE(other.monotonicNs(), qint64(2));
}

void TestMessageAccess::nullMessagesStayNull()
{
    Message message;
    MessageAccess::setId(message, QStringLiteral("1"));
    MessageAccess::stampNow(message);
    QVERIFY(message.isNull());
    QVERIFY(MessageAccess::wireText(message).isEmpty());
}

QTEST_GUILESS_MAIN(TestMessageAccess)
#include "tst_messageaccess.moc"
