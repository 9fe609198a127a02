#include <maxmon/localeformat.h>

#include <QLocale>

#include <cmath>

namespace maxmon {

QString LocaleFormat::number(qint64 value)
{
    return QLocale().toString(value);
}

QString LocaleFormat::decimal(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString LocaleFormat::milliseconds(double ms, int decimals)
{
    return tr("%1 ms").arg(decimal(ms, decimals));
}

QString LocaleFormat::milliseconds(double ms)
{
    const double size = std::abs(ms);
    return milliseconds(ms, size < 10 ? 2 : size < 100 ? 1 : 0);
}

QString LocaleFormat::seconds(double seconds)
{
    return tr("%1 s").arg(decimal(seconds, 1));
}

QString LocaleFormat::dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString LocaleFormat::byteRate(double bytesPerSecond)
{
    return tr("%1/s").arg(dataSize(static_cast<qint64>(std::llround(bytesPerSecond))));
}

QString LocaleFormat::messageRate(double messagesPerSecond)
{
    return tr("%1 msg/s").arg(decimal(messagesPerSecond, 1));
}

QString LocaleFormat::percent(double ratio)
{
    return tr("%1 %").arg(decimal(ratio * 100.0, 1));
}

} // namespace maxmon
