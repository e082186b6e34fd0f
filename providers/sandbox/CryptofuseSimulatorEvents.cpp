// The Cryptofuse simulator's events: status changes as Cryptofuse makes them, the signed webhooks
// they send to callback_url, the sandbox control calls and the GUI's demo data.
#include "models/domain/ExactJson.h"
#include "providers/sandbox/CryptofuseSimulator.h"
#include "providers/sandbox/SandboxServer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUuid>

namespace sarraf {

using namespace Qt::StringLiterals;

namespace cryptofusesim {

// Numbers are written from their exact digits: a string with this marker becomes a bare token.
QJsonValue number(const Decimal &value)
{
    return QString(u"#exact-number#"_s + value.toString());
}

QByteArray render(const QJsonObject &object)
{
    static const QRegularExpression marked(u"\"#exact-number#([-0-9.]+)\""_s);
    QString text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    text.replace(marked, u"\\1"_s);
    return text.toUtf8();
}

Decimal dec(const char *text)
{
    return Decimal::parse(QString::fromLatin1(text)).valueOr(Decimal());
}

QString crypto(const Decimal &value)
{
    return value.rescaled(8, RoundingMode::HalfEven).toString();
}

QString usd(const Decimal &value)
{
    return value.rescaled(2, RoundingMode::HalfEven).toString();
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QJsonObject keep(const QJsonObject &object, const QStringList &keys)
{
    QJsonObject kept;
    for (const QString &key : keys) {
        if (object.contains(key))
            kept.insert(key, object.value(key));
    }
    return kept;
}

SandboxReply answer(const QJsonObject &object, int status)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = render(object);
    return reply;
}

SandboxReply refusal(int status, const QString &code, const QString &message, const QString &field)
{
    QJsonObject body{{u"code"_s, code}, {u"message"_s, message}};
    if (!field.isEmpty())
        body.insert(u"details"_s, QJsonObject{{field, QJsonArray{message}}});
    return answer(body, status);
}

QJsonObject bodyOf(const SandboxRequest &request)
{
    const Result<QJsonDocument> json = exactjson::parse(request.body);
    return json ? json->object() : QJsonObject();
}

} // namespace cryptofusesim

using namespace cryptofusesim;

namespace {

bool isSettled(const QString &status)
{
    return status == u"completed" || status == u"partially_paid";
}

// What the customer sends, as a share of amount_crypto, for each payment_type.
Decimal share(const QString &paymentType)
{
    return paymentType == u"partial" ? dec("0.5") : paymentType == u"overpayment" ? dec("1.5") : dec("1");
}

QString fakeHash(const QString &id)
{
    return u"0x"_s + QString::fromLatin1(QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

Error notFound(const QString &id)
{
    return makeError(u"sandbox.not-found"_s, u"No payment or withdrawal has the id %1."_s.arg(id));
}

} // namespace

QJsonObject CryptofuseSimulator::paymentJson(const Payment &p, bool forWebhook) const
{
    const Coin *c = coin(p.currency);
    QJsonObject o{{u"transaction_id"_s, p.id},
                   {u"status"_s, p.status},
                   {u"amount_usd"_s, usd(p.amountUsd)},
                   {u"amount_crypto"_s, crypto(p.amountCrypto)},
                   {u"blockchain"_s, c->blockchain.toUpper()},
                   {u"token"_s, c->token.toUpper()},
                   {u"currency"_s, p.currency},
                   {u"address"_s, p.address},
                   {u"blockchain_address"_s, p.address},
                   {u"expiry_time"_s, iso(p.expiresAt)},
                   {u"created_at"_s, iso(p.createdAt)}};
    if (!p.orderId.isEmpty())
        o.insert(u"order_id"_s, p.orderId);
    if (!p.orderDescription.isEmpty())
        o.insert(u"order_description"_s, p.orderDescription);
    if (p.paid.sign() > 0) {
        o.insert(u"transaction_hash"_s, p.transactionHash);
        o.insert(u"confirmations"_s, p.confirmations);
        o.insert(u"payment_history"_s,
                 QJsonArray{QJsonObject{{u"deposit_id"_s, QString(u"dep_"_s + p.id.left(8))},
                                          {u"amount"_s, crypto(p.paid)},
                                          {u"transaction_hash"_s, p.transactionHash},
                                          {u"confirmations"_s, p.confirmations},
                                          {u"timestamp"_s, iso(p.paidAt)}}});
        o.insert(u"total_paid_amount"_s, crypto(p.paid));
    }
    if (isSettled(p.status)) {
        // Cryptofuse's conversion keeps 99.5% (the document's 100.00 -> 99.50, 50 -> 49.75).
        const Decimal counted = p.paid < p.amountCrypto ? p.paid * c->usdPrice : p.amountUsd;
        o.insert(u"payment_type"_s, p.paymentType);
        o.insert(u"final_usd_value"_s, number((counted * dec("0.995")).rescaled(2, RoundingMode::HalfEven)));
        if (p.paymentType == u"overpayment") {
            const Decimal over = p.paid - p.amountCrypto;
            o.insert(u"overpayment_amount"_s, crypto(over));
            o.insert(u"overpayment_usd_value"_s, usd(over * c->usdPrice * dec("0.995")));
            o.insert(u"amount_limited"_s, false);
        }
    }
    if (!forWebhook)
        return o;
    // Each webhook carries what the document shows for its status, no more.
    if (p.status == u"expired")
        return keep(o, {u"transaction_id"_s, u"status"_s});
    if (p.status == u"confirming")
        return keep(o,
                    {u"transaction_id"_s, u"status"_s, u"amount_usd"_s, u"amount_crypto"_s, u"blockchain"_s, u"token"_s,
                     u"currency"_s, u"address"_s, u"transaction_hash"_s, u"confirmations"_s, u"payment_history"_s,
                     u"total_paid_amount"_s});
    if (isSettled(p.status))
        return keep(o,
                    {u"transaction_id"_s, u"status"_s, u"amount_usd"_s, u"amount_crypto"_s, u"payment_type"_s,
                     u"final_usd_value"_s, u"transaction_hash"_s, u"confirmations"_s, u"payment_history"_s,
                     u"total_paid_amount"_s, u"overpayment_amount"_s, u"overpayment_usd_value"_s, u"amount_limited"_s});
    return keep(o, {u"transaction_id"_s, u"status"_s, u"amount_usd"_s, u"amount_crypto"_s, u"currency"_s});
}

QJsonObject CryptofuseSimulator::withdrawalJson(const Withdrawal &w, bool forWebhook) const
{
    QJsonObject o{{u"withdrawal_id"_s, w.id},         {u"status"_s, w.status},
                   {u"amount"_s, crypto(w.received)},  {u"requested_amount"_s, crypto(w.requested)},
                   {u"fee"_s, usd(w.feeUsd)}, // "Total fee in USD"
                   {u"address"_s, w.address},          {u"currency"_s, w.currency},
                   {u"created_at"_s, iso(w.createdAt)}};
    if (!w.transactionHash.isEmpty()) {
        o.insert(u"transaction_hash"_s, w.transactionHash);
        o.insert(u"confirmations"_s, 20);
        o.insert(u"completed_at"_s, iso(w.completedAt));
    }
    if (!forWebhook)
        return o;
    if (w.status == u"completed")
        return keep(o, {u"withdrawal_id"_s, u"status"_s, u"transaction_hash"_s, u"confirmations"_s, u"completed_at"_s});
    return keep(o, {u"withdrawal_id"_s, u"status"_s, u"amount"_s, u"currency"_s});
}

CryptofuseSimulator::Webhook CryptofuseSimulator::signedWebhook(const QJsonObject &payload, const QUrl &url) const
{
    Webhook webhook;
    webhook.url = url;
    webhook.body = render(payload);
    webhook.signature = sign(webhook.body, m_webhookSecret);
    return webhook;
}

CryptofuseSimulator::Webhook CryptofuseSimulator::paymentWebhook(const Payment &p) const
{
    return signedWebhook(QJsonObject{{u"transaction_id"_s, p.id},
                                      {u"event"_s, u"payment_status_update"_s},
                                      {u"status"_s, p.status},
                                      {u"timestamp"_s, now()},
                                      {u"data"_s, paymentJson(p, true)}},
                         p.callbackUrl);
}

CryptofuseSimulator::Webhook CryptofuseSimulator::withdrawalWebhook(const Withdrawal &w) const
{
    return signedWebhook(QJsonObject{{u"withdrawal_id"_s, w.id},
                                      {u"event"_s, u"withdrawal_status_update"_s},
                                      {u"status"_s, w.status},
                                      {u"timestamp"_s, now()},
                                      {u"data"_s, withdrawalJson(w, true)}},
                         w.callbackUrl);
}

void CryptofuseSimulator::deliver(const Webhook &webhook)
{
    if (webhook.url.isEmpty() || !webhook.url.isValid())
        return;
    const qsizetype index = m_sent.size();
    m_sent.append(webhook);
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(webhook.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Webhook-Signature", webhook.signature);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network->post(request, webhook.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, index] {
        m_sent[index].httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
    });
}

Result<CryptofuseSimulator::Webhook> CryptofuseSimulator::setPaymentStatus(const QString &id, const QString &status,
                                                                           const QString &paymentType)
{
    const auto it = m_payments.find(id);
    if (it == m_payments.end())
        return notFound(id);
    Payment &p = *it;
    const bool wasSettled = isSettled(p.status);
    p.status = status;
    if (!paymentType.isEmpty())
        p.paymentType = paymentType;
    if (status == u"confirming" || isSettled(status)) {
        if (status == u"partially_paid")
            p.paymentType = u"partial"_s;
        else if (status == u"completed" && (p.paymentType.isEmpty() || p.paymentType == u"partial"))
            p.paymentType = u"full"_s;
        p.paid = (p.amountCrypto * share(p.paymentType)).rescaled(8, RoundingMode::HalfUp);
        p.confirmations = status == u"confirming" ? 1 : 20;
        p.transactionHash = fakeHash(p.id);
        if (!p.paidAt.isValid())
            p.paidAt = QDateTime::currentDateTimeUtc();
        if (isSettled(status) && !wasSettled)
            m_balances[p.currency].first = m_balances[p.currency].first + p.paid;
    }
    const Webhook webhook = paymentWebhook(p);
    deliver(webhook);
    if (m_sendTwice)
        deliver(webhook);
    return webhook;
}

Result<CryptofuseSimulator::Webhook> CryptofuseSimulator::setWithdrawalStatus(const QString &id, const QString &status)
{
    const auto it = m_withdrawals.find(id);
    if (it == m_withdrawals.end())
        return notFound(id);
    Withdrawal &w = *it;
    const bool wasFinal = w.status == u"completed" || w.status == u"failed";
    w.status = status;
    auto &[available, pending] = m_balances[w.currency];
    if (!wasFinal && (status == u"completed" || status == u"failed")) {
        pending = pending - w.requested;
        if (status == u"failed")
            available = available + w.requested; // nothing left the account
    }
    if (status == u"completed") {
        w.transactionHash = fakeHash(w.id);
        w.completedAt = QDateTime::currentDateTimeUtc();
    }
    const Webhook webhook = withdrawalWebhook(w);
    deliver(webhook);
    if (m_sendTwice)
        deliver(webhook);
    return webhook;
}

Result<CryptofuseSimulator::Webhook> CryptofuseSimulator::webhookFor(const QString &id) const
{
    if (m_payments.contains(id))
        return paymentWebhook(m_payments.value(id));
    if (m_withdrawals.contains(id))
        return withdrawalWebhook(m_withdrawals.value(id));
    return notFound(id);
}

SandboxReply CryptofuseSimulator::control(const SandboxRequest &request)
{
    const QJsonObject body = bodyOf(request);
    const QString status = body.value(u"status"_s).toString();
    if (status.isEmpty())
        return refusal(400, u"invalid_request"_s, u"This field is required."_s, u"status"_s);
    const Result<Webhook> webhook = request.captures.value(0) == u"payments"
        ? setPaymentStatus(request.captures.value(1), status, body.value(u"payment_type"_s).toString())
        : setWithdrawalStatus(request.captures.value(1), status);
    if (!webhook)
        return refusal(404, u"not_found"_s, webhook.error().message);
    return answer(QJsonObject{{u"status"_s, status},
                               {u"webhook"_s,
                                QJsonObject{{u"url"_s, webhook->url.toString()},
                                             {u"body"_s, QString::fromUtf8(webhook->body)},
                                             {u"signature"_s, QString::fromLatin1(webhook->signature)}}}});
}

QStringList CryptofuseSimulator::seedDemoData()
{
    struct Seed
    {
        const char *amount, *currency, *status, *paymentType, *description;
    };
    const Seed payments[] = {
        {"25.00", "USDTTRC20", "waiting", "", "Gift card, 25 USD"},
        {"120.00", "USDTTRC20", "confirming", "full", "Premium subscription, 12 months"},
        {"80.00", "BTC", "completed", "full", "Hosting renewal"},
        {"60.00", "USDTTRC20", "completed", "overpayment", "Course fee"},
        {"300.00", "TRX", "partially_paid", "partial", "Wholesale order 5521"},
        {"45.00", "USDTERC20", "expired", "", "Phone top-up"},
        {"150.00", "ETH", "failed", "", "Consulting, March"},
    };
    QStringList ids;
    int order = 1000;
    for (const Seed &seed : payments) {
        const QJsonObject body{{u"amount"_s, QString::fromLatin1(seed.amount)},
                                {u"currency"_s, QString::fromLatin1(seed.currency)},
                                {u"price_currency"_s, u"USD"_s},
                                {u"order_id"_s, u"demo-%1"_s.arg(++order)},
                                {u"order_description"_s, QString::fromLatin1(seed.description)}};
        Result<Payment> payment = newPayment(body);
        if (!payment)
            continue;
        const QString id = addPayment(std::move(payment).value());
        if (QByteArrayView(seed.status) != "waiting")
            (void)setPaymentStatus(id, QString::fromLatin1(seed.status), QString::fromLatin1(seed.paymentType));
        ids << id;
    }
    for (const char *status : {"processing", "completed"}) {
        Result<Withdrawal> made
            = newWithdrawal(QJsonObject{{u"amount"_s, u"100"_s}, {u"currency"_s, u"USDTTRC20"_s}}, false);
        if (!made)
            continue;
        Withdrawal w = std::move(made).value();
        w.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        w.address = newAddress(*coin(w.currency));
        auto &[available, pending] = m_balances[w.currency];
        available = available - w.requested;
        pending = pending + w.requested;
        m_withdrawals.insert(w.id, w);
        (void)setWithdrawalStatus(w.id, QString::fromLatin1(status));
        ids << w.id;
    }
    return ids;
}

} // namespace sarraf
