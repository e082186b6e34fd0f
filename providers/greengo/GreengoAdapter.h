// GREENGO (provider document 004_f2637d68586a9842.txt): turns its API v2 into Sarraf records.
//
// Every call carries the `Api-Secret` header and JSON bodies. Operations: GET /api/v2/directions,
// POST /api/v2/order/create, and POST /api/v2/order/check and /api/v2/order/cancel, which take
// {"order_id": [...]} so one request refreshes or cancels many orders.
//
// Where the document is silent or ambiguous, and what Sarraf does (each part configurable in
// GreengoOptions or the ApiPolicy the composition root builds):
// - No error answers are documented, only success markers ("response": "success" on create,
//   "result": "true " with a trailing space on check, "result": "true" on cancel). An answer whose
//   marker says anything else is the provider refusing: greengo.refused, with its "message" (or
//   "error", "error_text", "msg", "description") in the sentence. 400/404/409/422 bodies are read
//   the same way; 401/403 are api.auth, as the runtime classifies them.
// - No maximum number of ids per check or cancel: Sarraf sends at most maxIdsPerRequest (50) ids
//   per request, one request after another.
// - Ids the check answer does not list are reported NotFound, ids the cancel answer does not list
//   NotCancelled: the document does not say how unknown or already final orders are answered.
// - The cancel example `{"cancel": [{8090056}, {8090055}]}` is not valid JSON. Its entries are
//   accepted as printed, as numbers, as strings, and as objects with "order_id" or "id".
// - No rate limit is documented: recommendedPolicy() is deliberately gentle.
// - amount_payable is "in roubles (or the currency of the chosen bank)" and the check answer
//   does not say which bank: checked orders are read in payableCurrency (RUB). amount_receivable
//   is "in BTC": receivableCurrency (BTC).
// - order_ttl has no unit (minutes assumed); timestamps have no zone (Moscow time, UTC+3, assumed).
// - A checked order's rawAnswer is its own entry of the batch answer, written back as compact
//   JSON (numbers quoted, digits unchanged); a created order's is the whole answer as received.
// - Directions carry no payment method; their currencies are read from "fullname" ("... RUB на
//   Bitcoin BTC"). createOrder checks a direction's limits only when the caller passes one.
#pragma once

#include "models/domain/Decimal.h"
#include "models/domain/Money.h"
#include "models/domain/Records.h"
#include "models/domain/Result.h"
#include "providers/http/ApiClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

#include <functional>
#include <optional>

namespace sarraf {

// One exchange direction as GET /api/v2/directions lists it.
struct GreengoDirection
{
    qint64 id = 0;
    bool enabled = false; // "status": 1 on, 0 off
    qint64 orderTtlMinutes = 0; // "order_ttl", the time to pay; the document gives no unit
    Money minAmount; // "min_amount", in giveCurrency
    Money maxAmount; // "max_amount"
    Decimal commissionPercent; // "comission_percent" (the provider's spelling)
    Decimal currentCourse; // "current_course": the service's rate, commission included
    QString name; // "fullname", e.g. "Банковская карта RUB на Bitcoin BTC"
    QString giveCurrency; // what the customer pays in
    QString getCurrency; // what the customer receives
};

// What createOrder sends: the three documented fields, plus an optional direction to check against.
struct GreengoOrderRequest
{
    QString paymentMethod = QStringLiteral("card"); // "card": Russian cards, "kzt": Kazakh cards
    QString wallet; // where GREENGO sends the crypto
    Money fromAmount; // what the customer gives, in the payment method's currency
    std::optional<GreengoDirection> direction; // when set: enabled, min and max are checked locally
};

// One id's answer from checkOrders.
struct GreengoOrderCheck
{
    enum class State {
        Found, // `order` holds it
        NotFound, // GREENGO answered without this id
        Failed // its request failed or its entry was unreadable; `error` says which
    };
    QString orderId;
    State state = State::Failed;
    TrackedTransaction order;
    std::optional<Error> error; // NotFound and Failed
};

// One id's answer from cancelOrders.
struct GreengoCancelOutcome
{
    enum class State {
        Cancelled, // listed in GREENGO's answer
        NotCancelled, // GREENGO answered without it: unknown, paid or already closed
        Failed // its request failed: whether it was cancelled is unknown, check it
    };
    QString orderId;
    State state = State::Failed;
    std::optional<Error> error; // NotCancelled and Failed
};

struct GreengoOptions
{
    int maxIdsPerRequest = 50;
    QString payableCurrency = QStringLiteral("RUB");
    QString receivableCurrency = QStringLiteral("BTC");
    // The documented payment methods and the currency each one's from_amount is in.
    QMap<QString, QString> paymentMethods {{QStringLiteral("card"), QStringLiteral("RUB")},
                                           {QStringLiteral("kzt"), QStringLiteral("KZT")}};
    QTimeZone timeZone {3 * 3600}; // seconds ahead of UTC
    int maxWalletLength = 128; // the document gives no address format; longer is surely a mistake
};

class GreengoAdapter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GreengoAdapter)

public:
    template<typename T> using Callback = std::function<void(Result<T>)>;

    // apiSecret is the value itself: the composition root reads the keychain, never the adapter.
    GreengoAdapter(ApiClient &client, QUrl baseUrl, QString apiSecret, GreengoOptions options = {},
                   QObject *parent = nullptr);

    static QUrl defaultBaseUrl(); // https://api.greengo.cc
    static ApiPolicy recommendedPolicy();
    // The documented words, matched without regard to case or surrounding spaces; anything else
    // is Unknown.
    static TransactionStatus statusFor(QStringView providerStatus);

    const GreengoOptions &options() const { return m_options; }

    // What createOrder checks before sending; greengo.invalid-* errors.
    Outcome validate(const GreengoOrderRequest &request) const { return validate(request, m_options); }
    static Outcome validate(const GreengoOrderRequest &request, const GreengoOptions &options);

    // Each callback runs once, later, in `context`'s thread, unless `context` or this adapter is
    // destroyed first.
    void directions(QObject *context, Callback<QList<GreengoDirection>> done);
    // Never retried: a lost answer leaves the order's existence unknown.
    void createOrder(const GreengoOrderRequest &request, QObject *context, Callback<TrackedTransaction> done);
    // One outcome per distinct id, in the order given. The whole call fails only when its first
    // request fails; a later request's failure marks its ids and those after it Failed.
    void checkOrders(const QStringList &ids, QObject *context, Callback<QList<GreengoOrderCheck>> done);
    void cancelOrders(const QStringList &ids, QObject *context, Callback<QList<GreengoCancelOutcome>> done);

private:
    QUrl urlFor(const QString &path) const;
    ApiRequest withSecret(ApiRequest request) const;
    Outcome validateIds(const QStringList &ids) const;
    QList<QStringList> chunksOf(const QStringList &ids) const;
    // The answer's JSON when GREENGO accepted the request, or the error to report.
    Result<QJsonDocument> accepted(const ApiRequest &request, const ApiResponse &response,
                                   bool repairCancelShape = false);
    Result<TrackedTransaction> orderFrom(const QJsonObject &item, const QString &payableCurrency) const;
    Result<GreengoDirection> directionFrom(const QJsonObject &item) const;
    QDateTime timeFrom(const QJsonValue &value) const;

    // Sends `request` and hands GREENGO's accepted answer to read(request, response, json);
    // every failure before that goes to `done` as it is.
    template<typename T, typename Read>
    void exchange(const ApiRequest &request, QObject *context, Callback<T> done, Read read,
                  bool repairCancelShape = false);
    // checkOrders() and cancelOrders(): ids validated, deduplicated, chunked, sent in turn.
    template<typename Item, typename SendChunk>
    void runBatches(const QStringList &ids, QObject *context, Callback<QList<Item>> done, SendChunk sendChunk);
    void checkChunk(const QStringList &ids, QObject *context, Callback<QList<GreengoOrderCheck>> done);
    void cancelChunk(const QStringList &ids, QObject *context, Callback<QList<GreengoCancelOutcome>> done);

    ApiClient &m_client;
    QUrl m_baseUrl;
    QString m_apiSecret;
    GreengoOptions m_options;
};

} // namespace sarraf
