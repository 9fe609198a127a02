#pragma once

#include <maxmon/secretref.h>

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace maxmon {

// Where a secret comes from: none, an environment variable, a file, a
// command or an OS keychain entry, and its name. Never the secret itself:
// that is read when connecting and never stored.
class SecretRefEdit : public QWidget
{
    Q_OBJECT

public:
    explicit SecretRefEdit(QWidget *parent = nullptr);

    SecretRef ref() const;
    void setRef(const SecretRef &ref);

    QComboBox *sourceCombo() const { return m_source; }
    QLineEdit *referenceEdit() const { return m_reference; }

Q_SIGNALS:
    void changed();

private:
    void updateFields();
    void browse();

    QComboBox *m_source;
    QLineEdit *m_reference;
    QToolButton *m_browse;
};

} // namespace maxmon
