// The German and Russian translations at run time: translations/maxmon_*.ts
// compiled with lrelease into a temporary directory, installed with a
// QTranslator, and the texts produced by the real code (CLI option errors,
// console lines, config validation, status lines, plurals, GUI widgets)
// compared with the translations in the .ts file. That lupdate files every
// text under the context the code looks it up in is tst_translationfiles'
// "contexts" check. Then what a native speaker expects (issue 18): figures in
// the language's locale ("10.000 ms", "0,9 ms"), no English word left in a
// German window, and maxmon_en.qm's English plurals ("84 messages").
#include "charts/chartpanel.h"
#include "connectoptions.h"
#include "console.h"
#include "diagnostics/diagnosticspanel.h"
#include "log/messagedetailview.h"
#include "phoenix/channellistmodel.h"
#include "phoenix/pushform.h"
#include "window/connectiontab.h"
#include "window/statussummary.h"

#include <maxmon/connectionhealth.h>
#include <maxmon/deliverystatus.h>
#include <maxmon/latencystats.h>
#include <maxmon/localeformat.h>
#include <maxmon/messagelogmodel.h>
#include <maxmon/reconnectstatus.h>
#include <maxmon/tlssessioninfo.h>
#include <maxmon/websocketclient.h>

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QValueAxis>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

using namespace maxmon;
using namespace maxmon::cli;

namespace {

const QString sourceDir = QStringLiteral(MAXMON_SOURCE_DIR);

// One language's .ts file: the translations by context and source text.
struct TsFile
{
    QHash<QString, QHash<QString, QStringList>> messages; // context -> source -> forms

    // The translation of a non-plural message; empty (and a warning) when missing,
    // so that the comparison with the code's text fails.
    QString text(const QString &context, const QString &source) const
    {
        const QStringList forms = messages.value(context).value(source);
        if (forms.size() != 1)
            qWarning("no single translation for [%s] %s", qPrintable(context), qPrintable(source));
        return forms.value(0);
    }
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ts;
    QXmlStreamReader xml(&file);
    QString context, source;
    QStringList forms;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            forms.clear();
            // numerus forms are children; a plain translation is text
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    forms.append(xml.readElementText());
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (forms.isEmpty())
                forms.append(text);
            ts.messages[context].insert(source, forms);
        }
    }
    return ts;
}

// The translation's fixed parts around %1..%9: does actual fit it?
bool fits(const QString &actual, const QString &translation)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?[1-9n]"));
    QString pattern;
    qsizetype pos = 0;
    for (QRegularExpressionMatchIterator it = placeholder.globalMatch(translation); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        pattern += QRegularExpression::escape(translation.mid(pos, match.capturedStart() - pos))
            + QLatin1String(".*");
        pos = match.capturedEnd();
    }
    pattern += QRegularExpression::escape(translation.mid(pos));
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                              QRegularExpression::DotMatchesEverythingOption)
        .match(actual)
        .hasMatch();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void cliOptionErrors_data();
    void cliOptionErrors();
    void consoleLines_data();
    void consoleLines();
    void connectionConfigValidation_data();
    void connectionConfigValidation();
    void statusLines_data();
    void statusLines();
    void invalidStateSentences_data();
    void invalidStateSentences();
    void pluralForms();
    void guiTexts_data();
    void guiTexts();
    void localeFigures_data();
    void localeFigures();
    void germanWindowFigures();
    void noEnglishLeftInGerman();
    void englishPlurals();

private:
    void addLanguages();
    // installs the language's translator (until cleanup()) and returns its .ts
    const TsFile &use(const QString &language);

    QTemporaryDir m_qmDir;
    QHash<QString, TsFile> m_ts;
    std::unique_ptr<QTranslator> m_translator;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_qmDir.isValid());
    for (const QString &language :
         { QStringLiteral("de"), QStringLiteral("ru"), QStringLiteral("en") }) {
        const QString ts = sourceDir + QStringLiteral("/translations/maxmon_%1.ts").arg(language);
        const QString qm = m_qmDir.filePath(QStringLiteral("maxmon_%1.qm").arg(language));
        QProcess lrelease;
        lrelease.start(QStringLiteral(MAXMON_LRELEASE), { ts, QStringLiteral("-qm"), qm });
        QVERIFY(lrelease.waitForFinished(60000));
        const QString output = QString::fromLocal8Bit(lrelease.readAllStandardOutput()
                                                      + lrelease.readAllStandardError());
        QVERIFY2(lrelease.exitStatus() == QProcess::NormalExit && lrelease.exitCode() == 0,
                 qPrintable(output));
        QVERIFY2(output.contains(QLatin1String(" 0 unfinished")), qPrintable(output));
        m_ts.insert(language, readTs(ts));
        QVERIFY(m_ts.value(language).messages.size() > (language == QLatin1String("en") ? 20 : 50));
    }
}

void TestTranslations::cleanup()
{
    QLocale::setDefault(QLocale::system());
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
}

void TestTranslations::addLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("ru") << QStringLiteral("ru");
}

const TsFile &TestTranslations::use(const QString &language)
{
    cleanup();
    m_translator = std::make_unique<QTranslator>();
    const bool loaded =
        m_translator->load(m_qmDir.filePath(QStringLiteral("maxmon_%1.qm").arg(language)));
    if (!loaded || !QCoreApplication::installTranslator(m_translator.get()))
        qFatal("cannot install the %s translator", qPrintable(language));
    return m_ts[language];
}

void TestTranslations::cliOptionErrors_data()
{
    addLanguages();
}

void TestTranslations::cliOptionErrors()
{
    QFETCH(QString, language);
    const TsFile &ts = use(language);
    const ConnectOptions options; // its option descriptions are translated as it is made
    QCommandLineParser parser;
    options.addTo(&parser);

    QVERIFY(parser.parse(
        { QStringLiteral("maxmon-cli"), QStringLiteral("--cert"), QStringLiteral("client.pem") }));
    QStringList warnings;
    Result<ConnectionConfig> config =
        options.toConfig(parser, QStringLiteral("ws://127.0.0.1:1/"), &warnings);
    QVERIFY(!config);
    const QString together = ts.text(QStringLiteral("maxmon::cli::ConnectOptions"),
                                     QStringLiteral("--cert and --key go together."));
    QCOMPARE(config.error().message(), together);
    QVERIFY(together != QLatin1String("--cert and --key go together."));

    // a unit parser's sentence (free functions: maxmon::Units) inside the option's error
    QVERIFY(parser.parse({ QStringLiteral("maxmon-cli"), QStringLiteral("--connect-timeout"),
                           QStringLiteral("soon") }));
    config = options.toConfig(parser, QStringLiteral("ws://127.0.0.1:1/"), &warnings);
    QVERIFY(!config);
    QCOMPARE(config.error().message(),
             QStringLiteral("--connect-timeout: ")
                 + ts.text(QStringLiteral("maxmon::Units"),
                           QStringLiteral("\"%1\" is not a duration (try %2)."))
                       .arg(QStringLiteral("soon"), QStringLiteral("500ms, 1s, 2m")));

    const QString helpText = parser.helpText();
    // (wrapped to the terminal's width)
    QVERIFY2(
        helpText.simplified().contains(ts.text(QStringLiteral("maxmon::cli::ConnectOptions"),
                                               QStringLiteral("Offer a subprotocol (repeatable)."))
                                           .simplified()),
        qPrintable(helpText));
}

void TestTranslations::consoleLines_data()
{
    addLanguages();
}

void TestTranslations::consoleLines()
{
    QFETCH(QString, language);
    const TsFile &ts = use(language);
    const QString context = QStringLiteral("maxmon::cli::Console");
    TlsSessionInfo tls;
    tls.used = true;
    tls.protocol = QStringLiteral("TLSv1.3");
    tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    tls.chainVerified = true;
    QCOMPARE(console::tlsSummary(tls),
             ts.text(context, QStringLiteral("TLS %1, %2, chain verified"))
                 .arg(tls.protocol, tls.cipher));
    tls.chainVerified = false;
    tls.pinCheck = TlsSessionInfo::PinCheck::Matched;
    QCOMPARE(console::tlsSummary(tls),
             ts.text(context, QStringLiteral("TLS %1, %2, chain NOT verified"))
                     .arg(tls.protocol, tls.cipher)
                 + ts.text(context, QStringLiteral(", pin matched")));

    // "error [Code]:" is for scripts: never translated, only the message and hint are
    const Error error(Error::Code::InvalidState, QStringLiteral("message"), QString(),
                      QStringLiteral("hint"));
    QCOMPARE(console::errorText(error),
             QStringLiteral("error [InvalidState]: message\n")
                 + ts.text(QStringLiteral("maxmon::Error"), QStringLiteral("Hint: %1"))
                       .arg(QStringLiteral("hint")));
}

void TestTranslations::connectionConfigValidation_data()
{
    addLanguages();
}

void TestTranslations::connectionConfigValidation()
{
    QFETCH(QString, language);
    const TsFile &ts = use(language);
    const QString context = QStringLiteral("maxmon::ConnectionConfig");

    // validateWebSocketUrl, a free function
    ConnectionConfig config;
    config.url = QUrl(QStringLiteral("http://example.com/socket"));
    QList<ConfigIssue> issues = config.validate();
    QVERIFY(!issues.isEmpty());
    QCOMPARE(issues.constFirst().message,
             ts.text(context,
                     QStringLiteral("the scheme must be ws or wss, not %1 (did you mean "
                                    "%2?)"))
                 .arg(QStringLiteral("http"), QStringLiteral("ws://")));

    // a member function
    config.url = QUrl(QStringLiteral("ws://example.com/socket"));
    config.connectTimeoutMs = 0;
    issues = config.validate();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.constFirst().message,
             ts.text(context, QStringLiteral("must be greater than 0")));

    // a reader in the anonymous namespace, while parsing a profile
    issues.clear();
    ConnectionConfig::fromJson(
        QJsonObject { { QStringLiteral("url"), QStringLiteral("ws://example.com/") },
                      { QStringLiteral("auth"),
                        QJsonObject { { QStringLiteral("mode"), QStringLiteral("sideways") } } } },
        &issues);
    QCOMPARE(issues.size(), 1);
    const QString unknown = ts.text(context, QStringLiteral("unknown value \"%1\": use one of %2"));
    QVERIFY2(fits(issues.constFirst().message, unknown), qPrintable(issues.constFirst().message));
    QVERIFY(issues.constFirst().message.contains(QLatin1String("sideways")));
}

void TestTranslations::statusLines_data()
{
    addLanguages();
}

void TestTranslations::statusLines()
{
    QFETCH(QString, language);
    const TsFile &ts = use(language);

    DeliveryStatus delivery;
    delivery.pending = 2;
    delivery.queueCapacity = 100;
    const QStringList deliveryLines = delivery.toTextLines();
    QCOMPARE(
        deliveryLines.value(0),
        ts.text(QStringLiteral("maxmon::DeliveryStatus"), QStringLiteral("Queued now: %1 of %2"))
            .arg(2)
            .arg(100));

    ReconnectStatus reconnect;
    reconnect.enabled = true;
    reconnect.attempt = 3;
    reconnect.maxAttempts = 10;
    QCOMPARE(reconnect.toTextLines().value(0),
             ts.text(QStringLiteral("maxmon::ReconnectStatus"),
                     QStringLiteral("Reconnect: attempt %1 of %2"))
                 .arg(3)
                 .arg(10));

    const QString health = QStringLiteral("maxmon::ConnectionHealth");
    const ConnectionHealth unknown = ConnectionHealth::evaluate(LatencyStats::Summary(), 0);
    QCOMPARE(unknown.rule, ts.text(health, QStringLiteral("no probe answered or lost yet")));
    QCOMPARE(ConnectionHealth::levelText(ConnectionHealth::Level::Degraded),
             ts.text(health, QStringLiteral("Degraded")));

    // LatencyStats::Summary's texts are LatencyStats's
    const QString latency = QStringLiteral("maxmon::LatencyStats");
    const LatencyStats stats;
    QCOMPARE(stats.summary().toText(),
             ts.text(latency, QStringLiteral("no RTT samples, %1"))
                 .arg(ts.text(latency, QStringLiteral("loss %1/%2 (%3 %)"))
                          .arg(0)
                          .arg(0)
                          .arg(0.0, 0, 'f', 1)));
}

void TestTranslations::invalidStateSentences_data()
{
    addLanguages();
}

void TestTranslations::invalidStateSentences()
{
    QFETCH(QString, language);
    const TsFile &ts = use(language);
    WebSocketClient client;
    QCOMPARE(client.state(), ConnectionState::Disconnected);
    const QString disconnected =
        ts.text(QStringLiteral("maxmon::ConnectionState"), QStringLiteral("Disconnected"));

    const Result<void> retried = client.retryNow();
    QVERIFY(!retried);
    QCOMPARE(retried.error().code(), Error::Code::InvalidState);
    QCOMPARE(retried.error().message(),
             ts.text(QStringLiteral("maxmon::WebSocketClient"),
                     QStringLiteral("Cannot retry now while %1."))
                 .arg(disconnected));

    const Result<void> closed = client.close();
    QVERIFY(!closed);
    QCOMPARE(
        closed.error().message(),
        ts.text(QStringLiteral("maxmon::WebSocketClient"), QStringLiteral("Cannot close while %1."))
            .arg(disconnected));
}

void TestTranslations::pluralForms()
{
    // Russian has three forms (1, 2-4, 5-20), German two: each count picks its own
    const auto bytesShown = [](int size) {
        MessageDetailView view;
        view.setMessage(Message::fromBinary(Message::Direction::Incoming, QByteArray(size, 'x')));
        return view.summaryText();
    };
    const auto lostRule = [](int lost) {
        LatencyStats::Summary stats;
        stats.probes = lost;
        stats.lost = lost;
        stats.lossRatio = 0.05; // below the Bad threshold: the consecutive losses decide
        return ConnectionHealth::evaluate(stats, lost).rule;
    };

    use(QStringLiteral("ru"));
    QVERIFY2(bytesShown(1).contains(QStringLiteral(" · 1 байт · ")), qPrintable(bytesShown(1)));
    QVERIFY2(bytesShown(2).contains(QStringLiteral(" · 2 байта · ")), qPrintable(bytesShown(2)));
    QVERIFY2(bytesShown(5).contains(QStringLiteral(" · 5 байт · ")), qPrintable(bytesShown(5)));
    QCOMPARE(lostRule(1), QStringLiteral("без ответа осталась 1 последняя проба"));
    QCOMPARE(lostRule(3), QStringLiteral("без ответа остались 3 последние пробы"));
    QCOMPARE(lostRule(5), QStringLiteral("без ответа остались 5 последних проб"));
    QCOMPARE(lostRule(21), QStringLiteral("без ответа осталась 21 последняя проба"));

    use(QStringLiteral("de"));
    QVERIFY2(bytesShown(1).contains(QStringLiteral(" · 1 Byte · ")), qPrintable(bytesShown(1)));
    QVERIFY2(bytesShown(5).contains(QStringLiteral(" · 5 Bytes · ")), qPrintable(bytesShown(5)));
    // %Ln: the count in the locale's digits grouping
    QVERIFY2(bytesShown(12345).contains(QLocale().toString(12345) + QStringLiteral(" Bytes")),
             qPrintable(bytesShown(12345)));
}

void TestTranslations::guiTexts_data()
{
    addLanguages();
}

void TestTranslations::guiTexts()
{
    QFETCH(QString, language);
    const TsFile &ts = use(language);
    ConnectionTab tab;
    StatusSummary summary;
    summary.setTab(&tab);
    const QStringList count = ts.messages.value(QStringLiteral("maxmon::StatusSummary"))
                                  .value(QStringLiteral("%Ln message(s)"));
    QCOMPARE(count.size(), language == QLatin1String("ru") ? 3 : 2);
    // nothing in the log yet: 0 takes the last form in both languages
    QCOMPARE(tab.logModel()->totalCount(), 0);
    QCOMPARE(summary.countText(),
             QString(count.constLast()).replace(QLatin1String("%Ln"), QLocale().toString(0)));

    // not connected: the sends wait in the queue
    QVERIFY(tab.client()->sendText(QStringLiteral("one")));
    QVERIFY(tab.client()->sendText(QStringLiteral("two")));
    QCOMPARE(summary.queueText(),
             ts.text(QStringLiteral("maxmon::StatusSummary"),
                     QStringLiteral("Queue %1 \u00b7 unconfirmed %2"))
                 .arg(QLocale().toString(2), QLocale().toString(0)));
}

void TestTranslations::localeFigures_data()
{
    addLanguages();
}

void TestTranslations::localeFigures()
{
    QFETCH(QString, language);
    const TsFile &ts = use(language);
    // what TranslationLoader does for the window's language
    QLocale::setDefault(QLocale(language));
    const QString context = QStringLiteral("maxmon::LocaleFormat");
    const QString ms = ts.text(context, QStringLiteral("%1 ms"));
    // German groups with '.', Russian with a (no-break) space; both a decimal comma
    const QString tenThousand =
        language == QLatin1String("de") ? QStringLiteral("10.000") : QStringLiteral("10\u00a0000");
    QCOMPARE(LocaleFormat::number(10000), tenThousand);
    QCOMPARE(LocaleFormat::milliseconds(10000, 0), QString(ms).arg(tenThousand));
    QCOMPARE(LocaleFormat::milliseconds(0.9, 1), QString(ms).arg(QStringLiteral("0,9")));
    QCOMPARE(LocaleFormat::milliseconds(0.95), QString(ms).arg(QStringLiteral("0,95")));
    QCOMPARE(LocaleFormat::messageRate(6),
             ts.text(context, QStringLiteral("%1 msg/s")).arg(QStringLiteral("6,0")));
    QCOMPARE(LocaleFormat::percent(0.025),
             ts.text(context, QStringLiteral("%1 %")).arg(QStringLiteral("2,5")));
    QCOMPARE(LocaleFormat::dataSize(1536), QLocale().formattedDataSize(1536));
    QVERIFY2(LocaleFormat::dataSize(1536).startsWith(QLatin1String("1,5")),
             qPrintable(LocaleFormat::dataSize(1536)));
}

void TestTranslations::germanWindowFigures()
{
    use(QStringLiteral("de"));
    QLocale::setDefault(QLocale(QStringLiteral("de")));
    ConnectionConfig config;
    config.url = QUrl(QStringLiteral("ws://127.0.0.1:1/"));
    config.heartbeat.intervalMs = 10000;
    config.connectTimeoutMs = 12500;
    WebSocketClient client(config);
    DiagnosticsPanel diagnostics;
    diagnostics.setClient(&client);
    diagnostics.setRates(6.04, 0.5);
    diagnostics.refresh();
    const QString text = diagnostics.text();
    QVERIFY2(text.contains(QLatin1String("alle 10.000 ms")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("12.500 ms")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("6,0 Nachr./s")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("10,000")) && !text.contains(QLatin1String("10000")),
             qPrintable(text));

    // the status bar and the charts' header line
    ConnectionTab tab;
    StatusSummary summary;
    summary.setTab(&tab);
    QVERIFY2(summary.rateText().contains(QLatin1String("0,0")), qPrintable(summary.rateText()));
    ChartPanel charts;
    QVERIFY2(charts.summaryText().contains(QLatin1String("0,0")), qPrintable(charts.summaryText()));
    QVERIFY2(!charts.summaryText().contains(QLatin1String("0.0")),
             qPrintable(charts.summaryText()));
    // the axes in the locale's digits ("37,5", "1.000"); Qt Charts draws no
    // localized label for a format without a precision ("%g")
    const QList<QChartView *> views = charts.findChildren<QChartView *>();
    QVERIFY(!views.isEmpty());
    static const QRegularExpression precise(QStringLiteral("^%\\.\\d+[efg]$"));
    for (const QChartView *view : views) {
        QVERIFY(view->chart()->localizeNumbers());
        const QList<QAbstractAxis *> axes = view->chart()->axes(Qt::Vertical);
        for (const QAbstractAxis *axis : axes) {
            const auto *values = qobject_cast<const QValueAxis *>(axis);
            QVERIFY(values);
            QVERIFY2(precise.match(values->labelFormat()).hasMatch(),
                     qPrintable(values->labelFormat()));
        }
    }

    // the health badge's rule: "p95 RTT 0,9 ms < ..."
    LatencyStats stats;
    for (int i = 0; i < 5; ++i)
        stats.addSample(0.9);
    const ConnectionHealth health = ConnectionHealth::evaluate(stats.summary(), 0);
    QVERIFY2(health.rule.contains(QLatin1String("0,9 ms")), qPrintable(health.rule));
}

void TestTranslations::noEnglishLeftInGerman()
{
    const TsFile &ts = use(QStringLiteral("de"));
    QLocale::setDefault(QLocale(QStringLiteral("de")));
    // The diagnostics' settings: words, not the profile's JSON tokens
    ConnectionConfig config;
    config.url = QUrl(QStringLiteral("ws://127.0.0.1:1/"));
    WebSocketClient client(config);
    DiagnosticsPanel diagnostics;
    diagnostics.setClient(&client);
    const QString text = diagnostics.text();
    const QString diagnosticsContext = QStringLiteral("maxmon::DiagnosticsPanel");
    const QString auth = ts.text(diagnosticsContext, QStringLiteral("Authentication: %1"))
                             .arg(ts.text(diagnosticsContext, QStringLiteral("none")));
    QVERIFY2(text.contains(auth), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String(": none")), qPrintable(text));
    QVERIFY2(text.contains(
                 ts.text(diagnosticsContext, QStringLiteral("Proxy: %1"))
                     .arg(ts.text(diagnosticsContext, QStringLiteral("the system's settings")))),
             qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("Proxy: system")), qPrintable(text));

    // close codes, the channel panel's words
    const QString normal = Error::closeCodeName(1000);
    QCOMPARE(normal, QStringLiteral("1000 Normale Schließung"));
    ChannelListModel channels;
    QCOMPARE(channels.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Thema"));
    PushForm push;
    QCOMPARE(push.pushButton()->text(), QStringLiteral("Senden"));
    for (const QString &english :
         { QStringLiteral("Topic"), QStringLiteral("Push"), QStringLiteral("Presence"),
           QStringLiteral("Normal closure") }) {
        for (auto context = ts.messages.cbegin(); context != ts.messages.cend(); ++context) {
            const QStringList forms = context->value(english);
            QVERIFY2(!forms.contains(english),
                     qPrintable(context.key() + QStringLiteral(": ") + english));
        }
    }
}

void TestTranslations::englishPlurals()
{
    const TsFile &ts = use(QStringLiteral("en"));
    // maxmon_en.ts: plural forms only, and none of them "(s)"
    for (auto context = ts.messages.cbegin(); context != ts.messages.cend(); ++context) {
        for (auto message = context->cbegin(); message != context->cend(); ++message) {
            QCOMPARE(message->size(), 2);
            for (const QString &form : *message)
                QVERIFY2(!form.contains(QLatin1String("(s)")), qPrintable(form));
        }
    }
    ConnectionTab tab;
    StatusSummary summary;
    summary.setTab(&tab);
    QCOMPARE(summary.countText(), QStringLiteral("0 messages"));
    LatencyStats::Summary stats;
    stats.probes = 1;
    stats.lost = 1;
    stats.lossRatio = 0.05;
    QCOMPARE(ConnectionHealth::evaluate(stats, 1).rule,
             QStringLiteral("the last 1 probe got no answer"));
    QCOMPARE(ConnectionHealth::evaluate(stats, 84).rule,
             QStringLiteral("the last 84 probes got no answer"));
    MessageDetailView view;
    view.setMessage(Message::fromBinary(Message::Direction::Incoming, QByteArray(1, 'x')));
    QVERIFY2(view.summaryText().contains(QLatin1String(" 1 byte ")),
             qPrintable(view.summaryText()));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
