#pragma once

#include <maxmon/error.h>
#include <maxmon/maxmon_core_export.h>

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <tl/expected.hpp>

namespace maxmon {

// Why a JSON value is not the message it should be: the path of the field
// ("seq", "data.items[3].id"; empty for the whole document) and the reason
// ("must be a whole number between 0 and 9007199254740991").
//
// Converts implicitly to an Error (InvalidPayload) so that it can be returned
// wherever a Result<T> is expected.
class MAXMON_CORE_EXPORT ValidationError
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::ValidationError)

public:
    ValidationError() = default;
    ValidationError(QString path, QString reason);

    QString path() const { return m_path; }
    QString reason() const { return m_reason; }
    // "seq: must be ..." or the reason alone for the whole document
    QString toString() const;

    // The same error seen from a parent: "items[3]" + "id" -> "items[3].id"
    ValidationError under(const QString &parentPath) const;

    Error toError() const;
    operator Error() const { return toError(); }

    friend bool operator==(const ValidationError &a, const ValidationError &b)
    {
        return a.m_path == b.m_path && a.m_reason == b.m_reason;
    }
    friend bool operator!=(const ValidationError &a, const ValidationError &b) { return !(a == b); }

private:
    QString m_path;
    QString m_reason;
};

// A value or the ValidationError that prevented it.
template<typename T>
using Validated = tl::expected<T, ValidationError>;
using ValidationResult = tl::expected<void, ValidationError>;

inline tl::unexpected<ValidationError> invalid(QString path, QString reason)
{
    return tl::unexpected<ValidationError>(ValidationError(std::move(path), std::move(reason)));
}

inline tl::unexpected<ValidationError> invalid(ValidationError error)
{
    return tl::unexpected<ValidationError>(std::move(error));
}

} // namespace maxmon

Q_DECLARE_METATYPE(maxmon::ValidationError)
