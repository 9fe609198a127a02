#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/result.h>

#include <QCoreApplication>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace maxmon {

/// Named values that replace `{{name}}` in a URL, handshake headers and
/// outgoing messages, like Postman's environments.
///
/// A name is looked up in three scopes, the first that has it wins:
/// - Scope::Session: set at run time (the window's session variables, the CLI's
///   `--var`), kept in memory only;
/// - Scope::Profile: saved with the profile; a secret one is saved as a
///   SecretRef and its value set here once resolved;
/// - Scope::Environment: the process environment variable `MAXMON_<NAME>`
///   (upper case), so that `{{user}}` never picks up `$USER` by accident.
///
/// Values marked secret (and every environment value) are listed by
/// secretValues() so that exports mask them.
///
/// @code
/// Variables variables;
/// variables.set(Variables::Scope::Session, QStringLiteral("token"), token, true);
/// Result<QString> url = variables.resolve(QStringLiteral("wss://max.example/?t={{ token }}"));
/// @endcode
class MAXMON_CORE_EXPORT Variables
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::Variables)
public:
    /// Where a value was set, in order of precedence.
    enum class Scope {
        Session, ///< set at run time, memory only
        Profile, ///< saved with the profile (a secret one as a reference)
        Environment, ///< the environment variable MAXMON_<NAME>
    };

    /// An empty set: only the environment answers.
    Variables();
    /// Copies share their data until one is changed.
    Variables(const Variables &other);
    /// Takes other's values.
    Variables(Variables &&other) noexcept;
    /// Copies other's values.
    Variables &operator=(const Variables &other);
    /// Takes other's values.
    Variables &operator=(Variables &&other) noexcept;
    /// Frees the values.
    ~Variables();

    /// Sets name in scope (Session or Profile; Environment is read from the
    /// process). A secret value is listed by secretValues(). False, with nothing
    /// changed, for an invalid name (see isValidName()) or Scope::Environment.
    bool set(Scope scope, const QString &name, const QString &value, bool secret = false);
    /// Removes name from scope; false when it was not set there.
    bool remove(Scope scope, const QString &name);
    /// Removes every value of scope.
    void clear(Scope scope);
    /// Takes every value of other's scope, replacing those of the same name.
    void merge(Scope scope, const Variables &other);
    /// The names set in scope (for Environment: those of MAXMON_* variables,
    /// in lower case), sorted.
    QStringList names(Scope scope) const;
    /// Whether no Session or Profile value is set.
    bool isEmpty() const;

    /// The value name has in scope, if any.
    std::optional<QString> value(Scope scope, const QString &name) const;
    /// The value that wins for name: session, then profile, then environment.
    std::optional<QString> value(const QString &name) const;
    /// Whether name's value in scope is secret (environment values always are).
    bool isSecret(Scope scope, const QString &name) const;
    /// The values of every secret Session and Profile variable, and of every
    /// MAXMON_* environment variable: what exports must mask.
    QStringList secretValues() const;

    /// Replaces each `{{name}}` (spaces inside the braces allowed) by its value;
    /// `{{{{` stands for a literal `{{`. Fails with Error::Code::InvalidConfig
    /// naming the first undefined variable, an unterminated `{{` or an invalid name.
    Result<QString> resolve(const QString &text) const;
    /// resolve() for a URL: braces may be percent-encoded (QUrl encodes them),
    /// and each value is inserted percent-encoded. Fails like resolve(), or
    /// when the result is not a valid URL.
    Result<QUrl> resolveUrl(const QUrl &url) const;
    /// Whether text holds something resolve() would replace or reject.
    static bool containsReference(const QString &text);

    /// Letters, digits and '_', not starting with a digit.
    static bool isValidName(const QString &name);
    /// The environment variable a name is read from: "MAXMON_" + upper case.
    static QString environmentName(const QString &name);
    /// The scope's name: "session", "profile", "environment".
    static QString scopeName(Scope scope);

private:
    class Data;
    QSharedDataPointer<Data> d;
};

} // namespace maxmon
