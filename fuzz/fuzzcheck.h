#pragma once

// What every fuzz target does when an invariant breaks: say which, with the
// input, and abort (libFuzzer saves the input as a crash; the replay fails).
#include <QByteArray>

#include <cstdio>
#include <cstdlib>

namespace maxmon::fuzz {

inline void check(bool condition, const char *what, const QByteArray &input)
{
    if (condition)
        return;
    std::fprintf(stderr, "invariant broken: %s\ninput: %s\n", what,
                 input.toPercentEncoding().constData());
    std::abort();
}

} // namespace maxmon::fuzz
