#include "widgets/filechooser.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>

namespace maxmon {

namespace {

FileChooser::Answer &answer()
{
    static FileChooser::Answer instance;
    return instance;
}

// "CSV (*.csv)" -> "csv"
QString firstExtension(const QString &filter)
{
    static const QRegularExpression pattern(QStringLiteral("\\*\\.([A-Za-z0-9]+)"));
    return pattern.match(filter).captured(1);
}

} // namespace

void FileChooser::setAnswer(Answer answerFunction)
{
    answer() = std::move(answerFunction);
}

QString FileChooser::openFileName(QWidget *parent, const QString &caption, const QString &filter,
                                  const QString &directory)
{
    if (answer())
        return answer()(Purpose::Open, directory);
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileChooser::saveFileName(QWidget *parent, const QString &caption,
                                  const QString &suggestedPath, const QString &filter)
{
    QString selectedFilter = filter.section(QLatin1String(";;"), 0, 0);
    QString path = answer()
        ? answer()(Purpose::Save, suggestedPath)
        : QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter, &selectedFilter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
        const QString extension = firstExtension(selectedFilter);
        if (!extension.isEmpty())
            path += QLatin1Char('.') + extension;
    }
    return path;
}

} // namespace maxmon
