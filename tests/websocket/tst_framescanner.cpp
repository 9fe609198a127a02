// FrameScanner: the frames and the RFC 6455 violations it finds in raw
// bytes, whole or fed byte by byte, and what it says Qt 6.4 tolerates.
#include "rawwebsocketpeer.h"

#include <maxmon/framescanner.h>

#include <QTest>

using namespace maxmon;
using maxmon::test::RawWebSocketPeer;
using Spec = RawWebSocketPeer::FrameSpec;
using Sender = FrameScanner::Sender;

namespace {

QByteArray frame(int opcode, const QByteArray &payload, bool fin = true, int rsv = 0,
                 bool masked = false, int lengthBytes = -1)
{
    Spec spec;
    spec.opcode = opcode;
    spec.payload = payload;
    spec.fin = fin;
    spec.rsv = rsv;
    spec.masked = masked;
    spec.lengthBytes = lengthBytes;
    return RawWebSocketPeer::frame(spec);
}

struct Outcome
{
    QStringList rules;
    int frames = 0;
    bool failed = false;
    bool closed = false;
    QList<QByteArray> controlPayloads;
};

Outcome scan(Sender sender, const QByteArray &bytes, bool byteByByte, bool inspectText)
{
    Outcome outcome;
    FrameScanner scanner(sender);
    scanner.setInspectText(inspectText);
    scanner.setFrameHandler([&](const FrameScanner::Frame &f) {
        ++outcome.frames;
        if (f.isControl())
            outcome.controlPayloads.append(f.payload);
    });
    scanner.setViolationHandler([&](const FrameScanner::Violation &v) {
        outcome.rules.append(FrameScanner::Violation::ruleName(v.rule));
    });
    if (byteByByte) {
        for (const char c : bytes)
            scanner.feed(QByteArrayView(&c, 1));
    } else {
        scanner.feed(bytes);
    }
    outcome.failed = scanner.hasFailed();
    outcome.closed = scanner.isClosed();
    if (scanner.position() != bytes.size())
        outcome.rules.append(QStringLiteral("position %1").arg(scanner.position()));
    return outcome;
}

QStringList rule(const char *name)
{
    return { QString::fromLatin1(name) };
}

QByteArray closePayload(int code, const QByteArray &reason = {})
{
    return RawWebSocketPeer::closeFrame(code, reason).mid(2);
}

} // namespace

class TestFrameScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void violations_data();
    void violations();
    void controlPayloadsAreUnmasked();
    void closeFrameGivesCodeAndReason();
    void skippedPayloadCountsAsScanned();
    void describesEveryRule();
};

void TestFrameScanner::violations_data()
{
    QTest::addColumn<int>("sender");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("inspectText");
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<int>("frames");
    QTest::addColumn<bool>("failed");

    const int server = int(Sender::Server);
    const int client = int(Sender::Client);
    const QStringList none;
    QTest::newRow("text, binary, ping")
        << server << frame(1, "hi") + frame(2, QByteArray::fromHex("00ff")) + frame(9, "") << true
        << none << 3 << false;
    QTest::newRow("fragmented text with a ping inside")
        << server << frame(1, "he", false) + frame(9, "p") + frame(0, "llo") << true << none << 3
        << false;
    QTest::newRow("16-bit length")
        << server << frame(2, QByteArray(300, 'x')) << false << none << 1 << false;
    QTest::newRow("64-bit length")
        << server << frame(2, QByteArray(70000, 'x')) << false << none << 1 << false;
    QTest::newRow("RSV1") << server << frame(1, "x", true, 4) << false << rule("rsv_bits_set") << 0
                          << true;
    QTest::newRow("reserved opcode 7")
        << server << frame(7, "x") << false << rule("reserved_opcode") << 0 << true;
    QTest::newRow("ping of 126 bytes") << server << frame(9, QByteArray(126, 'p')) << false
                                       << rule("control_frame_too_long") << 0 << true;
    QTest::newRow("fragmented close")
        << server << frame(8, "", false) << false << rule("fragmented_control_frame") << 0 << true;
    QTest::newRow("length 5 in 2 bytes") << server << frame(2, "12345", true, 0, false, 2) << false
                                         << rule("non_minimal_length") << 0 << true;
    QTest::newRow("length 300 in 8 bytes")
        << server << frame(2, QByteArray(300, 'x'), true, 0, false, 8) << false
        << rule("non_minimal_length") << 0 << true;
    QTest::newRow("length with the high bit")
        << server << QByteArray::fromHex("827f8000000000000001") << false
        << rule("length_high_bit_set") << 0 << true;
    QTest::newRow("orphan continuation")
        << server << frame(0, "x") << false << rule("orphan_continuation") << 0 << true;
    QTest::newRow("text inside a fragmented binary")
        << server << frame(2, "a", false) + frame(1, "b") << false << rule("missing_continuation")
        << 1 << true;
    QTest::newRow("masked server frame, scanning goes on")
        << server << frame(1, "hi", true, 0, true) + frame(2, "x") << false
        << rule("masked_server_frame") << 2 << false;
    QTest::newRow("unmasked client frame")
        << client << frame(1, "hi") << false << rule("unmasked_client_frame") << 1 << false;
    QTest::newRow("masked client frame")
        << client << frame(1, "hi", true, 0, true) << true << none << 1 << false;
    QTest::newRow("close with one byte")
        << server << frame(8, "\x03") << false << rule("close_frame_too_short") << 0 << true;
    for (const int code : { 999, 1004, 1005, 1006, 1015, 1016, 2999, 5000 }) {
        QTest::addRow("close code %d", code) << server << frame(8, closePayload(code)) << false
                                             << rule("invalid_close_code") << 0 << true;
    }
    for (const int code : { 1000, 1001, 1011, 1012, 1014, 3000, 4999 }) {
        QTest::addRow("close code %d is allowed", code)
            << server << frame(8, closePayload(code, "ok")) << false << none << 1 << false;
    }
    QTest::newRow("close without a code") << server << frame(8, "") << false << none << 1 << false;
    QTest::newRow("close reason not UTF-8") << server << frame(8, closePayload(1000, "\xff"))
                                            << false << rule("invalid_close_reason") << 0 << true;
    QTest::newRow("data after close") << server << frame(8, closePayload(1000)) + frame(1, "late")
                                      << false << rule("data_after_close") << 1 << false;
    QTest::newRow("invalid UTF-8 text, inspected")
        << server << frame(1, "\xc3\x28") << true << rule("invalid_utf8_text") << 0 << true;
    QTest::newRow("invalid UTF-8 text, not inspected")
        << server << frame(1, "\xc3\x28") << false << none << 1 << false;
    QTest::newRow("character split across frames is valid")
        << server << frame(1, "\xc3", false) + frame(0, "\xa9") << true << none << 2 << false;
    QTest::newRow("text ends in the middle of a character")
        << server << frame(1, "ab\xe2\x82") << true << rule("invalid_utf8_text") << 0 << true;
    QTest::newRow("overlong encoding")
        << server << frame(1, "\xc0\xaf") << true << rule("invalid_utf8_text") << 0 << true;
    QTest::newRow("surrogate") << server << frame(1, "\xed\xa0\x80") << true
                               << rule("invalid_utf8_text") << 0 << true;
    QTest::newRow("masked invalid UTF-8 from a client")
        << client << frame(1, "\xf5\x80", true, 0, true) << true << rule("invalid_utf8_text") << 0
        << true;
    QTest::newRow("nothing after a failure is scanned")
        << server << frame(1, "x", true, 4) + frame(9, QByteArray(200, 'p')) << false
        << rule("rsv_bits_set") << 0 << true;
}

void TestFrameScanner::violations()
{
    QFETCH(int, sender);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, inspectText);
    QFETCH(QStringList, rules);
    QFETCH(int, frames);
    QFETCH(bool, failed);
    for (const bool byteByByte : { false, true }) {
        const Outcome outcome = scan(Sender(sender), bytes, byteByByte, inspectText);
        QCOMPARE(outcome.rules, rules);
        QCOMPARE(outcome.frames, frames);
        QCOMPARE(outcome.failed, failed);
    }
}

void TestFrameScanner::controlPayloadsAreUnmasked()
{
    const Outcome outcome = scan(Sender::Client, frame(9, "hello", true, 0, true), false, false);
    QCOMPARE(outcome.controlPayloads, QList<QByteArray> { "hello" });
}

void TestFrameScanner::closeFrameGivesCodeAndReason()
{
    FrameScanner scanner(Sender::Server);
    scanner.feed(frame(1, "a") + RawWebSocketPeer::closeFrame(4001, "over"));
    QVERIFY(scanner.isClosed());
    QVERIFY(scanner.closeFrame());
    QCOMPARE(scanner.closeFrame()->closeCode(), 4001);
    QCOMPARE(scanner.closeFrame()->closeReason(), QByteArray("over"));
    QCOMPARE(scanner.closeFrame()->offset, 3);
    QCOMPARE(scanner.closeFrame()->end(), 3 + 2 + 6);

    FrameScanner invalid(Sender::Server);
    invalid.feed(RawWebSocketPeer::closeFrame(1005));
    QVERIFY(invalid.hasFailed());
    QVERIFY(invalid.closeFrame()); // still the server's close frame
    QCOMPARE(invalid.closeFrame()->closeCode(), 1005);
    QCOMPARE(invalid.failure()->rule, FrameScanner::Rule::InvalidCloseCode);
    QCOMPARE(invalid.failure()->closeCode(), 1002);
}

void TestFrameScanner::skippedPayloadCountsAsScanned()
{
    const QByteArray big = frame(2, QByteArray(100000, 'b'));
    const QByteArray next = frame(9, "after");
    FrameScanner scanner(Sender::Server);
    int frames = 0;
    scanner.setFrameHandler([&](const FrameScanner::Frame &) { ++frames; });
    scanner.feed(big.left(10)); // the header and no more
    QCOMPARE(scanner.skippable(), 100000);
    scanner.skip(scanner.skippable());
    QCOMPARE(frames, 1);
    QCOMPARE(scanner.skippable(), 0);
    scanner.feed(next);
    QCOMPARE(frames, 2);
    QCOMPARE(scanner.position(), big.size() + next.size());

    FrameScanner text(Sender::Server);
    text.setInspectText(true);
    text.feed(frame(1, QByteArray(300, 'a')).left(4));
    QCOMPARE(text.skippable(), 0); // inspected text needs its bytes
}

void TestFrameScanner::describesEveryRule()
{
    for (int rule = int(FrameScanner::Rule::RsvBitsSet);
         rule <= int(FrameScanner::Rule::DataAfterClose); ++rule) {
        FrameScanner::Violation violation;
        violation.rule = FrameScanner::Rule(rule);
        for (const Sender sender : { Sender::Client, Sender::Server }) {
            violation.sender = sender;
            QVERIFY2(!violation.describe().isEmpty(), qPrintable(QString::number(rule)));
        }
        QVERIFY(!FrameScanner::Violation::ruleName(violation.rule).isEmpty());
    }
    FrameScanner::Violation masked;
    masked.rule = FrameScanner::Rule::MaskedServerFrame;
    QVERIFY(masked.toleratedByQt());
    masked.rule = FrameScanner::Rule::RsvBitsSet;
    QVERIFY(!masked.toleratedByQt());
}

QTEST_GUILESS_MAIN(TestFrameScanner)
#include "tst_framescanner.moc"
