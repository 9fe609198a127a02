#pragma once

#include "send/sendhistory.h"

#include <maxmon/connectionconfig.h>
#include <maxmon/error.h>
#include <maxmon/message.h>
#include <maxmon/messagedraft.h>
#include <maxmon/result.h>

#include <QPointer>
#include <QTextEdit>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace maxmon {

class TemplateButton;
class WebSocketClient;

// Composes and sends messages on one connection: text, JSON (checked as it
// is typed), binary (typed as hex or base64) or a file. Ctrl+Enter sends;
// Up/Down recall earlier messages; a message can be sent N times every T ms.
// While it cannot send, the button is disabled and the status line says why.
class SendPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Text, Json, Binary, File };
    Q_ENUM(Mode)
    enum class BinaryEncoding { Hex, Base64 };
    Q_ENUM(BinaryEncoding)

    explicit SendPanel(QWidget *parent = nullptr);
    ~SendPanel() override;

    void setClient(WebSocketClient *client);

    Mode mode() const;
    void setMode(Mode mode);
    BinaryEncoding binaryEncoding() const;
    void setBinaryEncoding(BinaryEncoding encoding);
    QString input() const;
    void setInput(const QString &text);
    QString filePath() const;
    void setFilePath(const QString &path);
    void setFileAsText(bool asText);
    void setRepeat(bool enabled, int count, int intervalMs);

    // The message the current input describes, or why there is none.
    Result<Message> buildMessage() const;
    bool canSend() const;
    bool isRepeating() const { return m_repeatRemaining > 0; }
    int repeatSent() const { return m_repeatSent; }
    // The line under the editor: a problem, the last result, or a hint.
    QString statusText() const;
    const SendHistory &history() const { return m_history; }

    // Templates of the tab's profile; cannotSaveReason says why saving is
    // not possible ("" when it is).
    void setTemplates(const QList<SendTemplate> &templates, const QString &cannotSaveReason = {});
    // The current input as a template (text, JSON or binary; not a file).
    Result<SendTemplate> templateFromInput(const QString &name) const;
    void applyTemplate(const SendTemplate &sendTemplate);
    TemplateButton *templateButton() const { return m_templates; }

    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *sendButton() const { return m_send; }
    QComboBox *modeCombo() const { return m_mode; }

public Q_SLOTS:
    // Sends once, or starts the repeat; while repeating, stops it.
    void send();
    void stopRepeat();
    void focusEditor();
    // Re-indents the JSON in the editor.
    void formatJson();
    bool recallPrevious();
    bool recallNext();
    // Emits templateSaveRequested with the input under this name.
    bool saveAsTemplate(const QString &name);
    // Asks for a name, then saveAsTemplate().
    void promptSaveTemplate();
    void showTemplates();

Q_SIGNALS:
    void sendFailed(const maxmon::Error &error);
    void templateSaveRequested(const maxmon::SendTemplate &sendTemplate);
    void templateRemoveRequested(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The construction, in steps: the mode and encoding choices, the File
    // mode's page (its Browse button returned), the repeat, the layout and the
    // signals.
    void setUpModeChoice();
    QToolButton *addFilePage();
    void setUpRepeat();
    void layOut();
    void connectControls(QToolButton *browse);
    void onModeChanged();
    void onInputChanged();
    // The editor's text in the mode chosen; File mode has none (its text is a path).
    MessageDraft draft() const;
    // The hint while there is nothing to send yet, or empty.
    QString emptyInputProblem() const;
    void validate();
    QTextEdit::ExtraSelection errorMark(qsizetype offset) const;
    void updateState();
    void sendOne();
    void browseFile();
    void setResult(const QString &text);
    void applyEntry(const SendHistory::Entry &entry);
    SendHistory::Entry currentEntry() const;
    QString inputPlaceholder() const;

    QPointer<WebSocketClient> m_client;
    QComboBox *m_mode;
    QComboBox *m_encoding;
    QToolButton *m_format;
    TemplateButton *m_templates;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_editor;
    QLineEdit *m_filePath;
    QCheckBox *m_fileAsText;
    QLabel *m_status;
    QCheckBox *m_repeat;
    QSpinBox *m_repeatCount;
    QSpinBox *m_repeatInterval;
    QPushButton *m_send;

    QString m_inputProblem; // empty when the input can be sent
    Message m_draftMessage; // what the editor's text sends, built once by validate()
    QString m_result; // what the last send did
    SendHistory m_history;
    bool m_applyingHistory = false;
    QTimer m_repeatTimer;
    Message m_repeatMessage;
    SendHistory::Entry m_repeatEntry;
    int m_repeatRemaining = 0;
    int m_repeatSent = 0;
    int m_repeatTotal = 0;
};

} // namespace maxmon
