#include "jsontext.h"

#include <algorithm>

namespace maxmon {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Follows a JSON text byte by byte and tells which bytes belong to a string.
class StringTracker
{
public:
    // Whether c is part of a string, its quotes and escapes included.
    bool inString(char c)
    {
        if (m_inString) {
            if (m_escaped)
                m_escaped = false;
            else if (c == '\\')
                m_escaped = true;
            else if (c == '"')
                m_inString = false;
            return true;
        }
        m_inString = c == '"';
        return m_inString;
    }

private:
    bool m_inString = false;
    bool m_escaped = false;
};

} // namespace

QByteArray JsonText::indent(const QByteArray &json, int spaces)
{
    QByteArray out;
    out.reserve(json.size() * 2);
    int level = 0;
    StringTracker strings;
    auto newLine = [&] {
        out += '\n';
        out.append(static_cast<qsizetype>(std::max(0, level)) * spaces, ' ');
    };

    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = json.at(i);
        if (strings.inString(c)) {
            out += c;
            continue;
        }
        switch (c) {
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

int JsonText::nestingDepth(const QByteArray &json)
{
    int depth = 0;
    int deepest = 0;
    StringTracker strings;
    for (const char c : json) {
        if (strings.inString(c))
            continue;
        if (c == '{' || c == '[')
            deepest = std::max(deepest, ++depth);
        else if (c == '}' || c == ']')
            --depth;
    }
    return deepest;
}

} // namespace maxmon
