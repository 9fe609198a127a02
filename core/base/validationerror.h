#pragma once

#include <maxmon/error.h>
#include <maxmon/maxmon_core_export.h>

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <tl/expected.hpp>

namespace maxmon {

/// Why a JSON value is not the message it should be: the path of the field
/// ("seq", "data.items[3].id"; empty for the whole document) and the reason
/// ("must be a whole number between 0 and 9007199254740991").
///
/// Converts implicitly to an Error (InvalidPayload) so that it can be returned
/// wherever a Result<T> is expected.
class MAXMON_CORE_EXPORT ValidationError
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::ValidationError)

public:
    /// No error: empty path and reason.
    ValidationError() = default;
    /// The field at path (empty: the whole document) is wrong for reason.
    ValidationError(QString path, QString reason);

    /// The dotted path of the field; empty for the whole document.
    QString path() const { return m_path; }
    /// Why the value is wrong, for people.
    QString reason() const { return m_reason; }
    /// "seq: must be ..." or the reason alone for the whole document.
    QString toString() const;

    /// The same error seen from a parent: "items[3]" + "id" -> "items[3].id".
    ValidationError under(const QString &parentPath) const;

    /// An Error with code InvalidPayload that says the same.
    Error toError() const;
    /// toError(), so that a ValidationError can be returned as a Result's error.
    operator Error() const { return toError(); }

    /// Equal in path and reason.
    friend bool operator==(const ValidationError &a, const ValidationError &b)
    {
        return a.m_path == b.m_path && a.m_reason == b.m_reason;
    }
    /// Different in path or reason.
    friend bool operator!=(const ValidationError &a, const ValidationError &b) { return !(a == b); }

private:
    QString m_path;
    QString m_reason;
};

/// A value or the ValidationError that prevented it.
template<typename T>
using Validated = tl::expected<T, ValidationError>;
/// Valid, or the ValidationError that says why not: what MessageType::validate() returns.
using ValidationResult = tl::expected<void, ValidationError>;

/// The failed Validated or ValidationResult for the field at path.
inline tl::unexpected<ValidationError> invalid(QString path, QString reason)
{
    return tl::unexpected<ValidationError>(ValidationError(std::move(path), std::move(reason)));
}

/// The failed Validated or ValidationResult for error.
inline tl::unexpected<ValidationError> invalid(ValidationError error)
{
    return tl::unexpected<ValidationError>(std::move(error));
}

} // namespace maxmon

Q_DECLARE_METATYPE(maxmon::ValidationError)
