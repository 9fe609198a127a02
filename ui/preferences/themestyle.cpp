#include "preferences/themestyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace maxmon {

ThemeStyle::ThemeStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{ }

void ThemeStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                               QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool box = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    if (!box && element != PE_IndicatorRadioButton)
        return;
    // the frame in the text colour, softened: as visible as the label beside it
    QColor frame = option->palette.color(QPalette::WindowText);
    frame.setAlphaF(option->state.testFlag(State_Enabled) ? 0.7 : 0.35);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(frame, 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF rect = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (box)
        painter->drawRoundedRect(rect, 2, 2);
    else
        painter->drawEllipse(rect);
    painter->restore();
}

} // namespace maxmon
