#pragma once

#include <maxmon/error.h>

#include <tl/expected.hpp>

namespace maxmon {

// A value or the Error that prevented it. Never an exception: results cross
// Qt signal boundaries and event loops.
template<typename T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> failure(Error error)
{
    return tl::unexpected<Error>(std::move(error));
}

} // namespace maxmon
