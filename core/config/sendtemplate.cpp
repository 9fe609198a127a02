#include "config/configjson.h"

#include <maxmon/jsonobjectreader.h>
#include <maxmon/redaction.h>
#include <maxmon/sendtemplate.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace maxmon {

namespace {

const configjson::EnumNames<SendTemplate::Kind, 3> templateKinds = {
    { SendTemplate::Kind::Text, "text" },
    { SendTemplate::Kind::Json, "json" },
    { SendTemplate::Kind::Binary, "binary" },
};

} // namespace

QString SendTemplate::kindName(Kind kind)
{
    return configjson::enumName(kind, templateKinds);
}

QJsonObject SendTemplate::toJson() const
{
    const QString text =
        kind == Kind::Binary ? QString::fromLatin1(payload.toBase64()) : QString::fromUtf8(payload);
    return { { QLatin1String("name"), name },
             { QLatin1String("kind"), kindName(kind) },
             { QLatin1String("payload"), text } };
}

SendTemplate SendTemplate::fromJson(JsonObjectReader &reader)
{
    SendTemplate sendTemplate;
    reader.readString(QStringLiteral("name"), &sendTemplate.name);
    configjson::readEnum(reader, QStringLiteral("kind"), templateKinds, &sendTemplate.kind);
    const QJsonValue payload = reader.value(QStringLiteral("payload"));
    if (payload.isString()) {
        const QString text = payload.toString();
        if (sendTemplate.kind != Kind::Binary) {
            sendTemplate.payload = text.toUtf8();
        } else {
            auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                reader.addError(QStringLiteral("payload"),
                                tr("must be base64 for a binary template"));
            sendTemplate.payload = *decoded;
        }
    } else if ((payload.isObject() || payload.isArray()) && sendTemplate.kind == Kind::Json) {
        sendTemplate.payload = payload.isObject()
            ? QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact)
            : QJsonDocument(payload.toArray()).toJson(QJsonDocument::Compact);
    } else if (!payload.isUndefined()) {
        reader.addError(QStringLiteral("payload"), tr("must be a string"));
    }
    reader.reportUnknownKeys();
    return sendTemplate;
}

QList<ConfigIssue> SendTemplate::validate(const QString &path) const
{
    QList<ConfigIssue> issues;
    if (name.trimmed().isEmpty())
        issues.append({ ConfigIssue::Severity::Error, path + QLatin1String(".name"),
                        tr("must not be empty") });
    if (kind == Kind::Json) {
        QJsonParseError error;
        QJsonDocument::fromJson(payload, &error);
        if (error.error != QJsonParseError::NoError)
            issues.append({ ConfigIssue::Severity::Error, path + QLatin1String(".payload"),
                            tr("is not valid JSON: %1 at offset %2")
                                .arg(error.errorString())
                                .arg(error.offset) });
    }
    if (kind != Kind::Binary) {
        const QString text = QString::fromUtf8(payload);
        if (redaction::sensitiveValues(text) != text)
            issues.append({ ConfigIssue::Severity::Warning, path + QLatin1String(".payload"),
                            tr("seems to hold a credential: templates are stored in plain "
                               "text with the profile") });
    }
    return issues;
}

} // namespace maxmon
