#include "widgets/jsonfield.h"

#include <maxmon/messagedraft.h>

#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace maxmon {

JsonField::JsonField(Accepts accepts, QWidget *parent)
    : QWidget(parent)
    , m_accepts(accepts)
    , m_edit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
{
    m_edit->setClearButtonEnabled(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    // readable on light and dark backgrounds alike, as the profile editor's
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #e53935; }"));
    m_errorLabel->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(m_edit);
    layout->addWidget(m_errorLabel);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, &JsonField::check);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (isValid())
            Q_EMIT accepted();
    });
    check();
}

QString JsonField::text() const
{
    return m_edit->text();
}

void JsonField::setText(const QString &text)
{
    m_edit->setText(text);
    m_edit->setCursorPosition(0); // the start of it shows when it does not fit
}

void JsonField::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void JsonField::check()
{
    const QString text = m_edit->text();
    m_error.clear();
    m_value = QJsonValue();
    if (text.trimmed().isEmpty()) {
        m_value = QJsonObject();
    } else if (const Result<QJsonValue> value = MessageDraft::parseJson(text); !value) {
        m_error = value.error().message();
    } else if (m_accepts == Accepts::Object && !value->isObject()) {
        m_error = tr("Must be a JSON object, such as {\"user\": \"alice\"}");
    } else if (!value->isObject() && !value->isArray()) {
        // a Phoenix payload is an object or an array, never a bare value
        m_error = tr("Must be a JSON object or array, such as {\"body\": \"hi\"}");
    } else {
        m_value = *value;
    }
    m_errorLabel->setText(QStringLiteral("\u26a0 ") + m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());
    m_edit->setToolTip(m_error);
    Q_EMIT changed();
}

} // namespace maxmon
