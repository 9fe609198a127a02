// JsonHighlighter: which characters get which format, and colours that stay
// readable on light and dark palettes.
#include "colorcontrast.h"
#include "log/jsonhighlighter.h"

#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace maxmon;
using maxmon::test::contrast;
using Token = JsonHighlighter::Token;

namespace {

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Link, QColor(0, 0, 255));
    palette.setColor(QPalette::PlaceholderText, QColor(120, 120, 120));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(30, 30, 30));
    palette.setColor(QPalette::Text, QColor(220, 220, 220));
    palette.setColor(QPalette::Link, QColor(86, 156, 214));
    palette.setColor(QPalette::PlaceholderText, QColor(140, 140, 140));
    return palette;
}

// The foreground colour the highlighter gave the character at position.
QColor colourAt(const QTextDocument &document, int position)
{
    const QTextBlock block = document.findBlock(position);
    const int inBlock = position - block.position();
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (inBlock >= range.start && inBlock < range.start + range.length)
            return range.format.foreground().color();
    }
    return QColor();
}

} // namespace

class TestJsonHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokensGetTheirFormats();
    void coloursAreReadable_data();
    void coloursAreReadable();
    void paletteChangeRecolours();
};

void TestJsonHighlighter::tokensGetTheirFormats()
{
    QPlainTextEdit editor; // as in the detail view: a document with a layout
    QTextDocument &document = *editor.document();
    JsonHighlighter highlighter(&document, lightPalette());
    const QString text = QStringLiteral("{\n  \"key\": \"va\\\"l\",\n  \"n\": -1.5e3,\n"
                                        "  \"t\": [true, null]\n}");
    document.setPlainText(text);

    auto colourOf = [&](const QString &needle, int offset = 0) {
        const int position = static_cast<int>(text.indexOf(needle)) + offset;
        Q_ASSERT(position >= offset);
        return colourAt(document, position);
    };
    const QColor key = highlighter.format(Token::Key).foreground().color();
    const QColor string = highlighter.format(Token::String).foreground().color();
    const QColor number = highlighter.format(Token::Number).foreground().color();
    const QColor literal = highlighter.format(Token::Literal).foreground().color();
    const QColor punctuation = highlighter.format(Token::Punctuation).foreground().color();
    QCOMPARE(QSet<QRgb>({ key.rgb(), string.rgb(), number.rgb(), literal.rgb() }).size(), 4);

    QCOMPARE(colourOf(QStringLiteral("\"key\"")), key);
    QCOMPARE(colourOf(QStringLiteral("\"key\""), 4), key); // closing quote too
    QCOMPARE(colourOf(QStringLiteral("\"va")), string);
    QCOMPARE(colourOf(QStringLiteral("l\",")), string); // past the escaped quote
    QCOMPARE(colourOf(QStringLiteral("-1.5e3")), number);
    QCOMPARE(colourOf(QStringLiteral("e3")), number);
    QCOMPARE(colourOf(QStringLiteral("true")), literal);
    QCOMPARE(colourOf(QStringLiteral("null")), literal);
    QCOMPARE(colourOf(QStringLiteral("[")), punctuation);
    QCOMPARE(colourOf(QStringLiteral(":")), punctuation);
    QCOMPARE(highlighter.format(Token::Key).fontWeight(), int(QFont::DemiBold));
}

void TestJsonHighlighter::coloursAreReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << darkPalette();
}

void TestJsonHighlighter::coloursAreReadable()
{
    QFETCH(QPalette, palette);
    QTextDocument document;
    JsonHighlighter highlighter(&document, palette);
    const QColor base = palette.color(QPalette::Base);
    for (Token token : { Token::Key, Token::String, Token::Number, Token::Literal }) {
        const QColor colour = highlighter.format(token).foreground().color();
        QVERIFY2(contrast(colour, base) >= 4.5,
                 qPrintable(QStringLiteral("token %1: %2 on %3, contrast %4")
                                .arg(int(token))
                                .arg(colour.name(), base.name())
                                .arg(contrast(colour, base))));
    }
}

void TestJsonHighlighter::paletteChangeRecolours()
{
    QPlainTextEdit editor;
    QTextDocument &document = *editor.document();
    JsonHighlighter highlighter(&document, lightPalette());
    document.setPlainText(QStringLiteral("[\"s\"]"));
    const QColor before = colourAt(document, 1);
    highlighter.setPalette(darkPalette());
    const QColor after = colourAt(document, 1);
    QVERIFY(before != after);
    QCOMPARE(after, highlighter.format(Token::String).foreground().color());
}

QTEST_MAIN(TestJsonHighlighter)
#include "tst_jsonhighlighter.moc"
