#include "log/messagedetailview.h"

#include "log/hexdump.h"
#include "log/jsonhighlighter.h"
#include "widgets/separatedtext.h"

#include <maxmon/jsontext.h>
#include <maxmon/messagelogmodel.h>

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace maxmon {

MessageDetailView::MessageDetailView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_copy(new QToolButton(this))
    , m_tabs(new QTabWidget(this))
    , m_pretty(createEditor())
    , m_raw(createEditor())
    , m_hex(createEditor())
    , m_highlighter(new JsonHighlighter(m_pretty->document(), palette()))
{
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);

    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the message to the clipboard (Ctrl+Shift+C)"));
    m_copy->setAutoRaise(true);
    connect(m_copy, &QToolButton::clicked, this, &MessageDetailView::copyToClipboard);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_pretty, tr("Pretty"));
    m_tabs->addTab(m_raw, tr("Raw"));
    m_tabs->addTab(m_hex, tr("Hex"));
    m_tabs->setTabToolTip(PrettyPage, tr("JSON, indented and coloured"));
    m_tabs->setTabToolTip(RawPage, tr("The payload exactly as sent, as text"));
    m_tabs->setTabToolTip(HexPage, tr("Offset, bytes in hex, and the same bytes as ASCII"));
    connect(m_tabs->tabBar(), &QTabBar::tabBarClicked, this,
            [this](int index) { m_preferredPage = index; });

    auto *header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    m_hex->viewport()->installEventFilter(this);
    clear();
}

int MessageDetailView::hexBytesPerLine() const
{
    // the page in view: a hidden Hex page has its size only once shown
    const auto *page = static_cast<const QPlainTextEdit *>(m_tabs->currentWidget());
    const QFontMetrics metrics(m_hex->font());
    const int room =
        page->viewport()->width() - 2 * static_cast<int>(m_hex->document()->documentMargin());
    for (const int bytes : { 16, 8 }) {
        if (metrics.horizontalAdvance(QString(HexDump::lineLength(bytes), QLatin1Char('0')))
            <= room)
            return bytes;
    }
    return 4;
}

void MessageDetailView::showHex()
{
    if (m_message.isNull())
        return;
    const int bytes = hexBytesPerLine();
    m_hexBytesPerLine = bytes;
    m_hex->setPlainText(HexDump::format(m_message.payload(), HexDump::DefaultMaxBytes, bytes));
}

bool MessageDetailView::eventFilter(QObject *watched, QEvent *event)
{
    // reflowed when the pane's width changes how many bytes fit on a line
    if (watched == m_hex->viewport() && event->type() == QEvent::Resize
        && hexBytesPerLine() != m_hexBytesPerLine)
        showHex();
    return QWidget::eventFilter(watched, event);
}

QPlainTextEdit *MessageDetailView::createEditor()
{
    auto *editor = new QPlainTextEdit(this);
    editor->setReadOnly(true);
    editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return editor;
}

void MessageDetailView::clear()
{
    m_message = Message();
    m_summary->setText(tr("Select a message in the log to see it here."));
    m_pretty->clear();
    m_raw->clear();
    m_hex->clear();
    for (int page = PrettyPage; page <= HexPage; ++page)
        m_tabs->setTabEnabled(page, false);
    // Qt leaves the last page current when all are disabled: the first reads better
    m_tabs->setCurrentIndex(PrettyPage);
    m_copy->setEnabled(false);
}

void MessageDetailView::setMessage(const Message &message)
{
    if (message.isNull()) {
        clear();
        return;
    }
    m_message = message;
    m_summary->setText(wrapBetweenParts(summaryOf(message)));
    m_summary->setToolTip(
        QDateTime::fromMSecsSinceEpoch(message.timestampUs() / 1000).toString(Qt::ISODateWithMs));
    m_copy->setEnabled(true);

    const QByteArray payload = message.payload();
    const bool isJson = message.kind() == Message::Kind::Json;
    // Close frames read as their code and reason, Ping/Pong as text when UTF-8.
    const bool isClose = message.kind() == Message::Kind::Close;
    const bool isText =
        message.isTextFrame() || isClose || (message.isControl() && message.isValidUtf8());

    if (isJson && payload.size() <= MaxPrettyBytes) {
        // Highlighting a huge document takes long; plain text is still useful.
        const bool highlight = payload.size() <= MaxHighlightBytes;
        if (!highlight)
            m_highlighter->setDocument(nullptr);
        m_pretty->setPlainText(QString::fromUtf8(JsonText::indent(payload)));
        if (highlight && m_highlighter->document() != m_pretty->document()) {
            m_highlighter->setDocument(m_pretty->document());
            m_highlighter->rehighlight(); // now, not on the next event loop pass
        }
    } else if (isJson) {
        m_highlighter->setDocument(nullptr);
        m_pretty->setPlainText(tr("The message is too large to pretty-print (%1 bytes).")
                                   .arg(QLocale().toString(payload.size())));
    } else if (!message.jsonError().isEmpty()) {
        m_highlighter->setDocument(nullptr);
        m_pretty->setPlainText(
            tr("This looks like JSON but is not valid: %1").arg(message.jsonError()));
    } else {
        m_pretty->clear();
    }

    if (isClose) {
        m_raw->setPlainText(MessageLogModel::closeText(payload));
    } else if (isText) {
        QString raw = QString::fromUtf8(payload.left(MaxRawBytes));
        if (payload.size() > MaxRawBytes)
            raw += QLatin1Char('\n')
                + tr("... %1 more bytes not shown")
                      .arg(QLocale().toString(payload.size() - MaxRawBytes));
        m_raw->setPlainText(raw);
    } else {
        m_raw->clear();
    }
    showHex();

    const bool prettyEnabled = isJson || !message.jsonError().isEmpty();
    m_tabs->setTabEnabled(PrettyPage, prettyEnabled);
    m_tabs->setTabEnabled(RawPage, isText);
    m_tabs->setTabEnabled(HexPage, true);

    int page = isJson ? PrettyPage : (isText ? RawPage : HexPage);
    if (m_preferredPage >= 0 && m_tabs->isTabEnabled(m_preferredPage))
        page = m_preferredPage;
    m_tabs->setCurrentIndex(page);
}

MessageDetailView::Page MessageDetailView::currentPage() const
{
    return static_cast<Page>(m_tabs->currentIndex());
}

bool MessageDetailView::isPageEnabled(Page page) const
{
    return m_tabs->isTabEnabled(page);
}

QString MessageDetailView::summaryText() const
{
    return withPlainSpaces(m_summary->text());
}

QPlainTextEdit *MessageDetailView::pageEditor(Page page) const
{
    switch (page) {
    case PrettyPage:
        return m_pretty;
    case RawPage:
        return m_raw;
    case HexPage:
        return m_hex;
    }
    return nullptr;
}

QString MessageDetailView::pageText(Page page) const
{
    return pageEditor(page)->toPlainText();
}

QString MessageDetailView::copyText() const
{
    if (m_message.isNull())
        return QString();
    const QString text = MessageLogModel::readableText(m_message);
    return text.isNull() ? HexDump::format(m_message.payload(), m_message.payload().size()) : text;
}

void MessageDetailView::copyToClipboard()
{
    if (!m_message.isNull())
        QApplication::clipboard()->setText(copyText());
}

void MessageDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
    QWidget::changeEvent(event);
}

QString MessageDetailView::summaryOf(const Message &message)
{
    QStringList parts;
    parts.append(message.direction() == Message::Direction::Incoming ? tr("Received") : tr("Sent"));
    parts.append(MessageLogModel::kindText(message.kind()));
    parts.append(tr("%Ln byte(s)", nullptr, static_cast<int>(message.size())));
    parts.append(QDateTime::fromMSecsSinceEpoch(message.timestampUs() / 1000)
                     .toString(QStringLiteral("HH:mm:ss.zzz")));
    if (!message.id().isEmpty())
        parts.append(tr("id %1").arg(message.id()));
    if (message.isTextFrame() && !message.isValidUtf8())
        parts.append(tr("not valid UTF-8"));
    return parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace maxmon
