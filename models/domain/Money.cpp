#include "models/domain/Money.h"

#include "models/domain/Currency.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <utility>

namespace sarraf {

namespace {

constexpr QStringView toman = u"TMN";
constexpr QStringView rial = u"IRR";

// Provider codes are short ASCII words ("USDT", "USDT_TRC20"); anything else is a mistake.
std::optional<QString> normalizedCode(QStringView code)
{
    constexpr qsizetype maxLength = 20;
    if (code.isEmpty() || code.size() > maxLength)
        return std::nullopt;
    const bool plain = std::all_of(code.begin(), code.end(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
               || c == u'_' || c == u'-' || c == u'.';
    });
    return plain ? std::optional<QString>(code.toString().toUpper()) : std::nullopt;
}

// How a locale groups integer digits. Qt 6.4 has no public API for it, so it is read back from
// QLocale's own formatting of integers; that also honours QLocale::OmitGroupSeparator.
struct Grouping
{
    qsizetype primary = 0;       // digits in the rightmost group; 0: the locale does not group
    qsizetype secondary = 0;     // digits in every further group (2 in India)
    qsizetype minimumDigits = 0; // integers shorter than this stay ungrouped (5 in Spanish)
};

Grouping readGrouping(const QLocale &locale)
{
    Grouping grouping;
    const QString separator = locale.groupSeparator();
    const QString probe = locale.toString(Q_INT64_C(1234567890123456));
    if (separator.isEmpty() || !probe.contains(separator))
        return grouping;
    const QStringList groups = probe.split(separator);
    const auto digitCount = [](const QString &group) { return group.toUcs4().size(); };
    grouping.primary = digitCount(groups.last());
    grouping.secondary = groups.size() > 2 ? digitCount(groups.at(groups.size() - 2)) : grouping.primary;
    grouping.minimumDigits = grouping.primary + 1;
    qint64 power = 1;
    for (qsizetype digits = 1; digits <= grouping.primary + 4; ++digits, power *= 10) {
        if (locale.toString(power).contains(separator)) {
            grouping.minimumDigits = digits;
            break;
        }
    }
    return grouping;
}

Grouping groupingOf(const QLocale &locale)
{
    // Formatting a table column asks for the same locale over and over.
    thread_local QLocale cachedLocale = QLocale::c();
    thread_local Grouping cached = readGrouping(cachedLocale);
    if (locale != cachedLocale) {
        cached = readGrouping(locale);
        cachedLocale = locale;
    }
    return cached;
}

// ASCII integer digits with the locale's group separator.
QString groupedDigits(const QString &digits, const QLocale &locale)
{
    const Grouping grouping = groupingOf(locale);
    if (grouping.primary == 0 || digits.size() < grouping.minimumDigits)
        return digits;
    QStringList groups;
    qsizetype end = digits.size();
    qsizetype size = grouping.primary;
    while (end > size) {
        groups.prepend(digits.sliced(end - size, size));
        end -= size;
        size = grouping.secondary;
    }
    groups.prepend(digits.left(end));
    return groups.join(locale.groupSeparator());
}

// Replaces ASCII digits with the locale's (Persian ۰-۹ for "fa"); zeroDigit() is a string
// because a locale's digits may lie outside the BMP.
QString localizedDigits(const QString &text, const QLocale &locale)
{
    const QString zero = locale.zeroDigit();
    if (zero == u"0")
        return text;
    const char32_t zeroCodePoint = zero.toUcs4().value(0);
    std::array<QString, 10> digits;
    for (char32_t d = 0; d < 10; ++d) {
        const char32_t codePoint = zeroCodePoint + d;
        digits[d] = QString::fromUcs4(&codePoint, 1);
    }
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            result += digits[c.unicode() - u'0'];
        else
            result += c;
    }
    return result;
}

} // namespace

Money::Money(Decimal amount, QString currency) : m_amount(std::move(amount)), m_currency(std::move(currency))
{
}

Result<Money> Money::checked(Result<Decimal> amount, QStringView currencyCode)
{
    if (!amount)
        return amount.error();
    const std::optional<QString> code = normalizedCode(currencyCode);
    if (!code)
        return makeError(QStringLiteral("money.currency"),
                         tr("\"%1\" is not a currency code.").arg(currencyCode.left(40)),
                         QStringLiteral("currency code: \"%1\"").arg(currencyCode.left(40)));
    const std::optional<int> precision = Currency::precisionOf(*code);
    if (precision && amount->normalized().scale() > *precision)
        return makeError(QStringLiteral("money.precision"),
                         tr("The amount %1 is too precise for %2, which has %n fraction digit(s).", nullptr,
                            *precision)
                             .arg(amount->toString(), *code),
                         QStringLiteral("%1 %2 exceeds precision %3").arg(amount->toString(), *code).arg(*precision));
    return Money(std::move(amount).value(), *code);
}

Result<Money> Money::parse(QStringView amountText, QStringView currencyCode)
{
    return checked(Decimal::parse(amountText), currencyCode);
}

Result<Money> Money::fromJsonNumber(QStringView numberText, QStringView currencyCode)
{
    return checked(Decimal::parseJsonNumber(numberText), currencyCode);
}

Result<Money> Money::fromDecimal(const Decimal &amount, QStringView currencyCode)
{
    return checked(amount, currencyCode);
}

std::optional<int> Money::precision() const
{
    return Currency::precisionOf(m_currency);
}

Error Money::currencyMismatch(const Money &other) const
{
    return makeError(QStringLiteral("money.currency-mismatch"),
                     tr("Amounts in %1 and %2 cannot be combined or compared without a conversion.")
                         .arg(m_currency, other.m_currency),
                     QStringLiteral("%1 %2 vs %3 %4")
                         .arg(amountText(), m_currency, other.amountText(), other.m_currency));
}

Result<Money> Money::plus(const Money &other) const
{
    if (m_currency != other.m_currency)
        return currencyMismatch(other);
    return Money(m_amount + other.m_amount, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (m_currency != other.m_currency)
        return currencyMismatch(other);
    return Money(m_amount - other.m_amount, m_currency);
}

Result<std::strong_ordering> Money::compare(const Money &other) const
{
    if (m_currency != other.m_currency)
        return currencyMismatch(other);
    return m_amount <=> other.m_amount;
}

bool operator==(const Money &a, const Money &b)
{
    return a.m_currency == b.m_currency && a.m_amount == b.m_amount;
}

Result<Money> Money::convertedAt(const Decimal &rate, QStringView toCurrency, RoundingMode mode) const
{
    if (rate.sign() <= 0)
        return makeError(QStringLiteral("money.rate"), tr("An exchange rate must be greater than zero."),
                         QStringLiteral("rate %1").arg(rate.toString()));
    const std::optional<QString> code = normalizedCode(toCurrency);
    if (!code)
        return makeError(QStringLiteral("money.currency"),
                         tr("\"%1\" is not a currency code.").arg(toCurrency.left(40)));
    const std::optional<int> precision = Currency::precisionOf(*code);
    if (!precision)
        return makeError(QStringLiteral("money.unknown-precision"),
                         tr("The number of fraction digits of %1 is not known, so an amount cannot be "
                            "converted to it.")
                             .arg(*code));
    return Money((m_amount * rate).rescaled(*precision, mode), *code);
}

Result<Money> Money::toRial() const
{
    if (m_currency == rial)
        return *this;
    if (m_currency != toman)
        return makeError(QStringLiteral("money.currency-mismatch"),
                         tr("Only Toman amounts convert to Rial; this amount is in %1.").arg(m_currency));
    return Money(m_amount * Decimal::fromInteger(10), rial.toString());
}

Result<Money> Money::toToman(RoundingMode mode) const
{
    if (m_currency == toman)
        return *this;
    if (m_currency != rial)
        return makeError(QStringLiteral("money.currency-mismatch"),
                         tr("Only Rial amounts convert to Toman; this amount is in %1.").arg(m_currency));
    const Result<Decimal> tomans = m_amount.divided(Decimal::fromInteger(10), 0, mode);
    if (!tomans)
        return tomans.error();
    return Money(tomans.value(), toman.toString());
}

QString Money::unitText() const
{
    if (m_currency == toman)
        //: The unit after an amount in Toman, as in "1,500 Toman".
        return tr("Toman");
    if (m_currency == rial)
        //: The unit after an amount in Rial, as in "15,000 Rial".
        return tr("Rial");
    return m_currency;
}

QString Money::format(const QLocale &locale, FormatOptions options) const
{
    const std::optional<int> currencyPrecision = precision();
    Decimal shown = m_amount;
    // A known currency's amount never needs more digits than its precision (checked on
    // construction), so this only drops trailing zeros.
    if (options.padToPrecision && currencyPrecision && shown.scale() > *currencyPrecision)
        shown = shown.rescaled(*currencyPrecision, RoundingMode::HalfUp);
    if (options.maxFractionDigits && shown.scale() > *options.maxFractionDigits)
        shown = shown.rescaled(*options.maxFractionDigits, RoundingMode::HalfUp);
    if (options.padToPrecision && currencyPrecision) {
        const int padded = std::min(*currencyPrecision, options.maxFractionDigits.value_or(*currencyPrecision));
        if (shown.scale() < padded)
            shown = shown.rescaled(padded, RoundingMode::HalfUp);
    }

    const QString plain = shown.abs().toString(); // ASCII digits and at most one '.'
    const qsizetype point = plain.indexOf(u'.');
    QString text = groupedDigits(point < 0 ? plain : plain.left(point), locale);
    if (point >= 0)
        text += locale.decimalPoint() + plain.sliced(point + 1);
    text = localizedDigits(text, locale);
    if (shown.isNegative()) // after display rounding, so -0.001 shown as 0.00 has no sign
        text.prepend(locale.negativeSign());
    if (options.withCurrency)
        text += u' ' + unitText();
    return text;
}

} // namespace sarraf
