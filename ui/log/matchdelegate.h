#pragma once

#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QStyledItemDelegate>

namespace maxmon {

// The log's Message column with the filter's matches highlighted: the
// text the filter found (or its regular expression's matches) on a marker
// background, elided like any other cell.
class MatchDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MatchDelegate(QObject *parent = nullptr);

    // Empty or invalid: nothing is highlighted.
    void setPattern(const QRegularExpression &pattern);
    QRegularExpression pattern() const { return m_pattern; }
    // The matches in text, as (start, length), in order.
    QList<QPair<int, int>> matches(const QString &text) const;

    // The filter's text as a pattern: escaped unless it is a regular expression.
    static QRegularExpression patternFor(const QString &text, bool regularExpression);
    // The marker colour behind a match.
    static QColor markerColor();

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    QRegularExpression m_pattern;
};

} // namespace maxmon
