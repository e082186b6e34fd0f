// Paths, URLs and codes inside translated sentences: wrapped in a left-to-right isolate so that in
// Persian (right-to-left) text their slashes and dots stay where they belong.
#pragma once

#include <QString>

namespace sarraf {

inline QString leftToRight(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069); // LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE
}

} // namespace sarraf
