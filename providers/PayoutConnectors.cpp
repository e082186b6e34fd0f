// The payout connectors of Cryptofuse (withdrawals to a crypto address) and Premium Exchanger (the
// partner programme's payouts to an account).
#include "providers/PayoutConnector.h"

#include "providers/ProviderConnector.h"
#include "providers/cryptofuse/CryptofuseAdapter.h"
#include "providers/premiumexchanger/PremiumExchangerAdapter.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace sarraf {

bool payoutOutcomeUnknown(const Error &error)
{
    return createOutcomeUnknown(error)
           || error.code == PremiumExchangerAdapter::errorCode(PremiumExchangerAdapter::Refusal::EmptyAnswer);
}

namespace {

QString withCurrency(const Decimal &amount, const QString &currency)
{
    return amount.toString() + u' ' + currency;
}

// The payout's state as the provider's status of it says: still under way unless it settled.
PayoutState payoutStateFor(TransactionStatus status)
{
    return PayoutStates::outcomeOf(status).value_or(PayoutState::Submitted);
}

class CryptofusePayouts final : public PayoutConnector
{
public:
    explicit CryptofusePayouts(CryptofuseAdapter &adapter) : m_adapter(adapter) {}

    QString provider() const override { return CryptofuseAdapter::providerName(); }
    QStringList destinationKinds() const override { return {u"address"_s}; }

    // Three questions, as the document's withdrawal flow asks them: the address, the estimate, the balance.
    void check(const PayoutOrder &order, QObject *context, Callback<PayoutCheckResult> done) override
    {
        const QString currency = order.amount.currency();
        m_adapter.validateAddress(order.destination, currency, context,
                                  [this, order, currency, context = QPointer<QObject>(context),
                                   done](Result<CryptofuseAddressCheck> address) {
            if (!address)
                return done(address.error());
            if (!context)
                return;
            if (!address->valid)
                return done(PayoutCheckResult{
                    false,
                    PayoutConnector::tr("Cryptofuse says %1 is not a valid address for %2. Nothing can be sent to it.")
                        .arg(order.destination, currency),
                    std::nullopt, std::nullopt});
            const QString network = address->blockchain;
            m_adapter.estimateWithdrawal(order.amount, order.destination, context,
                                         [this, order, currency, network, context, done](
                                             Result<CryptofuseWithdrawalEstimate> estimate) {
                if (!estimate)
                    return done(estimate.error());
                if (!context)
                    return;
                m_adapter.balances(context, [order, currency, network, estimate = *estimate,
                                             done](Result<QList<CryptofuseBalance>> balances) {
                    if (!balances)
                        return done(balances.error());
                    std::optional<Money> available;
                    for (const CryptofuseBalance &balance : std::as_const(*balances)) {
                        if (balance.amount.currency() == currency)
                            available = balance.amount;
                    }
                    PayoutCheckResult result;
                    result.fee = estimate.fee;
                    result.net = estimate.amount;
                    //: %1 address, %2 network, %3 fee with currency, %4 what arrives with currency
                    result.summary = PayoutConnector::tr("Cryptofuse says the address %1 is valid on the %2 network. Its fee is %3, "
                                        "so the address receives %4.")
                                         .arg(order.destination, network,
                                              withCurrency(estimate.fee.amount(), currency),
                                              withCurrency(estimate.amount.amount(), currency));
                    if (!available) {
                        result.summary += u' ' + PayoutConnector::tr("The account has no %1 balance to pay it from.").arg(currency);
                    } else if (available->amount() < order.amount.amount()) {
                        result.summary += u' '
                                          + PayoutConnector::tr("The available balance, %1, is less than the payout.")
                                                .arg(withCurrency(available->amount(), currency));
                    } else {
                        result.valid = true;
                        result.summary += u' '
                                          + PayoutConnector::tr("The available balance is %1.")
                                                .arg(withCurrency(available->amount(), currency));
                    }
                    done(result);
                });
            });
        });
    }

    void send(const PayoutOrder &order, QObject *context, Callback<PayoutAnswer> done) override
    {
        CryptofuseWithdrawalRequest request;
        request.amount = order.amount;
        request.address = order.destination;
        request.callbackUrl = order.callbackUrl;
        request.idempotencyKey = order.idempotencyKey;
        m_adapter.createWithdrawal(request, context, [done](Result<CryptofuseTransaction> withdrawal) {
            if (!withdrawal)
                return done(withdrawal.error());
            const TrackedTransaction &record = withdrawal->record;
            done(PayoutAnswer{payoutStateFor(record.status), record.providerId,
                              //: %1 the withdrawal's id, %2 Cryptofuse's status word
                              PayoutConnector::tr("Cryptofuse accepted withdrawal %1, status \"%2\".")
                                  .arg(record.providerId, record.providerStatus),
                              record});
        });
    }

    // Cryptofuse has no withdrawal status request: its webhooks are the only news.
    void status(const PayoutOrder &, const QString &, QObject *context,
                Callback<std::optional<PayoutAnswer>> done) override
    {
        QMetaObject::invokeMethod(context, [done] { done(std::optional<PayoutAnswer>()); }, Qt::QueuedConnection);
    }

    // No list of withdrawals either: the balance is the one clue the API gives.
    void findSent(const PayoutOrder &order, const QDateTime &, QObject *context, Callback<PayoutSighting> done) override
    {
        const QString currency = order.amount.currency();
        m_adapter.balances(context, [currency, done](Result<QList<CryptofuseBalance>> balances) {
            if (!balances)
                return done(balances.error());
            PayoutSighting sighting;
            sighting.summary = PayoutConnector::tr("Cryptofuse cannot list withdrawals, so Sarraf cannot see whether this one arrived. "
                                  "Look for its webhook among the imported callbacks, or ask Cryptofuse.");
            for (const CryptofuseBalance &balance : std::as_const(*balances)) {
                if (balance.amount.currency() == currency)
                    sighting.summary += u' '
                                        + PayoutConnector::tr("The %1 balance now: %2 available, %3 pending (a withdrawal under way "
                                             "is pending).")
                                              .arg(currency, balance.amount.amountText(),
                                                   balance.pendingAmount.amountText());
            }
            done(sighting);
        });
    }

private:
    CryptofuseAdapter &m_adapter;
};

QString describe(const PartnerPayout &payout)
{
    //: %1 payout id, %2 amount with currency, %3 account, %4 the exchanger's status word
    return PayoutConnector::tr("payout %1 of %2 to %3, status %4")
        .arg(payout.providerId, withCurrency(payout.amount.amount(), payout.amount.currency()), payout.account,
             payout.providerStatus);
}

class PremiumExchangerPayouts final : public PayoutConnector
{
public:
    explicit PremiumExchangerPayouts(PremiumExchangerAdapter &adapter) : m_adapter(adapter) {}

    QString provider() const override { return PremiumExchangerAdapter::providerName(); }
    QStringList destinationKinds() const override { return {u"partner"_s}; }

    // The partner programme pays its whole balance in the currency chosen (method_id): add_partner_payout
    // takes no amount. So a payout is valid only for exactly that balance, and it is compared again
    // just before sending.
    static std::optional<PremiumExchangerPartnerCurrency> offered(const PremiumExchangerPartnerInfo &info,
                                                                  const QString &method)
    {
        for (const PremiumExchangerPartnerCurrency &currency : info.currencies) {
            if (currency.id == method)
                return currency;
        }
        return std::nullopt;
    }

    void check(const PayoutOrder &order, QObject *context, Callback<PayoutCheckResult> done) override
    {
        m_adapter.partnerInfo(context, [order, done](Result<PremiumExchangerPartnerInfo> info) {
            if (!info)
                return done(info.error());
            const std::optional<PremiumExchangerPartnerCurrency> currency = offered(*info, order.method);
            if (!currency) {
                QStringList listed;
                for (const PremiumExchangerPartnerCurrency &c : std::as_const(info->currencies))
                    listed.append(c.id + u" (" + c.title + u')');
                return done(PayoutCheckResult{false,
                                              PayoutConnector::tr("Premium Exchanger offers no payout currency %1. "
                                                                  "It offers: %2.")
                                                  .arg(order.method, listed.join(u", ")),
                                              std::nullopt, std::nullopt});
            }
            PayoutCheckResult result;
            //: %1 currency title, %2 balance, %3 the exchanger's commission, %4 minimum payout
            result.summary = PayoutConnector::tr("Premium Exchanger pays the whole partner balance in %1: %2 now, "
                                                 "commission %3, minimum payout %4.")
                                 .arg(currency->title, currency->balance.toString(), currency->commission,
                                      info->minPayout.toString());
            if (info->balance < info->minPayout)
                result.summary += u' ' + PayoutConnector::tr("The partner balance is below the minimum payout.");
            else if (currency->balance != order.amount.amount())
                result.summary += u' '
                                  + PayoutConnector::tr("It cannot pay another amount: request exactly %1.")
                                        .arg(currency->balance.toString());
            else
                result.valid = true;
            done(result);
        });
    }

    void send(const PayoutOrder &order, QObject *context, Callback<PayoutAnswer> done) override
    {
        // The balance decides what leaves: if it moved since approval, nothing is sent.
        m_adapter.partnerInfo(context, [this, order, context = QPointer<QObject>(context),
                                        done](Result<PremiumExchangerPartnerInfo> info) {
            if (!info)
                return done(info.error());
            if (!context)
                return;
            const std::optional<PremiumExchangerPartnerCurrency> currency = offered(*info, order.method);
            if (!currency || currency->balance != order.amount.amount())
                return done(makeError(
                    u"premiumexchanger.balance-changed"_s,
                    PayoutConnector::tr("Nothing was sent: Premium Exchanger would now pay %1, not the %2 that was "
                                        "approved. Request the payout again for the new balance.")
                        .arg(currency ? currency->balance.toString() : u"0"_s, order.amount.amountText())));
            m_adapter.requestPartnerPayout(order.method, order.destination, context, [done](Result<QString> id) {
                if (!id)
                    return done(id.error());
                done(PayoutAnswer{PayoutState::Submitted, *id,
                                  PayoutConnector::tr("Premium Exchanger accepted payout request %1.").arg(*id),
                                  std::nullopt});
            });
        });
    }

    void status(const PayoutOrder &, const QString &reference, QObject *context,
                Callback<std::optional<PayoutAnswer>> done) override
    {
        PremiumExchangerExchangeFilter filter;
        filter.bidId = reference;
        m_adapter.partnerPayouts(filter, context, [reference, done](Result<QList<PartnerPayout>> payouts) {
            if (!payouts)
                return done(payouts.error());
            for (const PartnerPayout &payout : std::as_const(*payouts)) {
                if (payout.providerId == reference)
                    return done(std::optional<PayoutAnswer>(PayoutAnswer{
                        payoutStateFor(payout.status), payout.providerId,
                        PayoutConnector::tr("Premium Exchanger lists %1.").arg(describe(payout)), std::nullopt}));
            }
            done(std::optional<PayoutAnswer>());
        });
    }

    // The list of partner payouts since sending began, to this account in this currency.
    void findSent(const PayoutOrder &order, const QDateTime &since, QObject *context,
                  Callback<PayoutSighting> done) override
    {
        PremiumExchangerExchangeFilter filter;
        // The exchanger's clock may be a little behind ours.
        filter.from = since.addSecs(-300);
        filter.limit = PageLimit;
        m_adapter.partnerPayouts(filter, context, [order, since, done](Result<QList<PartnerPayout>> payouts) {
            if (!payouts)
                return done(payouts.error());
            QList<PartnerPayout> matching;
            for (const PartnerPayout &payout : std::as_const(*payouts)) {
                if (payout.account == order.destination && payout.method == order.method
                    && payout.amount.amount() == order.amount.amount())
                    matching.append(payout);
            }
            PayoutSighting sighting;
            const QString asked = PayoutConnector::tr("Premium Exchanger's partner payouts since %1 to %2:")
                                      .arg(since.toUTC().toString(Qt::ISODate), order.destination);
            sighting.found = matching.isEmpty() ? PayoutSighting::Found::No : PayoutSighting::Found::Yes;
            QStringList described;
            for (const PartnerPayout &payout : std::as_const(matching)) {
                described.append(describe(payout));
                sighting.candidates.append(
                    PayoutAnswer{payoutStateFor(payout.status), payout.providerId, describe(payout), std::nullopt});
            }
            sighting.summary = asked + u' '
                               + (matching.isEmpty() ? PayoutConnector::tr("none.") : described.join(u"; ") + u'.');
            if (payouts->size() >= PageLimit) {
                // The list has no paging: a full page may leave this payout out, so "not found" means nothing.
                sighting.found = matching.isEmpty() ? PayoutSighting::Found::CannotTell : sighting.found;
                sighting.summary += u' '
                                    + PayoutConnector::tr("The list was cut at %1 payouts; look on the exchanger's "
                                                          "site for the rest.")
                                          .arg(PageLimit);
            }
            done(sighting);
        });
    }

private:
    static constexpr int PageLimit = 500;
    PremiumExchangerAdapter &m_adapter;
};

} // namespace

std::unique_ptr<PayoutConnector> makePayoutConnector(CryptofuseAdapter &adapter)
{
    return std::make_unique<CryptofusePayouts>(adapter);
}

std::unique_ptr<PayoutConnector> makePayoutConnector(PremiumExchangerAdapter &adapter)
{
    return std::make_unique<PremiumExchangerPayouts>(adapter);
}

} // namespace sarraf
