// Premium Exchanger's user API v1 (provider-docs/003) on the shared ApiClient: directions, the
// calculator, bids, the bid listing with paging and a sync cursor, and the partner programme.
//
// Where the document is silent or unclear, and what this adapter does about it:
// - The bid statuses are not listed at all. defaultStatusMap() holds the words PremiumBox sites are
//   known to send; PremiumExchangerOptions::statuses can replace it; a word not in it is Unknown.
// - "Partner links" has a description but no method name; the name is an option
//   (partnerLinksMethod, "get_partner_links" as published clients call it).
// - The order of get_exchanges is not given, nor whether start_time filters on creation or on the
//   status change the items show. listExchanges() therefore pages with limit/offset until a short
//   page, keeps each bid id once, and moves its cursor to the newest status-change time seen minus
//   cursorOverlap, so a bid that changed while the pages were read is listed again next time.
// - exchange_success reads "0 - done, 1 - not done", which looks inverted: kept raw, never used.
// - cancel_bid and pay_bid answer "the bid's status": accepted as a bare word or as an object.
// - The currency of partner balances and rewards is not given: they are exact Decimals.
// - "Empty answer" is read as an empty body (or null, [], {}); bid_info with empty data is "No bid
//   exists". After create_bid etc. an empty answer leaves the outcome unknown, and says so.
// - The bid hash, which cancel_bid and pay_bid take, is kept as TrackedTransaction::trackingCode.
// - No rate limit is documented: the ApiClient's policy sets none for this provider.
// - The answer envelope's types are loose on real servers: "error" may be 0, "0", false or absent,
//   ids and amounts strings or numbers, lists arrays or id-keyed objects. Sent values are strict:
//   integers as plain digits, amounts as plain decimals, the form encoded byte by byte.
#pragma once

#include "models/domain/Result.h"
#include "providers/premiumexchanger/PremiumExchangerRecords.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QJsonValue;

namespace sarraf {

class ApiClient;
struct ApiRequest;
struct ApiResponse;

class PremiumExchangerAdapter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PremiumExchangerAdapter)

public:
    template<typename T> using Callback = std::function<void(Result<T>)>;

    // The documented error answers, each its own error code.
    enum class Refusal { ApiDisabled, EmptyAnswer, NoBid, MethodNotSupported, DirectionNotFound, Other };

    // site: the exchanger's address; "/api/userapi/v1/<method>" is appended. login and key are the
    // keychain's values; language ("ru", "en", "ru_RU") goes into API-LANG, empty sends none.
    PremiumExchangerAdapter(ApiClient &client, QUrl site, QString apiLogin, QString apiKey, QString language,
                            PremiumExchangerOptions options = {}, QObject *parent = nullptr);

    static QString providerName() { return QStringLiteral("premiumexchanger"); }
    static QString errorCode(Refusal refusal); // "premiumexchanger.api-disabled", ...
    static QString invalidInputCode() { return QStringLiteral("premiumexchanger.invalid-input"); }
    static QHash<QString, TransactionStatus> defaultStatusMap();
    TransactionStatus statusFor(const QString &word) const; // case-insensitive; Unknown if not mapped
    QUrl methodUrl(const QString &method) const;
    QByteArray languageHeader() const { return m_language; }

    // Read-only: retried on 429, 5xx, timeouts and dropped connections.
    void test(QObject *context, Callback<PremiumExchangerTestInfo> done);
    void directionCurrencies(const PremiumExchangerCurrencyFilter &filter, QObject *context,
                             Callback<PremiumExchangerCurrencyLists> done);
    void directions(const PremiumExchangerCurrencyFilter &filter, QObject *context,
                    Callback<QList<PremiumExchangerDirectionSummary>> done);
    void direction(const QString &directionId, QObject *context, Callback<PremiumExchangerDirection> done);
    void calculate(const PremiumExchangerCalcRequest &request, QObject *context, Callback<PremiumExchangerQuote> done);
    void bidInfo(const QString &bidId, const QString &hash, QObject *context, Callback<PremiumExchangerBid> done);
    // `sarrafctl track premiumexchanger ID`: digits are a bid id, anything else a bid hash.
    void track(const QString &idOrHash, QObject *context, Callback<TrackedTransaction> done);
    // One get_exchanges page, every filter as given.
    void exchanges(const PremiumExchangerExchangeFilter &filter, QObject *context,
                   Callback<QList<PremiumExchangerBid>> done);
    // Sync: every bid changed since the cursor, all pages, each id once, and the next cursor.
    void listExchanges(PremiumExchangerCursor cursor, QObject *context, Callback<PremiumExchangerListing> done);
    void partnerInfo(QObject *context, Callback<PremiumExchangerPartnerInfo> done);
    void partnerLinks(const PremiumExchangerExchangeFilter &filter, QObject *context,
                      Callback<QList<PremiumExchangerPartnerVisit>> done);
    void partnerExchanges(const PremiumExchangerExchangeFilter &filter, QObject *context,
                          Callback<QList<PremiumExchangerBid>> done);
    void partnerPayouts(const PremiumExchangerExchangeFilter &filter, QObject *context,
                        Callback<QList<PartnerPayout>> done);

    // Changes: sent once, never retried; a lost answer means "check before trying again".
    void createBid(const PremiumExchangerBidRequest &request, QObject *context, Callback<PremiumExchangerBid> done);
    void cancelBid(const QString &hash, QObject *context, Callback<PremiumExchangerStatusAnswer> done);
    void payBid(const QString &hash, QObject *context, Callback<PremiumExchangerStatusAnswer> done);
    // Returns the new payout's id. The document takes no amount: the site decides it.
    void requestPartnerPayout(const QString &methodId, const QString &account, QObject *context,
                              Callback<QString> done);

    // Checks before anything is sent; the errors carry invalidInputCode().
    static Outcome validate(const PremiumExchangerBidRequest &request);
    static Outcome validate(const PremiumExchangerCalcRequest &request);
    static Outcome validate(const PremiumExchangerExchangeFilter &filter);

private:
    using Form = QList<QPair<QString, QString>>;
    struct ListingRun;

    // Sends one method, unwraps the envelope and parses `data`; a parse failure is api.bad-answer.
    template<typename T, typename Parse>
    void send(const QString &method, const Form &form, bool changes, QObject *context, Parse parse, Callback<T> done);
    ApiRequest buildRequest(const QString &method, const Form &form, bool changes) const;
    Result<QJsonValue> unwrap(const ApiRequest &request, const ApiResponse &response, bool changes);
    Error refusal(Refusal kind, const QString &providerText, const ApiRequest &request, bool changes);
    void listPage(std::shared_ptr<ListingRun> run, QObject *context, Callback<PremiumExchangerListing> done);
    // cancel_bid and pay_bid: the same form, the same answer.
    void markBid(const QString &method, const QString &hash, QObject *context,
                 Callback<PremiumExchangerStatusAnswer> done);

    ApiClient &m_client;
    QUrl m_site;
    QByteArray m_login;
    QByteArray m_key;
    QByteArray m_language;
    PremiumExchangerOptions m_options;
};

} // namespace sarraf
