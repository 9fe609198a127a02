#pragma once

#include <QPalette>

namespace maxmon {

// A dark palette for the Fusion style (`maxmon --dark`), for checking the
// window in a dark theme on any desktop.
QPalette darkPalette();

} // namespace maxmon
