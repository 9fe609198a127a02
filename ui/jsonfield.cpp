#include "jsonfield.h"

#include "payloadparser.h"

#include <QJsonArray>
#include <QJsonDocument>
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
    } else {
        const ParsedPayload parsed = PayloadParser::parseJson(text);
        if (!parsed.isValid()) {
            const QPair<int, int> place = PayloadParser::lineAndColumn(text, parsed.errorPosition);
            m_error = text.contains(QLatin1Char('\n'))
                ? tr("Invalid JSON at line %1, column %2: %3")
                      .arg(place.first)
                      .arg(place.second)
                      .arg(parsed.error)
                : tr("Invalid JSON at column %1: %2").arg(place.second).arg(parsed.error);
        } else {
            const QJsonDocument document = QJsonDocument::fromJson(parsed.bytes);
            if (m_accepts == Accepts::Object && !document.isObject())
                m_error = tr("Must be a JSON object, such as {\"user\": \"alice\"}");
            else if (document.isObject())
                m_value = document.object();
            else
                m_value = document.array();
        }
    }
    m_errorLabel->setText(QStringLiteral("\u26a0 ") + m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());
    m_edit->setToolTip(m_error);
    Q_EMIT changed();
}

} // namespace maxmon
