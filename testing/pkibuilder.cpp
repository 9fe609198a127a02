#include "pkibuilder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <functional>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <stdexcept>
#include <vector>

namespace maxmon::testing {

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Certificate = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Extension = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

// An OpenSSL call failed: what was done, and OpenSSL's reason. Thrown only
// inside this file and caught by build().
struct Failure : std::runtime_error
{
    explicit Failure(const QString &what)
        : std::runtime_error(message(what).toStdString())
    { }
    static QString message(const QString &what)
    {
        char reason[256] = {};
        ERR_error_string_n(ERR_get_error(), reason, sizeof reason);
        ERR_clear_error();
        return QStringLiteral("%1: %2").arg(what, QString::fromLatin1(reason));
    }
};

template<typename T>
T *check(T *result, const char *what)
{
    if (!result)
        throw Failure(QString::fromLatin1(what));
    return result;
}

void check(int result, const char *what)
{
    if (result <= 0)
        throw Failure(QString::fromLatin1(what));
}

Key newKey()
{
    return Key(check(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), "EC key generation"));
}

struct Subject
{
    const char *organization;
    const char *commonName;
};

struct Validity
{
    const char *notBefore = nullptr; // "YYYYMMDDHHMMSSZ"; null: a day ago
    const char *notAfter = nullptr; // null: in ten years
};

struct Issuer
{
    X509 *certificate = nullptr; // null: self-signed
    EVP_PKEY *key = nullptr;
};

void setName(X509 *certificate, const Subject &subject)
{
    X509_NAME *name = X509_get_subject_name(certificate);
    const auto add = [name](const char *field, const char *value) {
        check(X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                         reinterpret_cast<const unsigned char *>(value), -1, -1, 0),
              "certificate subject");
    };
    add("O", subject.organization);
    add("CN", subject.commonName);
}

void setValidity(X509 *certificate, const Validity &validity)
{
    constexpr long day = 24 * 60 * 60;
    if (validity.notBefore)
        check(ASN1_TIME_set_string_X509(X509_getm_notBefore(certificate), validity.notBefore),
              "certificate start date");
    else
        check(X509_gmtime_adj(X509_getm_notBefore(certificate), -day), "certificate start date");
    if (validity.notAfter)
        check(ASN1_TIME_set_string_X509(X509_getm_notAfter(certificate), validity.notAfter),
              "certificate end date");
    else
        check(X509_gmtime_adj(X509_getm_notAfter(certificate), 3650 * day), "certificate end date");
}

void setSerial(X509 *certificate)
{
    unsigned char bytes[16];
    check(RAND_bytes(bytes, sizeof bytes), "random serial number");
    bytes[0] &= 0x7f; // positive
    std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>> number(
        check(BN_bin2bn(bytes, sizeof bytes, nullptr), "serial number"));
    check(BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(certificate)), "serial number");
}

// The extensions, in openssl's configuration syntax ("critical,CA:TRUE").
void addExtensions(X509 *certificate, X509 *issuer,
                   const std::vector<std::pair<int, const char *>> &extensions)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer ? issuer : certificate, certificate, nullptr, nullptr, 0);
    for (const auto &[nid, value] : extensions) {
        const Extension extension(
            check(X509V3_EXT_conf_nid(nullptr, &context, nid, value), OBJ_nid2sn(nid)));
        check(X509_add_ext(certificate, extension.get(), -1), OBJ_nid2sn(nid));
    }
}

Certificate makeCertificate(EVP_PKEY *key, const Subject &subject, const Issuer &issuer,
                            const std::vector<std::pair<int, const char *>> &extensions,
                            const Validity &validity = {})
{
    Certificate certificate(check(X509_new(), "new certificate"));
    check(X509_set_version(certificate.get(), X509_VERSION_3), "certificate version");
    setSerial(certificate.get());
    setName(certificate.get(), subject);
    X509_NAME *issuerName =
        X509_get_subject_name(issuer.certificate ? issuer.certificate : certificate.get());
    check(X509_set_issuer_name(certificate.get(), issuerName), "certificate issuer");
    setValidity(certificate.get(), validity);
    check(X509_set_pubkey(certificate.get(), key), "certificate key");
    addExtensions(certificate.get(), issuer.certificate, extensions);
    check(X509_sign(certificate.get(), issuer.key ? issuer.key : key, EVP_sha256()),
          "certificate signature");
    return certificate;
}

QByteArray toPem(const std::function<int(BIO *)> &write, const char *what)
{
    Bio bio(check(BIO_new(BIO_s_mem()), what));
    check(write(bio.get()), what);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

class Writer
{
public:
    explicit Writer(const QString &directory)
        : m_directory(directory)
    { }

    void file(const QString &name, const QByteArray &content, bool secret = false) const
    {
        QFile file(QDir(m_directory).filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || (secret && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            || file.write(content) != content.size())
            throw std::runtime_error(QStringLiteral("cannot write %1: %2")
                                         .arg(file.fileName(), file.errorString())
                                         .toStdString());
    }

    void key(const QString &name, EVP_PKEY *key) const
    {
        file(name + QLatin1String(".key"),
             toPem(
                 [key](BIO *bio) {
                     return PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr,
                                                     nullptr);
                 },
                 "writing a key"),
             true);
    }

    void certificate(const QString &name, X509 *certificate) const
    {
        file(name + QLatin1String(".pem"),
             toPem([certificate](BIO *bio) { return PEM_write_bio_X509(bio, certificate); },
                   "writing a certificate"));
    }

private:
    QString m_directory;
};

// A CA: its key and certificate, written as <name>.key/.pem.
struct Authority
{
    Key key;
    Certificate certificate;
    Issuer issuer() const { return { certificate.get(), key.get() }; }
};

Authority makeAuthority(const Writer &writer, const QString &name, const Subject &subject)
{
    Authority authority { newKey(), nullptr };
    authority.certificate = makeCertificate(authority.key.get(), subject, {},
                                            { { NID_basic_constraints, "critical,CA:TRUE" },
                                              { NID_key_usage, "critical,keyCertSign,cRLSign" },
                                              { NID_subject_key_identifier, "hash" } });
    writer.key(name, authority.key.get());
    writer.certificate(name, authority.certificate.get());
    return authority;
}

// A leaf certificate and its key, written as <name>.pem/.key; returns the key.
Key makeLeaf(const Writer &writer, const QString &name, const Subject &subject,
             const Issuer &issuer, const char *names, const char *usage,
             const Validity &validity = {})
{
    std::vector<std::pair<int, const char *>> extensions {
        { NID_basic_constraints, "critical,CA:FALSE" },
        { NID_key_usage, "critical,digitalSignature" },
        { NID_ext_key_usage, usage },
        { NID_subject_alt_name, names },
    };
    if (issuer.certificate) // the CA's key identifier, for chain building
        extensions.emplace_back(NID_authority_key_identifier, "keyid:always");
    Key key = newKey();
    const Certificate certificate =
        makeCertificate(key.get(), subject, issuer, extensions, validity);
    writer.key(name, key.get());
    writer.certificate(name, certificate.get());
    return key;
}

// A self-signed server certificate as `openssl req -x509` makes one (its
// default v3_ca extensions and the names): an issuer of itself, which is
// what QSslCertificate::isSelfSigned() and TLS clients look for.
void makeSelfSigned(const Writer &writer, const QString &name, const Subject &subject,
                    const char *names)
{
    Key key = newKey();
    const Certificate certificate =
        makeCertificate(key.get(), subject, {},
                        { { NID_basic_constraints, "critical,CA:TRUE" },
                          { NID_subject_key_identifier, "hash" },
                          { NID_authority_key_identifier, "keyid:always" },
                          { NID_subject_alt_name, names } });
    writer.key(name, key.get());
    writer.certificate(name, certificate.get());
}

QByteArray spkiPin(EVP_PKEY *key)
{
    unsigned char *der = nullptr;
    const int size = i2d_PUBKEY(key, &der);
    check(size, "the public key's DER");
    const QByteArray digest =
        QCryptographicHash::hash(QByteArrayView(der, size), QCryptographicHash::Sha256);
    OPENSSL_free(der);
    return digest.toBase64() + '\n';
}

void buildAll(const Writer &writer)
{
    const char *localNames = "DNS:localhost,IP:127.0.0.1,IP:::1";
    const Authority ca =
        makeAuthority(writer, QStringLiteral("ca"), { "maxmon tests", "maxmon Test Root CA" });
    const Authority otherCa =
        makeAuthority(writer, QStringLiteral("other-ca"), { "somebody else", "Unknown Test CA" });
    const Authority clientCa = makeAuthority(writer, QStringLiteral("client-ca"),
                                             { "maxmon tests", "maxmon Test Client CA" });

    const Key server = makeLeaf(writer, QStringLiteral("server"), { "maxmon tests", "localhost" },
                                ca.issuer(), localNames, "serverAuth");
    makeLeaf(writer, QStringLiteral("wronghost"), { "maxmon tests", "wrong.example" }, ca.issuer(),
             "DNS:wrong.example", "serverAuth");
    makeLeaf(writer, QStringLiteral("untrusted"), { "somebody else", "localhost" },
             otherCa.issuer(), localNames, "serverAuth");
    makeLeaf(writer, QStringLiteral("expired"), { "maxmon tests", "expired" }, ca.issuer(),
             localNames, "serverAuth", { "20200101000000Z", "20201231235959Z" });
    makeSelfSigned(writer, QStringLiteral("selfsigned"), { "maxmon tests", "self-signed" },
                   localNames);
    const Key client =
        makeLeaf(writer, QStringLiteral("client"), { "maxmon tests", "maxmon test client" },
                 clientCa.issuer(), "DNS:client.example", "clientAuth");

    const QByteArray passphrase(PkiBuilder::clientPassphrase);
    writer.file(QStringLiteral("client.passphrase"), passphrase + '\n');
    writer.file(QStringLiteral("client-encrypted.key"),
                toPem(
                    [&client, &passphrase](BIO *bio) {
                        return PEM_write_bio_PKCS8PrivateKey(
                            bio, client.get(), EVP_aes_256_cbc(), nullptr, 0, nullptr,
                            const_cast<char *>(passphrase.constData()));
                    },
                    "writing the encrypted key"),
                true);
    writer.file(QStringLiteral("server.spki"), spkiPin(server.get()));
}

} // namespace

QString PkiBuilder::build(const QString &directory)
{
    try {
        buildAll(Writer(directory));
    } catch (const std::exception &failure) {
        return QStringLiteral("TestPki: %1").arg(QString::fromStdString(failure.what()));
    }
    return {};
}

} // namespace maxmon::testing
