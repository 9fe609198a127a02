#include "window/actionregistry.h"

#include <QMenu>
#include <QWidget>

namespace maxmon {

QList<QKeySequence> shortcutsWith(const QKeySequence &ours, QKeySequence::StandardKey standard)
{
    QList<QKeySequence> sequences { ours };
    const QList<QKeySequence> platform = QKeySequence::keyBindings(standard);
    for (const QKeySequence &sequence : platform) {
        if (!sequences.contains(sequence))
            sequences.append(sequence);
    }
    return sequences;
}

ActionSpec::ActionSpec(const QString &actionName, const QString &actionText,
                       const QList<QKeySequence> &keys, const QString &toolTip,
                       const std::function<void()> &onTrigger)
    : name(actionName)
    , text(actionText)
    , shortcuts(keys)
    , tip(toolTip)
    , trigger(onTrigger)
{ }

ActionSpec &ActionSpec::separated()
{
    separatorBefore = true;
    return *this;
}

ActionSpec &ActionSpec::needing(ActionNeeds what)
{
    needs = what;
    return *this;
}

ActionSpec &ActionSpec::enabledWhen(const std::function<bool()> &condition)
{
    enabled = condition;
    return *this;
}

ActionSpec &ActionSpec::checkedWhen(const std::function<bool()> &state)
{
    checked = state;
    return *this;
}

ActionSpec &ActionSpec::withRole(QAction::MenuRole menuRole)
{
    role = menuRole;
    return *this;
}

QList<ActionSpec> inMenu(const QString &menuKey, QList<ActionSpec> rows)
{
    for (ActionSpec &row : rows)
        row.menu = menuKey;
    return rows;
}

ActionRegistry::ActionRegistry(QWidget *owner)
    : QObject(owner)
    , m_owner(owner)
{ }

QAction *ActionRegistry::add(const ActionSpec &spec)
{
    Q_ASSERT(!m_byName.contains(spec.name));
    auto *action = new QAction(spec.text, m_owner);
    action->setObjectName(spec.name);
    action->setShortcuts(spec.shortcuts);
    action->setStatusTip(spec.tip);
    action->setToolTip(spec.tip);
    action->setMenuRole(spec.role);
    action->setCheckable(bool(spec.checked));
    if (spec.trigger)
        connect(action, &QAction::triggered, this, [trigger = spec.trigger] { trigger(); });
    m_actions.append(action);
    m_specs.append(spec);
    m_byName.insert(spec.name, action);
    return action;
}

void ActionRegistry::add(const QList<ActionSpec> &specs)
{
    for (const ActionSpec &spec : specs)
        add(spec);
}

QAction *ActionRegistry::action(const QString &name) const
{
    return m_byName.value(name);
}

void ActionRegistry::fillMenu(QMenu *menu, const QString &menuKey) const
{
    for (int i = 0; i < m_specs.size(); ++i) {
        if (m_specs.at(i).menu != menuKey)
            continue;
        if (m_specs.at(i).separatorBefore && !menu->isEmpty())
            menu->addSeparator();
        menu->addAction(m_actions.at(i));
    }
}

bool ActionRegistry::meets(ActionNeeds needs, const Situation &situation) const
{
    switch (needs) {
    case ActionNeeds::Nothing:
        return true;
    case ActionNeeds::ConnectionTab:
        return situation.connectionTab;
    case ActionNeeds::LogTab:
        return situation.connectionTab || situation.fileTab;
    case ActionNeeds::PhoenixTab:
        return situation.phoenixTab;
    case ActionNeeds::SeveralTabs:
        return situation.tabCount > 1;
    }
    return false;
}

void ActionRegistry::update(const Situation &situation)
{
    for (int i = 0; i < m_specs.size(); ++i) {
        const ActionSpec &spec = m_specs.at(i);
        QAction *action = m_actions.at(i);
        const bool met = meets(spec.needs, situation);
        action->setEnabled(met && (!spec.enabled || spec.enabled()));
        if (spec.checked)
            action->setChecked(met && spec.checked());
    }
}

} // namespace maxmon
