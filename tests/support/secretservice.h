#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace maxmon::test {

// A private D-Bus session bus for one test process: its own dbus-daemon with
// a minimal configuration that starts no service on demand (the system's
// session configuration would start gnome-keyring by D-Bus activation).
class PrivateSessionBus
{
public:
    PrivateSessionBus() = default;
    PrivateSessionBus(const PrivateSessionBus &) = delete;
    PrivateSessionBus &operator=(const PrivateSessionBus &) = delete;
    ~PrivateSessionBus();

    // Starts the daemon. Returns an empty string on success, otherwise what went wrong.
    QString start();
    // For DBUS_SESSION_BUS_ADDRESS.
    QByteArray address() const { return m_address; }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QByteArray m_address;
};

// A real Secret Service: gnome-keyring-daemon's secrets component on a
// private session bus, its keyrings in a temporary home and its login
// keyring created unlocked. Nothing of the user's own session is touched.
//
// GLib (under libsecret, under QtKeychain) keeps one session-bus connection
// per process and ends the process with SIGTERM when that bus goes away:
// keep the service alive until the test process ends (a member of the test
// object, not a local of one test function), and start at most one per process.
class PrivateSecretService
{
public:
    PrivateSecretService() = default;
    PrivateSecretService(const PrivateSecretService &) = delete;
    PrivateSecretService &operator=(const PrivateSecretService &) = delete;
    ~PrivateSecretService();

    // Whether dbus-daemon, dbus-send and gnome-keyring-daemon are installed.
    static bool available();
    // Starts the bus and the keyring daemon and waits until the service owns
    // its bus name. Returns an empty string on success, otherwise what went wrong.
    QString start();

    // For DBUS_SESSION_BUS_ADDRESS while the test talks to the service.
    QByteArray busAddress() const { return m_bus.address(); }
    // The temporary home that holds the keyrings (to check what was written).
    QString home() const { return m_home.path(); }

private:
    bool serviceOwnsItsName() const;

    PrivateSessionBus m_bus;
    QTemporaryDir m_home;
    QProcess m_keyring;
};

} // namespace maxmon::test
