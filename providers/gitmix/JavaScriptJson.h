// JavaScript's JSON.stringify(JSON.parse(text)) reproduced from received bytes, for verifying
// signatures computed over a JavaScript server's serialisation (Gitmix's callback HMAC).
//
// Gitmix's server signs the text its JavaScript produced, so the verifier must reproduce that
// text exactly, and QJsonDocument cannot (it sorts keys and turns numbers into doubles). The
// Stringifier walks the bytes once and writes what JSON.stringify writes after JSON.parse:
// - no whitespace; members in the order received, except that keys which are array indices
//   ("0", "7", up to 2^32-2) come first in ascending order, as every JavaScript object orders them;
// - a key sent twice keeps its first position and its last value, as JSON.parse does;
// - numbers become the nearest double printed by Number.prototype.toString (1.0 -> 1,
//   1E2 -> 100, 0.0000001 -> 1e-7, 1e400 -> null): the one place a double is right, because it
//   is what the signer computed with; no amount is ever read from this text;
// - strings are decoded, then escaped as JSON.stringify does: \" \\ \b \f \n \r \t, other
//   control characters and lone surrogates as lower-case \u00xx, everything else (including
//   "/" and non-ASCII) literally, in UTF-8 (what Node's HMAC update() hashes a string as).
// Invalid UTF-8 inside a string is replaced by U+FFFD, as a Node body parser would, though the
// number of replacement characters for one bad sequence may differ; Gitmix sends valid UTF-8.
//
// Header-only because GitmixAdapter.cpp is its one user and the file would otherwise pass 500 lines.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <vector>

namespace sarraf::javascriptjson {

inline QByteArray quote(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        switch (c) {
        case u'"': out += u"\\\""; continue;
        case u'\\': out += u"\\\\"; continue;
        case u'\b': out += u"\\b"; continue;
        case u'\f': out += u"\\f"; continue;
        case u'\n': out += u"\\n"; continue;
        case u'\r': out += u"\\r"; continue;
        case u'\t': out += u"\\t"; continue;
        default: break;
        }
        const bool pairedHigh = QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        if (pairedHigh) {
            out += text[i];
            out += text[++i];
        } else if (c < 0x20 || QChar::isSurrogate(c)) {
            out += u"\\u" + QString::number(c, 16).rightJustified(4, u'0');
        } else {
            out += text[i];
        }
    }
    out += u'"';
    return out.toUtf8();
}

// Number::toString's layout for the digits d1..dk of a value 0.d1..dk x 10^n (ECMA-262 6.1.6.1.20).
inline QByteArray numberLayout(const QByteArray &digits, int n)
{
    const int k = int(digits.size());
    if (k <= n && n <= 21)
        return digits + QByteArray(n - k, '0');
    if (0 < n && n <= 21)
        return digits.left(n) + '.' + digits.mid(n);
    if (-6 < n && n <= 0)
        return "0." + QByteArray(-n, '0') + digits;
    const int e = n - 1;
    const QByteArray exponent = QByteArray(e < 0 ? "e-" : "e+") + QByteArray::number(std::abs(e));
    if (k == 1)
        return digits + exponent;
    return digits.left(1) + '.' + digits.mid(1) + exponent;
}

// For a token std::from_chars found out of range: whether it overflows (JavaScript: Infinity,
// stringified "null") rather than underflows (0). Decided by the position of its first non-zero digit.
inline bool overflows(QByteArrayView token)
{
    qsizetype ePos = token.indexOf('e');
    if (ePos < 0)
        ePos = token.indexOf('E');
    const QByteArrayView mantissa = ePos < 0 ? token : token.first(ePos);
    qint64 exponent = 0;
    if (ePos >= 0) {
        const QByteArrayView text = token.sliced(ePos + 1);
        const bool negative = text.startsWith('-');
        for (char c : text)
            if (c >= '0' && c <= '9')
                exponent = std::min<qint64>(exponent * 10 + (c - '0'), 1'000'000'000);
        exponent = negative ? -exponent : exponent;
    }
    const qsizetype point = mantissa.indexOf('.');
    const qsizetype integerEnd = point < 0 ? mantissa.size() : point;
    for (qsizetype i = 0; i < mantissa.size(); ++i) {
        const char c = mantissa[i];
        if (c >= '1' && c <= '9') // magnitude 10^(position relative to the point)
            return exponent + (i < integerEnd ? integerEnd - i - 1 : integerEnd - i) > 0;
    }
    return false;
}

inline QByteArray number(QByteArrayView token)
{
    double value = 0;
    const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
    if (ec == std::errc::result_out_of_range)
        return overflows(token) ? "null" : "0";
    if (ec != std::errc() || end != token.data() + token.size() || !std::isfinite(value))
        return "null";
    if (value == 0)
        return "0"; // also -0
    char buffer[64];
    const auto printed = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const QByteArray text(buffer, printed.ptr - buffer); // shortest round trip: "-1.2345e+02"
    const bool negative = text.startsWith('-');
    const qsizetype ePos = text.indexOf('e');
    QByteArray digits = text.mid(negative ? 1 : 0, ePos - (negative ? 1 : 0));
    digits.replace(".", "");
    const int n = text.mid(ePos + 1).toInt() + 1;
    return QByteArray(negative ? "-" : "") + numberLayout(digits, n);
}

inline int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

inline bool isArrayIndex(const QString &key, quint64 *index)
{
    if (key.isEmpty() || key.size() > 10 || (key.size() > 1 && key[0] == u'0'))
        return false;
    quint64 value = 0;
    for (QChar c : key) {
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c.unicode() - u'0');
    }
    *index = value;
    return value <= 4294967294ULL;
}

class Stringifier final
{
public:
    explicit Stringifier(QByteArrayView json) : m_json(json)
    {
        if (m_json.startsWith("\xEF\xBB\xBF")) // a body parser drops a byte order mark
            m_pos = 3;
    }

    // The top level must be an object (the signer destructures it); its "hash" is taken out.
    bool run(QByteArray &out, std::optional<QString> &hash)
    {
        skipWhitespace();
        if (peek() != '{')
            return fail("the body is not a JSON object");
        if (!object(out, 0, &hash))
            return false;
        skipWhitespace();
        return m_pos == m_json.size() || fail("text after the JSON object");
    }
    const QString &error() const { return m_error; }

private:
    static constexpr int MaxDepth = 256;

    char peek() const { return m_pos < m_json.size() ? m_json[m_pos] : '\0'; }
    void skipWhitespace()
    {
        while (m_pos < m_json.size() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }
    bool fail(const char *why)
    {
        if (m_error.isEmpty())
            m_error = QString::fromLatin1(why) + QStringLiteral(" at offset ") + QString::number(m_pos);
        return false;
    }
    bool expect(char c)
    {
        skipWhitespace();
        if (peek() != c)
            return fail("unexpected character");
        ++m_pos;
        return true;
    }

    bool value(QByteArray &out, int depth)
    {
        if (depth > MaxDepth)
            return fail("nested too deeply");
        skipWhitespace();
        const char c = peek();
        if (c == '{')
            return object(out, depth + 1, nullptr);
        if (c == '[')
            return array(out, depth + 1);
        if (c == '"') {
            QString text;
            if (!string(text))
                return false;
            out += quote(text);
            return true;
        }
        for (const char *literal : {"true", "false", "null"}) {
            if (m_json.sliced(m_pos).startsWith(QByteArrayView(literal))) {
                out += literal;
                m_pos += qsizetype(qstrlen(literal));
                return true;
            }
        }
        return number(out);
    }

    bool number(QByteArray &out)
    {
        const qsizetype start = m_pos;
        auto digits = [this] {
            const qsizetype from = m_pos;
            while (peek() >= '0' && peek() <= '9')
                ++m_pos;
            return m_pos > from;
        };
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0')
            ++m_pos;
        else if (!digits())
            return fail("invalid value");
        if (peek() == '.' && (++m_pos, !digits()))
            return fail("invalid number");
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!digits())
                return fail("invalid number");
        }
        out += javascriptjson::number(m_json.sliced(start, m_pos - start));
        return true;
    }

    bool string(QString &text)
    {
        ++m_pos; // the opening quote
        qsizetype run = m_pos;
        auto flush = [&] { text += QString::fromUtf8(m_json.sliced(run, m_pos - run)); };
        while (m_pos < m_json.size()) {
            const char c = m_json[m_pos];
            if (c == '"') {
                flush();
                ++m_pos;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return fail("control character in a string");
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            flush();
            const char escape = m_pos + 1 < m_json.size() ? m_json[m_pos + 1] : '\0';
            m_pos += 2;
            switch (escape) {
            case '"': text += u'"'; break;
            case '\\': text += u'\\'; break;
            case '/': text += u'/'; break;
            case 'b': text += u'\b'; break;
            case 'f': text += u'\f'; break;
            case 'n': text += u'\n'; break;
            case 'r': text += u'\r'; break;
            case 't': text += u'\t'; break;
            case 'u': {
                char16_t unit = 0;
                for (int digit = 0; digit < 4; ++digit) {
                    const int nibble = hexValue(peek());
                    if (nibble < 0)
                        return fail("invalid \\u escape");
                    unit = char16_t(unit * 16 + nibble);
                    ++m_pos;
                }
                text += QChar(unit); // surrogate halves pair up in UTF-16 by themselves
                break;
            }
            default: return fail("invalid escape");
            }
            run = m_pos;
        }
        return fail("unterminated string");
    }

    bool array(QByteArray &out, int depth)
    {
        ++m_pos;
        out += '[';
        skipWhitespace();
        if (peek() == ']') {
            ++m_pos;
            out += ']';
            return true;
        }
        for (bool first = true;; first = false) {
            if (!first)
                out += ',';
            if (!value(out, depth))
                return false;
            skipWhitespace();
            if (peek() == ']')
                break;
            if (!expect(','))
                return false;
        }
        ++m_pos;
        out += ']';
        return true;
    }

    // hash: non-null at the top level only; the "hash" member goes there instead of into out.
    bool object(QByteArray &out, int depth, std::optional<QString> *hash)
    {
        struct Member
        {
            QString key;
            QByteArray value;
        };
        std::vector<Member> members;
        QHash<QString, size_t> positions;
        ++m_pos;
        for (bool first = true;; first = false) {
            skipWhitespace();
            if (peek() == '}')
                break;
            if (!first && !expect(','))
                return false;
            skipWhitespace();
            QString key;
            if (peek() != '"')
                return fail("expected a member name");
            if (!string(key) || !expect(':'))
                return false;
            QByteArray text;
            skipWhitespace();
            if (hash && key == u"hash" && peek() == '"') {
                QString signature;
                if (!string(signature))
                    return false;
                *hash = signature; // the last one wins, as in JSON.parse
                continue;
            }
            if (!value(text, depth))
                return false;
            if (hash && key == u"hash") { // not a string: JavaScript's === can never match it
                *hash = QString();
                continue;
            }
            const auto known = positions.constFind(key);
            if (known != positions.cend()) {
                members[*known].value = std::move(text);
            } else {
                positions.insert(key, members.size());
                members.push_back({key, std::move(text)});
            }
        }
        ++m_pos;
        // JavaScript objects list array-index keys first, ascending, then the rest as inserted.
        std::stable_partition(members.begin(), members.end(), [](const Member &m) {
            quint64 index = 0;
            return isArrayIndex(m.key, &index);
        });
        const auto firstName = std::find_if(members.begin(), members.end(), [](const Member &m) {
            quint64 index = 0;
            return !isArrayIndex(m.key, &index);
        });
        std::stable_sort(members.begin(), firstName, [](const Member &a, const Member &b) {
            return a.key.toULongLong() < b.key.toULongLong();
        });
        out += '{';
        for (size_t i = 0; i < members.size(); ++i) {
            if (i > 0)
                out += ',';
            out += quote(members[i].key) + ':' + members[i].value;
        }
        out += '}';
        return true;
    }

    QByteArrayView m_json;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace sarraf::javascriptjson
