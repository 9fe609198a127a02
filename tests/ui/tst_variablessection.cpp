// The profile editor's Variables section through its real widgets: plain and
// secret variables through load/apply and through a saved profile file,
// invalid and duplicate names shown under the table and refused by Save, and
// a {{user}} in a profile's URL resolved from the variable set in the editor
// when the window connects to a server on 127.0.0.1.
#include "profiles/profileeditor.h"
#include "profiles/profilelibrary.h"
#include "profiles/profilesdialog.h"
#include "profiles/secretrefedit.h"
#include "profiles/variablessection.h"
#include "temporarysettings.h"
#include "window/connectionbar.h"
#include "window/connectiontab.h"
#include "window/mainwindow.h"

#include <maxmon/testing/scriptedserver.h>

#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace maxmon;
using namespace maxmon::testing;

namespace {

const ProfileVariable plainUser { QStringLiteral("user"), QStringLiteral("alice"), SecretRef() };
const ProfileVariable secretToken { QStringLiteral("token"),
                                    QString(),
                                    { SecretRef::Source::Keychain,
                                      QStringLiteral("maxmon/staging/token") } };
const ProfileVariable secretKey { QStringLiteral("api_key"),
                                  QString(),
                                  { SecretRef::Source::File, QStringLiteral("~/.max/key") } };

void typeInto(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

// Clicks Add Variable and types the new row's name and value (a plain one)
// or source and reference (a secret one).
void addVariable(VariablesSection *section, const ProfileVariable &variable)
{
    QTest::mouseClick(section->addButton(), Qt::LeftButton);
    const int row = section->table()->rowCount() - 1;
    typeInto(section->nameEdit(row), variable.name);
    if (!variable.isSecret()) {
        typeInto(section->valueEdit(row), variable.value);
        return;
    }
    QTest::mouseClick(section->secretCheck(row), Qt::LeftButton);
    QVERIFY(section->secretCheck(row)->isChecked());
    SecretRefEdit *reference = section->secretEdit(row);
    QVERIFY(reference->isVisible());
    QVERIFY(!section->valueEdit(row)->isVisible());
    QComboBox *source = reference->sourceCombo();
    source->setCurrentIndex(source->findData(int(variable.secret.source)));
    typeInto(reference->referenceEdit(), variable.secret.reference);
}

} // namespace

class TestVariablesSection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loadAndApplyPlainAndSecret();
    void savedProfileKeepsThem();
    void invalidAndDuplicateNamesBlockSaving();
    void editorVariableResolvesTheUrl();

private:
    VariablesSection *openVariables() const;

    QTemporaryDir *m_dir = nullptr;
    ProfileLibrary *m_library = nullptr;
    ProfilesDialog *m_dialog = nullptr;
};

void TestVariablesSection::initTestCase()
{
    maxmon::test::useTemporarySettings();
}

void TestVariablesSection::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_library = new ProfileLibrary(m_dir->filePath(QStringLiteral("profiles")));
    m_dialog = new ProfilesDialog(m_library);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TestVariablesSection::cleanup()
{
    delete m_dialog;
    delete m_library;
    delete m_dir;
}

VariablesSection *TestVariablesSection::openVariables() const
{
    auto *section = m_dialog->editor()->findChild<VariablesSection *>();
    if (!section)
        return nullptr;
    QTabWidget *sections = m_dialog->editor()->sections();
    sections->setCurrentIndex(sections->indexOf(section));
    return section;
}

void TestVariablesSection::loadAndApplyPlainAndSecret()
{
    VariablesSection section;
    section.show();
    ConnectionConfig config;
    config.variables = { plainUser, secretToken, secretKey };
    section.load(config);
    QCOMPARE(section.table()->rowCount(), 3);
    QCOMPARE(section.nameEdit(0)->text(), plainUser.name);
    QCOMPARE(section.valueEdit(0)->text(), plainUser.value);
    QVERIFY(!section.secretCheck(0)->isChecked());
    QVERIFY(section.valueEdit(0)->isVisible());
    QVERIFY(section.secretCheck(1)->isChecked());
    QVERIFY(!section.valueEdit(1)->isVisible()); // a secret shows where it lives
    QVERIFY(section.secretEdit(1)->isVisible());
    QCOMPARE(section.secretEdit(1)->ref(), secretToken.secret);
    QCOMPARE(section.secretEdit(2)->ref(), secretKey.secret);

    ConnectionConfig applied;
    QList<ConfigIssue> issues;
    section.apply(&applied, &issues);
    QVERIFY(issues.isEmpty());
    QCOMPARE(applied.variables, config.variables);

    // typed in: a plain one, a secret one; removed: the first row
    QSignalSpy edited(&section, &ProfileSection::edited);
    addVariable(&section, { QStringLiteral("room"), QStringLiteral("lobby"), SecretRef() });
    addVariable(&section,
                { QStringLiteral("pin"),
                  QString(),
                  { SecretRef::Source::Env, QStringLiteral("MAX_PIN") } });
    QTest::mouseClick(section.removeButton(0), Qt::LeftButton);
    QVERIFY(!edited.isEmpty());
    section.apply(&applied, &issues);
    QVERIFY(issues.isEmpty());
    QCOMPARE(
        applied.variables,
        (QList<ProfileVariable> { secretToken,
                                  secretKey,
                                  { QStringLiteral("room"), QStringLiteral("lobby"), SecretRef() },
                                  { QStringLiteral("pin"),
                                    QString(),
                                    { SecretRef::Source::Env, QStringLiteral("MAX_PIN") } } }));
    // a secret ticked off is plain, with the value typed in
    QTest::mouseClick(section.secretCheck(0), Qt::LeftButton);
    typeInto(section.valueEdit(0), QStringLiteral("visible"));
    section.apply(&applied, &issues);
    QCOMPARE(applied.variables.constFirst(),
             (ProfileVariable { secretToken.name, QStringLiteral("visible"), SecretRef() }));
}

void TestVariablesSection::savedProfileKeepsThem()
{
    ProfileEditor *editor = m_dialog->editor();
    typeInto(qobject_cast<QLineEdit *>(editor->field(QStringLiteral("name"))),
             QStringLiteral("Vars"));
    typeInto(qobject_cast<QLineEdit *>(editor->field(QStringLiteral("url"))),
             QStringLiteral("ws://127.0.0.1:9/socket?u={{user}}"));
    VariablesSection *section = openVariables();
    QVERIFY(section);
    addVariable(section, plainUser);
    addVariable(section, secretToken);
    QVERIFY(editor->errorText(QStringLiteral("variables")).isEmpty());
    QVERIFY(m_dialog->save());

    // the file: the plain value, the secret only as its reference
    QFile file(m_library->directory() + QStringLiteral("/Vars.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject variables = QJsonDocument::fromJson(file.readAll())
                                      .object()
                                      .value(QLatin1String("variables"))
                                      .toObject();
    QCOMPARE(variables,
             (QJsonObject { { QLatin1String("user"), QStringLiteral("alice") },
                            { QLatin1String("token"),
                              QJsonObject { { QLatin1String("keychain"),
                                              QStringLiteral("maxmon/staging/token") } } } }));
    const Result<ConnectionConfig> stored = m_library->load(QStringLiteral("Vars"));
    QVERIFY(stored);
    QCOMPARE(stored->variables.size(), 2);
    QVERIFY(stored->variables.contains(plainUser));
    QVERIFY(stored->variables.contains(secretToken));

    // shown again as stored
    QTest::mouseClick(m_dialog->button(QStringLiteral("new")), Qt::LeftButton);
    QCOMPARE(section->table()->rowCount(), 0);
    QVERIFY(m_dialog->selectProfile(QStringLiteral("Vars")));
    QCOMPARE(section->table()->rowCount(), 2);
    QCOMPARE(editor->config(), *stored);
    QVERIFY(!editor->isModified());
}

void TestVariablesSection::invalidAndDuplicateNamesBlockSaving()
{
    ProfileEditor *editor = m_dialog->editor();
    typeInto(qobject_cast<QLineEdit *>(editor->field(QStringLiteral("name"))),
             QStringLiteral("Checked"));
    typeInto(qobject_cast<QLineEdit *>(editor->field(QStringLiteral("url"))),
             QStringLiteral("ws://127.0.0.1:9/"));
    VariablesSection *section = openVariables();
    QVERIFY(section);
    const int tab = editor->sections()->indexOf(section);
    QVERIFY(editor->sections()->tabIcon(tab).isNull());
    const auto shown = [editor] {
        return editor->errorText(QStringLiteral("variables"));
    };

    addVariable(section, { QStringLiteral("a-b"), QStringLiteral("x"), SecretRef() });
    QVERIFY2(shown().contains(QLatin1String("row 1: \"a-b\" is not a valid variable name")),
             qPrintable(shown()));
    auto *label = section->findChild<QLabel *>(QStringLiteral("variables#error"));
    QVERIFY(label && label->isVisible());
    QVERIFY(!editor->sections()->tabIcon(tab).isNull());
    // the last tab, widened by its icon, is still in sight
    QTabBar *bar = editor->sections()->tabBar();
    QVERIFY2(bar->mapTo(m_dialog, bar->tabRect(tab).topRight()).x() < m_dialog->width(),
             qPrintable(
                 QStringLiteral("%1 of %2").arg(bar->tabRect(tab).right()).arg(m_dialog->width())));
    QVERIFY(!m_dialog->save());
    QVERIFY(m_dialog->message().startsWith(QLatin1String("Not saved")));
    QVERIFY(m_library->names().isEmpty());

    typeInto(section->nameEdit(0), QStringLiteral("ab"));
    QVERIFY(shown().isEmpty());
    addVariable(section, { QStringLiteral("ab"), QStringLiteral("y"), SecretRef() });
    QVERIFY2(shown().contains(QLatin1String("row 2: \"ab\" is set twice")), qPrintable(shown()));
    QVERIFY(!m_dialog->save());
    QVERIFY(m_library->names().isEmpty());

    typeInto(section->nameEdit(1), QString());
    QVERIFY2(shown().contains(QLatin1String("row 2: a variable needs a name")),
             qPrintable(shown()));
    typeInto(section->nameEdit(1), QStringLiteral("cd"));
    QTest::mouseClick(section->secretCheck(1), Qt::LeftButton); // a secret from nowhere
    QVERIFY2(shown().contains(QLatin1String("row 2: name the variable, file, command or entry")),
             qPrintable(shown()));
    QVERIFY(!m_dialog->save());

    QTest::mouseClick(section->removeButton(1), Qt::LeftButton);
    QCOMPARE(section->table()->rowCount(), 1);
    QVERIFY(shown().isEmpty());
    QVERIFY(editor->sections()->tabIcon(tab).isNull());
    QVERIFY(m_dialog->save());
    QCOMPARE(
        m_library->load(QStringLiteral("Checked"))->variables,
        (QList<ProfileVariable> { { QStringLiteral("ab"), QStringLiteral("x"), SecretRef() } }));
}

void TestVariablesSection::editorVariableResolvesTheUrl()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    MainWindow window;
    window.useProfileDirectory(m_dir->filePath(QStringLiteral("window-profiles")));
    window.show();
    ConnectionTab *tab = window.openTab(QString(), false);
    QVERIFY(tab);

    ProfilesDialog *dialog = window.showProfiles();
    dialog->newProfile();
    ProfileEditor *editor = dialog->editor();
    typeInto(qobject_cast<QLineEdit *>(editor->field(QStringLiteral("name"))),
             QStringLiteral("Resolved"));
    typeInto(qobject_cast<QLineEdit *>(editor->field(QStringLiteral("url"))),
             server.url(QStringLiteral("/who")).toString() + QStringLiteral("?u={{user}}"));
    auto *section = editor->findChild<VariablesSection *>();
    QVERIFY(section);
    editor->sections()->setCurrentWidget(section);
    addVariable(section, plainUser);
    QTest::mouseClick(dialog->button(QStringLiteral("use")), Qt::LeftButton); // saves first
    QCOMPARE(tab->profileName(), QStringLiteral("Resolved"));

    QTest::mouseClick(tab->connectionBar()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE(tab->state(), ConnectionState::Connected);
    const UpgradeRequest request = server.lastRequest();
    QCOMPARE(request.path, QStringLiteral("/who"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("u")), plainUser.value);
}

QTEST_MAIN(TestVariablesSection)
#include "tst_variablessection.moc"
