#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/result.h>
#include <maxmon/secretref.h>

#include <QObject>

#include <functional>
#include <memory>

namespace maxmon {

/// Resolves a SecretRef to the secret it names, asynchronously:
///
/// - env: the value of an environment variable
/// - file: the trimmed content of a file that only its owner may read
///   (refused when group or others can read it, like ssh does for keys)
/// - command: the trimmed stdout of a program, run directly (no shell), with a timeout
/// - keychain: an entry of the OS keychain (Secret Service / KWallet, macOS
///   Keychain, Windows Credential Manager) through QtKeychain, under the
///   service name "maxmon"
///
/// A failure is a SecretUnavailable Error that names the source and, for the
/// keychain, the fallback (environment variable or file). Nothing is ever
/// written in plain text: without a reachable keychain, storing fails.
class MAXMON_CORE_EXPORT SecretStore : public QObject
{
    Q_OBJECT

public:
    /// What an asynchronous request calls with its outcome.
    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    /// A store with the default command timeout (10 s).
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    /// How long a secret command may run before it is killed and fails.
    void setCommandTimeout(int ms);
    /// How long a secret command may run, in milliseconds.
    int commandTimeout() const;

    /// Reads the secret ref names. Calls done exactly once, from the event
    /// loop (never from inside resolve()), or not at all when context is
    /// destroyed first; context nullptr means the store itself.
    void resolve(const SecretRef &ref, QObject *context, Callback<QString> done);
    /// Every reference in order, one at a time (a keychain may prompt); the
    /// first failure ends it. Called as resolve() calls.
    void resolveAll(const QList<SecretRef> &refs, QObject *context, Callback<QStringList> done);
    /// Writes secret to the OS keychain under key, or fails with
    /// SecretUnavailable: there is no plain-text fallback.
    void storeInKeychain(const QString &key, const QString &secret, QObject *context,
                         Callback<void> done);

    /// Whether an OS keychain can be asked at all: always on macOS and
    /// Windows; elsewhere only with a D-Bus session bus (CI has none).
    static bool keychainReachable();

    /// The trimmed value of an environment variable, synchronously (also
    /// for callers outside an event loop); unset or empty fails.
    static Result<QString> readEnvironment(const QString &name);
    /// The trimmed content of a secret file, synchronously; "~/" is the home
    /// directory. A file others can read, a file over 1 MiB or an empty one fails.
    static Result<QString> readFile(const QString &path);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon
