// Gitmix invoices (provider-docs/001): creates invoices and payment links, looks invoices up by
// txid with their status history, and verifies Gitmix's HMAC-SHA1 callbacks.
//
// Where the document is silent or ambiguous, and what this adapter does about it:
// - Host: the document only shows a placeholder (dummyapi.example.com), so the base URL has no
//   default; it is the host that serves /invoices, and /payment/{id} is taken on the same host.
// - Errors: the body {"errors":[{"message":...}]} is documented, its HTTP status is not. Any 4xx
//   body of that shape is read; the error code follows the HTTP status through the runtime
//   (401/403 api.auth, other 4xx api.client) and Gitmix's own sentence is quoted in the message.
//   Its one documented sentence, "Transaction not found or invalid api key", does not say which.
// - Create answer: it carries no "status". The transaction gets the initial status it asked for,
//   or "pending" (what a new payment link waits for); the first lookup replaces it.
// - txid is a JSON number in the create answer and a string in the status answer; deadlineAt is a
//   number in the request and a string in the answer: both forms are read.
// - payable: its unit is not documented. The one example (80000 TMN, payable 800000) suggests
//   Rial; it is kept as the exact digits Gitmix sent (GitmixInvoice::payable), never converted.
// - Statuses: only pending, processing, paid, cancelled and review are documented; any other word
//   is Unknown with the word kept. The document's own history shows "cancelled" followed by
//   "paid", so a cancelled Gitmix invoice may still be paid late.
// - Limits: only those the table gives (description 250, customerIp 50, customerEmail 320
//   characters, counted in UTF-16 units as the JavaScript server does); formats of the phone
//   number, IP and email are not documented and not checked. No rate limit is documented.
// - Callbacks: the fields of the payload, the position of "hash" in it and the HTTP transport
//   are not documented; only the algorithm is (HMAC-SHA1 hex, keyed with the store token, over
//   JSON.stringify of the payload without "hash", compared with ===). See verifyCallback().
// - Secrets in answers: the status answer embeds store.token (the API key itself) and a
//   gateway's privateKey/accessToken; rawAnswer is stored with all of them redacted.
#pragma once

#include "models/domain/Money.h"
#include "models/domain/Records.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace sarraf {

class ApiClient;
struct ApiRequest;
struct ApiResponse;

// Everything the create-invoice request of the document can carry; storeId comes from the adapter.
struct GitmixInvoiceRequest
{
    Money amount; // positive; currency one of USD, IRR, TMN, POL, TRX, TON, BNB, as Gitmix names them
    QUrl callbackUrl;        // required: Gitmix POSTs status changes here
    QUrl successRedirectUrl; // required
    QUrl failRedirectUrl;    // required
    std::optional<qint64> gatewayId;       // positive; unset: the customer chooses a gateway
    QString initialStatus;                 // "status"; empty: not sent
    std::optional<qint64> deadlineMinutes; // "deadlineAt": positive minutes the link stays valid
    QString description;                   // at most 250 characters; empty: not sent
    QString customerPhoneNumber;           // empty: Gitmix asks the customer
    QString customerIp;                    // at most 50 characters
    QString customerEmail;                 // at most 320 characters
    std::optional<qint64> score;           // unlocks private gateways for loyal customers
};

// One entry of an invoice's "transactionHistories".
struct GitmixHistoryEntry
{
    QString id;
    TransactionStatus status = TransactionStatus::Unknown;
    QString providerStatus;
    QString description;
    QDateTime createdAt;
};

// An invoice as Gitmix describes it: the normalised record plus what only Gitmix has.
struct GitmixInvoice
{
    TrackedTransaction transaction; // providerId is the txid; paymentUrl is /payment/{id}
    QString paymentId;              // "id": the payment page's id, not the txid
    QString storeId;
    QString gatewayId;
    QString payable;         // exact digits as sent; unit undocumented (see above)
    QString deadlineMinutes; // "deadlineAt"
    QString kycStatus;
    QString callbackStatus;
    QString customerIp;
    QString customerFingerprint;
    QString score;
    QList<GitmixHistoryEntry> history; // oldest first, as Gitmix lists it; empty after create
};

// A callback whose signature checked out, read as far as its (undocumented) fields allow.
struct GitmixCallback
{
    GitmixInvoice invoice;  // rawAnswer holds the body, redacted
    QByteArray signedText;  // exactly what the HMAC covered, for support and the log
};

class GitmixAdapter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GitmixAdapter)

public:
    using InvoiceDone = std::function<void(Result<GitmixInvoice>)>;

    static QString providerName() { return QStringLiteral("gitmix"); }
    static const QStringList &currencies();      // as the document lists them
    static const QStringList &initialStatuses(); // the documented status words
    static constexpr qsizetype MaxDescription = 250;
    static constexpr qsizetype MaxCustomerIp = 50;
    static constexpr qsizetype MaxCustomerEmail = 320;

    // client: this provider's runtime; baseUrl: the host that serves /invoices (a path prefix is
    // kept, as the sandbox's /gitmix); apiKey: the x-api-key value, read from the keychain by
    // the caller. The adapter never stores the key anywhere but in this object.
    GitmixAdapter(ApiClient &client, QUrl baseUrl, qint64 storeId, QString apiKey, QObject *parent = nullptr);

    // Both return at once; `done` runs once, later, in context's thread, unless context or this
    // adapter is destroyed first. A request refused locally (gitmix.invalid-*) sends nothing.
    // Creating is never retried by the runtime: a timeout leaves the outcome unknown.
    void createInvoice(const GitmixInvoiceRequest &request, QObject *context, InvoiceDone done);
    void invoiceStatus(const QString &txid, QObject *context, InvoiceDone done);

    // Checks the limits of the document's table; the first violation, named with its limit.
    Outcome validate(const GitmixInvoiceRequest &request) const { return validate(request, m_storeId); }
    // The same for a store id from the settings, before an adapter exists (the dialogs).
    static Outcome validate(const GitmixInvoiceRequest &request, qint64 storeId);
    // The JSON body createInvoice() sends: the documented order, amounts as exact number tokens.
    QByteArray invoiceBody(const GitmixInvoiceRequest &request) const;
    QUrl paymentUrl(const QString &paymentId) const;

    static TransactionStatus normalisedStatus(QStringView gitmixStatus);

    // Checks a callback as Gitmix's own verifier does, on the bytes received: the top-level
    // "hash" member is removed and the rest re-emitted as JSON.stringify would after
    // JSON.parse (see GitmixAdapter.cpp), then HMAC-SHA1 with storeToken is compared in
    // constant time with the hash. Errors: gitmix.callback-malformed, gitmix.callback-unsigned,
    // gitmix.callback-forged, gitmix.callback-incomplete (genuine but without txid or status).
    static Result<GitmixCallback> verifyCallback(const QByteArray &rawBody, const QString &storeToken);
    // The text Gitmix signs for this body: JSON.stringify(payload without "hash").
    static Result<QByteArray> signedTextOf(const QByteArray &rawBody, QString *hash = nullptr);

private:
    QUrl endpointUrl(const QString &path) const;
    ApiRequest withKey(ApiRequest request) const;
    void sendForInvoice(ApiRequest request, std::optional<QString> assumedStatus, QObject *context,
                        InvoiceDone done);
    Result<GitmixInvoice> readInvoice(const ApiRequest &request, const ApiResponse &response,
                                      const std::optional<QString> &assumedStatus) const;
    Error providerError(const ApiRequest &request, const ApiResponse &response) const;
    static void deliverLater(QObject *context, InvoiceDone done, Error error);

    ApiClient &m_client;
    QUrl m_baseUrl;
    qint64 m_storeId;
    QString m_apiKey;
};

} // namespace sarraf
