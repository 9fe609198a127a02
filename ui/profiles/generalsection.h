#pragma once

#include "profiles/profilesection.h"

class QPlainTextEdit;

namespace maxmon {

// The profile's name, URL, protocol, handshake headers, subprotocols and
// timeouts. Headers are edited one "Name: value" per line, and their issues
// name the line.
class GeneralSection : public ProfileSection
{
    Q_OBJECT

public:
    explicit GeneralSection(QWidget *parent = nullptr);

    void load(const ConnectionConfig &config) override;
    void apply(ConnectionConfig *config, QList<ConfigIssue> *issues) const override;
    void describe(ConfigIssue *issue) const override;

private:
    // The headers of the text; a line without a colon is an issue, and
    // *lineNumbers (may be nullptr) gets each header's line.
    QList<HttpHeader> parseHeaders(QList<ConfigIssue> *issues, QList<int> *lineNumbers) const;

    QLineEdit *m_name;
    QLineEdit *m_url;
    QComboBox *m_protocol;
    QPlainTextEdit *m_headers;
    QLineEdit *m_subprotocols;
    QSpinBox *m_connectTimeout;
    QSpinBox *m_closeTimeout;
};

} // namespace maxmon
