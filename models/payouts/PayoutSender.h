// Moves payouts between Sarraf and the providers (DESIGN.md, "Money-moving requests"):
// - check: asks the provider about the destination and the fee, and stores what it said (approval
//   needs it);
// - send: stores the intent, sends once, stores the answer; a lost answer makes the payout
//   needs_reconciliation and nothing sends it again;
// - follow up: asks the provider what became of a payout it accepted, or, where it only reports by
//   webhook (Cryptofuse), reads the withdrawal record the verified webhooks left in the store;
// - investigate: looks for a payout whose answer was lost, for the person who reconciles it.
// The store's moves are synchronous; the provider's answers arrive in this object's thread.
#pragma once

#include "models/payouts/PayoutStore.h"
#include "providers/PayoutConnector.h"

#include <QObject>

#include <functional>

namespace sarraf {

class TransactionStore;

class PayoutSender final : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Callback = std::function<void(Result<T>)>;
    // The connector that pays out through a provider; null when Sarraf cannot (or is not set up to).
    using Connectors = std::function<PayoutConnector *(const QString &provider)>;

    // transactions: where imported webhooks keep withdrawals, for the providers that report only by
    // webhook; may be null. Both stores must outlive this.
    PayoutSender(PayoutStore &store, Connectors connectors, TransactionStore *transactions = nullptr,
                 QObject *parent = nullptr);

    static PayoutOrder orderFor(const Payout &payout);
    // Where the provider reports on what is sent through it (Cryptofuse's callback_url); each order
    // carries its payout's idempotency key in the query.
    void setCallbackUrl(const QString &provider, const QUrl &url);

    // What the provider says of a destination and amount not stored yet (the request dialog, as the
    // person types): nothing is written.
    void preview(const PayoutRequest &request, Callback<PayoutCheckResult> done);
    void check(qint64 id, Callback<Payout> done);
    void send(qint64 id, Callback<Payout> done);
    void followUp(qint64 id, Callback<Payout> done);
    void investigate(qint64 id, Callback<PayoutSighting> done);

private:
    Result<PayoutConnector *> connectorFor(const QString &provider, const QString &destinationKind) const;
    Result<std::pair<Payout, PayoutConnector *>> prepare(qint64 id) const;
    PayoutOrder order(const Payout &payout) const;
    // The stored withdrawal a provider's verified webhook left for this payout, if any.
    Result<std::optional<PayoutAnswer>> storedAnswer(const Payout &payout) const;
    PayoutSighting withStoredSightings(const Payout &payout, PayoutSighting sighting) const;
    // The provider's candidates less those other payouts already claim: one left is this payout.
    Result<PayoutSighting> narrowed(const Payout &payout, PayoutSighting sighting) const;

    PayoutStore &m_store;
    Connectors m_connectors;
    TransactionStore *m_transactions;
    QHash<QString, QUrl> m_callbackUrls;
};

} // namespace sarraf
