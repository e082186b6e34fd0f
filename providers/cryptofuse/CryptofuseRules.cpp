// What Cryptofuse's words and rules mean, without any HTTP: the status map, the checks made before
// a create is sent, and webhook verification and idempotent application.
#include "providers/cryptofuse/CryptofuseAdapter.h"

#include "models/domain/ExactJson.h"
#include "models/domain/SecretRedactor.h"
#include "providers/cryptofuse/CryptofuseJson.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QLocale>
#include <QMessageAuthenticationCode>

#include <initializer_list>
#include <utility>

namespace sarraf {

using namespace Qt::StringLiterals;
using namespace sarraf::cryptofuse;

namespace {

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == u"https" || url.scheme() == u"http");
}

QString people(const Money &money)
{
    return money.format(QLocale());
}

constexpr int FinalRank = 2;

int rank(TransactionStatus status)
{
    switch (status) {
    case TransactionStatus::Unknown: return -1; // anything known replaces it
    case TransactionStatus::Pending: return 0;
    case TransactionStatus::Processing:
    case TransactionStatus::Partial: // the customer may still pay the rest
    case TransactionStatus::Review: return 1;
    default: return FinalRank;
    }
}

} // namespace

Outcome CryptofuseAdapter::validate(const CryptofusePaymentRequest &request)
{
    const Money &price = request.price;
    if (!price.isValid() || price.isNegative() || price.isZero())
        return makeError(u"cryptofuse.invalid-amount"_s, tr("The amount to pay must be more than zero."));
    if (request.currency.trimmed().isEmpty())
        return makeError(u"cryptofuse.invalid-currency"_s, tr("Choose the currency the customer pays with."));
    if (!request.callbackUrl.isEmpty() && !isWebUrl(request.callbackUrl))
        return makeError(u"cryptofuse.invalid-callback-url"_s,
                         tr("The callback address must be a web address starting with https:// or http://."));
    if (request.expiryMinutes && *request.expiryMinutes <= 0)
        return makeError(u"cryptofuse.invalid-expiry"_s, tr("The time to pay must be at least one minute."));

    // The bounds that apply to the price: Cryptofuse's USD limits for a USD price, the coin's own
    // for a price in the coin. A price in another currency cannot be compared before sending.
    std::optional<Money> minimum;
    std::optional<Money> maximum;
    const bool usd = price.currency() == u"USD";
    const bool inCoin = price.currency().compare(request.currency, Qt::CaseInsensitive) == 0;
    if (request.limits) {
        if (request.limits->code.compare(request.currency, Qt::CaseInsensitive) != 0)
            return makeError(
                u"cryptofuse.invalid-limits"_s,
                tr("The limits given are for %1, not for %2.").arg(request.limits->code, request.currency));
        minimum = usd ? request.limits->minAmountUsd : inCoin ? request.limits->minAmount : std::nullopt;
        maximum = usd ? request.limits->maxAmountUsd : inCoin ? request.limits->maxAmount : std::nullopt;
    }
    if (request.minimum) {
        const CryptofuseMinimum &m = *request.minimum;
        const std::optional<Money> documented = m.minAmount.currency() == price.currency() ? std::optional(m.minAmount)
            : usd                                                                          ? m.minAmountUsd
                                                                                           : std::nullopt;
        if (documented && (!minimum || documented->compare(*minimum).valueOr(std::strong_ordering::less) > 0))
            minimum = documented;
    }
    if (minimum && price.compare(*minimum).valueOr(std::strong_ordering::equal) < 0)
        return makeError(u"cryptofuse.invalid-below-minimum"_s,
                         tr("%1 is below Cryptofuse's minimum of %2 for %3.")
                             .arg(people(price), people(*minimum), request.currency));
    if (maximum && price.compare(*maximum).valueOr(std::strong_ordering::equal) > 0)
        return makeError(u"cryptofuse.invalid-above-maximum"_s,
                         tr("%1 is above Cryptofuse's maximum of %2 for %3.")
                             .arg(people(price), people(*maximum), request.currency));
    return Done{};
}

Outcome CryptofuseAdapter::validate(const CryptofuseWithdrawalRequest &request)
{
    const Money &amount = request.amount;
    if (!amount.isValid() || amount.isNegative() || amount.isZero())
        return makeError(u"cryptofuse.invalid-amount"_s, tr("The amount to withdraw must be more than zero."));
    const QString address = request.address.trimmed();
    if (address.isEmpty())
        return makeError(u"cryptofuse.invalid-address"_s, tr("Enter the address to withdraw to."));
    if (!request.callbackUrl.isEmpty() && !isWebUrl(request.callbackUrl))
        return makeError(u"cryptofuse.invalid-callback-url"_s,
                         tr("The callback address must be a web address starting with https:// or http://."));
    if (request.addressCheck) {
        const CryptofuseAddressCheck &check = *request.addressCheck;
        if (check.address.trimmed() != address || check.currency.compare(amount.currency(), Qt::CaseInsensitive) != 0)
            return makeError(u"cryptofuse.invalid-address-check"_s,
                             tr("The address check was made for another address or currency; check %1 for %2 "
                                "before withdrawing.")
                                 .arg(address, amount.currency()));
        if (!check.valid)
            return makeError(
                u"cryptofuse.invalid-address"_s,
                tr("Cryptofuse says %1 is not a valid %2 address; nothing was sent.").arg(address, amount.currency()));
    }
    if (request.balance) {
        const Result<std::strong_ordering> order = amount.compare(request.balance->amount);
        if (!order)
            return makeError(u"cryptofuse.invalid-balance"_s,
                             tr("The balance given is in %1, the withdrawal in %2.")
                                 .arg(request.balance->amount.currency(), amount.currency()));
        if (*order > 0)
            return makeError(u"cryptofuse.invalid-insufficient-balance"_s,
                             tr("The available Cryptofuse balance of %1 is less than %2; nothing was sent.")
                                 .arg(people(request.balance->amount), people(amount)));
    }
    return Done{};
}

TransactionStatus CryptofuseAdapter::paymentStatusFor(QStringView status, QStringView paymentType)
{
    const QString word = status.trimmed().toString().toLower();
    if (word == u"waiting")
        return TransactionStatus::Pending;
    if (word == u"confirming")
        return TransactionStatus::Processing;
    if (word == u"completed") // "completes as partial payment" (test amount 345.67)
        return paymentType.trimmed().compare(u"partial", Qt::CaseInsensitive) == 0 ? TransactionStatus::Partial
                                                                                   : TransactionStatus::Completed;
    if (word == u"partially_paid")
        return TransactionStatus::Partial;
    if (word == u"expired")
        return TransactionStatus::Expired;
    if (word == u"failed")
        return TransactionStatus::Failed;
    return TransactionStatus::Unknown;
}

TransactionStatus CryptofuseAdapter::withdrawalStatusFor(QStringView status)
{
    const QString word = status.trimmed().toString().toLower();
    // "pending" waits for Cryptofuse, not for a customer: the money is on its way.
    if (word == u"pending" || word == u"processing")
        return TransactionStatus::Processing;
    if (word == u"completed")
        return TransactionStatus::Completed;
    if (word == u"failed")
        return TransactionStatus::Failed;
    return TransactionStatus::Unknown;
}

Result<CryptofuseWebhook> CryptofuseAdapter::verifyWebhook(const QByteArray &rawBody,
                                                           const QByteArray &signatureHeader) const
{
    return verifyWebhook(rawBody, signatureHeader, m_webhookSecret);
}

Result<CryptofuseWebhook> CryptofuseAdapter::verifyWebhook(const QByteArray &rawBody, const QByteArray &signatureHeader,
                                                           const QString &webhookSecret)
{
    if (webhookSecret.isEmpty())
        return makeError(u"cryptofuse.webhook-no-secret"_s,
                         tr("No Cryptofuse webhook secret is saved, so the callback cannot be checked."));
    const QByteArray given = signatureHeader.trimmed().toLower(); // PHP's hash_hmac writes lower-case hex
    if (given.isEmpty())
        return makeError(u"cryptofuse.webhook-unsigned"_s,
                         tr("The callback has no X-Webhook-Signature header, so it cannot be trusted."));
    const QByteArray expected
        = QMessageAuthenticationCode::hash(rawBody, webhookSecret.toUtf8(), QCryptographicHash::Sha256).toHex();
    // Constant time over the whole expected length: the position of a wrong byte must not show.
    char difference = given.size() == expected.size() ? 0 : 1;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= char(expected[i] ^ (i < given.size() ? given[i] : 0));
    if (difference != 0)
        return makeError(u"cryptofuse.webhook-bad-signature"_s,
                         tr("The callback's signature does not match the Cryptofuse webhook secret; it was not sent "
                            "by Cryptofuse, was changed on the way, or the saved secret is wrong."));

    const auto invalid = [](const QString &detail) {
        return makeError(u"cryptofuse.webhook-invalid"_s,
                         tr("The callback is signed correctly but is not a Cryptofuse update Sarraf can read."),
                         detail);
    };
    const Result<QJsonDocument> json = exactjson::parse(rawBody);
    if (!json || !json->isObject())
        return invalid(json ? u"not a JSON object"_s : json.error().detail);
    const QJsonObject top = json->object();
    const QString event = top.value(u"event"_s).toString();
    const bool withdrawal = event == u"withdrawal_status_update"
        || (event.isEmpty()
            && (top.contains(u"withdrawal_id"_s) || top.value(u"data"_s).toObject().contains(u"withdrawal_id"_s)));
    // data's fields, then the top level's where data has none; the top level names the transaction.
    QJsonObject merged = top.value(u"data"_s).toObject();
    for (auto it = top.begin(); it != top.end(); ++it) {
        const bool identity = it.key() == u"transaction_id" || it.key() == u"withdrawal_id" || it.key() == u"status"
            || it.key() == u"timestamp";
        if (it.key() != u"data" && (identity || !merged.contains(it.key())))
            merged.insert(it.key(), it.value());
    }
    Result<CryptofuseTransaction> transaction = readTransaction(
        merged, withdrawal ? TransactionKind::Withdrawal : TransactionKind::Invoice, QString(), rawBody);
    if (!transaction)
        return invalid(transaction.error().detail);
    CryptofuseWebhook webhook;
    webhook.event = event;
    webhook.timestamp = QDateTime::fromString(top.value(u"timestamp"_s).toString(), Qt::ISODateWithMs);
    webhook.transaction = std::move(transaction).value();
    webhook.rawBody = rawBody;
    return webhook;
}

Result<CryptofuseWebhookEffect> CryptofuseAdapter::applyWebhook(const TrackedTransaction &stored,
                                                                const CryptofuseWebhook &webhook)
{
    const TrackedTransaction &in = webhook.transaction.record;
    if (stored.kind != in.kind || stored.providerId != in.providerId
        || (!stored.provider.isEmpty() && stored.provider != providerName()))
        return makeError(u"cryptofuse.webhook-other-transaction"_s,
                         tr("The callback is about Cryptofuse transaction %1, not this one.").arg(in.providerId),
                         u"stored %1 %2 %3"_s.arg(stored.provider, transactionKindKey(stored.kind), stored.providerId));

    TrackedTransaction next = stored;
    next.provider = providerName();
    next.status = in.status;
    next.providerStatus = in.providerStatus;
    using Field = std::pair<QString *, const QString *>;
    for (auto [field, value] : std::initializer_list<Field>{{&next.amount, &in.amount},
                                                             {&next.currency, &in.currency},
                                                             {&next.counterAmount, &in.counterAmount},
                                                             {&next.counterCurrency, &in.counterCurrency},
                                                             {&next.address, &in.address},
                                                             {&next.trackingCode, &in.trackingCode}}) {
        if (!value->isEmpty()) // a webhook says only what changed; keep what it leaves out
            *field = *value;
    }
    const bool statusMoved = next.status != stored.status || next.providerStatus != stored.providerStatus;
    const bool moved = statusMoved || next.amount != stored.amount || next.currency != stored.currency
        || next.counterAmount != stored.counterAmount || next.counterCurrency != stored.counterCurrency
        || next.address != stored.address || next.trackingCode != stored.trackingCode;

    CryptofuseWebhookEffect effect;
    effect.record = stored;
    if (!moved)
        return effect; // Duplicate: the same update again
    const QDateTime when = webhook.timestamp.isValid() ? webhook.timestamp : in.updatedAt;
    const bool comparable = when.isValid() && stored.updatedAt.isValid();
    const bool older = comparable && when < stored.updatedAt;
    const bool newer = comparable && when > stored.updatedAt;
    const int from = rank(stored.status);
    const int to = rank(in.status);
    // A late update must not undo a newer one: never back to an earlier stage, within a stage
    // never an older update, and one final status replaces another only when provably newer.
    // An unknown word is always shown: a person must see it.
    const bool finalReplaced = from == FinalRank && in.status != stored.status && !newer;
    if (in.status != TransactionStatus::Unknown && (to < from || (to == from && (older || finalReplaced)))) {
        effect.outcome = CryptofuseWebhookEffect::Outcome::Stale;
        return effect;
    }
    next.updatedAt = when.isValid() ? when : QDateTime::currentDateTimeUtc();
    if (!next.createdAt.isValid())
        next.createdAt = in.createdAt;
    next.rawAnswer = SecretRedactor::instance().redact(webhook.rawBody);
    effect.outcome = CryptofuseWebhookEffect::Outcome::Applied;
    effect.record = next;
    if (statusMoved) {
        StatusChange change;
        if (!stored.providerStatus.isEmpty())
            change.from = stored.status;
        change.to = next.status;
        change.providerStatus = next.providerStatus;
        change.changedAt = next.updatedAt;
        change.source = u"callback"_s;
        effect.statusChange = change;
    }
    return effect;
}

} // namespace sarraf
