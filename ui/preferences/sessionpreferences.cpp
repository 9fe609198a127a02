#include "preferences/sessionpreferences.h"

#include <maxmon/sessionretention.h>

#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>

namespace maxmon {

namespace {

constexpr double bytesPerGiB = 1024.0 * 1024.0 * 1024.0;

} // namespace

SessionPreferences::SessionPreferences(QWidget *parent)
    : QGroupBox(tr("Sessions"), parent)
    , m_record(new QCheckBox(tr("&Record every connection in a session file"), this))
    , m_size(new QDoubleSpinBox(this))
    , m_days(new QSpinBox(this))
    , m_usage(new QLabel(this))
    , m_deleteAll(new QPushButton(tr("&Delete All Sessions..."), this))
{
    m_record->setToolTip(tr("Every message, state change, error and heartbeat round trip is "
                            "kept on disk, secrets masked, so that it can be searched and "
                            "opened later. A profile can opt out."));
    m_size->setRange(0.1, 1024);
    m_size->setDecimals(1);
    m_size->setSingleStep(0.5);
    m_size->setSuffix(tr(" GiB"));
    m_size->setToolTip(tr("All session files together: the oldest go first"));
    m_days->setRange(1, 3650);
    m_days->setSuffix(tr(" days"));
    m_days->setToolTip(tr("Sessions last written longer ago are removed"));
    m_usage->setTextFormat(Qt::PlainText);
    m_usage->setWordWrap(true);
    m_usage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deleteAll->setToolTip(tr("Remove every session file now (not those open or recording)"));

    auto *form = new QFormLayout(this);
    form->addRow(m_record);
    form->addRow(tr("Keep at &most:"), m_size);
    form->addRow(tr("Keep &for:"), m_days);
    form->addRow(m_usage);
    form->addRow(m_deleteAll);
    connect(m_deleteAll, &QPushButton::clicked, this, [this] { deleteAll(false); });
    setSettings(SessionSettings());
}

SessionSettings SessionPreferences::settings() const
{
    SessionSettings settings = m_settings;
    settings.recording = m_record->isChecked();
    settings.maxTotalBytes = static_cast<qint64>(std::llround(m_size->value() * bytesPerGiB));
    settings.maxAgeDays = m_days->value();
    return settings;
}

void SessionPreferences::setSettings(const SessionSettings &settings)
{
    m_settings = settings;
    m_record->setChecked(settings.recording);
    m_size->setValue(static_cast<double>(settings.maxTotalBytes) / bytesPerGiB);
    m_days->setValue(settings.maxAgeDays);
    updateUsage();
}

void SessionPreferences::updateUsage()
{
    const QString directory = m_settings.effectiveDirectory();
    const QStringList files = SessionRetention::sessionFiles(directory);
    m_usage->setText(tr("%n session(s), %1, in %2", nullptr, static_cast<int>(files.size()))
                         .arg(QLocale().formattedDataSize(SessionRetention::totalBytes(directory)),
                              QDir::toNativeSeparators(directory)));
    m_deleteAll->setEnabled(!files.isEmpty());
}

void SessionPreferences::deleteAll(bool confirmed)
{
    const QString directory = m_settings.effectiveDirectory();
    if (!confirmed
        && QMessageBox::question(this, tr("Delete All Sessions"),
                                 tr("Remove every session file in %1? Sessions being recorded "
                                    "or open now stay.")
                                     .arg(QDir::toNativeSeparators(directory)),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    const SessionRetention::Report report = SessionRetention::removeAll(directory, m_inUse);
    if (!report.failed.isEmpty()) {
        QMessageBox::warning(
            this, tr("Delete All Sessions"),
            tr("These could not be removed:\n%1").arg(report.failed.join(QLatin1Char('\n'))));
    }
    updateUsage();
    Q_EMIT sessionsDeleted(report.removed);
}

} // namespace maxmon
