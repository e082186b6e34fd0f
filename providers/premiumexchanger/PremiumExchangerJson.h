// How Premium Exchanger's answers are read, for the adapter only: liberal about JSON types
// (numbers as strings or numbers, lists as arrays or id-keyed objects, "no" for no limit, "0", 0
// or false for no error). Header-only so no build file needs to know about it; include it from
// PremiumExchangerAdapter.cpp alone.
#pragma once

#include "models/domain/ExactJson.h"
#include "models/domain/SecretRedactor.h"
#include "providers/premiumexchanger/PremiumExchangerRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace sarraf::premiumexchanger {

// Liberal reading of a scalar: strings (exactjson turns numbers into strings) and booleans.
inline QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return {};
}

inline bool flag(const QJsonValue &value)
{
    const QString t = text(value).toLower();
    return t == u"1" || t == u"true" || t == u"yes";
}

// A list sent as an array, as an id-keyed object (PHP arrays with gaps), or under "items".
inline QJsonArray listOf(const QJsonValue &data, QStringView key = u"items")
{
    QJsonValue value = data;
    if (data.isObject() && data.toObject().contains(key))
        value = data.toObject().value(key);
    if (value.isArray())
        return value.toArray();
    QJsonArray list;
    if (value.isObject()) {
        for (const QJsonValue item : value.toObject())
            if (item.isObject())
                list.append(item);
    }
    return list;
}

inline bool isEmptyData(const QJsonValue &data)
{
    return data.isNull() || data.isUndefined() || (data.isString() && data.toString().trimmed().isEmpty())
        || (data.isArray() && data.toArray().isEmpty()) || (data.isObject() && data.toObject().isEmpty());
}

inline Error parseError(const QString &field, const Error &cause)
{
    return makeError(cause.code, cause.message, field + QStringLiteral(": ") + cause.logLine());
}

inline Error missing(const QString &field)
{
    return makeError(QStringLiteral("json.missing"), QString(), QStringLiteral("no \"%1\" in the answer").arg(field));
}

inline Result<Decimal> decimalOf(const QJsonValue &value, const QString &field)
{
    const QString t = text(value);
    if (t.isEmpty())
        return missing(field);
    Result<Decimal> number = Decimal::parse(t);
    if (!number && (t.contains(u'e') || t.contains(u'E')))
        number = Decimal::parseJsonNumber(t);
    return number ? number : parseError(field, number.error());
}

inline Result<Money> moneyOf(const QJsonObject &object, const QString &field, const QString &currency)
{
    const QString t = text(object.value(field));
    if (t.isEmpty())
        return missing(field);
    Result<Money> money = exactjson::moneyFromJson(QJsonValue(t), currency);
    return money ? money : parseError(field, money.error());
}

// min_*/max_*: "no" (or nothing) means no limit.
inline Result<std::optional<Money>> limitOf(const QJsonObject &object, const QString &field, const QString &currency)
{
    const QString t = text(object.value(field));
    if (t.isEmpty() || t.compare(u"no", Qt::CaseInsensitive) == 0)
        return std::optional<Money>();
    Result<Money> money = moneyOf(object, field, currency);
    if (!money)
        return money.error();
    return std::optional<Money>(*money);
}

inline QDateTime unixTime(const QJsonValue &value)
{
    const Result<qint64> seconds = exactjson::integerFromJson(QJsonValue(text(value)));
    return seconds && *seconds > 0 ? QDateTime::fromSecsSinceEpoch(*seconds, QTimeZone::utc()) : QDateTime();
}

inline std::optional<PremiumExchangerAdapter::Refusal> refusalFor(const QString &providerText)
{
    using R = PremiumExchangerAdapter::Refusal;
    QString t = providerText.trimmed().toLower();
    while (t.endsWith(u'.') || t.endsWith(u'!'))
        t.chop(1);
    if (t == u"api disabled")
        return R::ApiDisabled;
    if (t == u"no bid exists")
        return R::NoBid;
    if (t == u"method not supported")
        return R::MethodNotSupported;
    if (t == u"direction not found")
        return R::DirectionNotFound;
    return std::nullopt;
}

inline Result<PremiumExchangerQuote> parseQuote(const QJsonObject &o)
{
    PremiumExchangerQuote quote;
    quote.giveCurrency = text(o.value(u"currency_code_give")).toUpper();
    quote.getCurrency = text(o.value(u"currency_code_get")).toUpper();
    if (quote.giveCurrency.isEmpty() || quote.getCurrency.isEmpty())
        return missing(QStringLiteral("currency_code_give/currency_code_get"));
    Result<Decimal> rateGive = decimalOf(o.value(u"course_give"), QStringLiteral("course_give"));
    Result<Decimal> rateGet = decimalOf(o.value(u"course_get"), QStringLiteral("course_get"));
    if (!rateGive || !rateGet)
        return (rateGive ? rateGet : rateGive).error();
    quote.rateGive = *rateGive;
    quote.rateGet = *rateGet;
    const auto amount = [&](const char *field, const QString &currency, Money &into, bool required) -> Outcome {
        const QString name = QLatin1String(field);
        if (!required && text(o.value(name)).isEmpty())
            return Done {};
        Result<Money> money = moneyOf(o, name, currency);
        if (!money)
            return money.error();
        into = *money;
        return Done {};
    };
    for (const Outcome &step : {amount("sum_give", quote.giveCurrency, quote.give, true),
                                amount("sum_get", quote.getCurrency, quote.get, true),
                                amount("sum_give_com", quote.giveCurrency, quote.giveWithFee, false),
                                amount("sum_get_com", quote.getCurrency, quote.getWithFee, false),
                                amount("reserve", quote.getCurrency, quote.reserve, false)}) {
        if (!step)
            return step.error();
    }
    const QList<std::pair<const char *, std::optional<Money> *>> limits {{"min_give", &quote.minGive},
                                                                         {"max_give", &quote.maxGive},
                                                                         {"min_get", &quote.minGet},
                                                                         {"max_get", &quote.maxGet}};
    for (const auto &[field, into] : limits) {
        const QString name = QLatin1String(field);
        Result<std::optional<Money>> limit
            = limitOf(o, name, name.endsWith(u"give") ? quote.giveCurrency : quote.getCurrency);
        if (!limit)
            return limit.error();
        *into = *limit;
    }
    quote.feeGiveText = text(o.value(u"com_give"));
    quote.feeGetText = text(o.value(u"com_get"));
    quote.amountChanged = flag(o.value(u"changed"));
    return quote;
}

inline QList<PremiumExchangerField> parseFields(const QJsonValue &value)
{
    QList<PremiumExchangerField> fields;
    for (const QJsonValue item : listOf(value)) {
        const QJsonObject o = item.toObject();
        PremiumExchangerField field {text(o.value(u"name")),
                                     text(o.value(u"type")),
                                     text(o.value(u"label")),
                                     text(o.value(u"tooltip")),
                                     flag(o.value(u"req")),
                                     flag(o.value(u"cd")),
                                     {}};
        const QJsonValue options = o.value(u"options");
        if (options.isObject()) {
            const QJsonObject map = options.toObject();
            for (auto it = map.begin(); it != map.end(); ++it)
                field.options.append({it.key(), text(it.value())});
        } else {
            for (const QJsonValue option : options.toArray())
                field.options.append({text(option), text(option)});
        }
        fields.append(field);
    }
    return fields;
}

inline PremiumExchangerCurrency parseCurrency(const QJsonObject &o, const QString &prefix = {})
{
    return {text(o.value(prefix + QStringLiteral("id"))), text(o.value(prefix + QStringLiteral("title"))),
            text(o.value(prefix + QStringLiteral("logo")))};
}

// A bid from create_bid, bid_info or a listing; raw is what rawAnswer keeps (redacted here).
inline Result<PremiumExchangerBid> readBid(const QJsonObject &o, const QByteArray &raw,
                                           const PremiumExchangerAdapter &adapter)
{
    PremiumExchangerBid bid;
    TrackedTransaction &t = bid.transaction;
    t.kind = TransactionKind::Order;
    t.provider = PremiumExchangerAdapter::providerName();
    t.providerId = text(o.value(u"id"));
    if (t.providerId.isEmpty())
        return missing(QStringLiteral("id"));
    const QString where = QStringLiteral("bid %1 ").arg(t.providerId);
    const QString giveCode = text(o.value(u"currency_code_give")).toUpper();
    const QString getCode = text(o.value(u"currency_code_get")).toUpper();
    Result<Money> give = moneyOf(o, QStringLiteral("amount_give"), giveCode);
    Result<Money> get = moneyOf(o, QStringLiteral("amount_get"), getCode);
    if (!give || !get)
        return parseError(where, (give ? get : give).error());
    t.amount = give->amountText();
    t.currency = give->currency();
    t.counterAmount = get->amountText();
    t.counterCurrency = get->currency();
    t.providerStatus = text(o.value(u"status"));
    t.status = adapter.statusFor(t.providerStatus);
    bid.hash = text(o.value(u"hash"));
    t.trackingCode = bid.hash;
    t.paymentUrl = text(o.value(u"url"));
    bid.apiId = text(o.value(u"api_id"));
    bid.statusTitle = text(o.value(u"status_title"));
    bid.giveSystem = text(o.value(u"psys_give"));
    bid.getSystem = text(o.value(u"psys_get"));
    t.description = bid.giveSystem + QStringLiteral(" \u2192 ") + bid.getSystem;
    using RateField = std::pair<QStringView, std::optional<Decimal> *>;
    for (const RateField &rate : {RateField {u"course_give", &bid.rateGive}, RateField {u"course_get", &bid.rateGet}}) {
        const auto &[field, into] = rate;
        if (text(o.value(field)).isEmpty())
            continue;
        Result<Decimal> value = decimalOf(o.value(field), field.toString());
        if (!value)
            return parseError(where, value.error());
        *into = *value;
    }
    const QJsonObject actions = o.value(u"api_actions").toObject();
    bid.actions = {text(actions.value(u"type")), text(actions.value(u"cancel")), text(actions.value(u"pay")),
                   text(actions.value(u"instruction")), std::nullopt};
    if (!text(actions.value(u"pay_amount")).isEmpty()) {
        Result<Money> pay = moneyOf(actions, QStringLiteral("pay_amount"), giveCode);
        if (!pay)
            return parseError(where, pay.error());
        bid.actions.payAmount = *pay;
    }
    for (const QJsonValue step : listOf(o.value(u"statuses"))) {
        const QJsonObject s = step.toObject();
        const QString word = text(s.value(u"status"));
        bid.history.append({word, adapter.statusFor(word), unixTime(s.value(u"time"))});
    }
    std::stable_sort(bid.history.begin(), bid.history.end(), [](const auto &a, const auto &b) { return a.at < b.at; });
    t.updatedAt = unixTime(o.value(u"time"));
    if (!bid.history.isEmpty())
        t.createdAt = bid.history.first().at;
    bid.exchangeSuccess = text(o.value(u"exchange_success"));
    bid.userHash = text(o.value(u"user_hash"));
    bid.userIp = text(o.value(u"user_ip"));
    bid.accrued = text(o.value(u"accrued"));
    if (!text(o.value(u"partner_reward")).isEmpty()) {
        Result<Decimal> reward = decimalOf(o.value(u"partner_reward"), QStringLiteral("partner_reward"));
        if (!reward)
            return parseError(where, reward.error());
        bid.partnerReward = *reward;
    }
    t.rawAnswer = SecretRedactor::instance().redact(raw);
    return bid;
}

inline Result<PartnerPayout> readPayout(const QJsonObject &o)
{
    PartnerPayout payout;
    payout.provider = PremiumExchangerAdapter::providerName();
    payout.providerId = text(o.value(u"id"));
    if (payout.providerId.isEmpty())
        return missing(QStringLiteral("id"));
    Result<Money> amount = moneyOf(o, QStringLiteral("pay_amount"), text(o.value(u"pay_currency_code")));
    if (!amount)
        return parseError(QStringLiteral("payout ") + payout.providerId, amount.error());
    payout.amount = *amount;
    if (!text(o.value(u"original_amount")).isEmpty()) {
        Result<Money> original
            = moneyOf(o, QStringLiteral("original_amount"), text(o.value(u"original_currency_code")));
        if (!original)
            return parseError(QStringLiteral("payout ") + payout.providerId, original.error());
        payout.originalAmount = *original;
    }
    // The document: 0 waiting, 1 paid, 2 cancelled. Waiting is on the exchanger, not the customer.
    payout.providerStatus = text(o.value(u"status"));
    static const QHash<QString, TransactionStatus> statuses {{QStringLiteral("0"), TransactionStatus::Processing},
                                                             {QStringLiteral("1"), TransactionStatus::Completed},
                                                             {QStringLiteral("2"), TransactionStatus::Cancelled}};
    payout.status = statuses.value(payout.providerStatus, TransactionStatus::Unknown);
    payout.method = text(o.value(u"method_id"));
    payout.account = text(o.value(u"account"));
    payout.createdAt = unixTime(o.value(u"time"));
    payout.rawAnswer = SecretRedactor::instance().redact(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return payout;
}

// get_exchanges and get_partner_exchanges: each item's raw answer is the item itself.
inline Result<QList<PremiumExchangerBid>> readBids(const QJsonValue &data, const PremiumExchangerAdapter &adapter)
{
    QList<PremiumExchangerBid> bids;
    for (const QJsonValue item : listOf(data)) {
        Result<PremiumExchangerBid> bid
            = readBid(item.toObject(), QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact), adapter);
        if (!bid)
            return bid.error();
        bids.append(*bid);
    }
    return bids;
}

} // namespace sarraf::premiumexchanger
