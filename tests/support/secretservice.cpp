#include "secretservice.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

namespace maxmon::test {

namespace {

const QString busDaemon = QStringLiteral("dbus-daemon");
const QString busSend = QStringLiteral("dbus-send");
const QString keyringDaemon = QStringLiteral("gnome-keyring-daemon");

// A session bus that lets everyone talk and own names, and has no
// <servicedir>: nothing is started on demand.
const char busConfig[] = R"(<!DOCTYPE busconfig PUBLIC
 "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=%1</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)";

void stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000))
        process.kill();
    process.waitForFinished();
}

} // namespace

PrivateSessionBus::~PrivateSessionBus()
{
    stop(m_daemon);
}

QString PrivateSessionBus::start()
{
    if (!m_dir.isValid())
        return QStringLiteral("no temporary directory: ") + m_dir.errorString();
    QFile config(m_dir.filePath(QStringLiteral("session.conf")));
    if (!config.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write the bus configuration: ") + config.errorString();
    config.write(QString::fromLatin1(busConfig).arg(m_dir.path()).toUtf8());
    config.close();
    m_daemon.start(busDaemon,
                   { QStringLiteral("--config-file=") + config.fileName(),
                     QStringLiteral("--nofork"), QStringLiteral("--nopidfile"),
                     QStringLiteral("--print-address=1") });
    if (!m_daemon.waitForStarted())
        return QStringLiteral("dbus-daemon did not start: ") + m_daemon.errorString();
    if (!QTest::qWaitFor([this] { return m_daemon.canReadLine(); }, 10000))
        return QStringLiteral("dbus-daemon printed no address: ")
            + QString::fromLocal8Bit(m_daemon.readAllStandardError());
    m_address = m_daemon.readLine().trimmed();
    return QString();
}

PrivateSecretService::~PrivateSecretService()
{
    stop(m_keyring);
}

bool PrivateSecretService::available()
{
    for (const QString &program : { busDaemon, busSend, keyringDaemon }) {
        if (QStandardPaths::findExecutable(program).isEmpty())
            return false;
    }
    return true;
}

QString PrivateSecretService::start()
{
    if (QString busFailed = m_bus.start(); !busFailed.isEmpty())
        return busFailed;
    if (!m_home.isValid())
        return QStringLiteral("no temporary home: ") + m_home.errorString();

    // The daemon keeps its keyrings under XDG_DATA_HOME and its control
    // socket under XDG_RUNTIME_DIR: both inside the temporary home.
    const QDir home(m_home.path());
    home.mkpath(QStringLiteral("share"));
    home.mkpath(QStringLiteral("run"));
    QFile::setPermissions(home.filePath(QStringLiteral("run")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("share")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromLatin1(busAddress()));
    m_keyring.setProcessEnvironment(env);
    // --unlock reads the login keyring's password from standard input; a
    // fresh home gets a new login keyring, unlocked, as the default one.
    m_keyring.start(keyringDaemon,
                    { QStringLiteral("--foreground"), QStringLiteral("--components=secrets"),
                      QStringLiteral("--unlock") });
    if (!m_keyring.waitForStarted())
        return QStringLiteral("gnome-keyring-daemon did not start: ") + m_keyring.errorString();
    m_keyring.write("test-login-password");
    // written before the channel closes: the daemon waits for the end of its input
    m_keyring.waitForBytesWritten();
    m_keyring.closeWriteChannel();

    const bool up = QTest::qWaitFor(
        [this] { return m_keyring.state() == QProcess::NotRunning || serviceOwnsItsName(); },
        20000);
    if (!up || m_keyring.state() == QProcess::NotRunning)
        return QStringLiteral("gnome-keyring-daemon did not take org.freedesktop.secrets: ")
            + QString::fromLocal8Bit(m_keyring.readAllStandardError());
    return QString();
}

bool PrivateSecretService::serviceOwnsItsName() const
{
    QProcess ask;
    ask.start(busSend,
              { QStringLiteral("--bus=") + QString::fromLatin1(busAddress()),
                QStringLiteral("--print-reply"), QStringLiteral("--dest=org.freedesktop.DBus"),
                QStringLiteral("/org/freedesktop/DBus"),
                QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                QStringLiteral("string:org.freedesktop.secrets") });
    return ask.waitForFinished(5000) && ask.exitCode() == 0
        && ask.readAllStandardOutput().contains("boolean true");
}

} // namespace maxmon::test
