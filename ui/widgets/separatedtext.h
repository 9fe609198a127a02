#pragma once

#include <QString>

namespace maxmon {

// A label's text of parts joined by " · " ("Received · JSON · 177 bytes"),
// with the spaces inside each part made non-breaking: a word-wrapping label
// then breaks only after a separator, so "177 bytes" stays on one line.
QString wrapBetweenParts(const QString &text);

// The text as written, for reading back what a label shows.
QString withPlainSpaces(const QString &shown);

} // namespace maxmon
