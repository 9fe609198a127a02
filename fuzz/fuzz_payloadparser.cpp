// The send panel's payload parser (ui/payloadparser.cpp, built here from its
// source: the fuzz build has no GUI): hex, base64 and JSON as typed. Errors
// name a position inside the text; valid hex and base64 read back from
// their canonical forms to the same bytes.
#include "fuzzcheck.h"
#include "payloadparser.h"

using namespace maxmon;
using maxmon::fuzz::check;

namespace {

void checkParsed(const ParsedPayload &parsed, const QString &text, const QByteArray &input)
{
    if (parsed.isValid())
        return;
    check(parsed.errorPosition >= -1 && parsed.errorPosition <= text.size(),
          "an error position inside the text", input);
    const QPair<int, int> where = PayloadParser::lineAndColumn(text, parsed.errorPosition);
    check(where.first >= 1 && where.second >= 1, "line and column count from 1", input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString text = QString::fromUtf8(input);

    const ParsedPayload hex = PayloadParser::parseHex(text);
    checkParsed(hex, text, input);
    if (hex.isValid()) {
        const ParsedPayload again =
            PayloadParser::parseHex(QString::fromLatin1(hex.bytes.toHex(' ')));
        check(again.isValid() && again.bytes == hex.bytes, "hex reads back", input);
    }
    const ParsedPayload base64 = PayloadParser::parseBase64(text);
    checkParsed(base64, text, input);
    if (base64.isValid()) {
        const ParsedPayload again =
            PayloadParser::parseBase64(QString::fromLatin1(base64.bytes.toBase64()));
        check(again.isValid() && again.bytes == base64.bytes, "base64 reads back", input);
    }
    const ParsedPayload json = PayloadParser::parseJson(text);
    checkParsed(json, text, input);
    if (json.isValid())
        check(json.bytes == text.toUtf8(), "JSON goes out as typed", input);
    return 0;
}
