#include "providers/ProviderCatalog.h"

namespace sarraf {
namespace {

ProviderField field(const char *key, QString label, bool optional = false)
{
    return ProviderField{QString::fromLatin1(key), std::move(label), optional};
}

QList<ProviderInfo> buildCatalog()
{
    const ProviderField baseUrl = field("base-url", ProviderCatalog::tr("Base address"));
    QList<ProviderInfo> list;
    // Gitmix's document only shows a placeholder host, so there is no default to offer.
    list.append({QStringLiteral("gitmix"), QStringLiteral("Gitmix"),
                 ProviderCatalog::tr("Toman invoices and payment links"),
                 {field("api-key", ProviderCatalog::tr("Store API key"))},
                 {baseUrl, field("store-id", ProviderCatalog::tr("Store ID"))},
                 QString(), QStringLiteral("001_f61a99eaf3eef65d.txt")});
    list.append({QStringLiteral("cryptofuse"), QStringLiteral("Cryptofuse"),
                 ProviderCatalog::tr("Crypto payments and withdrawals"),
                 {field("client-id", ProviderCatalog::tr("Client ID")), field("client-secret", ProviderCatalog::tr("Client secret")),
                  field("webhook-secret", ProviderCatalog::tr("Webhook secret"))},
                 {baseUrl},
                 QStringLiteral("https://api.cryptofuse.com"), QStringLiteral("002_f0d4eba322cc3ba1.txt")});
    // Every exchanger runs Premium Exchanger on its own site: the base address is that site.
    list.append({QStringLiteral("premiumexchanger"), QStringLiteral("Premium Exchanger"),
                 ProviderCatalog::tr("Exchange orders and partner payouts on an exchanger's site"),
                 {field("api-login", ProviderCatalog::tr("API login")), field("api-key", ProviderCatalog::tr("API key"))},
                 {baseUrl, field("lang", ProviderCatalog::tr("Answer language"), true)},
                 QString(), QStringLiteral("003_de945f1ca1716002.txt")});
    list.append({QStringLiteral("greengo"), QStringLiteral("GREENGO"),
                 ProviderCatalog::tr("Exchange orders"),
                 {field("api-secret", ProviderCatalog::tr("API secret"))},
                 {baseUrl},
                 QStringLiteral("https://api.greengo.cc"), QStringLiteral("004_f2637d68586a9842.txt")});
    list.append({QStringLiteral("exonyx"), QStringLiteral("Exonyx"),
                 ProviderCatalog::tr("TRX, USDT and BNB wallets and transfers"),
                 {field("api-key", ProviderCatalog::tr("API key")), field("private-key", ProviderCatalog::tr("Sending wallet's private key"))},
                 {baseUrl, field("wallet-address", ProviderCatalog::tr("Sending wallet address"))},
                 QStringLiteral("https://api.exonyxco.com/api/v1/reseller"), QStringLiteral("000_c6a22b39b6b60490.txt")});
    list.append({QStringLiteral("paystar"), QStringLiteral("Paystar"),
                 ProviderCatalog::tr("Toman card payments and IBAN settlements"),
                 {field("gateway-id", ProviderCatalog::tr("Gateway ID")), field("sign-key", ProviderCatalog::tr("Signing key")),
                  field("wallet-password", ProviderCatalog::tr("Wallet password")), field("wallet-api-key", ProviderCatalog::tr("Wallet API key")),
                  field("wallet-refresh-token", ProviderCatalog::tr("Wallet refresh token"))},
                 {baseUrl, field("wallet-hashid", ProviderCatalog::tr("Wallet ID"))},
                 QStringLiteral("https://core.paystar.ir"), QStringLiteral("000_c6a22b39b6b60490.txt")});
    // The published production host; the 000 note's "apibeta" host is the SDK's test address.
    list.append({QStringLiteral("finnotech"), QStringLiteral("FinnoTech"),
                 ProviderCatalog::tr("IBAN and card holder checks before payouts"),
                 {field("client-secret", ProviderCatalog::tr("Client secret"))},
                 {baseUrl, field("client-id", ProviderCatalog::tr("Client ID")), field("nid", ProviderCatalog::tr("National ID")),
                  field("proxy-url", ProviderCatalog::tr("HTTP proxy"), true)},
                 QStringLiteral("https://api.finnotech.ir"), QStringLiteral("000_c6a22b39b6b60490.txt")});
    // PS Voucher publishes no API: its address and endpoints are configuration, with no default.
    list.append({QStringLiteral("psvoucher"), QStringLiteral("PS Voucher"),
                 ProviderCatalog::tr("Gaming vouchers"),
                 {field("api-key", ProviderCatalog::tr("API key")), field("secret-key", ProviderCatalog::tr("Secret key"))},
                 {baseUrl},
                 QString(), QStringLiteral("000_c6a22b39b6b60490.txt")});
    list.append({QStringLiteral("hotvoucher"), QStringLiteral("HOT Voucher"),
                 ProviderCatalog::tr("Rial vouchers"),
                 {field("token", ProviderCatalog::tr("Security key"))},
                 {baseUrl},
                 QStringLiteral("https://api.uwallet.biz"), QStringLiteral("000_c6a22b39b6b60490.txt")});
    // Utopia's API is served by the operator's own running Utopia client.
    list.append({QStringLiteral("utopia"), QStringLiteral("UTOPIA"),
                 ProviderCatalog::tr("UUSD and Crypton vouchers through your Utopia client"),
                 {field("token", ProviderCatalog::tr("API token"))},
                 {baseUrl, field("card-id", ProviderCatalog::tr("Card ID"), true)},
                 QString(), QStringLiteral("000_c6a22b39b6b60490.txt")});
    list.append({QStringLiteral("coingecko"), QStringLiteral("CoinGecko"),
                 ProviderCatalog::tr("Crypto prices"),
                 {field("api-key", ProviderCatalog::tr("API key"), true)},
                 {baseUrl},
                 QStringLiteral("https://api.coingecko.com/api/v3"), QStringLiteral("000_c6a22b39b6b60490.txt")});
    list.append({QStringLiteral("coinmarketcap"), QStringLiteral("CoinMarketCap"),
                 ProviderCatalog::tr("Crypto prices"),
                 {field("api-key", ProviderCatalog::tr("API key"))},
                 {baseUrl},
                 QStringLiteral("https://pro-api.coinmarketcap.com"), QStringLiteral("000_c6a22b39b6b60490.txt")});
    list.append({QStringLiteral("nobitex"), QStringLiteral("Nobitex"),
                 ProviderCatalog::tr("Toman prices of crypto currencies"),
                 {},
                 {baseUrl},
                 QStringLiteral("https://apiv2.nobitex.ir"), QStringLiteral("000_c6a22b39b6b60490.txt")});
    // Every provider: how long one request may take before Sarraf gives up on it (default 30 s).
    for (ProviderInfo &info : list)
        info.settings.append(field("timeout", ProviderCatalog::tr("Request timeout in seconds"), true));
    return list;
}

} // namespace

QList<ProviderInfo> ProviderCatalog::all()
{
    // Built on each call (it is small) so labels follow a language switch.
    return buildCatalog();
}

std::optional<ProviderInfo> ProviderCatalog::find(QStringView name)
{
    for (const ProviderInfo &info : all()) {
        if (info.name == name)
            return info;
    }
    return std::nullopt;
}

QStringList ProviderCatalog::names()
{
    QStringList result;
    for (const ProviderInfo &info : all())
        result.append(info.name);
    return result;
}

QString ProviderCatalog::displayNameOf(const QString &name)
{
    const std::optional<ProviderInfo> info = find(name);
    return info ? info->displayName : name;
}

} // namespace sarraf
