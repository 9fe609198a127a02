#include "profiles/inlineissues.h"

#include <QCoreApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QStyle>
#include <QTabWidget>

namespace maxmon {

namespace {

// Readable on light and dark backgrounds alike.
const QColor errorColour(0xe5, 0x39, 0x35);
const QColor warningColour(0xef, 0x8c, 0x00);

// Lists edited one entry per line: their index is a line to the reader.
bool isLineList(const QString &path)
{
    return path == QLatin1String("headers") || path == QLatin1String("tls.spki_pins");
}

} // namespace

InlineIssues::InlineIssues(QTabWidget *sections, QLabel *general)
    : m_sections(sections)
    , m_general(general)
{ }

void InlineIssues::addField(const QString &path, QLabel *label, int section)
{
    m_labels.insert(path, label);
    m_sectionOf.insert(path, section);
}

QString InlineIssues::fieldFor(const QString &issuePath, QString *prefix) const
{
    if (prefix)
        prefix->clear();
    if (m_labels.contains(issuePath))
        return issuePath;
    // "headers[2].name" -> "headers", entry 3
    static const QRegularExpression indexed(QStringLiteral("^([a-z_.]+)\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = indexed.match(issuePath);
    if (!match.hasMatch() || !m_labels.contains(match.captured(1)))
        return QString();
    if (prefix) {
        const int number = match.captured(2).toInt() + 1;
        *prefix = (isLineList(match.captured(1)) ? tr("line %1: ") : tr("entry %1: ")).arg(number);
    }
    return match.captured(1);
}

void InlineIssues::show(const QList<ConfigIssue> &issues)
{
    QHash<QString, QStringList> errors;
    QHash<QString, QStringList> warnings;
    QHash<QString, bool> hasError;
    for (const ConfigIssue &issue : issues) {
        QString prefix;
        const QString field = fieldFor(issue.path, &prefix);
        const QString text = field.isEmpty() ? issue.toString() : prefix + issue.message;
        (issue.isError() ? errors : warnings)[field].append(text);
        if (issue.isError())
            hasError[field] = true;
    }

    auto fill = [&](QLabel *label, const QString &field) {
        QStringList lines;
        for (const QString &error : errors.value(field))
            lines.append(QStringLiteral("\u26a0 ") + error);
        for (const QString &warning : warnings.value(field))
            lines.append(tr("Note: %1").arg(warning));
        const QColor colour = hasError.value(field) ? errorColour : warningColour;
        label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(colour.name()));
        label->setText(lines.join(QLatin1Char('\n')));
        label->setVisible(!lines.isEmpty());
    };
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        fill(it.value(), it.key());
    fill(m_general, QString());

    QSet<int> sectionsWithErrors;
    for (auto it = hasError.cbegin(); it != hasError.cend(); ++it) {
        if (!it.key().isEmpty())
            sectionsWithErrors.insert(m_sectionOf.value(it.key()));
    }
    const QIcon warning = m_sections->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int i = 0; i < m_sections->count(); ++i)
        m_sections->setTabIcon(i, sectionsWithErrors.contains(i) ? warning : QIcon());
}

QString InlineIssues::text(const QString &path) const
{
    const QString field = fieldFor(path);
    const QLabel *label = m_labels.value(field, field.isEmpty() ? m_general : nullptr);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace maxmon
