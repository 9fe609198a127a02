#include "window/shortcutsdialog.h"

#include "maxmonversion.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace maxmon {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    QList<QAction *> shown;
    for (QAction *action : actions) {
        if (!action->shortcuts().isEmpty())
            shown.append(action);
    }
    std::sort(shown.begin(), shown.end(), [](const QAction *a, const QAction *b) {
        return a->iconText().localeAwareCompare(b->iconText()) < 0;
    });
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({ tr("Command"), tr("Keys") });
    m_table->setRowCount(static_cast<int>(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        QStringList keys;
        for (const QKeySequence &key : shown.at(row)->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        // iconText() is the text without its mnemonic "&"
        m_table->setItem(row, 0, new QTableWidgetItem(shown.at(row)->iconText()));
        m_table->setItem(row, 1, new QTableWidgetItem(keys.join(tr(" or "))));
        m_table->item(row, 0)->setToolTip(shown.at(row)->toolTip());
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *manual = new QLabel(
        tr("Everything else is in the <a href=\"%1\">manual</a>.").arg(manualUrl().toString()),
        this);
    manual->setObjectName(QStringLiteral("manualLink"));
    manual->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(manual);
    layout->addWidget(buttons);
    resize(520, 560);
}

QUrl ShortcutsDialog::manualUrl()
{
    // the window's chapter of the manual (docs/gui.md), as the project site shows it
    return QUrl(QStringLiteral(MAXMON_HOMEPAGE "/blob/main/docs/gui.md"));
}

} // namespace maxmon
