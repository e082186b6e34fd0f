// The plain records of Premium Exchanger's user API v1 as Sarraf reads them: directions, quotes,
// bids (each carrying the provider-neutral TrackedTransaction), partner data and payouts.
#pragma once

#include "models/domain/Decimal.h"
#include "models/domain/Money.h"
#include "models/domain/Records.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace sarraf {

// calc_action: which amount calc_amount is.
enum class PremiumExchangerAmountSide { Give = 1, Get = 2, GiveWithFee = 3, GetWithFee = 4 };

struct PremiumExchangerTestInfo
{
    QString ip, userId, locale, partnerId;
};

struct PremiumExchangerCurrency
{
    QString id, title, logo;
};

struct PremiumExchangerCurrencyLists
{
    QList<PremiumExchangerCurrency> give, get;
};

// get_direction_currencies and get_directions: both ids optional.
struct PremiumExchangerCurrencyFilter
{
    QString giveCurrencyId, getCurrencyId;
};

struct PremiumExchangerDirectionSummary
{
    QString id;
    PremiumExchangerCurrency give, get;
};

// One input of give_fields, get_fields or dir_fields.
struct PremiumExchangerField
{
    QString name, type, label, tooltip;
    bool required = false; // req
    bool calcDependent = false; // cd: get_calc needs it
    QList<QPair<QString, QString>> options; // select fields: value, text
};

// get_calc, and the amounts part of get_direction.
struct PremiumExchangerQuote
{
    QString giveCurrency, getCurrency;
    Decimal rateGive, rateGet; // course_give : course_get
    Money reserve; // in the get currency
    Money give, giveWithFee, get, getWithFee;
    QString feeGiveText, feeGetText;
    std::optional<Money> minGive, maxGive, minGet, maxGet; // "no": no limit
    bool amountChanged = false; // changed: the amount asked for was moved into the limits
};

struct PremiumExchangerDirection
{
    QString id;
    QUrl url;
    PremiumExchangerQuote quote;
    QString timelineText, frozenText, beforeButtonText;
    QList<PremiumExchangerField> giveFields, getFields, directionFields;
};

struct PremiumExchangerCalcRequest
{
    QString directionId;
    Decimal amount;
    PremiumExchangerAmountSide side = PremiumExchangerAmountSide::Give;
    QList<QPair<QString, QString>> calcFields; // the cd = 1 fields, sent URL-encoded in one "cd" field
};

struct PremiumExchangerBidRequest
{
    // cf1..cf11 as the document names them; any cf1..cf99 may be set.
    enum CustomField {
        FirstName = 1,
        MiddleName = 2,
        LastName = 3,
        Phone = 4,
        Skype = 5,
        Email = 6,
        Passport = 8,
        Region = 10,
        Telegram = 11
    };

    QString directionId;
    Decimal amount;
    PremiumExchangerAmountSide side = PremiumExchangerAmountSide::Give;
    QString partnerId; // optional
    QString apiId; // optional: our own id for the bid
    QUrl callbackUrl; // optional
    QString fromAccount; // account1
    QString toAccount; // account2
    QString cardHolder; // cfgive8
    QMap<int, QString> customFields; // cfN
    QList<QPair<QString, QString>> otherFields; // further direction fields, by their documented name
};

struct PremiumExchangerStatusStep
{
    QString status;
    TransactionStatus normalised = TransactionStatus::Unknown;
    QDateTime at;
};

// api_actions: what the site lets the API do with the bid.
struct PremiumExchangerBidActions
{
    QString type, cancel, pay, instruction; // cancel/pay: "api", "disabled" or a link
    std::optional<Money> payAmount;
    bool cancelByApi() const { return cancel == u"api"; }
    bool payByApi() const { return pay == u"api"; }
};

// A bid from create_bid, bid_info, get_exchanges or get_partner_exchanges.
struct PremiumExchangerBid
{
    TrackedTransaction transaction; // kind Order; providerId = id; trackingCode = hash
    QString hash, apiId, statusTitle;
    QString giveSystem, getSystem; // psys_give, psys_get
    std::optional<Decimal> rateGive, rateGet;
    PremiumExchangerBidActions actions;
    QList<PremiumExchangerStatusStep> history; // oldest first
    QString exchangeSuccess; // raw flag, see the header comment
    QString userHash, userIp;
    QString accrued; // partner exchanges only
    std::optional<Decimal> partnerReward; // partner exchanges only
};

// get_exchanges; get_partner_exchanges and get_partner_links take the subset the document gives.
struct PremiumExchangerExchangeFilter
{
    std::optional<QDateTime> from, to; // start_time, end_time
    QString ip, bidId, apiId;
    bool withStatusHistory = false;
    std::optional<int> limit, offset;
};

// Where the last listing stopped: a unix time of a status change; 0 lists everything.
struct PremiumExchangerCursor
{
    qint64 changedSince = 0;

    // As ProviderConnector's text cursor: the unix time in digits; anything else starts from 0.
    QString toText() const { return QString::number(changedSince); }
    static PremiumExchangerCursor fromText(const QString &text)
    {
        bool ok = false;
        const qint64 seconds = text.trimmed().toLongLong(&ok);
        return {ok && seconds > 0 ? seconds : 0};
    }
};

struct PremiumExchangerListing
{
    QList<PremiumExchangerBid> bids; // each id once
    PremiumExchangerCursor next; // store it, pass it to the next listExchanges()
    int pages = 0;
};

struct PremiumExchangerStatusAnswer
{
    TransactionStatus status = TransactionStatus::Unknown;
    QString providerStatus;
};

struct PremiumExchangerPartnerCurrency
{
    QString id, title, commission;
    Decimal balance;
};

struct PremiumExchangerPartnerInfo
{
    QString partnerId;
    Decimal balance, minPayout;
    QList<PremiumExchangerPartnerCurrency> currencies;
};

struct PremiumExchangerPartnerVisit
{
    QDateTime at;
    QString browser, ip, referrer, userHash, queryString;
};

// A payout request as a provider reports it; provider-neutral so the payout desk can take it.
struct PartnerPayout
{
    QString provider; // "premiumexchanger"
    QString providerId; // the provider's payout id
    TransactionStatus status = TransactionStatus::Unknown;
    QString providerStatus;
    QString method; // the provider's payout currency/method id
    QString account; // where the money goes
    Money amount; // what is paid out
    std::optional<Money> originalAmount; // before conversion, when the provider gives it
    QDateTime createdAt;
    QByteArray rawAnswer; // redacted
};

// What the document leaves open; the defaults follow what published clients report.
struct PremiumExchangerOptions
{
    QString partnerLinksMethod = QStringLiteral("get_partner_links");
    int pageSize = 100; // limit per get_exchanges page
    int maxPages = 10000; // a server that ignores offset cannot loop forever
    std::chrono::seconds cursorOverlap {300}; // how far the next listing looks back
    QHash<QString, TransactionStatus> statuses; // empty: defaultStatusMap()
};

} // namespace sarraf
