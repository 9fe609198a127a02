#include <maxmon/variables.h>

#include <QHash>
#include <QProcessEnvironment>
#include <QSharedData>

#include <algorithm>

namespace maxmon {

namespace {

const QLatin1String environmentPrefix("MAXMON_");

struct Entry
{
    QString value;
    bool secret = false;
};

using Values = QHash<QString, Entry>;

QStringList sortedKeys(const Values &values)
{
    QStringList keys = values.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

Error variableError(const QString &message)
{
    return Error(Error::Code::InvalidConfig, message);
}

} // namespace

class Variables::Data : public QSharedData
{
public:
    Values session;
    Values profile;

    Values *values(Scope scope)
    {
        return scope == Scope::Session ? &session : scope == Scope::Profile ? &profile : nullptr;
    }
    const Values *values(Scope scope) const
    {
        return scope == Scope::Session ? &session : scope == Scope::Profile ? &profile : nullptr;
    }
};

Variables::Variables()
    : d(new Data)
{ }

Variables::Variables(const Variables &other) = default;
Variables::Variables(Variables &&other) noexcept = default;
Variables &Variables::operator=(const Variables &other) = default;
Variables &Variables::operator=(Variables &&other) noexcept = default;
Variables::~Variables() = default;

bool Variables::set(Scope scope, const QString &name, const QString &value, bool secret)
{
    if (scope == Scope::Environment || !isValidName(name))
        return false;
    d->values(scope)->insert(name, Entry { value, secret });
    return true;
}

bool Variables::remove(Scope scope, const QString &name)
{
    const Values *values = std::as_const(*d).values(scope);
    if (!values || !values->contains(name))
        return false;
    return d->values(scope)->remove(name) > 0;
}

void Variables::clear(Scope scope)
{
    if (Values *values = d->values(scope))
        values->clear();
}

void Variables::merge(Scope scope, const Variables &other)
{
    const Values *from = other.d->values(scope);
    if (!from)
        return;
    for (auto it = from->cbegin(); it != from->cend(); ++it)
        d->values(scope)->insert(it.key(), it.value());
}

QStringList Variables::names(Scope scope) const
{
    if (const Values *values = d->values(scope))
        return sortedKeys(*values);
    QStringList names;
    const QStringList keys = QProcessEnvironment::systemEnvironment().keys();
    for (const QString &key : keys) {
        const QString name = key.mid(environmentPrefix.size()).toLower();
        if (key.startsWith(environmentPrefix) && isValidName(name) && key == environmentName(name))
            names.append(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

bool Variables::isEmpty() const
{
    return d->session.isEmpty() && d->profile.isEmpty();
}

std::optional<QString> Variables::value(Scope scope, const QString &name) const
{
    if (!isValidName(name))
        return std::nullopt;
    if (const Values *values = d->values(scope)) {
        const auto it = values->constFind(name);
        return it == values->cend() ? std::nullopt : std::optional<QString>(it->value);
    }
    const QByteArray key = environmentName(name).toUtf8();
    if (!qEnvironmentVariableIsSet(key.constData()))
        return std::nullopt;
    return qEnvironmentVariable(key.constData());
}

std::optional<QString> Variables::value(const QString &name) const
{
    for (Scope scope : { Scope::Session, Scope::Profile, Scope::Environment }) {
        if (std::optional<QString> found = value(scope, name))
            return found;
    }
    return std::nullopt;
}

bool Variables::isSecret(Scope scope, const QString &name) const
{
    if (const Values *values = d->values(scope))
        return values->value(name).secret;
    return value(scope, name).has_value();
}

QStringList Variables::secretValues() const
{
    QStringList secrets;
    for (const Values *values : { &d->session, &d->profile }) {
        for (const Entry &entry : *values) {
            if (entry.secret && !entry.value.isEmpty())
                secrets.append(entry.value);
        }
    }
    for (const QString &name : names(Scope::Environment)) {
        if (const std::optional<QString> found = value(Scope::Environment, name);
            found && !found->isEmpty())
            secrets.append(*found);
    }
    secrets.removeDuplicates();
    return secrets;
}

Result<QString> Variables::resolve(const QString &text) const
{
    const QLatin1String open("{{");
    const QLatin1String close("}}");
    QString out;
    qsizetype from = 0;
    while (true) {
        const qsizetype start = text.indexOf(open, from);
        if (start < 0)
            break;
        out += QStringView(text).mid(from, start - from);
        if (QStringView(text).mid(start + 2).startsWith(open)) {
            out += open; // "{{{{" is a literal "{{"
            from = start + 4;
            continue;
        }
        const qsizetype end = text.indexOf(close, start + 2);
        if (end < 0)
            return failure(variableError(
                tr("\"{{\" at position %1 is not closed by \"}}\": write {{{{ for a literal {{")
                    .arg(start + 1)));
        const QString name = text.mid(start + 2, end - start - 2).trimmed();
        if (!isValidName(name))
            return failure(variableError(tr("{{%1}} is not a valid variable name: use letters, "
                                            "digits and _, not starting with a digit")
                                             .arg(name)));
        const std::optional<QString> found = value(name);
        if (!found)
            return failure(variableError(tr("{{%1}} is not defined: set it for this session, in "
                                            "the profile, or as %2")
                                             .arg(name, environmentName(name))));
        out += *found;
        from = end + 2;
    }
    out += QStringView(text).mid(from);
    return out;
}

Result<QUrl> Variables::resolveUrl(const QUrl &url) const
{
    QString text = QString::fromUtf8(url.toEncoded());
    if (!text.contains(QLatin1String("%7B"), Qt::CaseInsensitive)
        && !text.contains(QLatin1String("{{")))
        return url;
    text.replace(QLatin1String("%7B"), QLatin1String("{"), Qt::CaseInsensitive);
    text.replace(QLatin1String("%7D"), QLatin1String("}"), Qt::CaseInsensitive);
    text.replace(QLatin1String("%20"), QLatin1String(" ")); // spaces inside the braces
    // each value goes in percent-encoded: a '&' or '/' in a token stays data
    Variables encoded(*this);
    for (Values *values : { &encoded.d->session, &encoded.d->profile }) {
        for (Entry &entry : *values)
            entry.value = QString::fromLatin1(QUrl::toPercentEncoding(entry.value));
    }
    for (const QString &name : names(Scope::Environment)) {
        if (!value(Scope::Session, name) && !value(Scope::Profile, name))
            encoded.set(Scope::Profile, name,
                        QString::fromLatin1(QUrl::toPercentEncoding(*value(name))));
    }
    Result<QString> resolved = encoded.resolve(text);
    if (!resolved)
        return failure(resolved.error());
    // values are encoded already: what is left is the URL's own text
    resolved->replace(QLatin1Char(' '), QLatin1String("%20"));
    resolved->replace(QLatin1Char('{'), QLatin1String("%7B"));
    resolved->replace(QLatin1Char('}'), QLatin1String("%7D"));
    const QUrl result = QUrl::fromEncoded(resolved->toUtf8(), QUrl::StrictMode);
    if (!result.isValid())
        return failure(variableError(tr("The URL is not valid once its variables are replaced: %1")
                                         .arg(result.errorString())));
    return result;
}

bool Variables::containsReference(const QString &text)
{
    return text.contains(QLatin1String("{{"));
}

bool Variables::isValidName(const QString &name)
{
    if (name.isEmpty() || name.front().isDigit())
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return c == QLatin1Char('_') || (c.unicode() < 128 && c.isLetterOrNumber());
    });
}

QString Variables::environmentName(const QString &name)
{
    return environmentPrefix + name.toUpper();
}

QString Variables::scopeName(Scope scope)
{
    switch (scope) {
    case Scope::Session:
        return QStringLiteral("session");
    case Scope::Profile:
        return QStringLiteral("profile");
    case Scope::Environment:
        return QStringLiteral("environment");
    }
    return QString();
}

} // namespace maxmon
