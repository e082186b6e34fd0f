#include "models/domain/Currency.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace sarraf {

namespace {

struct CurrencyRow
{
    const char16_t *code;
    int precision;
    const char *name;
};

// Precision is what the currency itself settles in (DESIGN.md "Money"), not what one provider
// shows. Names are translated in the "Currency" context.
constexpr std::array currencyTable{
    CurrencyRow{u"IRR", 0, QT_TRANSLATE_NOOP("Currency", "Iranian Rial")},
    CurrencyRow{u"TMN", 0, QT_TRANSLATE_NOOP("Currency", "Iranian Toman")},
    CurrencyRow{u"USD", 2, QT_TRANSLATE_NOOP("Currency", "US Dollar")},
    CurrencyRow{u"EUR", 2, QT_TRANSLATE_NOOP("Currency", "Euro")},
    CurrencyRow{u"GBP", 2, QT_TRANSLATE_NOOP("Currency", "British Pound")},
    CurrencyRow{u"AED", 2, QT_TRANSLATE_NOOP("Currency", "UAE Dirham")},
    CurrencyRow{u"TRY", 2, QT_TRANSLATE_NOOP("Currency", "Turkish Lira")},
    CurrencyRow{u"RUB", 2, QT_TRANSLATE_NOOP("Currency", "Russian Ruble")},
    CurrencyRow{u"USDT", 6, QT_TRANSLATE_NOOP("Currency", "Tether USD")},
    CurrencyRow{u"USDC", 6, QT_TRANSLATE_NOOP("Currency", "USD Coin")},
    CurrencyRow{u"TRX", 6, QT_TRANSLATE_NOOP("Currency", "TRON")},
    CurrencyRow{u"XRP", 6, QT_TRANSLATE_NOOP("Currency", "XRP")},
    CurrencyRow{u"BTC", 8, QT_TRANSLATE_NOOP("Currency", "Bitcoin")},
    CurrencyRow{u"BCH", 8, QT_TRANSLATE_NOOP("Currency", "Bitcoin Cash")},
    CurrencyRow{u"LTC", 8, QT_TRANSLATE_NOOP("Currency", "Litecoin")},
    CurrencyRow{u"DOGE", 8, QT_TRANSLATE_NOOP("Currency", "Dogecoin")},
    CurrencyRow{u"TON", 9, QT_TRANSLATE_NOOP("Currency", "Toncoin")},
    CurrencyRow{u"SOL", 9, QT_TRANSLATE_NOOP("Currency", "Solana")},
    CurrencyRow{u"ETH", 18, QT_TRANSLATE_NOOP("Currency", "Ether")},
    CurrencyRow{u"BNB", 18, QT_TRANSLATE_NOOP("Currency", "BNB")},
    CurrencyRow{u"POL", 18, QT_TRANSLATE_NOOP("Currency", "Polygon Ecosystem Token")},
    CurrencyRow{u"DAI", 18, QT_TRANSLATE_NOOP("Currency", "Dai")},
};

} // namespace

Currency::Currency(QString code, int precision, const char *name)
    : m_code(std::move(code)), m_precision(precision), m_name(name)
{
}

std::optional<Currency> Currency::find(QStringView code)
{
    for (const CurrencyRow &row : currencyTable) {
        const QStringView rowCode(row.code);
        if (code.compare(rowCode, Qt::CaseInsensitive) == 0)
            return Currency(rowCode.toString(), row.precision, row.name);
    }
    return std::nullopt;
}

QList<Currency> Currency::all()
{
    QList<Currency> currencies;
    currencies.reserve(static_cast<qsizetype>(currencyTable.size()));
    for (const CurrencyRow &row : currencyTable)
        currencies.append(Currency(QStringView(row.code).toString(), row.precision, row.name));
    return currencies;
}

std::optional<int> Currency::precisionOf(QStringView code)
{
    const std::optional<Currency> currency = find(code);
    return currency ? std::optional<int>(currency->precision()) : std::nullopt;
}

QString Currency::displayName() const
{
    return QCoreApplication::translate("Currency", m_name);
}

QString Currency::displayText() const
{
    //: A currency in a list: %1 is its code (USDT), %2 its name (Tether USD).
    return QCoreApplication::translate("Currency", "%1 (%2)").arg(m_code, displayName());
}

} // namespace sarraf
