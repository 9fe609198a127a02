#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/result.h>
#include <maxmon/secretref.h>

#include <QObject>

#include <functional>
#include <memory>

namespace maxmon {

// Resolves a SecretRef to the secret it names, asynchronously:
//
//   env       the value of an environment variable
//   file      the trimmed content of a file that only its owner may read
//             (refused when group or others can read it, like ssh does for keys)
//   command   the trimmed stdout of a program, run directly (no shell), with a timeout
//   keychain  an entry of the OS keychain (Secret Service / KWallet, macOS
//             Keychain, Windows Credential Manager) through QtKeychain
//
// A failure is a SecretUnavailable Error that names the source and, for the
// keychain, the fallback (environment variable or file). Nothing is ever
// written in plain text: without a reachable keychain, storing fails.
class MAXMON_CORE_EXPORT SecretStore : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    void setCommandTimeout(int ms);
    int commandTimeout() const;

    // Calls done exactly once, from the event loop (never from inside
    // resolve()), or not at all when context is destroyed first.
    void resolve(const SecretRef &ref, QObject *context, Callback<QString> done);
    // Every reference in order; the first failure ends it.
    void resolveAll(const QList<SecretRef> &refs, QObject *context, Callback<QStringList> done);
    // Writes to the OS keychain, or fails with SecretUnavailable: there is no
    // plain-text fallback.
    void storeInKeychain(const QString &key, const QString &secret, QObject *context,
                         Callback<void> done);

    // Whether an OS keychain can be asked at all: always on macOS and
    // Windows; elsewhere only with a D-Bus session bus (CI has none).
    static bool keychainReachable();

    // The synchronous sources, also for callers outside an event loop.
    static Result<QString> readEnvironment(const QString &name);
    static Result<QString> readFile(const QString &path);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon
