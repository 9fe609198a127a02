// Connection profiles (ConnectionConfig from JSON): profiles are shared
// between people, so any file may arrive. Reading never crashes, every
// problem is an issue with a path and a text, and a profile read without
// errors survives toJson() and fromJson() unchanged.
#include "fuzzcheck.h"

#include <maxmon/connectionconfig.h>

#include <QJsonDocument>
#include <QJsonObject>

using namespace maxmon;
using maxmon::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QJsonDocument document = QJsonDocument::fromJson(input);
    if (!document.isObject())
        return 0;
    QList<ConfigIssue> issues;
    const ConnectionConfig config = ConnectionConfig::fromJson(document.object(), &issues);
    for (const ConfigIssue &issue : std::as_const(issues))
        check(!issue.toString().isEmpty(), "an issue says what", input);
    const QList<ConfigIssue> problems = config.validate();
    for (const ConfigIssue &problem : problems)
        check(!problem.toString().isEmpty(), "a validation issue says what", input);
    (void)config.displayUrl();
    (void)config.effectiveUrl();
    if (ConfigIssue::hasErrors(issues))
        return 0;
    QList<ConfigIssue> again;
    const ConnectionConfig reread = ConnectionConfig::fromJson(config.toJson(), &again);
    check(!ConfigIssue::hasErrors(again), "a written profile reads back", input);
    check(reread == config, "a profile survives toJson and fromJson", input);
    return 0;
}
