// The plain records every layer speaks: what a tracked transaction is and how its status moved.
#pragma once

#include "models/domain/TransactionStatus.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace sarraf {

enum class TransactionKind { Invoice, Order, Withdrawal };

inline QString transactionKindKey(TransactionKind kind)
{
    switch (kind) {
    case TransactionKind::Invoice: return QStringLiteral("invoice");
    case TransactionKind::Order: return QStringLiteral("order");
    case TransactionKind::Withdrawal: break;
    }
    return QStringLiteral("withdrawal");
}

// One invoice, exchange order or withdrawal as Sarraf tracks it. Amounts are exact decimal text
// as Money::amountText() gives it, never floating point.
struct TrackedTransaction
{
    TransactionKind kind = TransactionKind::Invoice;
    QString provider;   // "gitmix", "greengo", ...: ProviderCatalog names
    QString providerId; // the provider's own id (txid, bid id, order id)
    TransactionStatus status = TransactionStatus::Unknown;
    QString providerStatus; // the provider's own word, kept as it came

    QString amount;   // what the customer pays or the business sends
    QString currency;
    QString counterAmount; // orders: what the other side receives; empty otherwise
    QString counterCurrency;

    QString customerName;
    QString customerEmail;
    QString customerPhone;
    QString address;      // a crypto address, card or IBAN the transaction goes to or comes from
    QString description;
    QString trackingCode; // a bank reference, tx hash or provider tracking code
    QString paymentUrl;

    QDateTime createdAt;
    QDateTime updatedAt;
    QByteArray rawAnswer; // the provider's last answer, already redacted
};

// One step in a transaction's status history.
struct StatusChange
{
    qint64 transactionId = 0;
    std::optional<TransactionStatus> from;
    TransactionStatus to = TransactionStatus::Unknown;
    QString providerStatus;
    QDateTime changedAt;
    QString source; // "sync", "callback", "lookup", "create"
};

// One price of a currency pair from a price source, at the time the source gives for it. Prices
// are exact decimal text; the change is the source's own 24-hour figure in percent, if it gives one.
struct PriceQuote
{
    QString source;        // "sandbox", later "coingecko", "coinmarketcap", "nobitex"
    QString base;          // "BTC"
    QString quote;         // "USDT", "IRT"
    QString price;         // "67321.15"
    QString change24h;     // "-1.82" (percent); empty when the source does not say
    QDateTime observedAt;  // UTC

    QString pair() const { return base + u'/' + quote; }
};

} // namespace sarraf
