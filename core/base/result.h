#pragma once

#include <maxmon/error.h>

#include <tl/expected.hpp>

namespace maxmon {

/// A value or the Error that prevented it (a `tl::expected`). Never an
/// exception: results cross Qt signal boundaries and event loops.
///
/// @code
/// Result<Push *> push = channel->push(QStringLiteral("ping"));
/// if (!push)
///     qWarning() << push.error().message();
/// @endcode
template<typename T>
using Result = tl::expected<T, Error>;

/// The failed Result for error: `return failure(Error(Error::Code::InvalidState, ...));`
inline tl::unexpected<Error> failure(Error error)
{
    return tl::unexpected<Error>(std::move(error));
}

} // namespace maxmon
