#include "jsonformatter.h"

#include <algorithm>

namespace maxmon {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

QByteArray JsonFormatter::indent(const QByteArray &json, int spaces)
{
    QByteArray out;
    out.reserve(json.size() * 2);
    int level = 0;
    bool inString = false;
    bool escaped = false;
    auto newLine = [&] {
        out += '\n';
        out.append(static_cast<qsizetype>(std::max(0, level) * spaces), ' ');
    };

    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = json.at(i);
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            out += c;
            qsizetype next = i + 1;
            while (next < size && isSpace(json.at(next)))
                ++next;
            const char close = c == '{' ? '}' : ']';
            if (next < size && json.at(next) == close) { // {} and [] stay on one line
                out += close;
                i = next;
            } else {
                ++level;
                newLine();
            }
            break;
        }
        case '}':
        case ']':
            --level;
            newLine();
            out += c;
            break;
        case ',':
            out += c;
            newLine();
            break;
        case ':':
            out += ": ";
            break;
        default:
            if (!isSpace(c))
                out += c;
            break;
        }
    }
    return out;
}

} // namespace maxmon
