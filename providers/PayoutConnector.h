// What the payout desk needs from a provider that can pay money out, whatever its API: check a
// destination and estimate the fee before approval, send a payout once, ask what became of it, and,
// when an answer was lost, look for it at the provider. The workflow (models/payouts) never knows a
// provider's endpoints; card payouts (Paystar) and wallet sends (Exonyx) plug in as more connectors.
#pragma once

#include "models/domain/Money.h"
#include "models/domain/Payout.h"
#include "models/domain/Records.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace sarraf {

class CryptofuseAdapter;
class PremiumExchangerAdapter;

// A payout as it goes to the provider.
struct PayoutOrder
{
    QString destinationKind; // "address", "partner"
    QString destination;     // the address or account
    QString method;          // the provider's payout currency or method id, where it has one
    Money amount;
    QString idempotencyKey;  // sent where the provider takes one
    QUrl callbackUrl;        // where the provider reports on it, where it does
};

// What the provider said about a destination before approval.
struct PayoutCheckResult
{
    bool valid = false;
    QString summary; // its findings in words: the network, the balance, the commission
    std::optional<Money> fee;
    std::optional<Money> net;
};

// What the provider says about a payout it received: Submitted (accepted, under way), Completed or
// Failed, with its reference for the payout.
struct PayoutAnswer
{
    PayoutState state = PayoutState::Submitted;
    QString reference;
    QString detail; // its words, for the audit log
    // The provider's record of it where it gives one (a Cryptofuse withdrawal), kept with the
    // transactions so its webhooks update it.
    std::optional<TrackedTransaction> record;
};

// What looking for a payout at the provider found, when Sarraf does not know whether it arrived.
struct PayoutSighting
{
    enum class Found {
        Yes,       // the provider lists it: `answer` says its state
        No,        // the provider lists every payout of the period and this one is not among them
        CannotTell // the provider offers no way to know, or lists several that could be it
    };
    Found found = Found::CannotTell;
    std::optional<PayoutAnswer> answer;
    QString summary; // what was asked and what the provider said, for the person reconciling
    // From a connector: what the provider lists that could be this payout (same destination, sent
    // since). The payout desk drops those it knows as other payouts and decides `found`.
    QList<PayoutAnswer> candidates;
};

class PayoutConnector : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Callback = std::function<void(Result<T>)>;

    using QObject::QObject;
    ~PayoutConnector() override = default;

    virtual QString provider() const = 0;
    // The destination kinds this provider pays to: "address" (a crypto address), "partner" (an account
    // the partner programme pays into).
    virtual QStringList destinationKinds() const = 0;
    // Asks the provider about the destination and the amount before anyone approves: whether it
    // takes them, the fee it will charge and what arrives.
    virtual void check(const PayoutOrder &order, QObject *context, Callback<PayoutCheckResult> done) = 0;
    // Sends the payout: once, never retried. An error for which payoutOutcomeUnknown() holds means
    // the provider may have acted; any other error means it did not.
    virtual void send(const PayoutOrder &order, QObject *context, Callback<PayoutAnswer> done) = 0;
    // What the provider says now about a payout it accepted: nullopt when it cannot be asked (its
    // answers arrive only by webhook).
    virtual void status(const PayoutOrder &order, const QString &reference, QObject *context,
                        Callback<std::optional<PayoutAnswer>> done) = 0;
    // Looks for a payout whose answer was lost, sent at `since` or later.
    virtual void findSent(const PayoutOrder &order, const QDateTime &since, QObject *context,
                          Callback<PayoutSighting> done) = 0;
};

// Whether a failed send may still have reached the provider and been carried out: no answer, a
// server error after the request arrived, an answer that could not be read, an empty answer to a
// change. Such a payout needs reconciliation; it is never sent again by itself.
bool payoutOutcomeUnknown(const Error &error);

// The adapters must outlive their connectors.
std::unique_ptr<PayoutConnector> makePayoutConnector(CryptofuseAdapter &adapter);
std::unique_ptr<PayoutConnector> makePayoutConnector(PremiumExchangerAdapter &adapter);

} // namespace sarraf
