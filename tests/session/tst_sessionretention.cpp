// SessionRetention: session files removed by age and then by total size,
// oldest first, with their -wal and -shm; files in use kept; delete all.
#include <maxmon/sessionretention.h>
#include <maxmon/sessionsettings.h>

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace maxmon;

class TestSessionRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void byAge();
    void bySizeOldestFirst();
    void keptFilesStay();
    void removeAll();
    void settingsRoundTrip();

private:
    // A session file of bytes bytes (and a -wal of walBytes) last written daysAgo days ago.
    QString make(const QString &name, qint64 bytes, int daysAgo, qint64 walBytes = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    const QDateTime m_now = QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
};

void TestSessionRetention::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestSessionRetention::make(const QString &name, qint64 bytes, int daysAgo, qint64 walBytes)
{
    QString path = m_dir->filePath(name);
    const QDateTime time = m_now.addDays(-daysAgo);
    for (const auto &[file, size] :
         { std::pair { path, bytes }, std::pair { path + QStringLiteral("-wal"), walBytes } }) {
        if (file != path && size == 0)
            continue;
        QFile out(file);
        out.open(QIODevice::WriteOnly);
        out.write(QByteArray(static_cast<int>(size), 'x'));
        out.flush(); // before the time is set: a later write would change it
        out.setFileTime(time, QFileDevice::FileModificationTime);
    }
    return path;
}

void TestSessionRetention::byAge()
{
    const QString fresh = make(QStringLiteral("fresh.maxmon"), 100, 1);
    const QString old = make(QStringLiteral("old.maxmon"), 100, 20, 50);
    const QString other = make(QStringLiteral("notes.txt"), 100, 100);
    const SessionRetention::Report report =
        SessionRetention::apply(m_dir->path(), 1000000, 14, {}, m_now);
    QCOMPARE(report.removed, 1);
    QCOMPARE(report.bytesFreed, 150);
    QVERIFY(QFile::exists(fresh));
    QVERIFY(!QFile::exists(old));
    QVERIFY(!QFile::exists(old + QStringLiteral("-wal")));
    QVERIFY(QFile::exists(other)); // only session files
}

void TestSessionRetention::bySizeOldestFirst()
{
    const QString a = make(QStringLiteral("a.maxmon"), 400, 3);
    const QString b = make(QStringLiteral("b.maxmon"), 400, 2, 100);
    const QString c = make(QStringLiteral("c.maxmon"), 400, 1);
    QCOMPARE(SessionRetention::totalBytes(m_dir->path()), 1300);
    QCOMPARE(SessionRetention::sessionFiles(m_dir->path()), (QStringList { c, b, a }));
    const SessionRetention::Report report =
        SessionRetention::apply(m_dir->path(), 900, 14, {}, m_now);
    QCOMPARE(report.removed, 1);
    QVERIFY(!QFile::exists(a));
    QVERIFY(QFile::exists(b) && QFile::exists(c));
    QCOMPARE(SessionRetention::totalBytes(m_dir->path()), 900);
    QCOMPARE(SessionRetention::apply(m_dir->path(), 899, 14, {}, m_now).removed, 1);
    QVERIFY(!QFile::exists(b));
}

void TestSessionRetention::keptFilesStay()
{
    const QString recording = make(QStringLiteral("recording.maxmon"), 1000, 30);
    const QString old = make(QStringLiteral("old.maxmon"), 1000, 2);
    const SessionRetention::Report report =
        SessionRetention::apply(m_dir->path(), 500, 14, { recording }, m_now);
    QVERIFY(QFile::exists(recording)); // in use: neither age nor size removes it
    QVERIFY(!QFile::exists(old));
    QCOMPARE(report.removed, 1);
}

void TestSessionRetention::removeAll()
{
    const QString a = make(QStringLiteral("a.maxmon"), 10, 0, 10);
    const QString b = make(QStringLiteral("b.maxmon"), 10, 0);
    const QString open = make(QStringLiteral("open.maxmon"), 10, 0);
    const SessionRetention::Report report = SessionRetention::removeAll(m_dir->path(), { open });
    QCOMPARE(report.removed, 2);
    QCOMPARE(report.bytesFreed, 30);
    QVERIFY(report.failed.isEmpty());
    QCOMPARE(SessionRetention::sessionFiles(m_dir->path()), QStringList { open });
}

void TestSessionRetention::settingsRoundTrip()
{
    QCoreApplication::setOrganizationName(QStringLiteral("maxmon-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sessionretention"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->path());
    SessionSettings defaults = SessionSettings::load();
    QVERIFY(defaults.recording);
    QCOMPARE(defaults.maxTotalBytes, SessionSettings::DefaultMaxTotalBytes);
    QCOMPARE(defaults.maxAgeDays, 14);
    QVERIFY(defaults.effectiveDirectory().endsWith(QStringLiteral("/sessions")));
    SessionSettings changed;
    changed.recording = false;
    changed.maxTotalBytes = 123456789;
    changed.maxAgeDays = 3;
    changed.directory = m_dir->path();
    changed.save();
    const SessionSettings loaded = SessionSettings::load();
    QCOMPARE(loaded.recording, false);
    QCOMPARE(loaded.maxTotalBytes, 123456789);
    QCOMPARE(loaded.maxAgeDays, 3);
    QCOMPARE(loaded.effectiveDirectory(), m_dir->path());
}

QTEST_GUILESS_MAIN(TestSessionRetention)
#include "tst_sessionretention.moc"
