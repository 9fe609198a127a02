#include "preferences/theme.h"

#include "preferences/palettes.h"
#include "preferences/themestyle.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace maxmon {

namespace {

struct Desktop
{
    QString styleName;
    QPalette palette;
};

const Desktop &desktop()
{
    static const Desktop original { QApplication::style()->name(), QApplication::palette() };
    return original;
}

} // namespace

QString Theme::settingsKey()
{
    return QStringLiteral("appearance/theme");
}

QString Theme::name(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

QString Theme::text(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return tr("Light");
    case Choice::Dark:
        return tr("Dark");
    case Choice::System:
        break;
    }
    return tr("System");
}

Theme::Choice Theme::stored()
{
    const QString value = QSettings().value(settingsKey()).toString();
    for (const Choice choice : { Choice::Light, Choice::Dark }) {
        if (value == name(choice))
            return choice;
    }
    return Choice::System;
}

void Theme::store(Choice choice)
{
    QSettings settings;
    if (choice == Choice::System)
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), name(choice));
}

void Theme::apply(Choice choice)
{
    const Desktop &original = desktop();
    if (choice == Choice::System) {
        QApplication::setStyle(QStyleFactory::create(original.styleName));
        QApplication::setPalette(original.palette);
        return;
    }
    auto *style = new ThemeStyle;
    QApplication::setStyle(style);
    QApplication::setPalette(choice == Choice::Dark ? darkPalette() : style->standardPalette());
}

} // namespace maxmon
