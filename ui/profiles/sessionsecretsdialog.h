#pragma once

#include <maxmon/secretref.h>
#include <maxmon/variables.h>

#include <QDialog>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace maxmon {

class SecretStore;

// A tab's secrets for this session only: a masked token field (with an eye
// to show it) and the session variables for {{name}} (name, value, secret).
// Kept in memory by the tab and never written; "Store in Keychain" moves the
// token into the OS keychain instead, and the profile then refers to it.
class SessionSecretsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SessionSecretsDialog(QWidget *parent = nullptr);
    ~SessionSecretsDialog() override;

    // What the dialog shows and edits.
    void setToken(const QString &token);
    QString token() const;
    void setVariables(const Variables &variables);
    // The table's rows as Scope::Session, or the first problem in *problem.
    Variables variables(QString *problem) const;
    // The keychain key "Store in Keychain" writes the token under.
    void setKeychainKey(const QString &key);

    QLineEdit *tokenEdit() const { return m_token; }
    QAction *showTokenAction() const { return m_showToken; }
    QPushButton *storeButton() const { return m_storeButton; }
    QTableWidget *variableTable() const { return m_table; }
    QString statusText() const;

    void addVariable(const QString &name, const QString &value, bool secret);
    void accept() override;

Q_SIGNALS:
    // The token is in the keychain under ref: refer to it, forget the value.
    void tokenStored(const maxmon::SecretRef &ref);

private:
    void storeInKeychain();
    void removeSelected();

    SecretStore *m_secretStore;
    QLineEdit *m_token;
    QAction *m_showToken;
    QPushButton *m_storeButton;
    QTableWidget *m_table;
    QLabel *m_status;
    QString m_keychainKey;
};

} // namespace maxmon
