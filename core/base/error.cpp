#include <maxmon/error.h>

#include <QMetaEnum>

namespace maxmon {

Error::Error(Code code, QString message, QString detail, QString hint)
    : m_code(code)
    , m_message(std::move(message))
    , m_detail(std::move(detail))
    , m_hint(std::move(hint))
{ }

Error &Error::withContext(const QString &key, const QJsonValue &value)
{
    m_context.insert(key, value);
    return *this;
}

Error &Error::withDetail(const QString &detail)
{
    m_detail = detail;
    return *this;
}

Error &Error::withHint(const QString &hint)
{
    m_hint = hint;
    return *this;
}

int Error::httpStatus() const
{
    return m_context.value(QLatin1String("httpStatus")).toInt();
}

int Error::closeCode() const
{
    return m_context.value(QLatin1String("closeCode")).toInt();
}

QString Error::codeName(Code code)
{
    return QString::fromLatin1(QMetaEnum::fromType<Code>().valueToKey(static_cast<int>(code)));
}

QString Error::toString() const
{
    QString text = m_message;
    if (!m_detail.isEmpty())
        text += QLatin1Char('\n') + m_detail;
    if (!m_hint.isEmpty())
        text += QLatin1Char('\n') + tr("Hint: %1").arg(m_hint);
    return text;
}

QJsonObject Error::toJson() const
{
    QJsonObject json { { QLatin1String("code"), codeName() },
                       { QLatin1String("message"), m_message } };
    if (!m_detail.isEmpty())
        json.insert(QLatin1String("detail"), m_detail);
    if (!m_hint.isEmpty())
        json.insert(QLatin1String("hint"), m_hint);
    if (!m_context.isEmpty())
        json.insert(QLatin1String("context"), m_context);
    return json;
}

Error Error::invalidState(const QString &message)
{
    return Error(Code::InvalidState, message);
}

QString Error::closeCodeName(int closeCode)
{
    const char *name = nullptr;
    switch (closeCode) {
    case 1000:
        name = QT_TR_NOOP("Normal closure");
        break;
    case 1001:
        name = QT_TR_NOOP("Going away");
        break;
    case 1002:
        name = QT_TR_NOOP("Protocol error");
        break;
    case 1003:
        name = QT_TR_NOOP("Unsupported data");
        break;
    case 1005:
        name = QT_TR_NOOP("No status code");
        break;
    case 1006:
        name = QT_TR_NOOP("Abnormal closure");
        break;
    case 1007:
        name = QT_TR_NOOP("Invalid payload data");
        break;
    case 1008:
        name = QT_TR_NOOP("Policy violation");
        break;
    case 1009:
        name = QT_TR_NOOP("Message too big");
        break;
    case 1010:
        name = QT_TR_NOOP("Missing extension");
        break;
    case 1011:
        name = QT_TR_NOOP("Internal error");
        break;
    case 1012:
        name = QT_TR_NOOP("Service restart");
        break;
    case 1013:
        name = QT_TR_NOOP("Try again later");
        break;
    case 1014:
        name = QT_TR_NOOP("Bad gateway");
        break;
    case 1015:
        name = QT_TR_NOOP("TLS handshake failure");
        break;
    default:
        break;
    }
    if (name)
        return QStringLiteral("%1 %2").arg(closeCode).arg(tr(name));
    if (closeCode >= 4000 && closeCode <= 4999)
        return tr("%1 (application-defined)").arg(closeCode);
    if (closeCode >= 3000 && closeCode <= 3999)
        return tr("%1 (registered)").arg(closeCode);
    return tr("%1 (unknown)").arg(closeCode);
}

} // namespace maxmon
