#pragma once

#include <QAction>
#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>

#include <functional>

class QMenu;

namespace maxmon {

// What a command of the window needs to be enabled.
enum class ActionNeeds {
    Nothing,
    ConnectionTab, // a connection's tab is the current one
    LogTab, // a connection's or a file's tab (a log to read)
    PhoenixTab, // a connection's tab on a Phoenix socket
    SeveralTabs, // more than one tab, to go to another
};

// One command of the window, as a row of its action table:
// ActionSpec(name, text, shortcuts, tip, trigger).separated().needing(...)
struct ActionSpec
{
    ActionSpec(const QString &actionName, const QString &actionText,
               const QList<QKeySequence> &keys, const QString &toolTip,
               const std::function<void()> &onTrigger);

    // A separator before it in its menu.
    ActionSpec &separated();
    ActionSpec &needing(ActionNeeds what);
    // Enabled only while condition holds too (checked with the needs met).
    ActionSpec &enabledWhen(const std::function<bool()> &condition);
    // Checkable, checked while state holds (asked with the needs met).
    ActionSpec &checkedWhen(const std::function<bool()> &state);
    ActionSpec &withRole(QAction::MenuRole menuRole);

    QString name; // the action's object name, the key of ActionRegistry::action()
    QString text;
    QList<QKeySequence> shortcuts;
    QString tip; // status and tool tip
    std::function<void()> trigger;
    QString menu; // the key of the menu it is listed in ("" for none)
    bool separatorBefore = false;
    ActionNeeds needs = ActionNeeds::Nothing;
    std::function<bool()> enabled;
    std::function<bool()> checked;
    QAction::MenuRole role = QAction::TextHeuristicRole;
};

// The rows, each listed in the menu menuKey.
QList<ActionSpec> inMenu(const QString &menuKey, QList<ActionSpec> rows);

// Our key first, so menus and tooltips show the same one everywhere, then
// the platform's own for the standard action (Ctrl+F4 for Close on some).
QList<QKeySequence> shortcutsWith(const QKeySequence &ours, QKeySequence::StandardKey standard);

// Makes a window's actions from a table of ActionSpec, fills its menus in
// the table's order, and enables (and checks) each by its row's rules when
// the window's situation changes. Adding a command is adding a row.
class ActionRegistry : public QObject
{
    Q_OBJECT

public:
    // The actions belong to owner (their shortcuts work in its window).
    explicit ActionRegistry(QWidget *owner);

    // What update() decides by.
    struct Situation
    {
        bool connectionTab = false;
        bool fileTab = false;
        bool phoenixTab = false;
        int tabCount = 0;
    };

    QAction *add(const ActionSpec &spec);
    void add(const QList<ActionSpec> &specs);
    // nullptr for a name no row has
    QAction *action(const QString &name) const;
    // In the table's order.
    QList<QAction *> actions() const { return m_actions; }
    // Appends the actions listed under menuKey, in the table's order.
    void fillMenu(QMenu *menu, const QString &menuKey) const;
    // Every action enabled (and checked) by its row's rules.
    void update(const Situation &situation);

private:
    bool meets(ActionNeeds needs, const Situation &situation) const;

    QWidget *m_owner;
    QList<QAction *> m_actions;
    QList<ActionSpec> m_specs; // same order as m_actions
    QHash<QString, QAction *> m_byName;
};

} // namespace maxmon
