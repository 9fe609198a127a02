#include "profiles/sessionsecretsdialog.h"

#include <maxmon/secretstore.h>

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace maxmon {

namespace {

enum Column { NameColumn, ValueColumn, SecretColumn };

} // namespace

SessionSecretsDialog::SessionSecretsDialog(QWidget *parent)
    : QDialog(parent)
    , m_secretStore(new SecretStore(this))
    , m_token(new QLineEdit(this))
    , m_storeButton(new QPushButton(tr("Store in &Keychain"), this))
    , m_table(new QTableWidget(0, 3, this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Session Secrets"));
    auto *intro = new QLabel(tr("Kept in memory for this session only: never written to the "
                                "settings, a profile or any file, and gone when maxmon quits. "
                                "Use {{name}} in the URL, headers and messages."),
                             this);
    intro->setWordWrap(true);

    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Session token"));
    m_token->setPlaceholderText(tr("Paste a token for this session only"));
    m_token->setToolTip(tr("Sent as the profile's auth says (bearer header, query parameter, "
                           "Phoenix subprotocol) and available as {{token}}"));
    m_showToken = m_token->addAction(style()->standardIcon(QStyle::SP_DialogHelpButton),
                                     QLineEdit::TrailingPosition);
    m_showToken->setCheckable(true);
    m_showToken->setText(tr("Show the token"));
    m_showToken->setToolTip(m_showToken->text());
    connect(m_showToken, &QAction::toggled, this, [this](bool shown) {
        m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showToken->setText(shown ? tr("Hide the token") : tr("Show the token"));
        m_showToken->setToolTip(m_showToken->text());
    });
    m_storeButton->setToolTip(tr("Move the token into the OS keychain; the profile then refers "
                                 "to it and it is read from there on each connection"));
    connect(m_storeButton, &QPushButton::clicked, this, &SessionSecretsDialog::storeInKeychain);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_storeButton);

    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Value"), tr("Secret") });
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Session variables"));
    auto *add = new QPushButton(tr("&Add Variable"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addVariable(QString(), QString(), true);
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
    });
    connect(remove, &QPushButton::clicked, this, &SessionSecretsDialog::removeSelected);
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(add);
    tableButtons->addWidget(remove);
    tableButtons->addStretch(1);

    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionSecretsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SessionSecretsDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Token:"), tokenRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Variables (before the profile's and MAXMON_<NAME>):"), this));
    layout->addWidget(m_table, 1);
    layout->addLayout(tableButtons);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, 420);
}

SessionSecretsDialog::~SessionSecretsDialog() = default;

void SessionSecretsDialog::setToken(const QString &token)
{
    m_token->setText(token);
}

QString SessionSecretsDialog::token() const
{
    return m_token->text().trimmed();
}

void SessionSecretsDialog::setVariables(const Variables &variables)
{
    m_table->setRowCount(0);
    for (const QString &name : variables.names(Variables::Scope::Session))
        addVariable(name, *variables.value(Variables::Scope::Session, name),
                    variables.isSecret(Variables::Scope::Session, name));
}

void SessionSecretsDialog::addVariable(const QString &name, const QString &value, bool secret)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(name));
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(value));
    auto *check = new QTableWidgetItem;
    check->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    check->setCheckState(secret ? Qt::Checked : Qt::Unchecked);
    check->setToolTip(tr("Masked in exports, session files and support bundles"));
    m_table->setItem(row, SecretColumn, check);
}

Variables SessionSecretsDialog::variables(QString *problem) const
{
    Variables variables;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, NameColumn)->text().trimmed();
        if (!Variables::isValidName(name)) {
            *problem = tr("Row %1: \"%2\" is not a variable name: use letters, digits and _, not "
                          "starting with a digit.")
                           .arg(row + 1)
                           .arg(name);
            return Variables();
        }
        if (variables.value(Variables::Scope::Session, name)) {
            *problem = tr("Row %1: \"%2\" is set twice.").arg(row + 1).arg(name);
            return Variables();
        }
        variables.set(Variables::Scope::Session, name, m_table->item(row, ValueColumn)->text(),
                      m_table->item(row, SecretColumn)->checkState() == Qt::Checked);
    }
    return variables;
}

void SessionSecretsDialog::setKeychainKey(const QString &key)
{
    m_keychainKey = key;
}

QString SessionSecretsDialog::statusText() const
{
    return m_status->text();
}

void SessionSecretsDialog::accept()
{
    QString problem;
    variables(&problem);
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    QDialog::accept();
}

void SessionSecretsDialog::storeInKeychain()
{
    if (token().isEmpty()) {
        m_status->setText(tr("Paste a token first."));
        return;
    }
    m_storeButton->setEnabled(false);
    m_status->setText(tr("Storing in the keychain..."));
    const SecretRef ref { SecretRef::Source::Keychain, m_keychainKey };
    m_secretStore->storeInKeychain(m_keychainKey, token(), this, [this, ref](Result<void> stored) {
        m_storeButton->setEnabled(true);
        if (!stored) {
            m_status->setText(tr("Not stored: %1 The token stays in memory for this session only.")
                                  .arg(stored.error().toString()));
            return;
        }
        m_token->clear();
        m_status->setText(
            tr("Stored in the keychain as %1; the profile refers to it.").arg(ref.describe()));
        Q_EMIT tokenStored(ref);
    });
}

void SessionSecretsDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row >= 0)
        m_table->removeRow(row);
}

} // namespace maxmon
