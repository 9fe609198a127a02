#pragma once

#include <maxmon/maxmon_core_export.h>

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace maxmon {

/// Masks secrets wherever text leaves the process: displayed URLs, headers,
/// logs, exports, diagnostics. A secret that is known by value (the token the
/// client sends) is masked wherever it appears; query values and headers are
/// masked by name because they look like credentials.
namespace redaction {

/// What a masked secret is replaced with.
inline constexpr QLatin1String mask { "***" };

/// Query parameter names whose values are always masked (case-insensitive):
/// token, access_token, password, api_key and the like.
MAXMON_CORE_EXPORT QStringList sensitiveQueryKeys();
/// Whether key is one of sensitiveQueryKeys() or extraKeys, case-insensitive.
MAXMON_CORE_EXPORT bool isSensitiveQueryKey(const QString &key, const QStringList &extraKeys = {});
/// Whether a header of this name carries credentials (Authorization,
/// Cookie, X-Api-Key, ...), case-insensitive.
MAXMON_CORE_EXPORT bool isSensitiveHeader(const QString &name);

/// The URL with the user info's password and sensitive query values
/// masked: "ws://host/path?token=***&room=1".
MAXMON_CORE_EXPORT QString url(const QUrl &url, const QStringList &extraKeys = {});
/// The URL without its password and without the query items that carry
/// secrets ("ws://host/path?room=1"): what may be remembered in a settings
/// file, and opened again as it is (a masked value would be sent).
MAXMON_CORE_EXPORT QUrl withoutSecrets(const QUrl &url);
/// The header's value, masked when isSensitiveHeader(name) (an
/// "Authorization" value keeps its scheme: "Bearer ***").
MAXMON_CORE_EXPORT QString headerValue(const QString &name, const QString &value);
/// Replaces every occurrence of each non-empty secret (and its percent-encoded
/// and base64 forms, as used in URLs and the Phoenix subprotocol) by the mask.
MAXMON_CORE_EXPORT QString text(QString text, const QStringList &secrets);
/// text() for bytes, such as a binary payload.
MAXMON_CORE_EXPORT QByteArray bytes(QByteArray data, const QStringList &secrets);
/// Masks values that look like credentials by their name, in free text such
/// as message payloads: query parameters ("token=abc" -> "token=***"), JSON
/// string members ({"api_key": "abc"} -> {"api_key": "***"}) and header lines
/// ("Authorization: Bearer abc" -> "Authorization: Bearer ***"). Names are the
/// sensitive query keys, the sensitive headers and extraKeys, case-insensitive.
MAXMON_CORE_EXPORT QString sensitiveValues(const QString &text, const QStringList &extraKeys = {});
/// The forms text() and bytes() mask for one secret: itself, percent-encoded
/// and base64 (standard and URL alphabets, with and without padding); none
/// for a secret shorter than 4 characters.
MAXMON_CORE_EXPORT QStringList secretForms(const QString &secret);
/// False when sensitiveValues() would certainly leave this UTF-8 text as it
/// is: none of the sensitive names (nor extraKeys) occurs in it, in any case.
/// A quick test that spares the pattern matching for most messages.
MAXMON_CORE_EXPORT bool mayContainSensitiveValues(QByteArrayView utf8,
                                                  const QStringList &extraKeys = {});

} // namespace redaction
} // namespace maxmon
