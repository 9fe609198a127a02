#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/tlspolicy.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace maxmon {

// Qt 6.4's QWebSocket reports a refused upgrade with its status line at most
// ("Unhandled http status code: 401"), and for 400 not even that: the
// server's headers (WWW-Authenticate, Retry-After) and its body ("this
// server speaks vsn 2.0.0 only") are out of reach. After a refusal the
// client sends one diagnostic request through QNetworkAccessManager with the
// same URL (http/https for ws/wss), headers, subprotocols, proxy and TLS
// settings, upgrade headers included, and keeps what the server answers:
// the status, the relevant headers and the first KiB of the body, within a
// few seconds. It is logged as a diagnostic request and is not a connection
// attempt. Secrets are masked in everything it keeps.
class MAXMON_CORE_TEST_EXPORT HandshakeProbe : public QObject
{
    Q_OBJECT

public:
    static constexpr int timeLimitMs = 3000;
    static constexpr qsizetype maxBodyBytes = 1024;
    // Marks the diagnostic request, so that servers and their tests can tell
    // it from a connection attempt (the testing kit leaves it out of requests()).
    static constexpr char diagnosticHeader[] = "X-Maxmon-Diagnostic";

    struct Answer
    {
        int status = 0; // 0: no answer (see failure)
        QString reasonPhrase;
        QList<QPair<QByteArray, QByteArray>> headers; // the relevant ones, as sent
        QByteArray bodyStart; // at most maxBodyBytes
        bool bodyTruncated = false;
        QString failure; // why there is no (complete) answer

        QString statusLine() const; // "400 Bad Request"
        QJsonObject toJson() const;
        // "HTTP 401 Unauthorized\nWWW-Authenticate: Bearer\n\nbody..." for an Error's detail
        QString toText() const;
    };
    using Done = std::function<void(const Answer &)>;

    explicit HandshakeProbe(QObject *parent = nullptr);
    ~HandshakeProbe() override;

    // `handshake` is the upgrade request of the attempt (ws:// or wss:// URL,
    // the profile's and the auth headers), `subprotocols` what it offered;
    // `tls` is the attempt's policy for wss://. Secrets are masked in the answer.
    void fetch(const QNetworkRequest &handshake, const QStringList &subprotocols,
               const QNetworkProxy &proxy, const std::optional<TlsPolicy> &tls,
               const QStringList &secrets, Done done);
    // Drops the request under way; its done is never called.
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

    // The headers worth showing from a refusal, by lower-case name.
    static bool isRelevantHeader(const QByteArray &name);

private:
    void onMetaData();
    void onReadyRead();
    void finish(const QString &failure = {});

    QNetworkAccessManager *m_manager;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    std::optional<TlsPolicy> m_tls;
    QStringList m_secrets;
    Answer m_answer;
    Done m_done;
};

} // namespace maxmon
