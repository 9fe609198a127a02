#include "profiles/secretrefedit.h"

#include "widgets/filechooser.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace maxmon {

SecretRefEdit::SecretRefEdit(QWidget *parent)
    : QWidget(parent)
    , m_source(new QComboBox(this))
    , m_reference(new QLineEdit(this))
    , m_browse(new QToolButton(this))
{
    using Source = SecretRef::Source;
    m_source->addItem(tr("None"), int(Source::None));
    m_source->addItem(tr("Environment variable"), int(Source::Env));
    m_source->addItem(tr("File"), int(Source::File));
    m_source->addItem(tr("Command"), int(Source::Command));
    m_source->addItem(tr("Keychain entry"), int(Source::Keychain));
    m_source->setToolTip(tr("Where maxmon reads the secret when it connects. The secret itself "
                            "is never stored in the profile."));
    m_reference->setClearButtonEnabled(true);
    m_browse->setText(tr("..."));
    m_browse->setToolTip(tr("Choose the file that holds the secret"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_source);
    layout->addWidget(m_reference, 1);
    layout->addWidget(m_browse);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        Q_EMIT changed();
    });
    connect(m_reference, &QLineEdit::textChanged, this, &SecretRefEdit::changed);
    connect(m_browse, &QToolButton::clicked, this, &SecretRefEdit::browse);
    updateFields();
}

SecretRef SecretRefEdit::ref() const
{
    const auto source = static_cast<SecretRef::Source>(m_source->currentData().toInt());
    if (source == SecretRef::Source::None)
        return {};
    return { source, m_reference->text().trimmed() };
}

void SecretRefEdit::setRef(const SecretRef &ref)
{
    m_source->setCurrentIndex(m_source->findData(int(ref.source)));
    m_reference->setText(ref.reference);
    updateFields();
}

void SecretRefEdit::updateFields()
{
    using Source = SecretRef::Source;
    const auto source = static_cast<Source>(m_source->currentData().toInt());
    m_reference->setEnabled(source != Source::None);
    m_browse->setVisible(source == Source::File);
    switch (source) {
    case Source::None:
        m_reference->setPlaceholderText(QString());
        m_reference->setToolTip(tr("No secret"));
        break;
    case Source::Env:
        m_reference->setPlaceholderText(tr("MAX_TOKEN"));
        m_reference->setToolTip(tr("The name of the environment variable"));
        break;
    case Source::File:
        m_reference->setPlaceholderText(tr("~/.max/token"));
        m_reference->setToolTip(tr("A file only you can read (chmod 600); its content, trimmed"));
        break;
    case Source::Command:
        m_reference->setPlaceholderText(tr("pass show max/token"));
        m_reference->setToolTip(tr("A command whose output, trimmed, is the secret; run without "
                                   "a shell"));
        break;
    case Source::Keychain:
        m_reference->setPlaceholderText(tr("max/token"));
        m_reference->setToolTip(tr("The entry in the OS keychain (service \"maxmon\")"));
        break;
    }
}

void SecretRefEdit::browse()
{
    const QString path = FileChooser::openFileName(this, tr("File with the secret"),
                                                   tr("All files (*)"), m_reference->text());
    if (!path.isEmpty())
        m_reference->setText(path);
}

} // namespace maxmon
