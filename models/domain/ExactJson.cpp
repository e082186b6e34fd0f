#include "models/domain/ExactJson.h"

#include <QCoreApplication>
#include <QJsonParseError>

#include <algorithm>

namespace sarraf::exactjson {

namespace {

Error invalidJson(const QString &detail)
{
    return makeError(QStringLiteral("json.invalid"),
                     QCoreApplication::translate("ExactJson", "The provider's answer is not valid JSON."), detail);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isNumberByte(char c)
{
    return isDigit(c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// RFC 8259: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?
bool isJsonNumber(QByteArrayView token)
{
    qsizetype i = 0;
    const qsizetype size = token.size();
    const auto digitsFrom = [&](qsizetype start) {
        while (i < size && isDigit(token[i]))
            ++i;
        return i > start;
    };
    if (i < size && token[i] == '-')
        ++i;
    if (i < size && token[i] == '0')
        ++i;
    else if (!digitsFrom(i))
        return false;
    if (i < size && token[i] == '.' && !digitsFrom(++i))
        return false;
    if (i < size && (token[i] == 'e' || token[i] == 'E')) {
        ++i;
        if (i < size && (token[i] == '+' || token[i] == '-'))
            ++i;
        if (!digitsFrom(i))
            return false;
    }
    return i == size;
}

} // namespace

Result<QJsonDocument> parse(const QByteArray &json)
{
    QByteArray rewritten;
    rewritten.reserve(json.size() + json.size() / 8);
    const qsizetype size = json.size();
    qsizetype copiedUpTo = 0;
    bool inString = false;
    for (qsizetype i = 0; i < size;) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i; // the escaped byte, which may be a quote, is part of the string
            else if (c == '"')
                inString = false;
            ++i;
        } else if (c == '"') {
            inString = true;
            ++i;
        } else if (c == '-' || isDigit(c)) {
            qsizetype end = i;
            while (end < size && isNumberByte(json[end]))
                ++end;
            const QByteArrayView token(json.constData() + i, end - i);
            if (!isJsonNumber(token))
                return invalidJson(QStringLiteral("invalid number \"%1\" at offset %2")
                                       .arg(QString::fromLatin1(token.first(std::min<qsizetype>(token.size(), 40))))
                                       .arg(i));
            rewritten.append(json.constData() + copiedUpTo, i - copiedUpTo);
            rewritten.append('"').append(token).append('"');
            copiedUpTo = end;
            i = end;
        } else {
            ++i;
        }
    }
    rewritten.append(json.constData() + copiedUpTo, size - copiedUpTo);

    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(rewritten, &error);
    if (error.error != QJsonParseError::NoError) {
        // Parse the original bytes again so the logged offset points into what the provider sent.
        QJsonParseError original;
        (void)QJsonDocument::fromJson(json, &original);
        const QJsonParseError &reported = original.error != QJsonParseError::NoError ? original : error;
        return invalidJson(QStringLiteral("%1 at offset %2").arg(reported.errorString()).arg(reported.offset));
    }
    return document;
}

Result<Money> moneyFromJson(const QJsonValue &value, QStringView currency)
{
    if (value.isString()) {
        const QString text = value.toString();
        Result<Money> money = Money::parse(text, currency);
        // Only a number token rewritten by parse() may carry an exponent.
        if (!money && money.error().code == u"money.syntax" && (text.contains(u'e') || text.contains(u'E')))
            return Money::fromJsonNumber(text, currency);
        return money;
    }
    if (value.isDouble())
        return makeError(QStringLiteral("money.inexact-json"),
                         QCoreApplication::translate("ExactJson", "An amount was read as a binary floating-point "
                                                                    "number, so its exact digits are lost."),
                         QStringLiteral("amount parsed by QJsonDocument instead of exactjson::parse"));
    if (value.isNull() || value.isUndefined())
        return makeError(QStringLiteral("money.missing"),
                         QCoreApplication::translate("ExactJson", "The provider's answer has no amount where one "
                                                                    "was expected."));
    return makeError(QStringLiteral("money.syntax"),
                     QCoreApplication::translate("ExactJson", "The provider's answer has something other than an "
                                                                "amount where an amount was expected."),
                     QStringLiteral("JSON value of type %1").arg(static_cast<int>(value.type())));
}

Result<qint64> integerFromJson(const QJsonValue &value)
{
    const QString text = value.toString();
    const bool plainInteger = !text.isEmpty() && text != u"-"
                              && std::all_of(text.begin() + (text.startsWith(u'-') ? 1 : 0), text.end(),
                                             [](QChar c) { return c >= u'0' && c <= u'9'; });
    bool ok = false;
    const qint64 integer = plainInteger ? text.toLongLong(&ok) : 0;
    if (!ok)
        return makeError(QStringLiteral("json.integer"),
                         QCoreApplication::translate("ExactJson", "The provider's answer has something other than "
                                                                    "a whole number where one was expected."),
                         QStringLiteral("not an integer: \"%1\"").arg(text.left(40)));
    return integer;
}

QString indented(const QByteArray &json)
{
    const QString text = QString::fromUtf8(json);
    if (!parse(json))
        return text;
    QString out;
    int depth = 0;
    bool inString = false;
    const auto newline = [&] { out += u'\n' + QString(depth * 2, u' '); };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inString) {
            out += c;
            if (c == u'\\' && i + 1 < text.size())
                out += text[++i];
            else if (c == u'"')
                inString = false;
            continue;
        }
        switch (c.unicode()) {
        case u'"': inString = true; out += c; break;
        case u'{':
        case u'[': {
            // An empty object or array stays on one line.
            qsizetype next = i + 1;
            while (next < text.size() && text[next].isSpace())
                ++next;
            if (next < text.size() && (text[next] == u'}' || text[next] == u']')) {
                out += c;
                out += text[next];
                i = next;
                break;
            }
            out += c;
            ++depth;
            newline();
            break;
        }
        case u'}':
        case u']': --depth; newline(); out += c; break;
        case u',': out += c; newline(); break;
        case u':': out += QStringLiteral(": "); break;
        default:
            if (!c.isSpace())
                out += c;
        }
    }
    return out;
}

} // namespace sarraf::exactjson
