#pragma once

#include <maxmon/message.h>

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QToolButton;

namespace maxmon {

class JsonHighlighter;

// The selected message in full: a summary line, then the payload as
// pretty-printed and coloured JSON, as raw text, and as a hex dump.
class MessageDetailView : public QWidget
{
    Q_OBJECT

public:
    enum Page { PrettyPage, RawPage, HexPage };
    Q_ENUM(Page)

    // Beyond these sizes the pane would take seconds to lay out: show a
    // prefix and say so.
    static constexpr qsizetype MaxPrettyBytes = 2 * 1024 * 1024;
    static constexpr qsizetype MaxHighlightBytes = 256 * 1024;
    static constexpr qsizetype MaxRawBytes = 4 * 1024 * 1024;

    explicit MessageDetailView(QWidget *parent = nullptr);

    Message message() const { return m_message; }
    void setMessage(const Message &message);
    void clear();

    Page currentPage() const;
    bool isPageEnabled(Page page) const;
    QString summaryText() const;
    QString pageText(Page page) const;
    QPlainTextEdit *pageEditor(Page page) const;

    // What "copy" puts on the clipboard: the payload as text, or the hex
    // dump for a binary payload.
    QString copyText() const;

public Q_SLOTS:
    void copyToClipboard();

    // Bytes per line of the Hex page: 16, or fewer when the page is too narrow for its ASCII
    // column.
    int hexBytesPerLine() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showHex();

    QPlainTextEdit *createEditor();
    static QString summaryOf(const Message &message);

    Message m_message;
    QLabel *m_summary;
    QToolButton *m_copy;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_pretty;
    QPlainTextEdit *m_raw;
    QPlainTextEdit *m_hex;
    JsonHighlighter *m_highlighter;
    int m_preferredPage = -1; // the page the user last picked, -1 = by kind
    int m_hexBytesPerLine = 0; // of the text on the Hex page
};

} // namespace maxmon
