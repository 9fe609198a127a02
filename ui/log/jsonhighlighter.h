#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace maxmon {

// Colours JSON text: keys, strings, numbers, the literals true/false/null,
// and punctuation. The colours follow the palette (a light and a dark theme
// each get readable ones); call setPalette() when it changes.
//
// One line is highlighted at a time, which suits what JsonText::indent() writes
// (a string never spans lines in JSON).
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Token { Key, String, Number, Literal, Punctuation };

    explicit JsonHighlighter(QTextDocument *document, const QPalette &palette = QPalette());

    void setPalette(const QPalette &palette);
    QTextCharFormat format(Token token) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_punctuation;
};

} // namespace maxmon
