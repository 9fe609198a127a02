#pragma once

#include "inlineissues.h"

#include <maxmon/connectionconfig.h>

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace maxmon {

class SecretRefEdit;
class TemplateList;

// Every field of a ConnectionConfig in a form, checked as it is edited:
// each ConfigIssue from ConnectionConfig::validate() (and the few the form
// itself finds, such as a header line without a colon) is shown in words
// right under the field its path names, and the section holding it gets a
// warning icon. Secrets appear only as references (SecretRefEdit).
//
// Each input's objectName is its field's JSON path ("url",
// "heartbeat.min_interval_ms", "tls.allow_insecure"), and the label under it
// is named path + "#error", so tests and errors find fields the same way.
class ProfileEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileEditor(QWidget *parent = nullptr);

    // Shows config; nothing is modified afterwards.
    void setConfig(const ConnectionConfig &config);
    // A profile the user is about to fill in: its problems (an empty URL)
    // are not shown until the user edits a field or revealIssues().
    void startNew(const ConnectionConfig &config);
    void revealIssues();
    // The config the fields describe.
    ConnectionConfig config() const;
    // validate()'s issues plus the form's own, errors and warnings.
    QList<ConfigIssue> issues() const;
    bool hasErrors() const { return ConfigIssue::hasErrors(issues()); }
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    // What is shown under the field of a path ("" when nothing); paths with
    // an index ("headers[1].name") land on their list's field.
    QString errorText(const QString &path) const;
    // An issue from outside the form (saving failed: "name exists"), shown
    // until the next edit.
    void showIssue(const ConfigIssue &issue);
    QWidget *field(const QString &path) const;
    QTabWidget *sections() const { return m_sections; }

Q_SIGNALS:
    void changed();

private:
    // building
    QFormLayout *addSection(const QString &title);
    void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &path,
                const QString &tip);
    QSpinBox *spinBox(const QString &path, int min, int max, const QString &suffix = {});
    QLineEdit *lineEdit(const QString &path, const QString &placeholder = {});
    QWidget *fileField(QLineEdit *edit, const QString &caption, const QString &filter);
    void buildGeneral();
    void buildAuth();
    void buildPhoenix();
    void buildHeartbeat();
    void buildReconnect();
    void buildTls();
    void buildProxy();
    void buildLimits();
    void buildTemplates();

    // checking
    void onEdited();
    void refresh();
    void updateEnabled();
    QList<HttpHeader> parseHeaders(QList<ConfigIssue> *issues, QList<int> *lines) const;
    QJsonObject parsePhoenixParams(QList<ConfigIssue> *issues) const;

    ConnectionConfig m_base;
    bool m_modified = false;
    bool m_loading = false;
    bool m_quiet = false; // a new profile, not edited yet
    QTabWidget *m_sections;
    QLabel *m_generalError;
    InlineIssues m_inline;
    QHash<QString, QWidget *> m_fields;
    QList<ConfigIssue> m_external;

    QLineEdit *m_name;
    QLineEdit *m_url;
    QComboBox *m_protocol;
    QPlainTextEdit *m_headers;
    QLineEdit *m_subprotocols;
    QSpinBox *m_connectTimeout;
    QSpinBox *m_closeTimeout;
    QComboBox *m_authMode;
    QLineEdit *m_queryParameter;
    SecretRefEdit *m_token;
    QComboBox *m_vsn;
    QLineEdit *m_phoenixParams;
    QSpinBox *m_phoenixHeartbeat;
    QSpinBox *m_phoenixTimeout;
    QLabel *m_phoenixNote;
    QCheckBox *m_heartbeatEnabled;
    QComboBox *m_strategy;
    QSpinBox *m_interval;
    QSpinBox *m_timeout;
    QSpinBox *m_maxMissed;
    QCheckBox *m_adaptive;
    QSpinBox *m_minInterval;
    QSpinBox *m_maxInterval;
    QCheckBox *m_reconnectEnabled;
    QSpinBox *m_initialDelay;
    QSpinBox *m_maxDelay;
    QDoubleSpinBox *m_multiplier;
    QDoubleSpinBox *m_jitter;
    QSpinBox *m_maxAttempts;
    QSpinBox *m_resetAfter;
    QLineEdit *m_caFile;
    QLineEdit *m_certificateFile;
    QLineEdit *m_keyFile;
    SecretRefEdit *m_keyPassphrase;
    QPlainTextEdit *m_pins;
    QCheckBox *m_allowInsecure;
    QCheckBox *m_record;
    QLabel *m_insecureWarning;
    QLineEdit *m_allowedErrors;
    QComboBox *m_proxyMode;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    QLineEdit *m_proxyUser;
    SecretRefEdit *m_proxyPassword;
    QSpinBox *m_queueSize;
    QSpinBox *m_highWater;
    QSpinBox *m_maxIncoming;
    QSpinBox *m_maxOutgoing;
    TemplateList *m_templates;
};

} // namespace maxmon
