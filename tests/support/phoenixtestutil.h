#pragma once

#include "phoenix/frame.h"

#include <QDebug>
#include <QTest>

// QCOMPARE prints frames as the Frame's QDebug output.
namespace QTest {
template<>
inline char *toString(const maxmon::phoenix::Frame &frame)
{
    QString text;
    QDebug(&text) << frame;
    return qstrdup(text.toUtf8().constData());
}
} // namespace QTest

namespace maxmon::test {

// A frame's join_ref or ref for QCOMPARE: the string, or "null".
inline QString refText(const std::optional<QString> &ref)
{
    return ref ? *ref : QStringLiteral("null");
}

} // namespace maxmon::test
