#pragma once

#include <maxmon/testing/scriptedserver.h>

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace maxmon::testing {

// What a ScriptedServer does on one path: the handshake, what it answers,
// when it closes and what it sends by itself. Internal to the kit.
struct ScriptedRoute
{
    enum class Handshake { Accept, Refuse, Hang };
    struct TextRule
    {
        QRegularExpression pattern; // used when predicate is empty
        ScriptedServer::TextPredicate predicate;
        QString reply;
    };
    struct Close
    {
        int delayMs = 10;
        int code = 1000;
        QString reason;
    };

    Handshake handshake = Handshake::Accept;
    int status = 0;
    QByteArray body;
    ScriptedServer::Headers headers;
    std::optional<QString> requiredToken;
    bool sink = false;
    QList<TextRule> textRules;
    std::optional<Close> close;
    QList<ScriptedMessage> stream;

    // The reply of the first rule that matches, nullopt if none does.
    std::optional<QString> replyTo(const QString &text) const;

    // The route a path without rules follows (see ScriptedServer); an error
    // for a convention path with a bad status or close code.
    static Check fromConvention(const QString &path, const QUrlQuery &query, ScriptedRoute *route);

    // Why a rule cannot work; empty when it can.
    static QString checkPath(const QString &path);
    static QString checkStatus(int status);
    static QString checkCloseCode(int code);
    static QString checkReason(const QString &reason);
    static QString checkPattern(const QRegularExpression &pattern, const QString &reply);
};

} // namespace maxmon::testing
