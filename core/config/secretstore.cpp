#include "base/logging.h"
#include "base/userfolders.h"

#include <maxmon/secretstore.h>

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace maxmon {

namespace {

constexpr qint64 maxSecretFileSize = 1024 * 1024;

Error unavailable(const QString &message, const QString &detail = {}, const QString &hint = {})
{
    return Error(Error::Code::SecretUnavailable, message, detail, hint);
}

QString fallbackHint()
{
    return SecretStore::tr(
        "Name the secret with an environment variable instead ({\"env\": \"VAR\"} in the "
        "profile, --token-env VAR on the command line) or with a file only you can read "
        "({\"file\": \"/path\"}, --token-file FILE).");
}

// Keychain entries live under this service name.
QString keychainService()
{
    return QStringLiteral("maxmon");
}

// Calls done(produce()) later from the event loop, unless context is gone by
// then. The result is made there, not carried: one value, never copied.
template<typename T, typename Produce>
void deliverLater(QObject *context, SecretStore::Callback<T> done, Produce produce)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), produce = std::move(produce)] { done(produce()); },
        Qt::QueuedConnection);
}

} // namespace

struct SecretStore::Private
{
    explicit Private(SecretStore *store)
        : q(store)
    { }

    void resolveFrom(const QList<SecretRef> &refs, const std::shared_ptr<QStringList> &values,
                     const QPointer<QObject> &context, const Callback<QStringList> &done);
    void runCommand(const SecretRef &ref, const QPointer<QObject> &context, Callback<QString> done);
    void readKeychain(const SecretRef &ref, const QPointer<QObject> &context,
                      Callback<QString> done);

    SecretStore *const q;
    int commandTimeoutMs = 10000;
};

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{ }

SecretStore::~SecretStore() = default;

void SecretStore::setCommandTimeout(int ms)
{
    d->commandTimeoutMs = ms;
}

int SecretStore::commandTimeout() const
{
    return d->commandTimeoutMs;
}

bool SecretStore::keychainReachable()
{
#if defined(Q_OS_MACOS) || defined(Q_OS_WIN) || defined(Q_OS_IOS) || defined(Q_OS_ANDROID)
    return true;
#else
    // Secret Service and KWallet are D-Bus services: no session bus, no keychain.
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtimeDir.isEmpty() && QFileInfo::exists(runtimeDir + QLatin1String("/bus"));
#endif
}

Result<QString> SecretStore::readEnvironment(const QString &name)
{
    if (!qEnvironmentVariableIsSet(name.toLocal8Bit().constData()))
        return failure(unavailable(tr("The environment variable %1 is not set.").arg(name)));
    const QString value = qEnvironmentVariable(name.toLocal8Bit().constData()).trimmed();
    if (value.isEmpty())
        return failure(unavailable(tr("The environment variable %1 is empty.").arg(name)));
    return value;
}

Result<QString> SecretStore::readFile(const QString &path)
{
    const QString expanded = userfolders::expandHome(path);
    QFile file(expanded);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(
            unavailable(tr("Cannot read the secret file %1.").arg(path), file.errorString()));
    }
#ifdef Q_OS_UNIX
    // A secret anyone on the machine can read is no secret: refuse it, as
    // ssh refuses such private keys, rather than use it quietly.
    const QFileDevice::Permissions permissions = file.permissions();
    if (permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) {
        return failure(unavailable(tr("The secret file %1 can be read by other users.").arg(path),
                                   QString(),
                                   tr("Make it readable by you alone: chmod 600 %1").arg(path)));
    }
#endif
    if (file.size() > maxSecretFileSize) {
        return failure(unavailable(tr("The secret file %1 is larger than 1 MiB: it is not a "
                                      "token.")
                                       .arg(path)));
    }
    const QString value = QString::fromUtf8(file.readAll()).trimmed();
    if (value.isEmpty())
        return failure(unavailable(tr("The secret file %1 is empty.").arg(path)));
    return value;
}

void SecretStore::resolve(const SecretRef &ref, QObject *context, Callback<QString> done)
{
    if (!context)
        context = this;
    switch (ref.source) {
    case SecretRef::Source::Env:
        deliverLater(context, std::move(done),
                     [name = ref.reference] { return readEnvironment(name); });
        return;
    case SecretRef::Source::File:
        deliverLater(context, std::move(done), [path = ref.reference] { return readFile(path); });
        return;
    case SecretRef::Source::Command:
        d->runCommand(ref, context, std::move(done));
        return;
    case SecretRef::Source::Keychain:
        d->readKeychain(ref, context, std::move(done));
        return;
    case SecretRef::Source::None:
        break;
    }
    deliverLater(context, std::move(done), [] {
        return Result<QString>(failure(unavailable(tr("No secret source was given."))));
    });
}

void SecretStore::resolveAll(const QList<SecretRef> &refs, QObject *context,
                             Callback<QStringList> done)
{
    if (!context)
        context = this;
    if (refs.isEmpty()) {
        deliverLater(context, std::move(done), [] { return Result<QStringList>(QStringList()); });
        return;
    }
    d->resolveFrom(refs, std::make_shared<QStringList>(), context, done);
}

void SecretStore::Private::resolveFrom(const QList<SecretRef> &refs,
                                       const std::shared_ptr<QStringList> &values,
                                       const QPointer<QObject> &context,
                                       const Callback<QStringList> &done)
{
    // One at a time: a keychain may prompt, and prompts must not pile up.
    q->resolve(refs.at(values->size()), context,
               [this, refs, values, context, done](Result<QString> value) {
                   if (!value) {
                       done(failure(value.error()));
                       return;
                   }
                   values->append(*value);
                   if (values->size() == refs.size())
                       done(*values);
                   else
                       resolveFrom(refs, values, context, done);
               });
}

void SecretStore::Private::runCommand(const SecretRef &ref, const QPointer<QObject> &context,
                                      Callback<QString> done)
{
    const QStringList argv = QProcess::splitCommand(ref.reference);
    if (argv.isEmpty()) {
        deliverLater(context.data(), std::move(done), [] {
            return Result<QString>(
                failure(unavailable(SecretStore::tr("The secret command is empty."))));
        });
        return;
    }
    auto *process = new QProcess(q);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    // Exactly one answer, whatever fires first: finish, failure to start, timeout.
    auto finish = [process, context, done = std::move(done)](Result<QString> result) mutable {
        if (!done)
            return;
        process->disconnect();
        process->deleteLater();
        auto callback = std::exchange(done, nullptr);
        if (context)
            callback(std::move(result));
    };
    auto shared = std::make_shared<decltype(finish)>(std::move(finish));
    const QString &program = argv.constFirst();

    QObject::connect(
        process, &QProcess::finished, q,
        [process, shared, program](int exitCode, QProcess::ExitStatus status) {
            const QString errors =
                QString::fromLocal8Bit(process->readAllStandardError()).trimmed().left(300);
            if (status != QProcess::NormalExit || exitCode != 0) {
                (*shared)(failure(unavailable(
                    status == QProcess::NormalExit
                        ? SecretStore::tr("The secret command %1 failed with exit code %2.")
                              .arg(program)
                              .arg(exitCode)
                        : SecretStore::tr("The secret command %1 crashed.").arg(program),
                    errors)));
                return;
            }
            const QString value = QString::fromUtf8(process->readAllStandardOutput()).trimmed();
            if (value.isEmpty()) {
                (*shared)(failure(unavailable(
                    SecretStore::tr("The secret command %1 printed nothing.").arg(program),
                    errors)));
                return;
            }
            (*shared)(value);
        });
    QObject::connect(
        process, &QProcess::errorOccurred, q,
        [process, shared, program](QProcess::ProcessError error) {
            if (error != QProcess::FailedToStart)
                return; // crashes and exit codes arrive through finished()
            (*shared)(failure(unavailable(
                SecretStore::tr("The secret command %1 could not be started.").arg(program),
                process->errorString(),
                SecretStore::tr(
                    "The command runs directly, not through a shell: give the program's "
                    "path and its arguments, or wrap it in sh -c '...'."))));
        });
    QObject::connect(timer, &QTimer::timeout, q, [this, process, shared, program] {
        process->kill();
        (*shared)(failure(
            unavailable(SecretStore::tr("The secret command %1 did not finish within %2 ms.")
                            .arg(program)
                            .arg(commandTimeoutMs))));
    });
    process->setProgram(program);
    process->setArguments(argv.mid(1));
    process->setStandardInputFile(QProcess::nullDevice());
    qCDebug(lcConfig) << "running secret command" << program;
    timer->start(commandTimeoutMs);
    process->start(QIODevice::ReadOnly);
}

void SecretStore::Private::readKeychain(const SecretRef &ref, const QPointer<QObject> &context,
                                        Callback<QString> done)
{
    if (!keychainReachable()) {
        deliverLater(context.data(), std::move(done), [what = ref.describe()] {
            return Result<QString>(failure(unavailable(
                SecretStore::tr("No OS keychain is reachable to read %1.").arg(what),
                SecretStore::tr(
                    "There is no D-Bus session bus, so neither the Secret Service nor KWallet "
                    "can be asked."),
                fallbackHint())));
        });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(keychainService(), q);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text on disk
    job->setKey(ref.reference);
    QObject::connect(
        job, &QKeychain::Job::finished, q,
        [context, done = std::move(done), ref,
         service = keychainService()](QKeychain::Job *finished) {
            if (!context)
                return;
            auto *reader = static_cast<QKeychain::ReadPasswordJob *>(finished);
            switch (reader->error()) {
            case QKeychain::NoError:
                if (reader->textData().isEmpty())
                    done(failure(
                        unavailable(SecretStore::tr("The %1 is empty.").arg(ref.describe()))));
                else
                    done(reader->textData());
                return;
            case QKeychain::EntryNotFound:
                done(failure(unavailable(
                    SecretStore::tr("The OS keychain has no %1 (service \"%2\").")
                        .arg(ref.describe(), service),
                    reader->errorString(),
                    SecretStore::tr(
                        "Store the secret in the keychain under service \"%1\", key \"%2\"; "
                        "or: %3")
                        .arg(service, ref.reference, fallbackHint()))));
                return;
            default:
                done(
                    failure(unavailable(SecretStore::tr("The OS keychain could not be read for %1.")
                                            .arg(ref.describe()),
                                        reader->errorString(), fallbackHint())));
                return;
            }
        });
    job->start();
}

void SecretStore::storeInKeychain(const QString &key, const QString &secret, QObject *context,
                                  Callback<void> done)
{
    if (!context)
        context = this;
    if (!keychainReachable()) {
        deliverLater(context, std::move(done), [] {
            return Result<void>(failure(unavailable(
                tr("No OS keychain is reachable: the secret was not stored."),
                tr("There is no D-Bus session bus, so neither the Secret Service nor KWallet "
                   "can be asked. maxmon never falls back to a plain-text file."),
                fallbackHint())));
        });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(keychainService(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(
        job, &QKeychain::Job::finished, this,
        [context = QPointer<QObject>(context), done = std::move(done)](QKeychain::Job *finished) {
            if (!context)
                return;
            if (finished->error() == QKeychain::NoError) {
                done({});
                return;
            }
            done(failure(unavailable(tr("The secret could not be stored in the OS keychain; "
                                        "nothing was written elsewhere."),
                                     finished->errorString(), fallbackHint())));
        });
    job->start();
}

} // namespace maxmon
