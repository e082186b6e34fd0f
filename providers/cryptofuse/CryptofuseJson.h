// Reading Cryptofuse's JSON, shared by the adapter's requests and its webhook handling (internal
// to providers/cryptofuse): fields that may be strings or exact number tokens, and the payment or
// withdrawal object that answers and webhooks share.
#pragma once

#include "models/domain/Decimal.h"
#include "models/domain/ExactJson.h"
#include "models/domain/Money.h"
#include "models/domain/Result.h"
#include "models/domain/SecretRedactor.h"
#include "providers/cryptofuse/CryptofuseAdapter.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace sarraf::cryptofuse {

using namespace Qt::StringLiterals;

// Reader failures; exchange() turns them into api.bad-answer with this detail.
inline const QString ParseErrorCode = QStringLiteral("cryptofuse.parse");

inline Error parseError(const QString &detail)
{
    return makeError(ParseErrorCode, QString(), detail);
}

// Amounts arrive as strings ("100.00000000") or as number tokens exactjson kept as strings ("1e-8").
inline Result<Decimal> decimalFrom(const QJsonValue &value)
{
    if (!value.isString())
        return parseError(u"not an amount"_s);
    const QString text = value.toString().trimmed();
    Result<Decimal> plain = Decimal::parse(text);
    if (!plain && (text.contains(u'e') || text.contains(u'E')))
        return Decimal::parseJsonNumber(text);
    return plain;
}

// Reads one JSON object's fields, remembering the first problem instead of failing at each.
class Fields final
{
public:
    explicit Fields(QJsonObject object) : m_object(std::move(object)) { }

    bool has(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        return !value.isUndefined() && !value.isNull();
    }
    QString text(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        return value.isString() ? value.toString() : QString();
    }
    QString required(const QString &key)
    {
        const QString value = text(key);
        if (value.isEmpty())
            fail(key, u"missing"_s);
        return value;
    }
    std::optional<Decimal> decimal(const QString &key)
    {
        if (!has(key))
            return std::nullopt;
        Result<Decimal> value = decimalFrom(m_object.value(key));
        if (!value) {
            fail(key, value.error().detail.isEmpty() ? value.error().code : value.error().detail);
            return std::nullopt;
        }
        return *value;
    }
    std::optional<Money> money(const QString &key, const QString &currency)
    {
        const std::optional<Decimal> amount = decimal(key);
        if (!amount)
            return std::nullopt;
        Result<Money> value = Money::fromDecimal(*amount, currency);
        if (!value) {
            fail(key, value.error().code);
            return std::nullopt;
        }
        return *value;
    }
    Money requiredMoney(const QString &key, const QString &currency)
    {
        if (!has(key))
            fail(key, u"missing"_s);
        return money(key, currency).value_or(Money());
    }
    std::optional<qint64> integer(const QString &key)
    {
        if (!has(key))
            return std::nullopt;
        const Result<qint64> value = exactjson::integerFromJson(m_object.value(key));
        if (!value)
            fail(key, u"not a whole number"_s);
        return value ? std::optional(*value) : std::nullopt;
    }
    // Liberal: true/false, or the strings "true"/"false".
    std::optional<bool> boolean(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isBool())
            return value.toBool();
        if (value.isString() && (value.toString() == u"true" || value.toString() == u"false"))
            return value.toString() == u"true";
        if (has(key))
            fail(key, u"not true or false"_s);
        return std::nullopt;
    }
    QDateTime time(const QString &key)
    {
        if (!has(key))
            return {};
        const QDateTime value = QDateTime::fromString(text(key), Qt::ISODateWithMs);
        if (!value.isValid())
            fail(key, u"not an ISO 8601 time"_s);
        return value;
    }

    const QJsonObject &object() const { return m_object; }
    bool ok() const { return m_problem.isEmpty(); }
    Error error() const { return parseError(m_problem); }

private:
    void fail(const QString &key, const QString &why)
    {
        if (m_problem.isEmpty())
            m_problem = u"field \""_s + key + u"\": "_s + why;
    }

    QJsonObject m_object;
    QString m_problem;
};

inline QString textOf(const std::optional<Decimal> &amount)
{
    return amount ? amount->toString() : QString();
}

// A payment or withdrawal object: the create and status answers, and a webhook's merged fields.
inline Result<CryptofuseTransaction> readTransaction(const QJsonObject &object, TransactionKind kind,
                                                     const QString &fallbackCurrency, const QByteArray &raw)
{
    Fields f(object);
    CryptofuseTransaction result;
    TrackedTransaction &r = result.record;
    CryptofuseDetails &d = result.details;
    r.kind = kind;
    r.provider = CryptofuseAdapter::providerName();
    const bool payment = kind == TransactionKind::Invoice;
    r.providerId = f.required(payment ? u"transaction_id"_s : u"withdrawal_id"_s);
    r.providerStatus = f.required(u"status"_s);
    d.paymentType = f.text(u"payment_type"_s);
    r.status = payment ? CryptofuseAdapter::paymentStatusFor(r.providerStatus, d.paymentType)
                       : CryptofuseAdapter::withdrawalStatusFor(r.providerStatus);
    r.currency = f.text(u"currency"_s).isEmpty() ? fallbackCurrency : f.text(u"currency"_s);
    if (payment) {
        r.amount = textOf(f.decimal(u"amount_crypto"_s));
    } else {
        r.amount = textOf(f.decimal(u"requested_amount"_s));
        r.counterAmount = textOf(f.decimal(u"amount"_s));
        r.counterCurrency = r.counterAmount.isEmpty() ? QString() : r.currency;
        d.feeUsd = f.decimal(u"fee"_s);
    }
    r.address = f.text(u"blockchain_address"_s).isEmpty() ? f.text(u"address"_s) : f.text(u"blockchain_address"_s);
    r.trackingCode = f.text(u"transaction_hash"_s);
    r.description = f.text(u"order_description"_s);
    r.createdAt = f.time(u"created_at"_s);
    d.completedAt = f.time(u"completed_at"_s);
    const QDateTime stamp = f.time(u"timestamp"_s);
    r.updatedAt = d.completedAt.isValid() ? d.completedAt : stamp.isValid() ? stamp : r.createdAt;
    r.rawAnswer = SecretRedactor::instance().redact(raw);

    d.orderId = f.text(u"order_id"_s);
    d.blockchain = f.text(u"blockchain"_s);
    d.token = f.text(u"token"_s);
    d.amountUsd = f.decimal(u"amount_usd"_s);
    d.totalPaid = f.decimal(u"total_paid_amount"_s);
    d.overpayment = f.decimal(u"overpayment_amount"_s);
    d.overpaymentUsd = f.decimal(u"overpayment_usd_value"_s);
    d.rejectedAmount = f.decimal(u"rejected_amount"_s);
    d.finalUsdValue = f.decimal(u"final_usd_value"_s);
    d.amountLimited = f.boolean(u"amount_limited"_s);
    d.confirmations = f.integer(u"confirmations"_s);
    d.expiresAt = f.time(u"expiry_time"_s);
    if (!f.ok())
        return f.error();
    return result;
}

// A JSON object with some exact-decimal numbers first, written from their digits, not a double.
inline QByteArray jsonBody(const QJsonObject &fields, const QList<std::pair<QString, Decimal>> &numbers)
{
    QByteArray body = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    QByteArray prefix = "{";
    for (const auto &[key, value] : numbers)
        prefix += '"' + key.toLatin1() + "\":" + value.toString().toLatin1() + ',';
    if (fields.isEmpty())
        prefix.chop(1); // the trailing comma
    return prefix + body.mid(1);
}

} // namespace sarraf::cryptofuse
