#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

// The throw-away PKI that tests/support/make-test-pki.sh generates into the
// build tree at build time (see that script for what each file is).
namespace maxmon::test::pki {

QString path(const QString &file);
QSslCertificate certificate(const QString &name); // "server" -> server.pem
QSslKey privateKey(const QString &name); // "server" -> server.key (EC)
QString serverPin(); // base64 SHA-256 SPKI of server.pem, as computed by openssl

// A server configuration presenting <name>.pem / <name>.key.
QSslConfiguration serverConfiguration(const QString &name = QStringLiteral("server"));
// The same, and the client must present a certificate issued by client-ca.
QSslConfiguration serverRequiringClientCertificate();

} // namespace maxmon::test::pki
