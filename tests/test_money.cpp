// Exact money: Decimal, Currency, Money and exact JSON. No expected value here is a double.
#include "models/domain/Currency.h"
#include "models/domain/Decimal.h"
#include "models/domain/ExactJson.h"
#include "models/domain/Money.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <random>
#include <vector>

using namespace sarraf;
using namespace Qt::StringLiterals;

namespace Catch {
template <>
struct StringMaker<Decimal>
{
    static std::string convert(const Decimal &value) { return value.toString().toStdString(); }
};
} // namespace Catch

namespace {

Decimal dec(const QString &text)
{
    const Result<Decimal> value = Decimal::parse(text);
    INFO("parsing " << text.toStdString());
    REQUIRE(value.ok());
    return value.value();
}

Money money(const QString &amount, const QString &currency)
{
    const Result<Money> value = Money::parse(amount, currency);
    INFO("parsing " << amount.toStdString() << ' ' << currency.toStdString() << ": "
                    << (value.ok() ? std::string() : value.error().logLine().toStdString()));
    REQUIRE(value.ok());
    return value.value();
}

// Options set field by field: GCC 12 warns (-Wmissing-field-initializers) on partial designated
// initializers even when the other fields have default initializers.
Money::FormatOptions withoutCurrency()
{
    Money::FormatOptions options;
    options.withCurrency = false;
    return options;
}

Money::FormatOptions unpadded()
{
    Money::FormatOptions options;
    options.padToPrecision = false;
    return options;
}

Money::FormatOptions atMost(int fractionDigits)
{
    Money::FormatOptions options;
    options.maxFractionDigits = fractionDigits;
    return options;
}

template <typename T>
QString errorCode(const Result<T> &result)
{
    return result.ok() ? u"<no error>"_s : result.error().code;
}

QString text(const Result<Decimal> &result)
{
    if (!result.ok())
        return u"error " + result.error().code;
    return result->toString();
}

QString text(const Result<Money> &result)
{
    if (!result.ok())
        return u"error " + result.error().code;
    return result->amountText() + u' ' + result->currency();
}

} // namespace

TEST_CASE("Decimal keeps every digit of provider strings")
{
    const QString forty = u"1234567890123456789012345678901234567890"_s;
    const QStringList inputs{u"1000.500000"_s, u"0.00256657"_s, u"-12.30"_s, u"0"_s, u"100.0"_s,
                             u"0.000000000000000001"_s, forty + u'.' + forty};
    for (const QString &input : inputs) {
        INFO(input.toStdString());
        CHECK(dec(input).toString() == input);
    }
    CHECK(dec(u"1000.500000"_s).scale() == 6);
    CHECK(dec(u"+5"_s).toString() == u"5");
    CHECK(dec(u"007.50"_s).toString() == u"7.50");
    CHECK(dec(u"-0"_s).toString() == u"0");
    CHECK(dec(u"-0.00"_s).toString() == u"0.00");
    CHECK(Decimal::fromInteger(-9223372036854775807LL - 1).toString() == u"-9223372036854775808");
    CHECK(Decimal().toString() == u"0");
}

TEST_CASE("Decimal rejects malformed provider strings with a reason")
{
    struct Case
    {
        QString input;
        QString code;
        QString reason; // a word the message must contain
    };
    const QString tooLong = QString(41, u'1');
    const std::vector<Case> cases{
        {u""_s, u"money.syntax"_s, u"empty"_s},
        {u"12,5"_s, u"money.syntax"_s, u"comma is not a decimal separator"_s},
        {u"1,000.00"_s, u"money.syntax"_s, u"comma"_s},
        {u"1e400"_s, u"money.syntax"_s, u"exponent"_s},
        {u"NaN"_s, u"money.syntax"_s, u"not a number"_s},
        {u"inf"_s, u"money.syntax"_s, u"not a number"_s},
        {u"-Infinity"_s, u"money.syntax"_s, u"not a number"_s},
        {u"1.2.3"_s, u"money.syntax"_s, u"not a valid number"_s},
        {u" 1"_s, u"money.syntax"_s, u"spaces"_s},
        {u"1 "_s, u"money.syntax"_s, u"spaces"_s},
        {u"--1"_s, u"money.syntax"_s, u"not a valid number"_s},
        {u"+-1"_s, u"money.syntax"_s, u"not a valid number"_s},
        {u"1."_s, u"money.syntax"_s, u"not a valid number"_s},
        {u".5"_s, u"money.syntax"_s, u"not a valid number"_s},
        {u"-"_s, u"money.syntax"_s, u"not a valid number"_s},
        {u"0x10"_s, u"money.syntax"_s, u"not a valid number"_s},
        {u"1_000"_s, u"money.syntax"_s, u"not a valid number"_s},
        {u"\u0661\u0662"_s, u"money.syntax"_s, u"non-ASCII digits"_s},             // Arabic-Indic 12
        {u"\u06F1\u06F2\u066B\u06F5"_s, u"money.syntax"_s, u"non-ASCII digits"_s}, // Persian 12٫5
        {tooLong, u"money.range"_s, u"out of range"_s},
        {u"0." + tooLong, u"money.range"_s, u"out of range"_s},
    };
    for (const Case &c : cases) {
        INFO("input \"" << c.input.toStdString() << '"');
        const Result<Decimal> parsed = Decimal::parse(c.input);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == c.code);
        CHECK(parsed.error().message.contains(c.reason));
    }
    CHECK(Decimal::parse(u"000000000000000000000000000000000000000000001"_s).ok()); // leading zeros are no digits
}

TEST_CASE("Decimal reads JSON numbers exactly, exponents included")
{
    const std::vector<std::pair<QString, QString>> cases{
        {u"80000"_s, u"80000"_s},
        {u"100.0"_s, u"100.0"_s},
        {u"123.45"_s, u"123.45"_s},
        {u"1e-8"_s, u"0.00000001"_s},
        {u"2.5E3"_s, u"2500"_s},
        {u"1E+2"_s, u"100"_s},
        {u"12.50e1"_s, u"125.0"_s},
        {u"1.5e-3"_s, u"0.0015"_s},
        {u"-0"_s, u"0"_s},
        {u"-0.25"_s, u"-0.25"_s},
        {u"0e400"_s, u"0"_s},
        {u"0.1000000000000000055511151231257827"_s, u"0.1000000000000000055511151231257827"_s},
        {u"9e39"_s, u"9" + QString(39, u'0')},
        {u"1e-40"_s, u"0." + QString(39, u'0') + u'1'},
    };
    for (const auto &[json, expected] : cases) {
        INFO(json.toStdString());
        CHECK(text(Decimal::parseJsonNumber(json)) == expected);
    }
    // Trailing zeros beyond 40 fraction digits carry no value and are dropped, not refused.
    const Result<Decimal> tiny = Decimal::parseJsonNumber(u"1.000e-38"_s);
    REQUIRE(tiny.ok());
    CHECK(tiny->scale() == 40);
    CHECK(*tiny == Decimal::parseJsonNumber(u"1e-38"_s).value());
}

TEST_CASE("Decimal refuses invalid JSON numbers and out-of-range exponents without computing them")
{
    for (const QString &input : {u"1e400"_s, u"1e-400"_s, u"1e99999999999999999999"_s, u"1e40"_s, u"1e-41"_s,
                                 u"-123e38"_s}) {
        INFO(input.toStdString());
        CHECK(errorCode(Decimal::parseJsonNumber(input)) == u"money.range");
    }
    for (const QString &input : {u""_s, u"01"_s, u"+1"_s, u".5"_s, u"1."_s, u"1e"_s, u"1e+"_s, u"-"_s, u"NaN"_s,
                                 u"Infinity"_s, u"0x1"_s, u"12,5"_s, u" 1"_s, u"1.2.3"_s}) {
        INFO(input.toStdString());
        CHECK(errorCode(Decimal::parseJsonNumber(input)) == u"money.syntax");
    }
}

TEST_CASE("Decimal adds 18-decimal amounts exactly")
{
    const Decimal sum = dec(u"0.000000000000000001"_s) + dec(u"0.999999999999999999"_s);
    CHECK(sum == dec(u"1"_s));
    CHECK(sum.toString() == u"1.000000000000000000");
    CHECK(dec(u"0.1"_s) + dec(u"0.2"_s) == dec(u"0.3"_s)); // the sum double gets wrong

    Decimal total;
    const Decimal wei = dec(u"0.000000000000000001"_s);
    for (int i = 0; i < 10000; ++i)
        total = total + wei;
    CHECK(total.toString() == u"0.000000000000010000");
}

TEST_CASE("Decimal arithmetic is exact and picks the documented scale")
{
    CHECK((dec(u"1.5"_s) + dec(u"2.25"_s)).toString() == u"3.75");
    CHECK((dec(u"1.50"_s) - dec(u"2"_s)).toString() == u"-0.50");
    CHECK((dec(u"1.5"_s) * dec(u"1.25"_s)).toString() == u"1.875");
    CHECK((dec(u"123456789.123456789012345678"_s) * dec(u"1.000000000000000001"_s)).toString()
          == u"123456789.123456789135802467123456789012345678");
    CHECK((-dec(u"2.50"_s)).toString() == u"-2.50");
    CHECK(dec(u"-2.50"_s).abs().toString() == u"2.50");
    CHECK(dec(u"-2.50"_s).negated().toString() == u"2.50");
    CHECK(dec(u"-3"_s).sign() == -1);
    CHECK(dec(u"0.000"_s).sign() == 0);
    CHECK(dec(u"0.000"_s).isZero());
    CHECK(dec(u"-0.001"_s).isNegative());
    CHECK(dec(u"100.0"_s).normalized().toString() == u"100");
    CHECK(dec(u"1.500"_s).normalized().toString() == u"1.5");
    CHECK(dec(u"-0.10"_s).normalized().toString() == u"-0.1");
    CHECK(dec(u"0.000"_s).normalized().toString() == u"0");
}

TEST_CASE("Decimal compares values regardless of scale")
{
    CHECK(dec(u"1.50"_s) == dec(u"1.5"_s));
    CHECK(dec(u"0"_s) == dec(u"-0.00"_s));
    CHECK(dec(u"2"_s) > dec(u"1.999999999999999999"_s));
    CHECK(dec(u"-1"_s) < dec(u"0"_s));
    CHECK(dec(u"-2"_s) < dec(u"-1.5"_s));
    CHECK((dec(u"1.10"_s) <=> dec(u"1.1"_s)) == std::strong_ordering::equal);
    CHECK((dec(u"1.01"_s) <=> dec(u"1.1"_s)) == std::strong_ordering::less);
    CHECK(dec(u"1.1"_s) != dec(u"1.01"_s));
}

TEST_CASE("Decimal rounds with the named mode, and only when reducing the scale")
{
    using enum RoundingMode;
    const std::vector<RoundingMode> modes{HalfUp, HalfEven, HalfDown, Down, Up, Floor, Ceiling};
    struct Row
    {
        QString value;
        std::vector<QString> expected; // in the order of modes
    };
    const std::vector<Row> rows{
        {u"2.5"_s, {u"3"_s, u"2"_s, u"2"_s, u"2"_s, u"3"_s, u"2"_s, u"3"_s}},
        {u"3.5"_s, {u"4"_s, u"4"_s, u"3"_s, u"3"_s, u"4"_s, u"3"_s, u"4"_s}},
        {u"-2.5"_s, {u"-3"_s, u"-2"_s, u"-2"_s, u"-2"_s, u"-3"_s, u"-3"_s, u"-2"_s}},
        {u"-3.5"_s, {u"-4"_s, u"-4"_s, u"-3"_s, u"-3"_s, u"-4"_s, u"-4"_s, u"-3"_s}},
        {u"2.4"_s, {u"2"_s, u"2"_s, u"2"_s, u"2"_s, u"3"_s, u"2"_s, u"3"_s}},
        {u"2.51"_s, {u"3"_s, u"3"_s, u"3"_s, u"2"_s, u"3"_s, u"2"_s, u"3"_s}},
        {u"-2.6"_s, {u"-3"_s, u"-3"_s, u"-3"_s, u"-2"_s, u"-3"_s, u"-3"_s, u"-2"_s}},
        {u"-0.5"_s, {u"-1"_s, u"0"_s, u"0"_s, u"0"_s, u"-1"_s, u"-1"_s, u"0"_s}},
        {u"7"_s, {u"7"_s, u"7"_s, u"7"_s, u"7"_s, u"7"_s, u"7"_s, u"7"_s}},
    };
    for (const Row &row : rows) {
        for (std::size_t m = 0; m < modes.size(); ++m) {
            INFO(row.value.toStdString() << " with mode #" << m);
            CHECK(dec(row.value).rescaled(0, modes[m]).toString() == row.expected[m]);
        }
    }
    CHECK(dec(u"1.005"_s).rescaled(2, HalfUp).toString() == u"1.01"); // 1.00499999... as a double
    CHECK(dec(u"1.5"_s).rescaled(4, Down).toString() == u"1.5000");
    CHECK(dec(u"1.5"_s).rescaled(-3, HalfUp).toString() == u"2");
}

TEST_CASE("Decimal divides at an explicit scale and refuses division by zero")
{
    using enum RoundingMode;
    const auto divide = [](const QString &a, const QString &b, int scale, RoundingMode mode) {
        return text(dec(a).divided(dec(b), scale, mode));
    };
    CHECK(divide(u"1"_s, u"3"_s, 6, HalfUp) == u"0.333333");
    CHECK(divide(u"2"_s, u"3"_s, 2, Down) == u"0.66");
    CHECK(divide(u"2"_s, u"3"_s, 2, HalfUp) == u"0.67");
    CHECK(divide(u"-2"_s, u"3"_s, 2, Floor) == u"-0.67");
    CHECK(divide(u"-2"_s, u"3"_s, 2, Ceiling) == u"-0.66");
    CHECK(divide(u"10"_s, u"0.25"_s, 2, HalfUp) == u"40.00");
    CHECK(divide(u"1"_s, u"-8"_s, 2, HalfEven) == u"-0.12");
    CHECK(divide(u"1"_s, u"-8"_s, 2, HalfUp) == u"-0.13");
    CHECK(divide(u"0.000000000000000001"_s, u"1000"_s, 18, Up) == u"0.000000000000000001");
    CHECK(divide(u"1"_s, u"0.00"_s, 2, HalfUp) == u"error money.division-by-zero");
    CHECK(divide(u"1"_s, u"3"_s, -1, HalfUp) == u"error money.range");
}

TEST_CASE("Decimal order keys sort like the numbers they encode")
{
    const QString big = QString(40, u'9');
    std::vector<Decimal> values;
    const QStringList inputs{
        u"0"_s, u"-0.00"_s, u"1"_s, u"-1"_s, u"1.5"_s, u"1.50"_s, u"-1.5"_s, u"0.000000000000000001"_s,
        u"-0.000000000000000001"_s, u"0.0000000000000000000000000000000000000001"_s, u"2"_s, u"10"_s, u"9.99"_s,
        u"-10"_s, u"-9.99"_s, u"100"_s, u"99.999999999999999999"_s, u"-100"_s, u"123456789.123456789"_s,
        u"-123456789.123456789"_s, big, u'-' + big, big + u".9999999999999999999999999999999999999999",
        u"0.5"_s, u"-0.5"_s, u"0.05"_s, u"-0.05"_s, u"1000000"_s, u"-1000000"_s, u"42"_s, u"0.1"_s};
    for (const QString &input : inputs)
        values.push_back(dec(input));
    std::mt19937 generator(20240601);
    std::shuffle(values.begin(), values.end(), generator);

    std::vector<Decimal> byKey = values;
    std::stable_sort(byKey.begin(), byKey.end(), [](const Decimal &a, const Decimal &b) {
        return a.orderKey().toLatin1() < b.orderKey().toLatin1(); // plain byte order, as in SQL
    });
    std::vector<Decimal> byValue = values;
    std::stable_sort(byValue.begin(), byValue.end());
    CHECK(byKey == byValue);

    for (const Decimal &value : values) {
        const QString key = value.orderKey();
        INFO(value.toString().toStdString() << " -> " << key.toStdString());
        CHECK(key.size() == 81);
        CHECK(std::all_of(key.begin(), key.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }));
    }
    CHECK(dec(u"1.5"_s).orderKey() == dec(u"1.50"_s).orderKey());
    CHECK(dec(u"12.5"_s).orderKey() == u'1' + QString(38, u'0') + u"125" + QString(39, u'0'));
    CHECK(dec(u"-0.00"_s).orderKey() == dec(u"0"_s).orderKey());

    // Beyond the supported range keys saturate or floor: ties, never inversions.
    const Decimal tenTo40 = dec(big) + dec(u"1"_s);
    CHECK(tenTo40.orderKey() >= dec(big).orderKey());
    CHECK((tenTo40 * tenTo40).orderKey() == tenTo40.orderKey());
    CHECK((-tenTo40).orderKey() <= dec(u'-' + big).orderKey());
    const Decimal halfOfSmallest = dec(u"0.0000000000000000000000000000000000000001"_s) * dec(u"0.5"_s);
    CHECK(halfOfSmallest.orderKey() >= dec(u"0"_s).orderKey());
    CHECK((-halfOfSmallest).orderKey() < dec(u"0"_s).orderKey());
}

TEST_CASE("Currencies carry the precision DESIGN.md gives them")
{
    const std::vector<std::pair<QString, int>> table{
        {u"IRR"_s, 0}, {u"TMN"_s, 0}, {u"USD"_s, 2}, {u"EUR"_s, 2}, {u"RUB"_s, 2}, {u"USDT"_s, 6},
        {u"USDC"_s, 6}, {u"TRX"_s, 6}, {u"BTC"_s, 8}, {u"LTC"_s, 8}, {u"DOGE"_s, 8}, {u"TON"_s, 9},
        {u"SOL"_s, 9}, {u"ETH"_s, 18}, {u"BNB"_s, 18}, {u"POL"_s, 18},
    };
    for (const auto &[code, precision] : table) {
        INFO(code.toStdString());
        const std::optional<Currency> currency = Currency::find(code);
        REQUIRE(currency.has_value());
        CHECK(currency->code() == code);
        CHECK(currency->precision() == precision);
        CHECK_FALSE(currency->displayName().isEmpty());
        CHECK(Currency::precisionOf(code.toLower()) == precision);
    }
    REQUIRE(Currency::find(u"usdt").has_value());
    CHECK(Currency::find(u"usdt")->code() == u"USDT");
    CHECK(Currency::find(u"USD")->displayName() == u"US Dollar");
    CHECK(Currency::find(u"TMN")->displayText() == u"TMN (Iranian Toman)");
    CHECK_FALSE(Currency::find(u"XYZ").has_value());
    CHECK_FALSE(Currency::precisionOf(u"XYZ").has_value());

    const QList<Currency> all = Currency::all();
    CHECK(all.size() >= static_cast<qsizetype>(table.size()));
    QStringList codes;
    for (const Currency &currency : all)
        codes.append(currency.code());
    codes.removeDuplicates();
    CHECK(codes.size() == all.size());
}

TEST_CASE("Money keeps the given scale within the currency's precision")
{
    CHECK(money(u"1000.500000"_s, u"USDT"_s).amountText() == u"1000.500000");
    CHECK(money(u"0.00256657"_s, u"BTC"_s).amountText() == u"0.00256657");
    CHECK(money(u"5.000"_s, u"USD"_s).amountText() == u"5.000"); // trailing zeros are not precision
    CHECK(money(u"0.000000000000000001"_s, u"BNB"_s).amountText() == u"0.000000000000000001");
    CHECK(money(u"12"_s, u"usdt"_s).currency() == u"USDT");
    CHECK(money(u"1"_s, u"USD"_s).precision() == 2);

    const Result<Money> tooPrecise = Money::parse(u"1.0000001", u"USDT");
    REQUIRE_FALSE(tooPrecise.ok());
    CHECK(tooPrecise.error().code == u"money.precision");
    CHECK(tooPrecise.error().message.contains(u"USDT"));
    CHECK(tooPrecise.error().message.contains(u"6 fraction digit"));
    CHECK(errorCode(Money::parse(u"5.001", u"USD")) == u"money.precision");
    CHECK(errorCode(Money::parse(u"100.5", u"IRR")) == u"money.precision");
    CHECK(errorCode(Money::parse(u"0.0000000000000000001", u"ETH")) == u"money.precision");

    // An unknown currency is valid; its precision is unknown, never guessed.
    const Money unknown = money(u"1.123456789012"_s, u"ABC"_s);
    CHECK_FALSE(unknown.precision().has_value());
    CHECK(unknown.amountText() == u"1.123456789012");

    CHECK(errorCode(Money::parse(u"12,5", u"USD")) == u"money.syntax");
    CHECK(errorCode(Money::parse(u"1", u"")) == u"money.currency");
    CHECK(errorCode(Money::parse(u"1", u"US D")) == u"money.currency");
    CHECK_FALSE(Money().isValid());
}

TEST_CASE("Money from JSON numbers respects the currency's precision")
{
    CHECK(text(Money::fromJsonNumber(u"1e-8", u"BTC")) == u"0.00000001 BTC");
    CHECK(text(Money::fromJsonNumber(u"2.5E3", u"USD")) == u"2500 USD");
    CHECK(text(Money::fromJsonNumber(u"100.0", u"USD")) == u"100.0 USD");
    CHECK(errorCode(Money::fromJsonNumber(u"1e-9", u"BTC")) == u"money.precision");
    CHECK(errorCode(Money::fromJsonNumber(u"1e400", u"USD")) == u"money.range");
    const Result<Money> fromDecimal = Money::fromDecimal(dec(u"1.25"_s), u"eur");
    CHECK(text(fromDecimal) == u"1.25 EUR");
}

TEST_CASE("Toman and Rial convert only when asked, with an explicit rounding")
{
    using enum RoundingMode;
    CHECK(text(money(u"1500"_s, u"TMN"_s).toRial()) == u"15000 IRR");
    CHECK(text(money(u"-3"_s, u"TMN"_s).toRial()) == u"-30 IRR");
    CHECK(text(money(u"15000"_s, u"IRR"_s).toRial()) == u"15000 IRR");
    CHECK(text(money(u"15005"_s, u"IRR"_s).toToman(HalfUp)) == u"1501 TMN");
    CHECK(text(money(u"15005"_s, u"IRR"_s).toToman(HalfEven)) == u"1500 TMN");
    CHECK(text(money(u"15015"_s, u"IRR"_s).toToman(HalfEven)) == u"1502 TMN");
    CHECK(text(money(u"15009"_s, u"IRR"_s).toToman(Down)) == u"1500 TMN");
    CHECK(text(money(u"-15005"_s, u"IRR"_s).toToman(HalfUp)) == u"-1501 TMN");
    CHECK(text(money(u"-15001"_s, u"IRR"_s).toToman(Floor)) == u"-1501 TMN");
    CHECK(text(money(u"1500"_s, u"TMN"_s).toToman(HalfUp)) == u"1500 TMN");
    CHECK(errorCode(money(u"1"_s, u"USD"_s).toRial()) == u"money.currency-mismatch");
    CHECK(errorCode(money(u"1"_s, u"USD"_s).toToman(HalfUp)) == u"money.currency-mismatch");
}

TEST_CASE("Money adds, subtracts and compares only within one currency")
{
    const Money a = money(u"10.50"_s, u"USD"_s);
    const Money b = money(u"0.25"_s, u"USD"_s);
    CHECK(text(a.plus(b)) == u"10.75 USD");
    CHECK(text(b.minus(a)) == u"-10.25 USD");
    CHECK(a.compare(b).value() == std::strong_ordering::greater);
    CHECK(b.compare(a).value() == std::strong_ordering::less);
    CHECK(money(u"1.5"_s, u"USD"_s).compare(money(u"1.50"_s, u"USD"_s)).value() == std::strong_ordering::equal);
    CHECK(money(u"1.5"_s, u"USD"_s) == money(u"1.50"_s, u"USD"_s));
    CHECK_FALSE(money(u"1"_s, u"USD"_s) == money(u"1"_s, u"EUR"_s));
    CHECK(a.negated().amountText() == u"-10.50");

    const Money euro = money(u"1"_s, u"EUR"_s);
    CHECK(errorCode(a.plus(euro)) == u"money.currency-mismatch");
    CHECK(errorCode(a.minus(euro)) == u"money.currency-mismatch");
    const Result<std::strong_ordering> mixed = a.compare(euro);
    REQUIRE_FALSE(mixed.ok());
    CHECK(mixed.error().code == u"money.currency-mismatch");
    CHECK(mixed.error().message.contains(u"EUR"));
}

TEST_CASE("Money converts at a rate with the rounding mode the caller names")
{
    using enum RoundingMode;
    const std::vector<RoundingMode> modes{HalfUp, HalfEven, HalfDown, Down, Up, Floor, Ceiling};
    const std::vector<QString> positive{u"2.13"_s, u"2.12"_s, u"2.12"_s, u"2.12"_s, u"2.13"_s, u"2.12"_s, u"2.13"_s};
    const std::vector<QString> negative{u"-2.13"_s, u"-2.12"_s, u"-2.12"_s, u"-2.12"_s,
                                        u"-2.13"_s, u"-2.13"_s, u"-2.12"_s};
    const Decimal rate = dec(u"2.125"_s);
    for (std::size_t m = 0; m < modes.size(); ++m) {
        INFO("mode #" << m);
        CHECK(text(money(u"1.00"_s, u"USDT"_s).convertedAt(rate, u"USD", modes[m])) == positive[m] + u" USD");
        CHECK(text(money(u"-1.00"_s, u"USDT"_s).convertedAt(rate, u"USD", modes[m])) == negative[m] + u" USD");
    }
    const Decimal one = dec(u"1"_s);
    CHECK(text(money(u"2.5"_s, u"USDT"_s).convertedAt(one, u"TMN", HalfEven)) == u"2 TMN");
    CHECK(text(money(u"3.5"_s, u"USDT"_s).convertedAt(one, u"TMN", HalfEven)) == u"4 TMN");
    CHECK(text(money(u"-2.5"_s, u"USDT"_s).convertedAt(one, u"TMN", HalfUp)) == u"-3 TMN");
    CHECK(text(money(u"123.456789"_s, u"USDT"_s).convertedAt(dec(u"61500.5"_s), u"tmn", HalfUp)) == u"7592654 TMN");
    CHECK(text(money(u"2"_s, u"USD"_s).convertedAt(dec(u"0.5"_s), u"BTC", HalfUp)) == u"1.00000000 BTC");

    CHECK(errorCode(money(u"1"_s, u"USD"_s).convertedAt(one, u"XYZ", HalfUp)) == u"money.unknown-precision");
    CHECK(errorCode(money(u"1"_s, u"USD"_s).convertedAt(dec(u"0"_s), u"EUR", HalfUp)) == u"money.rate");
    CHECK(errorCode(money(u"1"_s, u"USD"_s).convertedAt(dec(u"-1"_s), u"EUR", HalfUp)) == u"money.rate");
}

TEST_CASE("Money formats exactly with the locale's digits and separators")
{
    const QLocale en(u"en"_s);
    const Money amount = money(u"1234567.5"_s, u"USD"_s);
    CHECK(amount.format(en) == u"1,234,567.50 USD");
    CHECK(amount.format(en, withoutCurrency()) == u"1,234,567.50");
    CHECK(amount.format(en, unpadded()) == u"1,234,567.5 USD");
    CHECK(money(u"-1234"_s, u"USD"_s).format(en) == u"-1,234.00 USD");
    CHECK(money(u"0.05"_s, u"USD"_s).format(en) == u"0.05 USD");
    CHECK(money(u"5.000"_s, u"USD"_s).format(en) == u"5.00 USD");
    CHECK(money(u"5.000"_s, u"USD"_s).format(en, unpadded()) == u"5.000 USD");
    CHECK(money(u"999"_s, u"USD"_s).format(en) == u"999.00 USD");
    CHECK(money(u"1500000"_s, u"TMN"_s).format(en) == u"1,500,000 Toman");
    CHECK(money(u"15000000"_s, u"IRR"_s).format(en) == u"15,000,000 Rial");
    CHECK(money(u"1000.500000"_s, u"USDT"_s).format(en) == u"1,000.500000 USDT");
    CHECK(money(u"1.5"_s, u"ABC"_s).format(en) == u"1.5 ABC");

    // Display rounding is HalfUp and never changes the stored amount.
    const Money bitcoin = money(u"0.00256657"_s, u"BTC"_s);
    CHECK(bitcoin.format(en, atMost(4)) == u"0.0026 BTC");
    CHECK(bitcoin.amountText() == u"0.00256657");
    CHECK(money(u"5"_s, u"USD"_s).format(en, atMost(1)) == u"5.0 USD");
    CHECK(money(u"-0.001"_s, u"ABC"_s).format(en, atMost(2)) == u"0.00 ABC");

    const Money large = money(u"123456789012345678901234.123456789012345678"_s, u"BNB"_s);
    CHECK(large.format(en) == u"123,456,789,012,345,678,901,234.123456789012345678 BNB");

    QLocale ungrouped(u"en"_s);
    ungrouped.setNumberOptions(QLocale::OmitGroupSeparator);
    CHECK(amount.format(ungrouped) == u"1234567.50 USD");
    CHECK(amount.format(QLocale(u"hi_IN"_s)) == u"12,34,567.50 USD"); // Indian grouping
}

TEST_CASE("Money formats in Persian with Persian digits and separators")
{
    const QLocale fa(u"fa"_s);
    const QString group = fa.groupSeparator(); // ARABIC THOUSANDS SEPARATOR ٬
    const QString decimal = fa.decimalPoint(); // ARABIC DECIMAL SEPARATOR ٫
    const QString minus = fa.negativeSign(); // a left-to-right mark and a minus sign
    CHECK(fa.zeroDigit() == u"\u06F0");
    CHECK(group == u"\u066C");
    CHECK(decimal == u"\u066B");

    const Money amount = money(u"1234567.5"_s, u"USD"_s);
    CHECK(amount.format(fa) == u"۱" + group + u"۲۳۴" + group + u"۵۶۷" + decimal + u"۵۰ USD");
    CHECK(money(u"-1234567"_s, u"TMN"_s).format(fa) == minus + u"۱" + group + u"۲۳۴" + group + u"۵۶۷ Toman");
    CHECK(money(u"9876543210"_s, u"IRR"_s).format(fa, withoutCurrency())
          == u"۹" + group + u"۸۷۶" + group + u"۵۴۳" + group + u"۲۱۰");
}

TEST_CASE("Money formats in Russian with a no-break space and a decimal comma")
{
    const QLocale ru(u"ru"_s);
    CHECK(money(u"1234567.5"_s, u"USD"_s).format(ru) == u"1\u00A0234\u00A0567,50 USD");
    CHECK(money(u"-0.5"_s, u"USDT"_s).format(ru, withoutCurrency()) == u"-0,500000");
}

TEST_CASE("Exact JSON keeps every number's digits as text")
{
    const QByteArray json = R"({
        "a": {"amount": 123.45, "list": [1, -2.5, 3e-8, 2.5E+3, {"x": 0.1000000000000000055511151231257827}]},
        "s": "12.5 \"42\" 7",
        "p": "c:\\",
        "v": -0,
        "u": "\u0031\u0032",
        "big": 123456789012345678901234.123456789012345678,
        "b": true, "f": false, "n": null, "e": [], "o": {}
    })";
    const Result<QJsonDocument> parsed = exactjson::parse(json);
    REQUIRE(parsed.ok());
    const QJsonObject root = parsed->object();
    const QJsonObject a = root.value(u"a").toObject();
    CHECK(a.value(u"amount").toString() == u"123.45");
    const QJsonArray list = a.value(u"list").toArray();
    REQUIRE(list.size() == 5);
    CHECK(list.at(0).toString() == u"1");
    CHECK(list.at(1).toString() == u"-2.5");
    CHECK(list.at(2).toString() == u"3e-8");
    CHECK(list.at(3).toString() == u"2.5E+3");
    CHECK(list.at(4).toObject().value(u"x").toString() == u"0.1000000000000000055511151231257827");
    CHECK(root.value(u"s").toString() == u"12.5 \"42\" 7");
    CHECK(root.value(u"p").toString() == u"c:\\");
    CHECK(root.value(u"v").toString() == u"-0");
    CHECK(root.value(u"u").toString() == u"12");
    CHECK(root.value(u"big").toString() == u"123456789012345678901234.123456789012345678");
    CHECK(root.value(u"b").toBool());
    CHECK(root.value(u"f").isBool());
    CHECK(root.value(u"n").isNull());
    CHECK(root.value(u"e").isArray());
    CHECK(root.value(u"o").isObject());

    const Result<QJsonDocument> array = exactjson::parse("[1,\n2.50 ,\t-3]");
    REQUIRE(array.ok());
    CHECK(array->array().at(1).toString() == u"2.50");
    CHECK(array->array().at(2).toString() == u"-3");
}

TEST_CASE("Exact JSON refuses invalid JSON with a sentence and the parser's detail")
{
    for (const QByteArray &json : {QByteArray(), QByteArray("{\"a\":}"), QByteArray("{\"a\":1"),
                                   QByteArray("{\"a\":01}"), QByteArray("{\"a\":1.}"), QByteArray("{\"a\":-}"),
                                   QByteArray("[1 2]"), QByteArray("{\"a\":\"unterminated}"),
                                   QByteArray("{\"a\":1-2}"), QByteArray("{a:1}")}) {
        INFO(json.toStdString());
        const Result<QJsonDocument> parsed = exactjson::parse(json);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == u"json.invalid");
        CHECK(parsed.error().message == u"The provider's answer is not valid JSON.");
        CHECK_FALSE(parsed.error().detail.isEmpty());
    }
}

TEST_CASE("Exact JSON amounts become Money without passing through double")
{
    const Result<QJsonDocument> parsed =
        exactjson::parse(R"({"balance": "100.00000000", "fee": 1e-8, "rate": 0.00256657, "count": 42})");
    REQUIRE(parsed.ok());
    const QJsonObject root = parsed->object();
    CHECK(text(exactjson::moneyFromJson(root.value(u"balance"), u"BTC")) == u"100.00000000 BTC");
    CHECK(text(exactjson::moneyFromJson(root.value(u"fee"), u"BTC")) == u"0.00000001 BTC");
    CHECK(text(exactjson::moneyFromJson(root.value(u"rate"), u"BTC")) == u"0.00256657 BTC");
    CHECK(errorCode(exactjson::moneyFromJson(root.value(u"fee"), u"USD")) == u"money.precision");
    CHECK(errorCode(exactjson::moneyFromJson(root.value(u"missing"), u"USD")) == u"money.missing");
    CHECK(errorCode(exactjson::moneyFromJson(QJsonValue(u"12,5"_s), u"USD")) == u"money.syntax");
    CHECK(errorCode(exactjson::moneyFromJson(QJsonValue(u"1e400"_s), u"USD")) == u"money.range");
    CHECK(errorCode(exactjson::moneyFromJson(QJsonValue(true), u"USD")) == u"money.syntax");

    // A value already parsed as double is refused: its digits may be gone.
    const QJsonDocument plain = QJsonDocument::fromJson(R"({"fee": 1})");
    CHECK(errorCode(exactjson::moneyFromJson(plain.object().value(u"fee"), u"USD")) == u"money.inexact-json");

    const Result<qint64> count = exactjson::integerFromJson(root.value(u"count"));
    REQUIRE(count.ok());
    CHECK(count.value() == 42);
    CHECK(errorCode(exactjson::integerFromJson(root.value(u"rate"))) == u"json.integer");
}

TEST_CASE("Indented JSON keeps every number and string exactly as it came", "[json]")
{
    const QByteArray raw = R"({"amount":100.000000000000000001,"ok":true,"list":[1e-8,{"a":"x, \"y\": {z}"}],"empty":{},"n":[]})";
    const QString pretty = exactjson::indented(raw);
    CHECK(pretty.contains(QStringLiteral("\"amount\": 100.000000000000000001")));
    CHECK(pretty.contains(QStringLiteral("1e-8")));
    CHECK(pretty.contains(QStringLiteral("\"x, \\\"y\\\": {z}\"")));
    CHECK(pretty.contains(QStringLiteral("\"empty\": {}")));
    CHECK(pretty.count(u'\n') >= 8);
    // Only whitespace was added: without it, the text is the original.
    QString squeezed;
    bool inString = false;
    for (qsizetype i = 0; i < pretty.size(); ++i) {
        const QChar c = pretty[i];
        if (c == u'"' && (i == 0 || pretty[i - 1] != u'\\'))
            inString = !inString;
        if (inString || !c.isSpace())
            squeezed += c;
    }
    CHECK(squeezed == QString::fromUtf8(raw));
    CHECK(exactjson::indented("not json {") == QStringLiteral("not json {"));
}
