#include "widgets/separatedtext.h"

#include <QStringList>

namespace maxmon {

QString wrapBetweenParts(const QString &text)
{
    QStringList parts = text.split(QStringLiteral(" \u00b7 "));
    for (QString &part : parts)
        part.replace(QLatin1Char(' '), QChar::Nbsp);
    return parts.join(QStringLiteral("\u00a0\u00b7 "));
}

QString withPlainSpaces(const QString &shown)
{
    return QString(shown).replace(QChar::Nbsp, QLatin1Char(' '));
}

} // namespace maxmon
