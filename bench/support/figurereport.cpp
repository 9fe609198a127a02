#include "figurereport.h"

#include <QJsonDocument>

#include <cmath>
#include <cstdio>

namespace maxmon::bench {

namespace {

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

} // namespace

double Figure::ratio() const
{
    if (!std::isfinite(maxmon) || !std::isfinite(baseline) || baseline == 0)
        return none;
    return maxmon / baseline;
}

QJsonObject Figure::toJson() const
{
    QJsonObject json { { QStringLiteral("id"), id },
                       { QStringLiteral("figure"), figure },
                       { QStringLiteral("server"), server },
                       { QStringLiteral("unit"), unit },
                       { QStringLiteral("maxmon"), number(maxmon) },
                       { QStringLiteral("baseline"), number(baseline) },
                       { QStringLiteral("baseline_name"),
                         std::isfinite(baseline) ? baselineName : QString() },
                       { QStringLiteral("ratio"), number(ratio()) },
                       { QStringLiteral("target"), target },
                       { QStringLiteral("pass"), pass ? QJsonValue(*pass) : QJsonValue() } };
    if (!note.isEmpty())
        json.insert(QStringLiteral("note"), note);
    return json;
}

void FigureReport::add(const Figure &figure)
{
    m_figures.append(figure);
    std::printf("%s\n", QJsonDocument(figure.toJson()).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    QString line = QStringLiteral("%1 [%2]: maxmon %3 %4")
                       .arg(figure.figure, figure.server)
                       .arg(figure.maxmon, 0, 'g', 6)
                       .arg(figure.unit);
    if (std::isfinite(figure.baseline))
        line += QStringLiteral(", %1 %2 (ratio %3)")
                    .arg(figure.baselineName)
                    .arg(figure.baseline, 0, 'g', 6)
                    .arg(figure.ratio(), 0, 'f', 3);
    if (figure.pass)
        line +=
            QStringLiteral(", target %1: %2")
                .arg(figure.target, *figure.pass ? QStringLiteral("pass") : QStringLiteral("FAIL"));
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

void FigureReport::add(Figure figure, bool passed)
{
    figure.pass = passed;
    add(figure);
}

int FigureReport::exitCode() const
{
    if (m_figures.isEmpty())
        return 3;
    for (const Figure &figure : m_figures) {
        if (!std::isfinite(figure.maxmon))
            return 3;
    }
    return 0;
}

} // namespace maxmon::bench
