#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace maxmon {

// Asks the user for a file name with QFileDialog. Tests set an answer
// instead, so that the buttons and menu entries that ask can be driven for
// real without a modal dialog.
class FileChooser
{
public:
    enum class Purpose { Open, Save };
    // Returns the chosen path, or an empty string for "cancelled".
    using Answer = std::function<QString(Purpose purpose, const QString &suggestedPath)>;

    // filter: "JSON files (*.json);;All files (*)"
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter,
                                const QString &directory = {});
    // The chosen filter's first extension is added when the name has none.
    static QString saveFileName(QWidget *parent, const QString &caption,
                                const QString &suggestedPath, const QString &filter);

    // Until set back to nullptr, every question gets this answer.
    static void setAnswer(Answer answer);
};

} // namespace maxmon
