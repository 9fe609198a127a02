#pragma once

#include <maxmon/testing/maxmon_testing_export.h>

#include <QString>
#include <QTest>

namespace maxmon::testing {

// [[nodiscard]] on its own declaration: GCC accepts it next to the export
// attribute only this way.
class [[nodiscard]] Check;

/// The outcome of a helper of the testing kit: passed, or failed with a
/// message that says what was expected and what happened instead.
///
/// Every wait (waitForState(), MessageCollector::waitFor(), ...) and every
/// setup step that can be refused (ScriptedServer::listen(), a rule given to
/// ScriptedServer::onText(), ...) returns one. Hand it to MAXMON_VERIFY() to
/// turn a failure into a QtTest failure that prints the message:
///
/// @code
/// MAXMON_VERIFY(server.listen());
/// MAXMON_VERIFY(waitForState(client, maxmon::ConnectionState::Connected));
/// @endcode
///
/// A Check converts to bool, so QVERIFY(check) and `if (!check)` work too
/// (without the message). Ignoring a returned Check is a compiler warning.
class MAXMON_TESTING_EXPORT Check
{
public:
    /// A check that passed.
    Check() = default;

    /// A check that passed.
    static Check pass();
    /// A check that failed, and why: say what was expected and what was seen.
    static Check fail(const QString &message);

    /// True when the check passed.
    bool passed() const { return m_passed; }
    /// True when the check passed.
    explicit operator bool() const { return m_passed; }
    /// Why the check failed; empty when it passed.
    QString message() const { return m_message; }

private:
    bool m_passed = true;
    QString m_message;
};

} // namespace maxmon::testing

/// Fails the current QtTest function, printing the Check's message, unless
/// @p check passed; like QVERIFY2(check, check.message()) but evaluating
/// @p check once.
#define MAXMON_VERIFY(check)                                                                       \
    do {                                                                                           \
        const ::maxmon::testing::Check maxmonCheck_ = (check);                                     \
        if (!QTest::qVerify(maxmonCheck_.passed(), #check,                                         \
                            maxmonCheck_.message().toLocal8Bit().constData(), __FILE__, __LINE__)) \
            return;                                                                                \
    } while (false)
