#include "websocket/handshakeprobe.h"

#include "base/logging.h"

#include <maxmon/redaction.h>

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrl>

namespace maxmon {

namespace {

QString masked(const QByteArray &bytes, const QStringList &secrets)
{
    return redaction::sensitiveValues(redaction::text(QString::fromUtf8(bytes), secrets));
}

} // namespace

QString HandshakeProbe::Answer::statusLine() const
{
    return reasonPhrase.isEmpty() ? QString::number(status)
                                  : QStringLiteral("%1 %2").arg(status).arg(reasonPhrase);
}

QJsonObject HandshakeProbe::Answer::toJson() const
{
    QJsonObject json { { QLatin1String("diagnostic_request"), true } };
    if (status > 0) {
        json.insert(QLatin1String("status"), status);
        json.insert(QLatin1String("status_line"), statusLine());
        QJsonObject headerObject;
        for (const auto &[name, value] : headers)
            headerObject.insert(QString::fromLatin1(name), QString::fromUtf8(value));
        json.insert(QLatin1String("headers"), headerObject);
        json.insert(QLatin1String("body_start"), QString::fromUtf8(bodyStart));
        json.insert(QLatin1String("body_truncated"), bodyTruncated);
    }
    if (!failure.isEmpty())
        json.insert(QLatin1String("failure"), failure);
    return json;
}

QString HandshakeProbe::Answer::toText() const
{
    if (status == 0)
        return QCoreApplication::translate("maxmon::WebSocketClient",
                                           "A diagnostic request for the server's answer got "
                                           "none: %1")
            .arg(failure);
    QStringList lines { QCoreApplication::translate(
                            "maxmon::WebSocketClient",
                            "The server's answer, fetched again by a diagnostic "
                            "request: HTTP %1")
                            .arg(statusLine()) };
    for (const auto &[name, value] : headers)
        lines.append(
            QStringLiteral("%1: %2").arg(QString::fromLatin1(name), QString::fromUtf8(value)));
    if (!bodyStart.isEmpty()) {
        lines.append(QString());
        lines.append(QString::fromUtf8(bodyStart).trimmed()
                     + (bodyTruncated ? QStringLiteral(" [...]") : QString()));
    }
    if (!failure.isEmpty())
        lines.append(failure);
    return lines.join(QLatin1Char('\n'));
}

HandshakeProbe::HandshakeProbe(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finish(QCoreApplication::translate("maxmon::WebSocketClient",
                                           "no complete answer within %1 ms")
                   .arg(timeLimitMs));
    });
}

HandshakeProbe::~HandshakeProbe()
{
    cancel();
}

bool HandshakeProbe::isRelevantHeader(const QByteArray &name)
{
    static const QList<QByteArray> relevant {
        "www-authenticate",       "proxy-authenticate", "retry-after",  "sec-websocket-version",
        "sec-websocket-protocol", "location",           "content-type", "server",
    };
    return relevant.contains(name.toLower());
}

void HandshakeProbe::fetch(const QNetworkRequest &handshake, const QStringList &subprotocols,
                           const QNetworkProxy &proxy, const std::optional<TlsPolicy> &tls,
                           const QStringList &secrets, Done done)
{
    cancel();
    m_answer = Answer();
    m_tls = tls;
    m_secrets = secrets;
    m_done = std::move(done);

    QUrl url = handshake.url();
    url.setScheme(url.scheme() == QLatin1String("wss") ? QStringLiteral("https")
                                                       : QStringLiteral("http"));
    QNetworkRequest request(url);
    for (const QByteArray &name : handshake.rawHeaderList())
        request.setRawHeader(name, handshake.rawHeader(name));
    // what QWebSocket adds to the profile's headers, for the same answer
    QByteArray nonce(16, '\0');
    for (char &byte : nonce)
        byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
    request.setRawHeader(diagnosticHeader, "refused-handshake");
    request.setRawHeader("Upgrade", "websocket");
    request.setRawHeader("Connection", "Upgrade");
    request.setRawHeader("Sec-WebSocket-Version", "13");
    request.setRawHeader("Sec-WebSocket-Key", nonce.toBase64());
    if (!subprotocols.isEmpty())
        request.setRawHeader("Sec-WebSocket-Protocol",
                             subprotocols.join(QLatin1String(", ")).toUtf8());
    // the answer itself, not where a redirect leads; HTTP/1.1, as the upgrade
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    if (m_tls)
        request.setSslConfiguration(m_tls->sslConfiguration());
    m_manager->setProxy(proxy);

    qCInfo(lcWs).noquote() << "diagnostic request (not a connection attempt) for the refused "
                              "handshake's answer:"
                           << redaction::url(url);
    m_reply = m_manager->get(request);
    m_reply->setReadBufferSize(maxBodyBytes * 2);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HandshakeProbe::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HandshakeProbe::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, [this] {
        onMetaData();
        onReadyRead();
        const bool failed =
            m_answer.status == 0 && m_reply && m_reply->error() != QNetworkReply::NoError;
        finish(failed ? m_reply->errorString() : QString());
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (m_tls && m_tls->allowsAll(errors))
            m_reply->ignoreSslErrors(errors);
    });
    connect(m_reply, &QNetworkReply::encrypted, this, [this] {
        // the request, token included, goes only to a server the pins allow
        if (m_tls && !m_tls->checkPins(m_reply->sslConfiguration().peerCertificateChain()))
            finish(QCoreApplication::translate("maxmon::WebSocketClient",
                                               "the server's certificate does not match the "
                                               "pins"));
    });
    m_timer.start(timeLimitMs);
}

void HandshakeProbe::onMetaData()
{
    if (!m_reply || m_answer.status != 0)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    m_answer.status = status.toInt();
    m_answer.reasonPhrase = masked(
        m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(), m_secrets);
    for (const auto &[name, value] : m_reply->rawHeaderPairs()) {
        if (isRelevantHeader(name))
            m_answer.headers.append({ name, masked(value, m_secrets).toUtf8() });
    }
    if (m_answer.status == 101)
        finish(QCoreApplication::translate("maxmon::WebSocketClient",
                                           "this time the server accepted the upgrade"));
}

void HandshakeProbe::onReadyRead()
{
    if (!m_reply)
        return;
    const qsizetype room = maxBodyBytes - m_answer.bodyStart.size();
    if (room > 0)
        m_answer.bodyStart += m_reply->read(room);
    if (m_reply->bytesAvailable() > 0) {
        m_answer.bodyTruncated = true;
        finish();
    }
}

void HandshakeProbe::finish(const QString &failure)
{
    if (!m_reply)
        return;
    m_timer.stop();
    m_answer.failure = failure;
    // masked once the body start is whole: a secret may span two reads
    m_answer.bodyStart = masked(m_answer.bodyStart, m_secrets).toUtf8();
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    const Done done = std::exchange(m_done, nullptr);
    qCInfo(lcWs).noquote() << "diagnostic request answered:"
                           << (m_answer.status > 0 ? m_answer.statusLine() : m_answer.failure);
    if (done)
        done(m_answer);
}

void HandshakeProbe::cancel()
{
    m_timer.stop();
    m_done = nullptr;
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace maxmon
