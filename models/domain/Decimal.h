// An exact decimal number: an integer coefficient times 10^-scale. Every amount in Sarraf is one.
//
// Why GMP: Debian 12 packages no libmpdec for C++, and GMP's integers are unbounded, so a sum of
// millions of 18-decimal amounts, or an 18-decimal amount times an 18-decimal rate, never
// overflows; a 128-bit fixed-point type would need 256-bit intermediates and overflow guards.
// KMyMoney's money type rests on GMP too. The cost, a heap allocation per value, is acceptable:
// table models format stored text and do no arithmetic on the hot path.
#pragma once

#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <gmpxx.h>

#include <compare>

namespace sarraf {

// How to drop digits when a value must fit fewer fraction digits. Never implicit: every caller
// that rounds names the mode its rule requires.
enum class RoundingMode {
    HalfUp,   // nearest; a half goes away from zero (2.5 -> 3, -2.5 -> -3)
    HalfEven, // nearest; a half goes to the even neighbour, banker's rounding (2.5 -> 2, 3.5 -> 4)
    HalfDown, // nearest; a half goes toward zero (2.5 -> 2, -2.5 -> -2)
    Down,     // toward zero, truncation
    Up,       // away from zero
    Floor,    // toward negative infinity
    Ceiling,  // toward positive infinity
};

class Decimal final
{
    Q_DECLARE_TR_FUNCTIONS(Decimal)

public:
    // Bounds of parsed input and of orderKey(); arithmetic results may exceed them.
    static constexpr int maxIntegerDigits = 40;
    static constexpr int maxFractionDigits = 40;

    Decimal() = default; // zero, scale 0

    static Decimal fromInteger(qint64 value);

    // Provider amount text: [+|-]digits[.digits], ASCII digits only, nothing around it (callers
    // trim). Rejects exponents, commas, ".5", "1.", NaN/inf, and more than 40 digits on either
    // side of the point. Errors: "money.syntax", "money.range".
    static Result<Decimal> parse(QStringView text);

    // A JSON number token (RFC 8259), exponents included, so "1e-8" and "2.5E3" are exact.
    // Rejects, without computing it, a value with more than 40 integer or fraction digits.
    static Result<Decimal> parseJsonNumber(QStringView text);

    // Plain text without exponent, keeping the scale: "1000.500000" stays so; -0 prints "0".
    QString toString() const;

    int scale() const { return m_scale; }
    bool isZero() const { return sgn(m_coefficient) == 0; }
    bool isNegative() const { return sgn(m_coefficient) < 0; }
    int sign() const { return sgn(m_coefficient); }
    Decimal abs() const;
    Decimal negated() const;

    // The same value with newScale fraction digits; rounds with mode only when newScale is
    // smaller than scale(). A negative newScale is treated as 0.
    Decimal rescaled(int newScale, RoundingMode mode) const;
    // The same value without trailing fraction zeros: 1.500 -> 1.5, 100.0 -> 100.
    Decimal normalized() const;

    // Exact: the scale of a sum is the larger scale, that of a product the sum of the scales.
    friend Decimal operator+(const Decimal &a, const Decimal &b);
    friend Decimal operator-(const Decimal &a, const Decimal &b);
    friend Decimal operator*(const Decimal &a, const Decimal &b);
    Decimal operator-() const { return negated(); }

    // this / divisor with `scale` fraction digits, rounded with mode. Errors:
    // "money.division-by-zero", "money.range" (negative scale).
    Result<Decimal> divided(const Decimal &divisor, int scale, RoundingMode mode) const;

    // Values compare regardless of scale: 1.50 == 1.5.
    friend bool operator==(const Decimal &a, const Decimal &b);
    friend std::strong_ordering operator<=>(const Decimal &a, const Decimal &b);

    // A key whose byte order is numeric order, for ORDER BY on a TEXT column in SQLite and
    // PostgreSQL (use COLLATE "C" there) without floating point. Format, 81 ASCII digits:
    //   1 sign digit: '1' for zero and positives, '0' for negatives;
    //   40 integer digits then 40 fraction digits of |value|, zero-padded, no point;
    //   for negatives those 80 digits are nines' complemented, so larger magnitudes sort first.
    // Example: 12.5 -> "1" + 38 zeros + "12" + "5" + 39 zeros. Values beyond |v| < 10^40 saturate
    // and extra fraction digits are floored, so the key is still monotone (ties, never inversions).
    QString orderKey() const;

private:
    Decimal(mpz_class coefficient, int scale);

    mpz_class m_coefficient;
    int m_scale = 0;
};

} // namespace sarraf
