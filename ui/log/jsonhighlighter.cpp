#include "log/jsonhighlighter.h"

namespace maxmon {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// A colour of the given hue that reads well on the palette's Base colour:
// darker on light backgrounds, lighter on dark ones.
QColor readableHue(const QPalette &palette, int hue)
{
    return isDark(palette) ? QColor::fromHsl(hue, 170, 175) : QColor::fromHsl(hue, 200, 70);
}

bool isNumberChar(QChar c)
{
    return c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.')
        || c == QLatin1Char('e') || c == QLatin1Char('E');
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    setPalette(palette);
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    // Keys take the palette's link colour: the theme already made it readable.
    m_key = QTextCharFormat();
    m_key.setForeground(palette.color(QPalette::Link));
    m_key.setFontWeight(QFont::DemiBold);
    m_string = QTextCharFormat();
    m_string.setForeground(readableHue(palette, 120));
    m_number = QTextCharFormat();
    m_number.setForeground(readableHue(palette, 25));
    m_literal = QTextCharFormat();
    m_literal.setForeground(readableHue(palette, 290));
    m_literal.setFontWeight(QFont::DemiBold);
    m_punctuation = QTextCharFormat();
    m_punctuation.setForeground(palette.color(QPalette::PlaceholderText));
    rehighlight();
}

QTextCharFormat JsonHighlighter::format(Token token) const
{
    switch (token) {
    case Token::Key:
        return m_key;
    case Token::String:
        return m_string;
    case Token::Number:
        return m_number;
    case Token::Literal:
        return m_literal;
    case Token::Punctuation:
        return m_punctuation;
    }
    return QTextCharFormat();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const int size = static_cast<int>(text.size());
    int i = 0;
    while (i < size) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            int end = i + 1;
            while (end < size && text.at(end) != QLatin1Char('"')) {
                if (text.at(end) == QLatin1Char('\\'))
                    ++end;
                ++end;
            }
            end = std::min(end + 1, size); // include the closing quote
            int next = end;
            while (next < size && text.at(next).isSpace())
                ++next;
            const bool isKey = next < size && text.at(next) == QLatin1Char(':');
            setFormat(i, end - i, isKey ? m_key : m_string);
            i = end;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            int end = i + 1;
            while (end < size && isNumberChar(text.at(end)))
                ++end;
            setFormat(i, end - i, m_number);
            i = end;
        } else if (c.isLetter()) {
            int end = i + 1;
            while (end < size && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == QLatin1String("true") || word == QLatin1String("false")
                || word == QLatin1String("null"))
                setFormat(i, end - i, m_literal);
            i = end;
        } else {
            if (QStringView(u"{}[]:,").contains(c))
                setFormat(i, 1, m_punctuation);
            ++i;
        }
    }
}

} // namespace maxmon
