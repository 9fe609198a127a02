// StateBadge: text, time in state, and colours readable in any theme.
#include "colorcontrast.h"
#include "widgets/statebadge.h"

#include <maxmon/message.h>

#include <QTest>

using namespace maxmon;
using maxmon::test::contrast;
using State = ConnectionState;

namespace {

const QList<State> allStates { State::Disconnected,  State::Connecting,   State::Connected,
                               State::Disconnecting, State::Reconnecting, State::Error };

} // namespace

class TestStateBadge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void durationText_data();
    void durationText();
    void showsStateAndTimeInState();
    void coloursAreReadableAndDistinct();
    void ignoresThePalette();
};

void TestStateBadge::durationText_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
    QTest::newRow("seconds") << qint64(59999) << QStringLiteral("59 s");
    QTest::newRow("minutes") << qint64(125000) << QStringLiteral("2 min 5 s");
    QTest::newRow("hours") << qint64(3 * 3600000 + 20 * 60000) << QStringLiteral("3 h 20 min");
    QTest::newRow("days") << qint64(50) * 3600000 << QStringLiteral("2 d 2 h");
}

void TestStateBadge::durationText()
{
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(StateBadge::durationText(ms), expected);
}

void TestStateBadge::showsStateAndTimeInState()
{
    StateBadge badge;
    const qint64 minuteAgo = Message::nowMonotonicNs() - qint64(65) * 1000000000;
    badge.setState(State::Connected, minuteAgo);
    QCOMPARE(badge.state(), State::Connected);
    QVERIFY2(badge.text().startsWith(QLatin1String("Connected")), qPrintable(badge.text()));
    QVERIFY2(badge.text().endsWith(QLatin1String("1 min 5 s"))
                 || badge.text().endsWith(QLatin1String("1 min 6 s")),
             qPrintable(badge.text()));
    // the time goes on without another setState()
    badge.setState(State::Error, Message::nowMonotonicNs() - 500000000);
    QVERIFY(badge.text().startsWith(QLatin1String("Error")));
    QTRY_VERIFY_WITH_TIMEOUT(badge.text().endsWith(QLatin1String("1 s")), 5000);
}

void TestStateBadge::coloursAreReadableAndDistinct()
{
    QSet<QRgb> backgrounds;
    for (State state : allStates) {
        const double ratio =
            contrast(StateBadge::textColor(state), StateBadge::backgroundColor(state));
        QVERIFY2(ratio >= 4.5,
                 qPrintable(
                     QStringLiteral("%1: contrast %2").arg(connectionStateName(state)).arg(ratio)));
        backgrounds.insert(StateBadge::backgroundColor(state).rgb());
    }
    // Connecting and Reconnecting share amber; every other state has its own colour
    QCOMPARE(backgrounds.size(), allStates.size() - 1);
}

void TestStateBadge::ignoresThePalette()
{
    StateBadge badge;
    badge.setState(State::Connected, Message::nowMonotonicNs());
    QPalette dark;
    dark.setColor(QPalette::Window, Qt::black);
    dark.setColor(QPalette::WindowText, Qt::white);
    badge.setPalette(dark);
    badge.ensurePolished();
    const QImage image = badge.grab().toImage();
    // a pixel inside the rounded pill, away from the text
    QCOMPARE(image.pixelColor(image.width() / 2, 2).rgb(),
             StateBadge::backgroundColor(State::Connected).rgb());
}

QTEST_MAIN(TestStateBadge)
#include "tst_statebadge.moc"
