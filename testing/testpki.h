#pragma once

#include <maxmon/testing/maxmon_testing_export.h>

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

#include <memory>

namespace maxmon::testing {

/// A throw-away PKI for TLS tests, made at run time with OpenSSL into a
/// temporary directory that goes away with the object. Nothing in it is a
/// secret and no private key ever needs to be committed.
///
/// Every item has a name; its certificate is NAME.pem and its key NAME.key
/// in directory():
///
/// | name | what it is |
/// | --- | --- |
/// | `ca` | the test root CA (give it to the client as its CA file) |
/// | `server` | signed by ca, for localhost, 127.0.0.1 and ::1 |
/// | `expired` | signed by ca, for the same names, valid only in 2020 |
/// | `wronghost` | signed by ca, for wrong.example only |
/// | `selfsigned` | self-signed, for localhost, 127.0.0.1 and ::1 |
/// | `untrusted` | for localhost, 127.0.0.1 and ::1, signed by other-ca |
/// | `other-ca` | a CA that nobody trusts |
/// | `client-ca` | the CA serverRequiringClientCertificate() trusts |
/// | `client` | a client certificate signed by client-ca |
///
/// Besides: `client-encrypted.key`, the client's key encrypted with
/// clientKeyPassphrase() (also in the file `client.passphrase`), and
/// serverPin(), the SPKI pin of the server certificate. Keys are EC P-256.
///
/// @code
/// const maxmon::testing::TestPki &pki = maxmon::testing::TestPki::shared();
/// MAXMON_VERIFY(server.listenTls(pki.serverConfiguration()));
/// config.tls.caFile = pki.path("ca.pem");
/// @endcode
class MAXMON_TESTING_EXPORT TestPki
{
public:
    /// Makes a new PKI in a new temporary directory; see isValid().
    TestPki();
    /// Removes the directory and everything in it.
    ~TestPki();
    TestPki(const TestPki &) = delete;
    TestPki &operator=(const TestPki &) = delete;

    /// One PKI for the whole process, made on first use and removed at exit:
    /// what most tests need. Aborts the test program (qFatal) with the reason
    /// if it cannot be made, since no TLS test could run.
    static const TestPki &shared();

    /// True when every file was made.
    bool isValid() const;
    /// Why the PKI could not be made; empty when it is valid.
    QString errorString() const;

    /// The directory that holds the files.
    QString directory() const;
    /// The path of one of the files ("ca.pem", "client-encrypted.key", ...).
    QString path(const QString &file) const;
    /// The certificate of an item (see the table above); a null certificate
    /// and a warning for a name the PKI does not have.
    QSslCertificate certificate(const QString &name) const;
    /// The private key of an item (see the table above); a null key and a
    /// warning for a name the PKI does not have.
    QSslKey privateKey(const QString &name) const;
    /// The test root CA's certificate: certificate("ca").
    QSslCertificate caCertificate() const;
    /// The base64 SHA-256 of the server certificate's SubjectPublicKeyInfo,
    /// the pin a client configuration can require.
    QString serverPin() const;
    /// The passphrase of client-encrypted.key.
    QString clientKeyPassphrase() const;

    /// A server configuration presenting the item @p name ("server" by
    /// default; "expired", "wronghost", "selfsigned", "untrusted" for the
    /// failure cases), not asking for a client certificate.
    QSslConfiguration serverConfiguration(const QString &name = QStringLiteral("server")) const;
    /// The server configuration, and the client must present a certificate
    /// issued by client-ca: the handshake fails with an alert otherwise.
    QSslConfiguration serverRequiringClientCertificate() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon::testing
