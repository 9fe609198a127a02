#pragma once

#include <QJsonValue>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace maxmon {

// One line of JSON typed by the user (join params, a push payload), checked
// as it is typed: what is wrong, and where, appears right under it. Empty
// means {}.
class JsonField : public QWidget
{
    Q_OBJECT

public:
    enum class Accepts { Object, ObjectOrArray };

    explicit JsonField(Accepts accepts, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void setPlaceholderText(const QString &text);
    // What the text holds (an empty object when empty), or null when it is wrong.
    QJsonValue value() const { return m_value; }
    bool isValid() const { return m_error.isEmpty(); }
    // Why the text is wrong, in words with its column; empty when it is fine.
    QString error() const { return m_error; }

    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *errorLabel() const { return m_errorLabel; }

Q_SIGNALS:
    void changed();
    // Enter in a valid field.
    void accepted();

private:
    void check();

    Accepts m_accepts;
    QLineEdit *m_edit;
    QLabel *m_errorLabel;
    QJsonValue m_value;
    QString m_error;
};

} // namespace maxmon
