#include <maxmon/validationerror.h>

namespace maxmon {

ValidationError::ValidationError(QString path, QString reason)
    : m_path(std::move(path))
    , m_reason(std::move(reason))
{ }

QString ValidationError::toString() const
{
    return m_path.isEmpty() ? m_reason : m_path + QLatin1String(": ") + m_reason;
}

ValidationError ValidationError::under(const QString &parentPath) const
{
    if (parentPath.isEmpty())
        return *this;
    if (m_path.isEmpty())
        return ValidationError(parentPath, m_reason);
    const QLatin1String separator(m_path.startsWith(QLatin1Char('[')) ? "" : ".");
    return ValidationError(parentPath + separator + m_path, m_reason);
}

Error ValidationError::toError() const
{
    Error error(Error::Code::InvalidPayload, tr("The message is not valid: %1").arg(toString()));
    error.withContext(QStringLiteral("path"), m_path);
    error.withContext(QStringLiteral("reason"), m_reason);
    return error;
}

} // namespace maxmon
