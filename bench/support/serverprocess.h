#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace maxmon::bench {

// A WebSocket server in a process of its own, so that its CPU time never
// counts as the client's: `maxmon-cli serve` or the Node.js `ws` peer
// (bench/node/echo-server.js). Both print their /echo URL as the first line
// on stdout; the process is terminated when this goes away.
class ServerProcess
{
public:
    enum class Kind { Demo, Node };

    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // program: maxmon-cli for Demo, echo-server.js for Node. extra: more
    // arguments (TLS files, limits). False, with errorString(), when it did
    // not print its URL within 15 s.
    bool start(Kind kind, const QString &program, const QStringList &extra = {});
    void stop();

    Kind kind() const { return m_kind; }
    // "maxmon-cli serve" or "node ws": for the tables
    QString name() const;
    QString errorString() const { return m_error; }
    // The server's URL with this path and query ("/echo", "/events?rate=10").
    QUrl url(const QString &pathAndQuery = QStringLiteral("/echo")) const;
    qint64 pid() const { return m_process.processId(); }

    // The Node.js peer can run: node is on PATH and the script has its ws
    // package installed next to it (scripts/bench runs npm ci).
    static bool nodePeerAvailable(const QString &script);

private:
    QProcess m_process;
    Kind m_kind = Kind::Demo;
    QUrl m_base;
    QString m_error;
};

} // namespace maxmon::bench
