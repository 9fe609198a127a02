#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/validationerror.h>

#include <QJsonObject>
#include <QString>

#include <type_traits>
#include <utility>

namespace maxmon {

// The MessageType "concept" (C++17: checked with type traits): see
// isMessageType below.
/// @cond internal
namespace messagetype_detail {

template<typename T, typename = void>
struct MAXMON_CORE_EXPORT HasMessageType : std::false_type
{
};
template<typename T>
struct HasMessageType<T, std::void_t<decltype(T::messageType())>>
    : std::is_same<decltype(T::messageType()), QString>
{
};

template<typename T, typename = void>
struct MAXMON_CORE_EXPORT HasValidate : std::false_type
{
};
template<typename T>
struct HasValidate<T, std::void_t<decltype(std::declval<const T &>().validate())>>
    : std::is_same<decltype(std::declval<const T &>().validate()), ValidationResult>
{
};

template<typename T, typename = void>
struct MAXMON_CORE_EXPORT HasToJson : std::false_type
{
};
template<typename T>
struct HasToJson<T, std::void_t<decltype(std::declval<const T &>().toJson())>>
    : std::is_same<decltype(std::declval<const T &>().toJson()), QJsonObject>
{
};

template<typename T, typename = void>
struct MAXMON_CORE_EXPORT HasFromJson : std::false_type
{
};
template<typename T>
struct HasFromJson<T, std::void_t<decltype(T::fromJson(std::declval<const QJsonObject &>()))>>
    : std::is_same<decltype(T::fromJson(std::declval<const QJsonObject &>())), Validated<T>>
{
};

} // namespace messagetype_detail
/// @endcond

/// Whether T has `static QString messageType()`.
template<typename T>
inline constexpr bool hasMessageTypeName = messagetype_detail::HasMessageType<T>::value;
/// Whether T has `ValidationResult validate() const`.
template<typename T>
inline constexpr bool hasValidate = messagetype_detail::HasValidate<T>::value;
/// Whether T has `QJsonObject toJson() const`.
template<typename T>
inline constexpr bool hasToJson = messagetype_detail::HasToJson<T>::value;
/// Whether T has `static Validated<T> fromJson(const QJsonObject &)`.
template<typename T>
inline constexpr bool hasFromJson = messagetype_detail::HasFromJson<T>::value;

/// Whether T is a MessageType, a typed message that MessageSerializer can
/// write and read. It has:
///
/// - `static QString T::messageType()`: the value of the "type" field that
///   names it on the wire: "event"
/// - `ValidationResult T::validate() const`: every field in range; the error
///   names the field ("seq")
/// - `QJsonObject T::toJson() const`: its fields; MessageSerializer adds "type"
/// - `static Validated<T> T::fromJson(const QJsonObject &object)`: reads the
///   fields, "type" excluded; the error names the field; never throws,
///   whatever the input
///
/// and is copyable. A type that misses one of them is rejected at compile
/// time by MessageSerializer with a static_assert naming the requirement.
template<typename T>
inline constexpr bool isMessageType = hasMessageTypeName<T> &&hasValidate<T> &&hasToJson<T>
    &&hasFromJson<T> &&std::is_copy_constructible_v<T>;

/// True for a MessageType; for any other type a compile error that names
/// what is missing. Use it in a static_assert next to a type meant to be a
/// MessageType, and in every template that needs one.
template<typename T>
constexpr bool checkMessageType()
{
    static_assert(hasMessageTypeName<T>, "MessageType needs: static QString messageType()");
    static_assert(hasValidate<T>, "MessageType needs: ValidationResult validate() const");
    static_assert(hasToJson<T>, "MessageType needs: QJsonObject toJson() const");
    static_assert(hasFromJson<T>,
                  "MessageType needs: static Validated<T> fromJson(const QJsonObject &)");
    static_assert(std::is_copy_constructible_v<T>, "MessageType needs to be copyable");
    return true;
}

} // namespace maxmon
