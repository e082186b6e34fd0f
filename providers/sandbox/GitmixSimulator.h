// A local imitation of Gitmix's invoice API (provider-docs/001) on the sandbox server, under
// /gitmix: create invoice, invoice status with history, the payment page, the documented error
// body, status changes over time and genuinely signed callbacks.
//
// Routes (base URL http://127.0.0.1:PORT/gitmix):
//   POST /gitmix/invoices                  x-api-key; validates like the document's table
//   GET  /gitmix/invoices/{txid}           x-api-key; the documented status answer
//   GET  /gitmix/payment/{id}              the customer's payment page (HTML, no key)
//   POST /_sandbox/gitmix/invoices/{txid}/status    {"status":"paid"} or status=paid: sandbox only
//   GET  /_sandbox/gitmix/invoices/{txid}/callback  the signed callback body Gitmix would send
//   POST /_sandbox/gitmix/invoices/{txid}/callback  sends that callback to the callbackUrl now
//
// Where the document is silent, the simulator chooses (and the adapter does not rely on it):
// a wrong or missing key gets the documented error body with HTTP 401; an unknown txid the same
// body with 404; a validation failure 422 with one {"message"} per field; numbers are written as
// JavaScript would (80000, 2.5, 1e-18), timestamps at +03:30; the create answer echoes the
// fields sent, then txid (a number), createdAt, updatedAt and id, as the document's example;
// payable is amount x 10 for TMN and equal to amount otherwise; callbacks carry the invoice's
// main fields with "hash" in the middle (not last, so verifiers that assume a position fail),
// and are only POSTed to loopback addresses, so a trainee's sandbox never calls a real shop.
// The simulator lives in the server's thread and is used from it.
#pragma once

#include "models/domain/Money.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace sarraf {

class SandboxServer;
struct SandboxRequest;
struct SandboxReply;

class GitmixSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GitmixSimulator)

public:
    // Registers the routes on server, which must outlive the simulator's use.
    GitmixSimulator(SandboxServer &server, QString storeToken, qint64 storeId = 1, QObject *parent = nullptr);
    ~GitmixSimulator() override;

    const QString &storeToken() const { return m_storeToken; }
    qint64 storeId() const { return m_storeId; }

    // Invoices created from now on that are still pending after `delay` become paid; nullopt:
    // only the control route or setStatus() changes a status.
    void setPaidAfter(std::optional<std::chrono::milliseconds> delay) { m_paidAfter = delay; }
    // Whether every status change POSTs a signed callback to a loopback callbackUrl.
    void setSendCallbacks(bool send) { m_sendCallbacks = send; }

    // Any word is accepted, so tests can send statuses Sarraf does not know. False: unknown txid.
    bool setStatus(const QString &txid, const QString &status);
    // The callback body Gitmix would send for the invoice now; empty for an unknown txid.
    QByteArray callbackBody(const QString &txid) const;
    // POSTs callbackBody() to the invoice's callbackUrl if it is a loopback address.
    bool sendCallback(const QString &txid);
    // Gitmix's signature: HMAC-SHA1 of the signed text keyed with the store token, lower-case hex.
    static QByteArray sign(const QByteArray &signedText, const QString &storeToken);

    // Creates count realistic invoices (Persian descriptions, Iranian mobile numbers, mixed
    // currencies and statuses with their history) for the GUI; returns their txids. Repeatable:
    // the same calls give the same data.
    QStringList seedDemoData(int count);
    QStringList txids() const { return m_invoices.keys(); }

Q_SIGNALS:
    // A callback POST finished; httpStatus 0 when no answer arrived.
    void callbackDelivered(const QString &txid, int httpStatus);

private:
    struct HistoryStep
    {
        qint64 id = 0;
        QString status;
        QDateTime at;
    };
    struct Invoice
    {
        qint64 id = 0;
        QString txid;
        QString status;
        bool statusSent = false;
        Money amount;
        std::optional<qint64> gatewayId;
        QString deadlineAt; // the minutes as sent; empty: none
        QString description, callbackUrl, successRedirectUrl, failRedirectUrl;
        QString customerPhoneNumber, customerIp, customerEmail;
        std::optional<qint64> score;
        QString paymentRef, callbackStatus;
        QDateTime createdAt, updatedAt;
        QList<HistoryStep> history;
    };

    SandboxReply createInvoice(const SandboxRequest &request);
    SandboxReply invoiceStatus(const SandboxRequest &request) const;
    SandboxReply paymentPage(const SandboxRequest &request) const;
    SandboxReply controlStatus(const SandboxRequest &request);
    bool authorised(const SandboxRequest &request) const;
    QByteArray createdAnswer(const Invoice &invoice) const;
    QByteArray statusAnswer(const Invoice &invoice) const;
    Invoice &addInvoice(Invoice invoice);
    void changeStatus(Invoice &invoice, const QString &status, const QDateTime &at);

    QString m_storeToken;
    qint64 m_storeId;
    QDateTime m_storeCreatedAt;
    std::optional<std::chrono::milliseconds> m_paidAfter;
    bool m_sendCallbacks = false;
    QMap<QString, Invoice> m_invoices; // by txid
    qint64 m_nextId = 29;
    qint64 m_nextTxid = 29477;
    qint64 m_nextHistoryId = 25;
    int m_seeded = 0;
    QNetworkAccessManager *m_network = nullptr; // created on the first callback
};

} // namespace sarraf
