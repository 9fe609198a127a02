#include <maxmon/secretref.h>

#include <QCoreApplication>
#include <QJsonObject>

namespace maxmon {

namespace {
constexpr SecretRef::Source allSources[] = { SecretRef::Source::Env, SecretRef::Source::File,
                                             SecretRef::Source::Command,
                                             SecretRef::Source::Keychain };
}

QString SecretRef::sourceName(Source source)
{
    switch (source) {
    case Source::Env:
        return QStringLiteral("env");
    case Source::File:
        return QStringLiteral("file");
    case Source::Command:
        return QStringLiteral("command");
    case Source::Keychain:
        return QStringLiteral("keychain");
    case Source::None:
        break;
    }
    return QString();
}

QString SecretRef::describe() const
{
    switch (source) {
    case Source::Env:
        return QCoreApplication::translate("maxmon::SecretRef", "environment variable %1")
            .arg(reference);
    case Source::File:
        return QCoreApplication::translate("maxmon::SecretRef", "file %1").arg(reference);
    case Source::Command:
        return QCoreApplication::translate("maxmon::SecretRef", "output of command %1")
            .arg(reference);
    case Source::Keychain:
        return QCoreApplication::translate("maxmon::SecretRef", "keychain entry %1").arg(reference);
    case Source::None:
        break;
    }
    return QCoreApplication::translate("maxmon::SecretRef", "none");
}

QJsonValue SecretRef::toJson() const
{
    if (!isSet())
        return QJsonValue::Null;
    return QJsonObject { { sourceName(source), reference } };
}

bool SecretRef::fromJson(const QJsonValue &json, SecretRef *out, QString *why)
{
    *out = SecretRef();
    if (json.isNull() || json.isUndefined())
        return true;
    if (json.isString()) {
        *why = QCoreApplication::translate(
            "maxmon::SecretRef",
            "secrets are never stored in a profile: name where to read it, for example "
            "{\"env\": \"MAX_TOKEN\"} or {\"file\": \"/path/to/token\"}");
        return false;
    }
    const QJsonObject object = json.toObject();
    if (!json.isObject() || object.size() != 1) {
        *why = QCoreApplication::translate(
            "maxmon::SecretRef",
            "expected an object with exactly one of \"env\", \"file\", \"command\", \"keychain\"");
        return false;
    }
    const QString key = object.begin().key();
    const QJsonValue value = object.begin().value();
    for (Source candidate : allSources) {
        if (key != sourceName(candidate))
            continue;
        if (!value.isString() || value.toString().isEmpty()) {
            *why = QCoreApplication::translate("maxmon::SecretRef",
                                               "\"%1\" must be a non-empty string")
                       .arg(key);
            return false;
        }
        out->source = candidate;
        out->reference = value.toString();
        return true;
    }
    *why = QCoreApplication::translate("maxmon::SecretRef",
                                       "unknown secret source \"%1\": use env, file, command "
                                       "or keychain")
               .arg(key);
    return false;
}

} // namespace maxmon
