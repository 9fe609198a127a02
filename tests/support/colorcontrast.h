#pragma once

#include <QColor>

namespace maxmon::test {

// The WCAG 2 contrast ratio of two colours: 1 (the same) to 21 (black on
// white). Text needs 4.5 (3 for large or bold text) to read well.
double contrast(const QColor &a, const QColor &b);

} // namespace maxmon::test
