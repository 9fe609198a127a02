// translations/maxmon_<lang>.ts against the sources, with lupdate run on a
// copy exactly as the update_translations target runs it (same sources and
// include directories, MAXMON_LUPDATE_INPUT):
//  - complete: no entry unfinished, obsolete or vanished; a failure lists the
//    first untranslated source strings;
//  - maxmon_en.ts holds the English plural forms only (lupdate -pluralonly,
//    as the build runs it): every entry a plural, all finished;
//  - contexts: lupdate files every tr() under the context the code asks for at
//    run time (a string filed elsewhere would never be translated).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct LupdateRun
{
    bool ok = false;
    QString output; // lupdate's stdout and stderr
};

// lupdate over the project's sources into tsFile (created if missing);
// options such as -pluralonly go before the file.
LupdateRun runLupdate(const QString &tsFile, const QStringList &options = {})
{
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(MAXMON_LUPDATE),
                  QStringList { QLatin1Char('@') + QStringLiteral(MAXMON_LUPDATE_INPUT) } + options
                      + QStringList { QStringLiteral("-ts"), tsFile });
    LupdateRun run;
    run.ok = lupdate.waitForFinished(300000) && lupdate.exitStatus() == QProcess::NormalExit
        && lupdate.exitCode() == 0;
    run.output = QString::fromLocal8Bit(lupdate.readAll());
    return run;
}

struct TsSummary
{
    QString language;
    int messages = 0;
    int plurals = 0; // messages with numerus="yes"
    QStringList unfinished; // "context: source"
    QStringList obsolete;
    QStringList vanished;
    QString error;
};

TsSummary readTs(const QString &path)
{
    TsSummary summary;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        summary.error = file.errorString();
        return summary;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("TS")) {
            summary.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            ++summary.messages;
            if (xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"))
                ++summary.plurals;
        } else if (name == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            const QString entry = context + QStringLiteral(": ") + source;
            if (type == QLatin1String("unfinished"))
                summary.unfinished.append(entry);
            else if (type == QLatin1String("obsolete"))
                summary.obsolete.append(entry);
            else if (type == QLatin1String("vanished"))
                summary.vanished.append(entry);
        }
    }
    if (xml.hasError())
        summary.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return summary;
}

QString firstOf(const QStringList &entries, int count = 10)
{
    QString text;
    for (const QString &entry : entries.mid(0, count))
        text += QStringLiteral("\n    ") + entry;
    if (entries.size() > count)
        text += QStringLiteral("\n    ... and %1 more").arg(entries.size() - count);
    return text;
}

QStringList sourceFiles()
{
    QFile list(QStringLiteral(MAXMON_LUPDATE_INPUT));
    if (!list.open(QIODevice::ReadOnly))
        return {};
    QStringList files;
    const QList<QByteArray> lines = list.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.isEmpty() && !line.startsWith("-I"))
            files.append(QString::fromLocal8Bit(line));
    }
    return files;
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void complete_data();
    void complete();
    void contexts();
};

void TestTranslationFiles::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(MAXMON_LUPDATE)).isExecutable(), MAXMON_LUPDATE);
    QVERIFY(!sourceFiles().isEmpty());
}

void TestTranslationFiles::complete_data()
{
    QTest::addColumn<QString>("tsFile");
    const QDir dir(QStringLiteral(MAXMON_TS_DIR));
    const QStringList files = dir.entryList({ QStringLiteral("maxmon_*.ts") }, QDir::Files);
    QVERIFY(files.contains(QStringLiteral("maxmon_en.ts")));
    QVERIFY(files.size() >= 3);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestTranslationFiles::complete()
{
    QFETCH(QString, tsFile);
    QTemporaryDir work;
    const QString copy = work.filePath(QFileInfo(tsFile).fileName());
    QVERIFY(QFile::copy(tsFile, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    // maxmon_de.ts is German: language="de" (or de_DE)
    const QString language = QFileInfo(tsFile).completeBaseName().mid(7);
    const bool english = language == QLatin1String("en");
    const LupdateRun run =
        runLupdate(copy, english ? QStringList { QStringLiteral("-pluralonly") } : QStringList());
    QVERIFY2(run.ok, qPrintable(run.output));

    const TsSummary ts = readTs(copy);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(ts.messages > 0);
    QVERIFY2(ts.language.startsWith(language), qPrintable(ts.language));
    // English is the source language: its file is for the plural forms alone
    if (english)
        QCOMPARE(ts.plurals, ts.messages);
    else
        QVERIFY(ts.plurals < ts.messages);

    QString problems;
    if (!ts.unfinished.isEmpty())
        problems +=
            QStringLiteral("\n  %1 of %2 unfinished (not translated, or not marked done):%3")
                .arg(ts.unfinished.size())
                .arg(ts.messages)
                .arg(firstOf(ts.unfinished));
    if (!ts.obsolete.isEmpty())
        problems +=
            QStringLiteral("\n  %1 obsolete:%2").arg(ts.obsolete.size()).arg(firstOf(ts.obsolete));
    if (!ts.vanished.isEmpty())
        problems += QStringLiteral("\n  %1 no longer in the sources (vanished):%2")
                        .arg(ts.vanished.size())
                        .arg(firstOf(ts.vanished));
    if (!problems.isEmpty())
        problems += QStringLiteral("\n  Update the file with `cmake --build --preset dev --target "
                                   "update_translations` and translate in Qt Linguist.");
    QVERIFY2(problems.isEmpty(), qPrintable(QFileInfo(tsFile).fileName() + problems));
}

void TestTranslationFiles::contexts()
{
    QTemporaryDir work;
    const LupdateRun run = runLupdate(work.filePath(QStringLiteral("maxmon_xx.ts")));
    QVERIFY2(run.ok, qPrintable(run.output));

    // A tr() outside a Q_OBJECT or Q_DECLARE_TR_FUNCTIONS class makes lupdate
    // warn and file it under the class or namespace around the call, a context
    // the code never looks it up in: every warning is a string that would
    // never be translated.
    QStringList wrong;
    const QStringList lines = run.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("Updating "))
            || line.trimmed().startsWith(QLatin1String("Found ")))
            continue;
        wrong.append(line);
    }
    QVERIFY2(wrong.isEmpty(),
             qPrintable(QStringLiteral("lupdate files these strings under a context the code "
                                       "never asks for (use tr() in a Q_OBJECT or "
                                       "Q_DECLARE_TR_FUNCTIONS class, Class::tr(), or "
                                       "QCoreApplication::translate(\"context\", ...)):")
                        + firstOf(wrong, 30)));
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
