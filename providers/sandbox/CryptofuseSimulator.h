// A local imitation of Cryptofuse (provider-docs/002_f0d4eba322cc3ba1.txt) under /cryptofuse on a
// SandboxServer, in testnet mode: OAuth2 tokens, every documented endpoint in its documented shape,
// the testnet amounts, status progressions, and genuinely signed webhooks sent to callback_url.
//
// Where the document shows nothing, the simulator chooses, and says so here:
// - Refusals follow django-oauth-toolkit and Django REST framework, which the API's paths
//   suggest: a wrong client is 401 {"error": "invalid_client"}, a missing, unknown or expired
//   bearer token 401 {"detail": ...}; other errors are {"code", "message", "details"} with the
//   codes the document's error handling names (invalid_currency, invalid_request,
//   insufficient_balance) plus not_found.
// - Creates answer 201. A payment without price_currency is priced in USD, as the document's
//   testnet example implies. The testnet amounts apply to USD prices.
// - Test amounts: confirming after Timing::confirmAfter, then the outcome after settleAfter
//   (234.56: slowSettleAfter, "after 30 seconds"); 345.67 ends "partially_paid"/"partial" with 50%
//   paid, 456.78 "completed"/"overpayment" with 150%, 567.89 "expired" and 678.90 "failed" without
//   a deposit. Other payments wait until their expiry_minutes pass, or a control call moves them.
// - Withdrawals go pending -> processing -> completed a Timing::withdrawalStep apart; fees are 1%
//   plus a fixed network fee per coin, as in the document's example (100 -> 1.50 -> 98.50).
// - POST /_sandbox/cryptofuse/payments/{id}/status and /withdrawals/{id}/status {"status": ...,
//   "payment_type": ...} move a transaction (any word, so unknown statuses can be tried) and send
//   its webhook; GET /_sandbox/cryptofuse/webhooks/{id} shows the signed webhook of its current
//   state; POST /_sandbox/cryptofuse/tokens/expire ends every issued token.
// Single-threaded: use it from the thread the server runs in.
#pragma once

#include "models/domain/Decimal.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>
#include <utility>

class QNetworkAccessManager;

namespace sarraf {

class SandboxServer;
struct SandboxReply;
struct SandboxRequest;
class CryptofuseSimulator;

// JSON helpers the simulator's two source files share; not for other code.
namespace cryptofusesim {
QJsonValue number(const Decimal &value); // written as a bare number token of exactly these digits
QByteArray render(const QJsonObject &object); // compact JSON with those tokens in place
Decimal dec(const char *text);
QString crypto(const Decimal &value); // "100.00000000"
QString usd(const Decimal &value); // "100.00"
QString now(); // ISO 8601 UTC, seconds
QJsonObject keep(const QJsonObject &object, const QStringList &keys);
SandboxReply answer(const QJsonObject &object, int status = 200);
// {"code", "message", "details": {field: [message]}}
SandboxReply refusal(int status, const QString &code, const QString &message, const QString &field = {});
QJsonObject bodyOf(const SandboxRequest &request);
} // namespace cryptofusesim

class CryptofuseSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CryptofuseSimulator)

public:
    struct Timing
    {
        std::chrono::milliseconds confirmAfter{0}; // the deposit of a test amount is seen
        std::chrono::milliseconds settleAfter{3000}; // "after a few seconds"
        std::chrono::milliseconds slowSettleAfter{30000}; // 234.56: "after 30 seconds"
        std::chrono::milliseconds withdrawalStep{2000};
    };

    struct Webhook
    {
        QUrl url; // empty when the transaction has no callback_url
        QByteArray body; // exactly the bytes sent and signed
        QByteArray signature; // X-Webhook-Signature: hex HMAC-SHA256 of body
        int httpStatus = 0; // the receiver's answer; 0 until it answers or when it cannot be reached
    };

    // Installs the routes on server (which must outlive this) and names the provider.
    explicit CryptofuseSimulator(SandboxServer &server, QObject *parent = nullptr);
    ~CryptofuseSimulator() override;

    // The defaults are for a trainee to type: sandbox-client, sandbox-secret, sandbox-webhook-secret.
    void setCredentials(const QString &clientId, const QString &clientSecret, const QString &webhookSecret);
    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }
    QString webhookSecret() const { return m_webhookSecret; }

    void setTiming(const Timing &timing) { m_timing = timing; }
    void setTokenLifetime(std::chrono::seconds lifetime) { m_tokenLifetime = lifetime; } // default 36000 s
    void expireTokens(); // every token issued so far is refused from now on
    int tokensIssued() const { return m_tokensIssued; }
    void setBalance(const QString &currency, const Decimal &amount);
    void setSendWebhooksTwice(bool twice) { m_sendTwice = twice; } // "Webhooks may be sent multiple times"

    // Move a transaction to `status` as Cryptofuse would and send its webhook if it has a
    // callback_url. Error sandbox.not-found for an unknown id.
    Result<Webhook> setPaymentStatus(const QString &id, const QString &status, const QString &paymentType = {});
    Result<Webhook> setWithdrawalStatus(const QString &id, const QString &status);
    // How many withdrawals Cryptofuse carried out to this address: what "sent twice" would show.
    int withdrawalsTo(const QString &address) const;
    QStringList withdrawalIds() const { return m_withdrawals.keys(); }
    // The signed webhook of a transaction's current state, not sent.
    Result<Webhook> webhookFor(const QString &id) const;
    QList<Webhook> webhooks() const { return m_sent; } // every webhook sent, in order

    // Payments and withdrawals in every state, for the GUI; returns their ids (Cryptofuse has no
    // listing, so Sarraf learns them by tracking).
    QStringList seedDemoData();
    QStringList paymentIds() const { return m_payments.keys(); }

    static QByteArray sign(const QByteArray &body, const QString &secret);

private:
    struct Coin
    {
        QString code, name, token, blockchain;
        Decimal usdPrice, minAmount, maxAmount, networkFee;
    };
    struct Payment
    {
        QString id, status = QStringLiteral("waiting"), paymentType, currency, priceCurrency, address;
        QString orderId, orderDescription, transactionHash;
        Decimal amountUsd, amountCrypto, paid;
        int confirmations = 0;
        QUrl callbackUrl;
        QDateTime createdAt, expiresAt, paidAt;
        QList<std::pair<std::chrono::milliseconds, QString>> plan; // statuses to come, after creation
    };
    struct Withdrawal
    {
        QString id, status = QStringLiteral("pending"), currency, address, transactionHash;
        Decimal requested, received, platformFee, networkFee, feeUsd;
        QUrl callbackUrl;
        QDateTime createdAt, completedAt;
    };

    void installRoutes(SandboxServer &server);
    std::optional<SandboxReply> refuseToken(const SandboxRequest &request) const;
    SandboxReply token(const SandboxRequest &request);
    SandboxReply currencies(const SandboxRequest &request) const;
    SandboxReply rates(const SandboxRequest &request) const;
    SandboxReply createPayment(const SandboxRequest &request);
    SandboxReply paymentStatus(const SandboxRequest &request) const;
    SandboxReply minimumAmount(const SandboxRequest &request) const;
    SandboxReply balances() const;
    SandboxReply validateAddress(const SandboxRequest &request) const;
    SandboxReply estimate(const SandboxRequest &request) const;
    SandboxReply createWithdrawal(const SandboxRequest &request);
    SandboxReply control(const SandboxRequest &request);

    const Coin *coin(const QString &code) const;
    bool addressFits(const Coin &coin, const QString &address) const;
    QString newAddress(const Coin &coin);
    // Validated from a request body; errors carry the provider's code, message and field.
    Result<Payment> newPayment(const QJsonObject &body) const;
    QString addPayment(Payment payment); // stores it and starts its plan; returns the id
    Result<Withdrawal> newWithdrawal(const QJsonObject &body, bool addressRequired) const;
    // The status answer's fields, or (forWebhook) those the document shows in that status's webhook.
    QJsonObject paymentJson(const Payment &payment, bool forWebhook) const;
    QJsonObject withdrawalJson(const Withdrawal &withdrawal, bool forWebhook) const;
    Webhook signedWebhook(const QJsonObject &payload, const QUrl &url) const;
    Webhook paymentWebhook(const Payment &payment) const;
    Webhook withdrawalWebhook(const Withdrawal &withdrawal) const;
    void deliver(const Webhook &webhook);

    QString m_clientId = QStringLiteral("sandbox-client");
    QString m_clientSecret = QStringLiteral("sandbox-secret");
    QString m_webhookSecret = QStringLiteral("sandbox-webhook-secret");
    Timing m_timing;
    std::chrono::seconds m_tokenLifetime{36000};
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_tokens; // token -> m_clock ms after which it is refused
    int m_tokensIssued = 0;
    int m_addresses = 0;
    bool m_sendTwice = false;
    QList<Coin> m_coins;
    QMap<QString, std::pair<Decimal, Decimal>> m_balances; // currency -> available, pending
    QHash<QString, Payment> m_payments;
    QHash<QString, Withdrawal> m_withdrawals;
    QList<Webhook> m_sent;
    QNetworkAccessManager *m_network = nullptr; // created on the first webhook
};

} // namespace sarraf
