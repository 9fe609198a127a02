#pragma once

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>

namespace maxmon::test {

// A real proxy on 127.0.0.1 for tests: tinyproxy (HTTP CONNECT) or danted
// (SOCKS5), run as the current user with a configuration written to a
// temporary directory, on a free port; stopped when destroyed. Running as root
// (CI) works: danted then switches to root / nobody as its configuration says.
class TestProxy : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Http, Socks5 };

    explicit TestProxy(Kind kind, QObject *parent = nullptr);
    ~TestProxy() override;

    // Where the proxy's binary is, empty if it is not installed.
    static QString binary(Kind kind);

    // tinyproxy: require HTTP Basic credentials.
    void setBasicAuth(const QString &user, const QString &password);
    // danted: require the SOCKS5 username method (checked against system users).
    void setRequireUsername(bool require) { m_requireUsername = require; }

    // Starts it and waits until it accepts connections; false with the reason.
    bool start(QString *why);
    void stop();
    quint16 port() const { return m_port; }
    // What the proxy printed so far.
    QString output() const;

private:
    QString writeConfig(quint16 port) const;

    Kind m_kind;
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
    QString m_user;
    QString m_password;
    bool m_requireUsername = false;
};

} // namespace maxmon::test
