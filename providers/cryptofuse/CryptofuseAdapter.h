// Cryptofuse (provider-docs/002_f0d4eba322cc3ba1.txt): crypto payments and withdrawals over OAuth2
// client credentials, turned into Sarraf's records, plus the verification and idempotent handling
// of its HMAC-SHA256 webhooks.
//
// Currency codes. Cryptofuse names a coin on one network ("USDTTRC20": USDT on TRON). Records keep
// that code as it came, so amounts are Money in a code Sarraf's Currency table does not know, with
// unknown precision (never guessed: Cryptofuse writes USDT with 8 decimals, Sarraf's USDT has 6).
// The asset behind a code is what /currencies/ says in `token` (CryptofuseCurrency::asset()).
//
// Where the document is silent or ambiguous, and what this adapter does:
// - Error bodies are only shown as an SDK's `error.code` (invalid_currency, invalid_request,
//   insufficient_balance) and `error.details`: the code is read from `code`, `error.code` or a
//   string `error`, the sentence from `message`, `detail` or `error.message`.
// - The answers of POST /payments/status/, GET /payments/min-amount/ and GET /status/ are not
//   shown: the payment status answer is read like a webhook's `data` (flat, or wrapped in
//   `data`), the minimum from `min_amount` in the asked currency, the service status from
//   `status` if present (any 2xx means reachable). Whether /status/ needs the token is not said:
//   CryptofuseOptions::statusNeedsToken.
// - No request header or field for idempotency is documented; `order_id` is the business's own
//   reference on payments. CryptofuseOptions::idempotencyHeader sends a key if one is agreed.
// - There is no withdrawal status endpoint: withdrawals move only by webhook.
// - Amounts are sent as JSON numbers, as the examples do, written from the exact digits.
// - A webhook names the payment at the top (`transaction_id`) and again in `data`; the document's
//   own example has two different ids there. The top-level id wins, `data`'s is the fallback.
//   The special cases (overpayment, partial, expired) are shown as flat fragments: fields are
//   looked up in `data` first, then at the top level.
// - The "failed" status word for payments and withdrawals is inferred (test amount 678.90,
//   "Failed payments"); the document never prints it. The withdrawal create answer's `fee` is
//   "in USD", the estimate's "in crypto"; both are kept as the document labels them.
#pragma once

#include "models/domain/Currency.h"
#include "models/domain/Decimal.h"
#include "models/domain/Money.h"
#include "models/domain/Records.h"
#include "models/domain/Result.h"
#include "providers/http/ApiClient.h"
#include "providers/http/OAuthClientCredentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace sarraf {

struct CryptofuseOptions
{
    QString scope = QStringLiteral("read write");
    QByteArray idempotencyHeader; // empty: the document names none, so no key is sent
    bool statusNeedsToken = false; // GET /status/ with the bearer token
    std::function<qint64()> tokenClock; // ms, monotonic; for tests; empty: the real clock
};

// One entry of GET /currencies/; limits in the currency itself and in USD.
struct CryptofuseCurrency
{
    QString code; // "USDTTRC20"
    QString name;
    QString token; // "usdt": the asset
    QString blockchain; // "trx": the network
    std::optional<Money> minAmount;
    std::optional<Money> maxAmount;
    std::optional<Money> minAmountUsd;
    std::optional<Money> maxAmountUsd;
    std::optional<bool> isStable;

    // Sarraf's currency for the asset (USDT for USDTTRC20), if the table knows it.
    std::optional<Currency> asset() const { return Currency::find(token); }
};

// GET /rates/. The currency of fee_amount is not documented, so it stays a plain Decimal.
struct CryptofuseRate
{
    Money amount; // in currency_from
    Money estimatedAmount; // in currency_to, after the fee
    Decimal rate;
    std::optional<Decimal> feePercentage;
    std::optional<Decimal> feeAmount;
    QDateTime timestamp;
};

// GET /payments/min-amount/?currency=
struct CryptofuseMinimum
{
    Money minAmount;
    std::optional<Money> minAmountUsd;
};

// One entry of GET /user/balances/ (the document shows only the "account" wallet).
struct CryptofuseBalance
{
    Money amount; // available
    Money pendingAmount;
    QString blockchain;
    QString token;
};

// POST /withdrawal/validate-address/
struct CryptofuseAddressCheck
{
    bool valid = false;
    QString address;
    QString blockchain;
    QString currency;
};

// POST /withdrawal/estimate/; every amount in the withdrawn currency.
struct CryptofuseWithdrawalEstimate
{
    Money amount; // what the address receives
    Money requestedAmount; // what leaves the balance
    Money fee;
    std::optional<Money> platformFee;
    std::optional<Money> networkFee;
    QString blockchain;
    QString token;
};

// GET /status/
struct CryptofuseServiceStatus
{
    QString status; // the provider's word, empty when the answer has none
    QByteArray rawAnswer;
};

// What a payment or withdrawal carries beyond TrackedTransaction. Decimals, not Money: a webhook
// may omit the currency (the record has it), and the USD values are Cryptofuse's conversions.
struct CryptofuseDetails
{
    QString orderId; // payments: the business's reference sent on create
    QString paymentType; // "full", "partial", "overpayment"
    QString blockchain;
    QString token;
    std::optional<Decimal> amountUsd; // USD
    std::optional<Decimal> totalPaid; // record currency
    std::optional<Decimal> overpayment; // record currency
    std::optional<Decimal> overpaymentUsd; // USD
    std::optional<Decimal> rejectedAmount; // record currency
    std::optional<Decimal> finalUsdValue; // USD
    std::optional<Decimal> feeUsd; // withdrawal create answer: "Total fee in USD"
    std::optional<bool> amountLimited;
    std::optional<qint64> confirmations;
    QDateTime expiresAt;
    QDateTime completedAt;
};

// A payment (kind Invoice) or withdrawal (kind Withdrawal) as Sarraf records it. Payments: amount
// is amount_crypto in `currency`. Withdrawals: amount is requested_amount, counterAmount what the
// address receives (`amount`), both in the withdrawn currency.
struct CryptofuseTransaction
{
    TrackedTransaction record;
    CryptofuseDetails details;
};

struct CryptofusePaymentRequest
{
    Money price; // amount and price_currency ("USD"; the testnet amounts are USD)
    QString currency; // what the customer pays with, "USDTTRC20"
    QUrl callbackUrl; // optional
    QString orderId; // the business's reference, kept by Cryptofuse
    QString orderDescription;
    std::optional<bool> fixedRate; // is_fixed_rate
    std::optional<bool> feePaidByUser; // is_fee_paid_by_user
    std::optional<int> expiryMinutes; // Cryptofuse's default: 30
    QString idempotencyKey; // sent only in CryptofuseOptions::idempotencyHeader
    // Checked before sending when given: USD limits for a USD price, the coin's for a price in it.
    std::optional<CryptofuseCurrency> limits;
    std::optional<CryptofuseMinimum> minimum;
};

struct CryptofuseWithdrawalRequest
{
    Money amount; // in the Cryptofuse code: "USDTTRC20"
    QString address;
    QUrl callbackUrl; // optional
    QString idempotencyKey;
    // Checked before sending when given: enough available balance, and a check of this very
    // address and currency that Cryptofuse found valid.
    std::optional<CryptofuseBalance> balance;
    std::optional<CryptofuseAddressCheck> addressCheck;
};

// A webhook whose signature was verified; record holds only what the webhook said.
struct CryptofuseWebhook
{
    QString event; // "payment_status_update", "withdrawal_status_update"
    QDateTime timestamp;
    CryptofuseTransaction transaction;
    QByteArray rawBody;
};

// What applying a webhook to a stored record did. Duplicate: the same update again; Stale: an
// update older than what is stored (a "confirming" after "completed"); both change nothing.
struct CryptofuseWebhookEffect
{
    enum class Outcome { Applied, Duplicate, Stale };
    Outcome outcome = Outcome::Duplicate;
    TrackedTransaction record; // what to store; the input itself unless Applied
    std::optional<StatusChange> statusChange; // when the normalised status or the word moved
    bool changed() const { return outcome == Outcome::Applied; }
};

class CryptofuseAdapter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CryptofuseAdapter)

public:
    template<typename T> using Callback = std::function<void(Result<T>)>;

    static QString providerName() { return QStringLiteral("cryptofuse"); }
    static QByteArray signatureHeader() { return QByteArrayLiteral("X-Webhook-Signature"); }

    // baseUrl: the host serving /o/token/ and /payments/ (https://api.cryptofuse.com). The
    // secrets are values the composition root read from the keychain. client must outlive this.
    CryptofuseAdapter(ApiClient &client, QUrl baseUrl, QString clientId, QString clientSecret, QString webhookSecret,
                      CryptofuseOptions options = {}, QObject *parent = nullptr);
    ~CryptofuseAdapter() override;

    // Each runs `done` exactly once, later, in `context`'s thread (not if context is destroyed).
    // Errors: ApiClient's api.*, api.auth for refused credentials, cryptofuse.* for the
    // documented refusals and for requests refused before sending (cryptofuse.invalid-*).
    void authenticate(QObject *context, Callback<Done> done); // POST /o/token/ (or the cached token)
    void currencies(QObject *context, Callback<QList<CryptofuseCurrency>> done);
    void rate(const Money &amount, const QString &currencyTo, QObject *context, Callback<CryptofuseRate> done);
    void createPayment(const CryptofusePaymentRequest &request, QObject *context,
                       Callback<CryptofuseTransaction> done); // never retried
    void paymentStatus(const QString &transactionId, QObject *context, Callback<CryptofuseTransaction> done);
    void minimumAmount(const QString &currency, QObject *context, Callback<CryptofuseMinimum> done);
    void balances(QObject *context, Callback<QList<CryptofuseBalance>> done);
    void validateAddress(const QString &address, const QString &currency, QObject *context,
                         Callback<CryptofuseAddressCheck> done);
    // address may be empty ("optional for better fee accuracy").
    void estimateWithdrawal(const Money &amount, const QString &address, QObject *context,
                            Callback<CryptofuseWithdrawalEstimate> done);
    void createWithdrawal(const CryptofuseWithdrawalRequest &request, QObject *context,
                          Callback<CryptofuseTransaction> done); // never retried
    void serviceStatus(QObject *context, Callback<CryptofuseServiceStatus> done);

    // The checks createPayment/createWithdrawal make before sending, for dialogs to call early.
    static Outcome validate(const CryptofusePaymentRequest &request);
    static Outcome validate(const CryptofuseWithdrawalRequest &request);

    // Cryptofuse's word -> Sarraf's status; an unknown word is Unknown. A payment that
    // "completed" as payment_type "partial" is Partial.
    static TransactionStatus paymentStatusFor(QStringView status, QStringView paymentType = {});
    static TransactionStatus withdrawalStatusFor(QStringView status);

    // HMAC-SHA256 (hex) of the raw body keyed with the webhook secret, compared in constant
    // time, before anything of the body is read. Errors: cryptofuse.webhook-no-secret,
    // -unsigned, -bad-signature, -invalid (signed but not a webhook Sarraf can read).
    static Result<CryptofuseWebhook> verifyWebhook(const QByteArray &rawBody, const QByteArray &signatureHeader,
                                                   const QString &webhookSecret);
    Result<CryptofuseWebhook> verifyWebhook(const QByteArray &rawBody, const QByteArray &signatureHeader) const;
    // Pure: the stored record with the webhook applied. Error cryptofuse.webhook-other-transaction
    // when the webhook is about another transaction.
    static Result<CryptofuseWebhookEffect> applyWebhook(const TrackedTransaction &stored,
                                                        const CryptofuseWebhook &webhook);

private:
    template<typename T> using Reader = std::function<Result<T>(const ApiJsonResponse &)>;

    QUrl url(const QString &path) const;
    ApiRequest jsonPost(const QString &path, const QByteArray &body, ApiRequest::Effect effect) const;
    // Sends (with the token unless `authorized` is false), turns the documented error bodies into
    // cryptofuse.* errors and reader failures into api.bad-answer.
    template<typename T>
    void exchange(ApiRequest request, QObject *context, Callback<T> done, Reader<T> read, bool authorized = true);
    Error providerError(const ApiRequest &request, const ApiResponse &response);

    ApiClient &m_client;
    QUrl m_baseUrl;
    QString m_webhookSecret;
    CryptofuseOptions m_options;
    OAuthClientCredentials m_oauth;
};

} // namespace sarraf
