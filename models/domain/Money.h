// An exact amount in one currency: what every balance, invoice, fee and payout in Sarraf holds.
#pragma once

#include "models/domain/Decimal.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace sarraf {

// Outside Money only because GCC rejects "= {}" for a nested struct with member initializers.
struct MoneyFormatOptions
{
    bool withCurrency = true;   // append the code, or the translated "Toman"/"Rial"
    bool padToPrecision = true; // USD 5 -> "5.00"; no effect for a currency of unknown precision
    std::optional<int> maxFractionDigits; // round HalfUp to this many digits, for display only
};

class Money final
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    using FormatOptions = MoneyFormatOptions;

    Money() = default; // not valid (no currency): what an unfilled record holds

    // A provider amount string (Decimal::parse grammar) in currencyCode (any case; stored upper
    // case). The amount keeps the scale it was given, but after dropping trailing zeros it may
    // not have more fraction digits than a known currency's precision. An unknown code is
    // accepted with unknown precision. Errors: "money.syntax", "money.range", "money.precision",
    // "money.currency".
    static Result<Money> parse(QStringView amountText, QStringView currencyCode);
    // The same for a JSON number token ("1e-8", "100.0"), see Decimal::parseJsonNumber.
    static Result<Money> fromJsonNumber(QStringView numberText, QStringView currencyCode);
    static Result<Money> fromDecimal(const Decimal &amount, QStringView currencyCode);

    bool isValid() const { return !m_currency.isEmpty(); }
    const Decimal &amount() const { return m_amount; }
    QString amountText() const { return m_amount.toString(); } // exact, as given: "1000.500000"
    QString currency() const { return m_currency; }
    std::optional<int> precision() const; // nothing for a currency Sarraf does not know
    bool isZero() const { return m_amount.isZero(); }
    bool isNegative() const { return m_amount.isNegative(); }
    Money negated() const { return Money(m_amount.negated(), m_currency); }

    // Exact; amounts in different currencies are an error ("money.currency-mismatch"), never
    // converted or compared silently.
    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Result<std::strong_ordering> compare(const Money &other) const;
    // Same currency and same value, regardless of scale (1.50 USD == 1.5 USD).
    friend bool operator==(const Money &a, const Money &b);

    // amount * rate, rounded with mode to toCurrency's precision. Errors: "money.rate" (rate not
    // positive), "money.unknown-precision", "money.currency".
    Result<Money> convertedAt(const Decimal &rate, QStringView toCurrency, RoundingMode mode) const;

    // 1 Toman = 10 Rial. TMN -> IRR is exact; IRR stays. Other currencies: "money.currency-mismatch".
    Result<Money> toRial() const;
    // IRR -> TMN rounded to whole Toman with mode; TMN stays. Other currencies are an error.
    Result<Money> toToman(RoundingMode mode) const;

    // For people: the locale's digits, group and decimal separators and minus sign, computed
    // from the exact digits (never through double), then the currency.
    QString format(const QLocale &locale, FormatOptions options = {}) const;
    // What format() writes after the number: the translated "Toman"/"Rial", or the code.
    QString unitText() const;

private:
    Money(Decimal amount, QString currency);
    static Result<Money> checked(Result<Decimal> amount, QStringView currencyCode);
    Error currencyMismatch(const Money &other) const;

    Decimal m_amount;
    QString m_currency; // upper case
};

} // namespace sarraf
