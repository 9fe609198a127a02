#pragma once

#include <maxmon/maxmon_core_export.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace maxmon {

/// How a connection closed: who started the close and why, the close codes
/// that went each way, and the server's own reason only when it gave one.
///
/// Qt's QWebSocket reports one close code and one reason, whoever chose
/// them: when its frame parser finds a violation in what the server sent, it
/// closes with 1002 or 1007 and reports its own text ("Rsv field is
/// non-zero") as the close reason. WebSocketClient watches the raw frames and
/// fills a CloseInfo that says what really happened (Diagnostics::lastClose,
/// and the "close" object in an Error's context).
struct MAXMON_CORE_EXPORT CloseInfo
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::CloseInfo)

public:
    /// Who started the close.
    enum class Initiator {
        None, ///< no close seen yet
        ClientRequest, ///< the client closed because it was asked to (close(), shutdown())
        ClientDetected, ///< the client closed because of what the server sent: a protocol
                        ///< violation, a message over the limit, a frame that stalled
        Server, ///< the server sent its close frame first
        Lost, ///< the connection ended without a close frame
    };

    Initiator initiator = Initiator::None; ///< who started the close
    int codeSent = 0; ///< the code in the client's close frame; 0 when it sent none
    QString reasonSent; ///< the reason in the client's close frame
    bool closeFrameReceived = false; ///< the server sent a close frame
    int codeReceived = 0; ///< the code in the server's close frame; 0 when it had none
    QString serverReason; ///< the server's own reason; empty when it gave none
    /// ClientDetected: what the client found, in words. Server: what was wrong
    /// with the server's close frame, if anything (a code that may not be sent).
    QString violation;

    /// No close recorded.
    bool isNull() const { return initiator == Initiator::None; }
    /// The code that describes the close as a whole: the server's for a close
    /// it started, 1006 for a lost connection, else the client's.
    int effectiveCode() const;

    /// "client_request", "client_detected", "server", "lost", or "" for None.
    static QString initiatorName(Initiator initiator);
    /// For the "close" object of diagnostics and of an Error's context.
    QJsonObject toJson() const;
    /// One or two sentences for people, e.g. "Closed by the client after it
    /// detected a protocol violation: ... It sent 1002 Protocol error; the
    /// server sent no close frame and gave no reason."
    QString toText() const;

    /// Field by field.
    friend bool operator==(const CloseInfo &a, const CloseInfo &b)
    {
        return a.initiator == b.initiator && a.codeSent == b.codeSent
            && a.reasonSent == b.reasonSent && a.closeFrameReceived == b.closeFrameReceived
            && a.codeReceived == b.codeReceived && a.serverReason == b.serverReason
            && a.violation == b.violation;
    }
    /// Field by field.
    friend bool operator!=(const CloseInfo &a, const CloseInfo &b) { return !(a == b); }
};

} // namespace maxmon
