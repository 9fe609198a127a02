#pragma once

#include <QProxyStyle>

namespace maxmon {

// Fusion with check boxes and radio buttons whose frame reads on any
// palette: Fusion outlines them in a darker shade of the window colour,
// which on a dark palette is as dark as the box itself (invisible).
class ThemeStyle : public QProxyStyle
{
    Q_OBJECT

public:
    ThemeStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace maxmon
