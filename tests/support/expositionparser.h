#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace maxmon::test {

// A strict reader of the Prometheus text format 0.0.4 and of OpenMetrics
// 1.0, written from the specifications, for tests of an exposition: what it
// reads back is compared, not the text. Besides the syntax (names, label
// escaping, numbers) it checks what the formats demand of a whole
// exposition: metadata before the samples of its family, no family
// interleaved or repeated, each sample's name one its family's type allows
// (counters' _total, histograms' _bucket/_sum/_count, OpenMetrics' info
// _info), no series twice, histogram buckets ascending and cumulative and
// ending with le="+Inf" equal to _count, OpenMetrics' # UNIT as the name's
// suffix, canonical le values and the final # EOF. Every violation is one
// line in errors.
class ExpositionParser
{
public:
    enum class Format { PrometheusText, OpenMetrics };

    struct Sample
    {
        QString name;
        QList<QPair<QString, QString>> labels; // in the order written, unescaped
        double value = 0;

        // the value of a label, or a null string
        QString label(const QString &labelName) const;
    };

    struct Family
    {
        QString name; // as in its metadata
        QString type;
        QString help; // unescaped
        QString unit;
        QList<Sample> samples;
    };

    struct Exposition
    {
        QList<Family> families;
        QStringList errors;

        const Family *family(const QString &name) const;
        // The samples called name whose labels include all of these.
        QList<Sample> samples(const QString &name,
                              const QList<QPair<QString, QString>> &labels = {}) const;
        // The value of the one such sample; nullopt when there is none or several.
        std::optional<double> value(const QString &name,
                                    const QList<QPair<QString, QString>> &labels = {}) const;
    };

    static Exposition parse(const QByteArray &text, Format format);
};

} // namespace maxmon::test
