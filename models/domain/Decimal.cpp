#include "models/domain/Decimal.h"

#include <algorithm>
#include <string>
#include <utility>

namespace sarraf {

namespace {

constexpr qint64 exponentCap = 1'000'000'000; // far beyond any accepted value, far from overflow
constexpr int keyDigits = Decimal::maxIntegerDigits + Decimal::maxFractionDigits;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

mpz_class pow10(qint64 exponent)
{
    mpz_class result;
    mpz_ui_pow_ui(result.get_mpz_t(), 10, static_cast<unsigned long>(exponent));
    return result;
}

// The caller has checked that text holds ASCII digits only.
std::string asciiDigits(QStringView text)
{
    std::string digits;
    digits.reserve(static_cast<std::size_t>(text.size()));
    for (const QChar c : text)
        digits.push_back(static_cast<char>(c.unicode()));
    return digits;
}

// Rounds num / den to an integer; den must be positive.
mpz_class divideRounded(const mpz_class &num, const mpz_class &den, RoundingMode mode)
{
    mpz_class quotient;
    mpz_class remainder;
    mpz_tdiv_qr(quotient.get_mpz_t(), remainder.get_mpz_t(), num.get_mpz_t(), den.get_mpz_t());
    if (sgn(remainder) == 0)
        return quotient;

    const int direction = sgn(num); // sign of the exact quotient; truncation went toward zero
    const mpz_class twiceRemainder = abs(remainder) * 2;
    const int half = cmp(twiceRemainder, den); // < 0 below a half, 0 exactly a half, > 0 above
    bool awayFromZero = false;
    switch (mode) {
    case RoundingMode::HalfUp:
        awayFromZero = half >= 0;
        break;
    case RoundingMode::HalfEven:
        awayFromZero = half > 0 || (half == 0 && mpz_tstbit(quotient.get_mpz_t(), 0) == 1);
        break;
    case RoundingMode::HalfDown:
        awayFromZero = half > 0;
        break;
    case RoundingMode::Down:
        awayFromZero = false;
        break;
    case RoundingMode::Up:
        awayFromZero = true;
        break;
    case RoundingMode::Floor:
        awayFromZero = direction < 0;
        break;
    case RoundingMode::Ceiling:
        awayFromZero = direction > 0;
        break;
    }
    if (awayFromZero)
        quotient += direction;
    return quotient;
}

mpz_class coefficientAt(const mpz_class &coefficient, int scale, int targetScale)
{
    return scale == targetScale ? coefficient : coefficient * pow10(targetScale - scale);
}

// Long provider strings are cut so an error sentence stays a sentence.
QString quoted(QStringView text)
{
    constexpr qsizetype maxShown = 40;
    if (text.size() <= maxShown)
        return text.toString();
    return text.left(maxShown) + QChar(0x2026); // horizontal ellipsis
}

Error syntaxError(const QString &message, QStringView text)
{
    return makeError(QStringLiteral("money.syntax"), message,
                     QStringLiteral("unparsable amount: \"%1\"").arg(quoted(text)));
}

bool isNotANumberWord(QStringView text)
{
    QStringView word = text;
    if (!word.isEmpty() && (word.front() == u'-' || word.front() == u'+'))
        word = word.mid(1);
    for (const auto candidate : {u"nan", u"inf", u"infinity"}) {
        if (word.compare(QStringView(candidate), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Explains why text is not an amount, from the most specific reason to the most general.
Error explainSyntax(QStringView text, bool exponentAllowed)
{
    const QString shown = quoted(text);
    if (text.isEmpty())
        return syntaxError(Decimal::tr("The amount is empty."), text);
    if (text.front().isSpace() || text.back().isSpace())
        return syntaxError(Decimal::tr("The amount \"%1\" has spaces around it.").arg(shown), text);
    if (text.contains(u','))
        return syntaxError(Decimal::tr("The amount \"%1\" contains a comma; a comma is not a decimal "
                                       "separator in provider amounts, only a point is.")
                               .arg(shown),
                           text);
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit() && !isAsciiDigit(c); }))
        return syntaxError(Decimal::tr("The amount \"%1\" uses non-ASCII digits; provider amounts must "
                                       "use the digits 0 to 9.")
                               .arg(shown),
                           text);
    if (isNotANumberWord(text))
        return syntaxError(Decimal::tr("The amount \"%1\" is not a number.").arg(shown), text);
    if (!exponentAllowed && (text.contains(u'e') || text.contains(u'E')))
        return syntaxError(Decimal::tr("The amount \"%1\" uses exponent notation, which provider "
                                       "amounts may not use.")
                               .arg(shown),
                           text);
    return syntaxError(Decimal::tr("The amount \"%1\" is not a valid number; expected digits with an "
                                   "optional point and fraction, such as 1234.56.")
                           .arg(shown),
                       text);
}

Error rangeError(QStringView text)
{
    return makeError(QStringLiteral("money.range"),
                     Decimal::tr("The amount \"%1\" is out of range: at most %2 digits before and %3 "
                                 "digits after the point are supported.")
                         .arg(quoted(text))
                         .arg(Decimal::maxIntegerDigits)
                         .arg(Decimal::maxFractionDigits),
                     QStringLiteral("amount out of range: \"%1\"").arg(quoted(text)));
}

} // namespace

Decimal::Decimal(mpz_class coefficient, int scale) : m_coefficient(std::move(coefficient)), m_scale(scale)
{
}

Decimal Decimal::fromInteger(qint64 value)
{
    if constexpr (sizeof(long) >= sizeof(qint64)) {
        return Decimal(mpz_class(static_cast<long>(value)), 0);
    } else {
        return Decimal(mpz_class(std::to_string(value)), 0);
    }
}

Result<Decimal> Decimal::parse(QStringView text)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    bool negative = false;
    if (i < size && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }
    const qsizetype integerStart = i;
    while (i < size && isAsciiDigit(text[i]))
        ++i;
    const QStringView integerPart = text.sliced(integerStart, i - integerStart);
    QStringView fractionPart;
    bool wellFormed = !integerPart.isEmpty();
    if (wellFormed && i < size && text[i] == u'.') {
        const qsizetype fractionStart = ++i;
        while (i < size && isAsciiDigit(text[i]))
            ++i;
        fractionPart = text.sliced(fractionStart, i - fractionStart);
        wellFormed = !fractionPart.isEmpty();
    }
    if (!wellFormed || i != size)
        return explainSyntax(text, false);

    const qsizetype leadingZeros = std::find_if(integerPart.begin(), integerPart.end(),
                                                [](QChar c) { return c != u'0'; })
                                   - integerPart.begin();
    if (integerPart.size() - leadingZeros > maxIntegerDigits || fractionPart.size() > maxFractionDigits)
        return rangeError(text);

    mpz_class coefficient(asciiDigits(integerPart) + asciiDigits(fractionPart), 10);
    if (negative)
        coefficient = -coefficient;
    return Decimal(std::move(coefficient), static_cast<int>(fractionPart.size()));
}

Result<Decimal> Decimal::parseJsonNumber(QStringView text)
{
    // -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?
    const qsizetype size = text.size();
    qsizetype i = 0;
    const bool negative = i < size && text[i] == u'-';
    if (negative)
        ++i;
    const qsizetype integerStart = i;
    if (i < size && text[i] == u'0') {
        ++i;
    } else {
        while (i < size && isAsciiDigit(text[i]))
            ++i;
    }
    bool wellFormed = i > integerStart;
    const QStringView integerPart = text.sliced(integerStart, i - integerStart);
    QStringView fractionPart;
    if (wellFormed && i < size && text[i] == u'.') {
        const qsizetype fractionStart = ++i;
        while (i < size && isAsciiDigit(text[i]))
            ++i;
        fractionPart = text.sliced(fractionStart, i - fractionStart);
        wellFormed = !fractionPart.isEmpty();
    }
    qint64 exponent = 0;
    if (wellFormed && i < size && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < size && (text[i] == u'+' || text[i] == u'-')) {
            negativeExponent = text[i] == u'-';
            ++i;
        }
        const qsizetype exponentStart = i;
        for (; i < size && isAsciiDigit(text[i]); ++i)
            exponent = std::min(exponentCap, exponent * 10 + (text[i].unicode() - u'0'));
        wellFormed = i > exponentStart;
        if (negativeExponent)
            exponent = -exponent;
    }
    if (!wellFormed || i != size)
        return explainSyntax(text, true);

    std::string digits = asciiDigits(integerPart) + asciiDigits(fractionPart);
    digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size()));
    qint64 scale = static_cast<qint64>(fractionPart.size()) - exponent;
    if (digits.empty()) // zero: only the scale matters, and it needs no more than the maximum
        return Decimal(mpz_class(0), static_cast<int>(std::clamp<qint64>(scale, 0, maxFractionDigits)));

    if (static_cast<qint64>(digits.size()) - scale > maxIntegerDigits)
        return rangeError(text);
    if (scale > maxFractionDigits) { // trailing zeros past the limit carry no value: drop them
        const auto trailingZeros = static_cast<qint64>(digits.size() - digits.find_last_not_of('0') - 1);
        const qint64 drop = std::min(trailingZeros, scale - maxFractionDigits);
        digits.resize(digits.size() - static_cast<std::size_t>(drop));
        scale -= drop;
        if (scale > maxFractionDigits)
            return rangeError(text);
    }
    if (scale < 0) {
        digits.append(static_cast<std::size_t>(-scale), '0');
        scale = 0;
    }
    mpz_class coefficient(digits, 10);
    if (negative)
        coefficient = -coefficient;
    return Decimal(std::move(coefficient), static_cast<int>(scale));
}

QString Decimal::toString() const
{
    std::string digits = mpz_class(::abs(m_coefficient)).get_str(10);
    const auto scale = static_cast<std::size_t>(m_scale);
    if (scale > 0) {
        if (digits.size() <= scale)
            digits.insert(0, scale + 1 - digits.size(), '0');
        digits.insert(digits.size() - scale, 1, '.');
    }
    if (isNegative())
        digits.insert(0, 1, '-');
    return QString::fromLatin1(digits.data(), static_cast<qsizetype>(digits.size()));
}

Decimal Decimal::abs() const
{
    return Decimal(::abs(m_coefficient), m_scale);
}

Decimal Decimal::negated() const
{
    return Decimal(-m_coefficient, m_scale);
}

Decimal Decimal::rescaled(int newScale, RoundingMode mode) const
{
    newScale = std::max(newScale, 0);
    if (newScale >= m_scale)
        return Decimal(coefficientAt(m_coefficient, m_scale, newScale), newScale);
    return Decimal(divideRounded(m_coefficient, pow10(m_scale - newScale), mode), newScale);
}

Decimal Decimal::normalized() const
{
    mpz_class coefficient = m_coefficient;
    int scale = m_scale;
    if (sgn(coefficient) == 0)
        return Decimal();
    while (scale > 0 && mpz_divisible_ui_p(coefficient.get_mpz_t(), 10) != 0) {
        mpz_divexact_ui(coefficient.get_mpz_t(), coefficient.get_mpz_t(), 10);
        --scale;
    }
    return Decimal(std::move(coefficient), scale);
}

Decimal operator+(const Decimal &a, const Decimal &b)
{
    const int scale = std::max(a.m_scale, b.m_scale);
    return Decimal(coefficientAt(a.m_coefficient, a.m_scale, scale)
                       + coefficientAt(b.m_coefficient, b.m_scale, scale),
                   scale);
}

Decimal operator-(const Decimal &a, const Decimal &b)
{
    const int scale = std::max(a.m_scale, b.m_scale);
    return Decimal(coefficientAt(a.m_coefficient, a.m_scale, scale)
                       - coefficientAt(b.m_coefficient, b.m_scale, scale),
                   scale);
}

Decimal operator*(const Decimal &a, const Decimal &b)
{
    return Decimal(a.m_coefficient * b.m_coefficient, a.m_scale + b.m_scale);
}

Result<Decimal> Decimal::divided(const Decimal &divisor, int scale, RoundingMode mode) const
{
    if (divisor.isZero())
        return makeError(QStringLiteral("money.division-by-zero"), tr("An amount cannot be divided by zero."),
                         QStringLiteral("%1 / 0").arg(toString()));
    if (scale < 0)
        return makeError(QStringLiteral("money.range"), tr("A division was asked for a negative number of digits."),
                         QStringLiteral("scale %1").arg(scale));

    // this / divisor * 10^scale = (a / b) * 10^(scale + divisor.scale - this.scale)
    const qint64 exponent = static_cast<qint64>(scale) + divisor.m_scale - m_scale;
    mpz_class numerator = m_coefficient;
    mpz_class denominator = divisor.m_coefficient;
    if (exponent >= 0)
        numerator *= pow10(exponent);
    else
        denominator *= pow10(-exponent);
    if (sgn(denominator) < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    return Decimal(divideRounded(numerator, denominator, mode), scale);
}

bool operator==(const Decimal &a, const Decimal &b)
{
    return (a <=> b) == 0;
}

std::strong_ordering operator<=>(const Decimal &a, const Decimal &b)
{
    const int scale = std::max(a.m_scale, b.m_scale);
    const int order = cmp(coefficientAt(a.m_coefficient, a.m_scale, scale),
                          coefficientAt(b.m_coefficient, b.m_scale, scale));
    return order < 0 ? std::strong_ordering::less
                     : order > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
}

QString Decimal::orderKey() const
{
    const Decimal bounded = m_scale > maxFractionDigits ? rescaled(maxFractionDigits, RoundingMode::Floor) : *this;
    // |value| * 10^40 as an integer of at most 80 digits.
    mpz_class magnitude = coefficientAt(::abs(bounded.m_coefficient), bounded.m_scale, maxFractionDigits);
    const mpz_class limit = pow10(keyDigits);
    const bool negative = bounded.isNegative();
    if (magnitude >= limit) // saturate: the most negative or the most positive key
        return QChar(negative ? u'0' : u'1') + QString(keyDigits, QChar(negative ? u'0' : u'9'));
    if (negative)
        magnitude = limit - 1 - magnitude; // nines' complement: larger magnitudes sort first
    const std::string digits = magnitude.get_str(10);
    return QChar(negative ? u'0' : u'1') + QString(keyDigits - static_cast<qsizetype>(digits.size()), u'0')
           + QString::fromLatin1(digits.data(), static_cast<qsizetype>(digits.size()));
}

} // namespace sarraf
