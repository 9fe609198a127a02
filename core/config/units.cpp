#include <maxmon/units.h>

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace maxmon {

// The translation context of the parsers' messages: tr() needs a class.
class Units
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::Units)
};

namespace {

struct Unit
{
    const char *name;
    double factor;
};

// a number, then a unit made of letters (matched case-sensitively below)
const QRegularExpression &quantity()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*$)"));
    return pattern;
}

Error usage(const QString &message)
{
    return Error(Error::Code::InvalidConfig, message);
}

template<size_t N>
Result<qint64> scale(const QString &number, const QString &unitName, const Unit (&units)[N],
                     const QString &invalid)
{
    for (const Unit &unit : units) {
        if (unitName != QLatin1String(unit.name))
            continue;
        const double value = std::ceil(number.toDouble() * unit.factor);
        if (value > 1e15)
            break;
        return static_cast<qint64>(value);
    }
    return failure(usage(invalid));
}

} // namespace

Result<qint64> parseDurationMs(const QString &text)
{
    static const Unit units[] = {
        { "us", 0.001 }, { "ms", 1 }, { "s", 1000 }, { "m", 60000 }, { "h", 3600000 },
    };
    const QString invalid =
        Units::tr("\"%1\" is not a duration (try %2).").arg(text, QStringLiteral("500ms, 1s, 2m"));
    const QRegularExpressionMatch match = quantity().match(text);
    if (!match.hasMatch())
        return scale(QString(), QStringLiteral("?"), units, invalid);
    const QString number = match.captured(1);
    const QString unit = match.captured(2);
    if (unit.isEmpty() && number.toDouble() == 0)
        return 0;
    return scale(number, unit, units, invalid);
}

Result<qint64> parseByteRate(const QString &text)
{
    static const Unit units[] = {
        { "B", 1 },
        { "KB", 1e3 },
        { "kB", 1e3 },
        { "MB", 1e6 },
        { "GB", 1e9 },
        { "KiB", 1024 },
        { "MiB", 1048576 },
        { "GiB", 1073741824 },
        { "bit", 0.125 },
        { "kbit", 125 },
        { "Kbit", 125 },
        { "Mbit", 125000 },
        { "Gbit", 125000000 },
    };
    QString value = text.trimmed();
    if (value.endsWith(QLatin1String("/s")))
        value.chop(2);
    const QString invalid = Units::tr("\"%1\" is not a rate (try %2).")
                                .arg(text, QStringLiteral("20KB/s, 1MB/s, 8Mbit/s"));
    const QRegularExpressionMatch match = quantity().match(value);
    if (!match.hasMatch())
        return scale(QString(), QStringLiteral("?"), units, invalid);
    return scale(match.captured(1),
                 match.captured(2).isEmpty() ? QStringLiteral("B") : match.captured(2), units,
                 invalid);
}

} // namespace maxmon
