#pragma once

#include <maxmon/maxmon_core_export.h>

#include <QCoreApplication>
#include <QString>

namespace maxmon {

/// Figures for people, in the default QLocale: the locale of the language the
/// user chose (TranslationLoader::load() makes it the default), so a German
/// window reads "10.000 ms" and "0,9 ms". Never for machine formats (JSON,
/// metrics, CSV): those keep the C locale.
class MAXMON_CORE_EXPORT LocaleFormat
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::LocaleFormat)

public:
    /// A whole number with the locale's digit grouping: "10.000".
    static QString number(qint64 value);
    /// A number with a fixed count of decimals: "0,9" (named apart from
    /// number() so that an int never has to choose between the two).
    static QString decimal(double value, int decimals);
    /// A duration in milliseconds, "%1 ms", with decimals places: "10.000 ms".
    static QString milliseconds(double ms, int decimals);
    /// A duration in milliseconds with a precision that suits its size: two
    /// decimals below 10 ms, one below 100 ms, none above ("0,95 ms",
    /// "42,5 ms", "10.000 ms").
    static QString milliseconds(double ms);
    /// A duration in seconds with one decimal: "1,5 s".
    static QString seconds(double seconds);
    /// A size in bytes, QLocale::formattedDataSize: "1,5 KiB", "12 bytes".
    static QString dataSize(qint64 bytes);
    /// A throughput in bytes per second: "1,5 KiB/s".
    static QString byteRate(double bytesPerSecond);
    /// A message rate with one decimal: "6,0 msg/s".
    static QString messageRate(double messagesPerSecond);
    /// A ratio as a percentage with one decimal: "2,5 %".
    static QString percent(double ratio);
};

} // namespace maxmon
