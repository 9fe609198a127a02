#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;

namespace maxmon {

// Help > Keyboard Shortcuts: every command of the window that has a
// shortcut, with its keys as this platform writes them, and a link to the
// manual.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Where the manual is read.
    static QUrl manualUrl();

private:
    QTableWidget *m_table;
};

} // namespace maxmon
