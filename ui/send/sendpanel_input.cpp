// SendPanel's input: what is typed in each mode, checked as it is typed (the
// offending character marked), and the history that Up and Down walk.
#include "send/sendpanel.h"

#include <maxmon/jsontext.h>

#include <QComboBox>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTextBlock>
#include <QToolButton>

namespace maxmon {

bool SendPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_editor || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool ctrl = key->modifiers().testFlag(Qt::ControlModifier);
    if (ctrl && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        send();
        return true;
    }
    // Up on the first line and Down on the last walk the history, as in a
    // shell; Ctrl+Up/Down do it from anywhere.
    if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
        const bool up = key->key() == Qt::Key_Up;
        QTextCursor probe = m_editor->textCursor();
        const bool atEdge = !probe.movePosition(up ? QTextCursor::Up : QTextCursor::Down);
        if ((ctrl || atEdge) && !key->modifiers().testFlag(Qt::ShiftModifier))
            return up ? recallPrevious() : recallNext();
    }
    return QWidget::eventFilter(watched, event);
}

bool SendPanel::recallPrevious()
{
    SendHistory::Entry entry;
    if (!m_history.previous(currentEntry(), &entry))
        return false;
    applyEntry(entry);
    return true;
}

bool SendPanel::recallNext()
{
    SendHistory::Entry entry;
    if (!m_history.next(&entry))
        return false;
    applyEntry(entry);
    return true;
}

void SendPanel::applyEntry(const SendHistory::Entry &entry)
{
    m_applyingHistory = true;
    setMode(static_cast<Mode>(entry.mode));
    if (static_cast<Mode>(entry.mode) == Mode::Binary)
        setBinaryEncoding(static_cast<BinaryEncoding>(entry.encoding));
    if (static_cast<Mode>(entry.mode) == Mode::File)
        setFilePath(entry.text);
    else
        setInput(entry.text);
    m_applyingHistory = false;
}

SendHistory::Entry SendPanel::currentEntry() const
{
    SendHistory::Entry entry;
    entry.mode = int(mode());
    entry.encoding = int(binaryEncoding());
    entry.text = mode() == Mode::File ? filePath() : input();
    return entry;
}

void SendPanel::onModeChanged()
{
    const Mode current = mode();
    m_encoding->setVisible(current == Mode::Binary);
    m_format->setVisible(current == Mode::Json);
    m_stack->setCurrentIndex(current == Mode::File ? 1 : 0);
    m_editor->setPlaceholderText(inputPlaceholder());
    onInputChanged();
}

void SendPanel::onInputChanged()
{
    if (!m_applyingHistory)
        m_history.resetBrowsing();
    m_result.clear();
    validate();
    updateState();
}

QString SendPanel::inputPlaceholder() const
{
    switch (mode()) {
    case Mode::Text:
        return tr("Type a message. Ctrl+Enter sends; Up and Down recall earlier messages.");
    case Mode::Json:
        return tr("{\"event\": \"ping\", \"payload\": {}}");
    case Mode::Binary:
        return binaryEncoding() == BinaryEncoding::Hex ? tr("48 65 6c 6c 6f") : tr("SGVsbG8=");
    case Mode::File:
        break;
    }
    return QString();
}

MessageDraft SendPanel::draft() const
{
    switch (mode()) {
    case Mode::Json:
        return MessageDraft(MessageDraft::Mode::Json, input());
    case Mode::Binary:
        return MessageDraft(binaryEncoding() == BinaryEncoding::Hex ? MessageDraft::Mode::Hex
                                                                    : MessageDraft::Mode::Base64,
                            input());
    case Mode::Text:
    case Mode::File:
        break;
    }
    return MessageDraft(MessageDraft::Mode::Text, input());
}

QString SendPanel::emptyInputProblem() const
{
    switch (mode()) {
    case Mode::Text:
        return input().isEmpty() ? tr("Type a message to send.") : QString();
    case Mode::Json:
        return input().trimmed().isEmpty() ? tr("Type a JSON value to send, e.g. {\"a\": 1}.")
                                           : QString();
    case Mode::Binary:
        if (!input().trimmed().isEmpty())
            return QString();
        return binaryEncoding() == BinaryEncoding::Hex
            ? tr("Type the bytes in hex, e.g. 48 65 6c 6c 6f.")
            : tr("Type the bytes in base64, e.g. SGVsbG8=.");
    case Mode::File:
        if (filePath().isEmpty())
            return tr("Choose a file to send.");
        if (const QFileInfo info(filePath()); !info.isFile() || !info.isReadable())
            return tr("Cannot read %1.").arg(filePath());
        return QString();
    }
    return QString();
}

void SendPanel::validate()
{
    m_draftMessage = Message();
    m_inputProblem = emptyInputProblem();
    QList<QTextEdit::ExtraSelection> marks;
    if (m_inputProblem.isEmpty() && mode() != Mode::File) {
        MessageDraft::Position place;
        const Result<Message> message = draft().toMessage(&place);
        if (message) {
            m_draftMessage = *message;
        } else {
            m_inputProblem = message.error().message();
            marks.append(errorMark(place.offset));
        }
    }
    m_editor->setExtraSelections(marks);
}

// The offending character (or the last one, at the end), underlined.
QTextEdit::ExtraSelection SendPanel::errorMark(qsizetype offset) const
{
    const qsizetype size = input().size();
    QTextEdit::ExtraSelection mark;
    mark.cursor = QTextCursor(m_editor->document());
    mark.cursor.setPosition(int(offset == size && offset > 0 ? offset - 1 : offset));
    mark.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    mark.format.setUnderlineColor(palette().color(QPalette::Link));
    mark.format.setBackground(palette().color(QPalette::AlternateBase));
    return mark;
}

void SendPanel::formatJson()
{
    if (mode() != Mode::Json || !m_inputProblem.isEmpty())
        return;
    setInput(QString::fromUtf8(JsonText::indent(input().toUtf8())));
}

} // namespace maxmon
