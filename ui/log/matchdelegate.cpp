#include "log/matchdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace maxmon {

MatchDelegate::MatchDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void MatchDelegate::setPattern(const QRegularExpression &pattern)
{
    m_pattern = pattern;
}

QRegularExpression MatchDelegate::patternFor(const QString &text, bool regularExpression)
{
    if (text.isEmpty())
        return QRegularExpression();
    return QRegularExpression(regularExpression ? text : QRegularExpression::escape(text),
                              QRegularExpression::CaseInsensitiveOption);
}

QColor MatchDelegate::markerColor()
{
    // a highlighter's yellow, under black text, on light and dark palettes
    return QColor(0xff, 0xd5, 0x4f);
}

QList<QPair<int, int>> MatchDelegate::matches(const QString &text) const
{
    QList<QPair<int, int>> found;
    if (m_pattern.pattern().isEmpty() || !m_pattern.isValid())
        return found;
    QRegularExpressionMatchIterator it = m_pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() > 0) // an empty match marks nothing
            found.append({ static_cast<int>(match.capturedStart()),
                           static_cast<int>(match.capturedLength()) });
    }
    return found;
}

void MatchDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem item(option);
    initStyleOption(&item, index);
    const QList<QPair<int, int>> found = matches(item.text);
    if (found.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString text = item.text;
    item.text.clear();
    QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, item.widget) + 1;
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &item, item.widget)
                           .adjusted(margin, 0, -margin, 0);
    const QString shown = item.fontMetrics.elidedText(text, Qt::ElideRight, rect.width());
    QList<QTextLayout::FormatRange> formats;
    for (const auto &[start, length] : found) {
        if (start >= shown.size())
            break;
        QTextLayout::FormatRange range;
        range.start = start;
        range.length = std::min<int>(length, static_cast<int>(shown.size()) - start);
        range.format.setBackground(markerColor());
        range.format.setForeground(QColor(Qt::black));
        formats.append(range);
    }
    QTextLayout layout(shown, item.font);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(rect.width());
    layout.endLayout();
    const bool selected = item.state.testFlag(QStyle::State_Selected);
    painter->save();
    painter->setPen(item.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter, QPointF(rect.left(), rect.top() + (rect.height() - line.height()) / 2));
    painter->restore();
}

} // namespace maxmon
