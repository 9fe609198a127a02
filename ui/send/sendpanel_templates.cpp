// SendPanel's templates: the current input saved as one of the profile's
// templates, and a template put back into the editor.
#include "send/sendpanel.h"
#include "send/templatebutton.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>

namespace maxmon {

void SendPanel::setTemplates(const QList<SendTemplate> &templates, const QString &cannotSaveReason)
{
    m_templates->setTemplates(templates, cannotSaveReason);
}

Result<SendTemplate> SendPanel::templateFromInput(const QString &name) const
{
    if (mode() == Mode::File) {
        return failure(Error(Error::Code::InvalidPayload,
                             tr("A file cannot be a template: send it as Binary instead.")));
    }
    const Result<Message> message = buildMessage();
    if (!message)
        return failure(message.error());
    const auto kind = mode() == Mode::Json ? SendTemplate::Kind::Json
        : mode() == Mode::Binary           ? SendTemplate::Kind::Binary
                                           : SendTemplate::Kind::Text;
    return SendTemplate { name.trimmed(), kind, message->payload() };
}

void SendPanel::applyTemplate(const SendTemplate &sendTemplate)
{
    switch (sendTemplate.kind) {
    case SendTemplate::Kind::Text:
        setMode(Mode::Text);
        setInput(QString::fromUtf8(sendTemplate.payload));
        break;
    case SendTemplate::Kind::Json:
        setMode(Mode::Json);
        setInput(QString::fromUtf8(sendTemplate.payload));
        break;
    case SendTemplate::Kind::Binary:
        setMode(Mode::Binary);
        setBinaryEncoding(BinaryEncoding::Hex);
        setInput(QString::fromLatin1(sendTemplate.payload.toHex(' ')));
        break;
    }
    setResult(tr("Template \"%1\" inserted.").arg(sendTemplate.name));
    focusEditor();
}

bool SendPanel::saveAsTemplate(const QString &name)
{
    if (name.trimmed().isEmpty())
        return false;
    const Result<SendTemplate> sendTemplate = templateFromInput(name);
    if (!sendTemplate) {
        setResult(tr("Not saved as a template: %1").arg(sendTemplate.error().message()));
        return false;
    }
    Q_EMIT templateSaveRequested(*sendTemplate);
    return true;
}

void SendPanel::promptSaveTemplate()
{
    if (!m_templates->saveAction()->isEnabled()) {
        setResult(m_templates->saveAction()->statusTip());
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as Template"),
                                               tr("Template name (an existing one is replaced):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok)
        saveAsTemplate(name);
}

void SendPanel::showTemplates()
{
    m_templates->showMenu();
}

} // namespace maxmon
