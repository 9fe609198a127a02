#pragma once

#include <QString>

namespace maxmon::testing {

// Makes the files of a TestPki in a directory with OpenSSL's C API:
//
//   ca.pem/.key            test root CA
//   other-ca.pem/.key      a CA nobody trusts
//   client-ca.pem/.key     the CA a server trusts for client certificates
//   server.pem/.key        signed by ca, for localhost, 127.0.0.1 and ::1
//   expired.pem/.key       signed by ca, valid only in 2020
//   wronghost.pem/.key     signed by ca, for wrong.example only
//   selfsigned.pem/.key    self-signed (as openssl req -x509), for localhost, 127.0.0.1 and ::1
//   untrusted.pem/.key     for localhost, 127.0.0.1 and ::1, signed by other-ca
//   client.pem/.key        client certificate signed by client-ca
//   client-encrypted.key   the same key, encrypted with the passphrase in client.passphrase
//   server.spki            base64 SHA-256 of server.pem's SubjectPublicKeyInfo (a pin)
//
// Keys are EC P-256, certificates SHA-256 signed X.509 v3. Internal to the kit.
class PkiBuilder
{
public:
    static constexpr const char *clientPassphrase = "test-passphrase";

    // Writes every file; an error message, or empty when all went well.
    static QString build(const QString &directory);
};

} // namespace maxmon::testing
