// ProfileStore: profiles as JSON files, managed by name.
#include <maxmon/profilestore.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace maxmon;

namespace {

ConnectionConfig profile(const QString &name,
                         const QString &url = QStringLiteral("ws://127.0.0.1:1/echo"))
{
    ConnectionConfig config;
    config.name = name;
    config.url = QUrl(url);
    return config;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<ProfileStore>(m_dir.path() + QLatin1String("/profiles"));
    }
    void cleanup();

    void saveLoadAndList();
    void namesWithAwkwardCharacters();
    void renameDuplicateRemove();
    void importAndExport();
    void errorsAreSpecific();
    void secretsStayOut();
    void copiesAreStoresOfTheSameDirectory();
    void defaultDirectoryIsTheDocumentedOne();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
};

void TestProfileStore::cleanup()
{
    QDir(m_store->directory()).removeRecursively();
}

void TestProfileStore::saveLoadAndList()
{
    QVERIFY(m_store->names().isEmpty());
    QVERIFY(m_store->save(profile(QStringLiteral("staging"))));
    QVERIFY(m_store->save(profile(QStringLiteral("Local"), QStringLiteral("ws://127.0.0.1:2/"))));
    QCOMPARE(m_store->names(),
             (QStringList { QStringLiteral("Local"), QStringLiteral("staging") }));
    const Result<ConnectionConfig> loaded = m_store->load(QStringLiteral("Local"));
    QVERIFY(loaded);
    QCOMPARE(loaded->url, QUrl(QStringLiteral("ws://127.0.0.1:2/")));
    // saving again replaces
    QVERIFY(m_store->save(profile(QStringLiteral("Local"), QStringLiteral("ws://127.0.0.1:3/"))));
    QCOMPARE(m_store->names().size(), 2);
    QCOMPARE(m_store->load(QStringLiteral("Local"))->url,
             QUrl(QStringLiteral("ws://127.0.0.1:3/")));
}

void TestProfileStore::namesWithAwkwardCharacters()
{
    const QString name = QStringLiteral("../Prod: EU/#1 é");
    QVERIFY(m_store->save(profile(name)));
    QCOMPARE(m_store->names(), QStringList { name });
    QVERIFY(m_store->load(name));
    QCOMPARE(QDir(m_store->directory()).entryList(QDir::Files).size(), 1);
    QVERIFY(!ProfileStore::fileNameFor(name).contains(QLatin1Char('/')));
    QVERIFY(!ProfileStore::fileNameFor(QStringLiteral(".hidden")).startsWith(QLatin1Char('.')));
}

void TestProfileStore::renameDuplicateRemove()
{
    QVERIFY(m_store->save(profile(QStringLiteral("a"))));
    QVERIFY(m_store->save(profile(QStringLiteral("b"))));
    QVERIFY(!m_store->rename(QStringLiteral("a"), QStringLiteral("b"))); // taken
    QVERIFY(m_store->rename(QStringLiteral("a"), QStringLiteral("c")));
    QCOMPARE(m_store->names(), (QStringList { QStringLiteral("b"), QStringLiteral("c") }));
    QCOMPARE(m_store->load(QStringLiteral("c"))->name, QStringLiteral("c"));

    const Result<QString> copy = m_store->duplicate(QStringLiteral("b"));
    QVERIFY(copy);
    QCOMPARE(*copy, QStringLiteral("b (copy)"));
    QCOMPARE(*m_store->duplicate(QStringLiteral("b")), QStringLiteral("b (copy) (2)"));

    QVERIFY(m_store->remove(QStringLiteral("b")));
    QVERIFY(!m_store->contains(QStringLiteral("b")));
    QVERIFY(!m_store->remove(QStringLiteral("b")));
}

void TestProfileStore::importAndExport()
{
    const QString outside = m_dir.filePath(QStringLiteral("shared.json"));
    QString error;
    QVERIFY(profile(QStringLiteral("shared")).saveToFile(outside, &error));
    QCOMPARE(*m_store->importFile(outside), QStringLiteral("shared"));
    QCOMPARE(*m_store->importFile(outside), QStringLiteral("shared (2)")); // name taken

    const QString exported = m_dir.filePath(QStringLiteral("out.json"));
    QVERIFY(m_store->exportFile(QStringLiteral("shared"), exported));
    QList<ConfigIssue> issues;
    QCOMPARE(ConnectionConfig::fromFile(exported, &issues).name, QStringLiteral("shared"));
    QVERIFY(issues.isEmpty());
}

void TestProfileStore::errorsAreSpecific()
{
    const Result<ConnectionConfig> missing = m_store->load(QStringLiteral("nope"));
    QVERIFY(!missing);
    QVERIFY(missing.error().message().contains(QLatin1String("no profile named \"nope\"")));

    QVERIFY(!m_store->save(profile(QString())));

    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"name":"x","url":"http://wrong/"})");
    file.close();
    const Result<QString> imported = m_store->importFile(broken);
    QVERIFY(!imported);
    QVERIFY(imported.error().detail().contains(QLatin1String("url")));
    QVERIFY(m_store->names().isEmpty());
}

void TestProfileStore::secretsStayOut()
{
    ConnectionConfig config = profile(QStringLiteral("secret"));
    config.auth.mode = AuthConfig::Mode::BearerHeader;
    config.auth.token = QStringLiteral("do-not-write-me-1234");
    config.auth.tokenSource = { SecretRef::Source::Env, QStringLiteral("MAX_TOKEN") };
    QVERIFY(m_store->save(config));
    QFile file(QDir(m_store->directory()).filePath(ProfileStore::fileNameFor(config.name)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("do-not-write-me-1234"));
    QVERIFY(bytes.contains("MAX_TOKEN"));
}

void TestProfileStore::copiesAreStoresOfTheSameDirectory()
{
    QVERIFY(m_store->save(profile(QStringLiteral("staging"))));
    const ProfileStore copy(*m_store);
    QCOMPARE(copy.directory(), m_store->directory());
    QCOMPARE(copy.names(), QStringList { QStringLiteral("staging") });

    ProfileStore other(m_dir.path() + QLatin1String("/elsewhere"));
    QVERIFY(other.names().isEmpty());
    other = copy;
    QCOMPARE(other.directory(), m_store->directory());
    QVERIFY(other.contains(QStringLiteral("staging")));
    // the copy is a store of its own, not a view of the original object
    other = ProfileStore(m_dir.path() + QLatin1String("/elsewhere"));
    QCOMPARE(copy.directory(), m_store->directory());
}

void TestProfileStore::defaultDirectoryIsTheDocumentedOne()
{
    QStandardPaths::setTestModeEnabled(true);
    // the window's names: the README says ~/.config/maxmon/profiles/
    QCoreApplication::setOrganizationName(QStringLiteral("maxmon"));
    QCoreApplication::setApplicationName(QStringLiteral("maxmon"));
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QCOMPARE(ProfileStore::defaultDirectory(), config + QStringLiteral("/maxmon/profiles"));
    // the CLI's name changes nothing
    QCoreApplication::setApplicationName(QStringLiteral("maxmon-cli"));
    QCOMPARE(ProfileStore::defaultDirectory(), config + QStringLiteral("/maxmon/profiles"));

    // profiles where the window used to keep them move over once
    QDir(ProfileStore::defaultDirectory()).removeRecursively();
    QDir(ProfileStore::legacyDirectory()).removeRecursively();
    ProfileStore legacy(ProfileStore::legacyDirectory());
    ConnectionConfig old;
    old.name = QStringLiteral("Old");
    old.url = QUrl(QStringLiteral("ws://127.0.0.1:1/echo"));
    QVERIFY(legacy.save(old));
    QVERIFY(ProfileStore::moveLegacyProfiles());
    QCOMPARE(ProfileStore().names(), QStringList { QStringLiteral("Old") });
    QVERIFY(!QFileInfo::exists(ProfileStore::legacyDirectory()));
    QVERIFY(!ProfileStore::moveLegacyProfiles()); // nothing left to move
    QDir(ProfileStore::defaultDirectory()).removeRecursively();
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
