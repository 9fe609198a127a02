#pragma once

// Helpers shared by the config sections' toJson() / fromJson(): enum values
// by name and secret references. Internal: not installed.

#include <maxmon/jsonobjectreader.h>
#include <maxmon/secretref.h>

#include <QCoreApplication>
#include <QStringList>

#include <utility>

namespace maxmon::configjson {

// Longest timeout or delay a profile may set: a day.
constexpr qint64 maxTimeoutMs = 24LL * 3600 * 1000;

// An enum's names in a profile, in the order they are offered: {value, "name"}.
template<typename Enum, std::size_t N>
using EnumNames = std::pair<Enum, const char *>[N];

template<typename Enum, std::size_t N>
bool enumFromName(const QString &name, const EnumNames<Enum, N> &names, Enum *out)
{
    for (const auto &entry : names) {
        if (name == QLatin1String(entry.second)) {
            *out = entry.first;
            return true;
        }
    }
    return false;
}

template<typename Enum, std::size_t N>
QString enumName(Enum value, const EnumNames<Enum, N> &names)
{
    for (const auto &entry : names) {
        if (entry.first == value)
            return QLatin1String(entry.second);
    }
    return {};
}

template<typename Enum, std::size_t N>
QString enumChoices(const EnumNames<Enum, N> &names)
{
    QStringList list;
    for (const auto &entry : names)
        list.append(QLatin1String(entry.second));
    return list.join(QLatin1String(", "));
}

// Leaves *out untouched when the key is absent; an unknown name is an error
// that lists the known ones.
template<typename Enum, std::size_t N>
void readEnum(JsonObjectReader &reader, const QString &key, const EnumNames<Enum, N> &names,
              Enum *out)
{
    QString name;
    if (!reader.has(key)) {
        reader.value(key);
        return;
    }
    reader.readString(key, &name);
    // the profile's message, in ConnectionConfig's translation context
    if (!name.isEmpty() && !enumFromName(name, names, out))
        reader.addError(key,
                        QCoreApplication::translate("maxmon::ConnectionConfig",
                                                    "unknown value \"%1\": use one of %2")
                            .arg(name, enumChoices(names)));
}

inline void readSecret(JsonObjectReader &reader, const QString &key, SecretRef *out)
{
    QString why;
    if (!SecretRef::fromJson(reader.value(key), out, &why))
        reader.addError(key, why);
}

} // namespace maxmon::configjson
