// The payout workflow's state, kept in the store (DESIGN.md, "Money-moving requests"). Every
// change is one immediate write transaction holding the new state and its audit row, so a change
// and its record exist together or not at all. The store acts for one operator, the profile's
// operator name, and enforces what no operator may do:
// - approve a payout they requested, or approve one payout twice;
// - approve past the day's limit of the currency;
// - send a payout with fewer approvals than its amount needs;
// - send a payout again once it was sent, or once nobody can know whether it was.
// The database enforces maker-checker a second time (payout_approvals' CHECK), for team mode.
#pragma once

#include "models/domain/Decimal.h"
#include "models/domain/Payout.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QHash>

#include <chrono>
#include <functional>

namespace sarraf {

class Database;
struct AuditEntry;

struct PayoutRequest
{
    QString provider;
    QString destinationKind;
    QString destination;
    QString method; // the provider's payout currency or method, where it has such a choice
    Money amount;
    std::optional<Money> fee;
    QString note; // why, for the approvers
};

// Per currency code. What is not set is the strict choice: a currency without a single-approval
// limit needs two approvals for every amount; a currency without a daily limit has no daily limit.
struct PayoutLimits
{
    QHash<QString, Decimal> singleApprovalUpTo; // above this, two approvers
    QHash<QString, Decimal> dailyLimit;         // approved per day at most

    bool needsTwoApprovals(const Money &amount) const;
};

class PayoutStore final
{
    Q_DECLARE_TR_FUNCTIONS(PayoutStore)
public:
    using Clock = std::function<QDateTime()>;
    PayoutStore(Database &database, QString operatorName, Clock clock = {});

    const QString &operatorName() const { return m_operator; }

    // Two spellings of one person's name compare equal: case, Unicode forms, invisible format
    // characters and the Arabic forms of Persian letters do not make another person.
    static QString operatorKey(const QString &name);

    Result<Payout> request(const PayoutRequest &request);
    // What the provider said about the destination and amount (PayoutSender::check asks it). Only
    // while the payout waits for its first approval; approval needs a check that found it valid.
    Result<Payout> recordCheck(qint64 id, const PayoutCheck &check);
    // Whether a payout's destination may still be checked (only before its first approval).
    static Outcome checkable(const Payout &payout);
    // Checked against the limits as stored, read inside the change's own transaction.
    Result<Payout> approve(qint64 id);
    Result<Payout> reject(qint64 id, const QString &reason);
    // Stores the intent (state submitting, with its idempotency key) before the request leaves:
    // only a payout approved as its amount needs, and only once.
    Result<Payout> beginSubmit(qint64 id);
    // What the provider answered about a payout being sent or sent.
    Result<Payout> recordSubmitted(qint64 id, const QString &providerReference, const QString &detail);
    Result<Payout> recordCompleted(qint64 id, const QString &detail);
    Result<Payout> recordFailed(qint64 id, const QString &reason);
    // A timeout, a dropped connection, an unreadable answer: the provider may have acted.
    Result<Payout> recordUnknownOutcome(qint64 id, const QString &what);
    // A person (or the provider's listing) settles a payout in needs_reconciliation: submitted or
    // completed (with the provider's reference, when known) or failed. `checked` says in words what
    // was checked; it is required.
    Result<Payout> reconcile(qint64 id, PayoutState outcome, const QString &providerReference,
                             const QString &checked);
    // After a crash: payouts left in submitting may have reached the provider. Those sending for at
    // least `minimumAge` (longer than any request may take, so no live send is taken) become
    // needs_reconciliation; none is sent again. Returns their ids.
    static constexpr std::chrono::seconds LiveSendLimit{180};
    Result<QList<qint64>> recoverInterrupted(std::chrono::seconds minimumAge = LiveSendLimit);

    // The limits as stored, and a change of one currency's (audited): a limit not given keeps its
    // value. A limit never set takes the strict choice PayoutLimits describes.
    Result<PayoutLimits> limits() const;
    Result<PayoutLimits> setLimits(const QString &currency, const std::optional<Decimal> &singleApprovalUpTo,
                                   const std::optional<Decimal> &dailyLimit);

    Result<std::optional<Payout>> find(qint64 id) const;
    // The payout a provider knows by this reference, if one does.
    Result<std::optional<Payout>> findByReference(const QString &provider, const QString &reference) const;
    Result<QList<Payout>> list(std::optional<PayoutState> state = std::nullopt) const;
    // What was approved in the currency on the local day: payouts whose first approval fell on it,
    // except those rejected or failed (no money left for them).
    Result<Decimal> approvedOn(const QString &currency, QDate day) const;

private:
    // One move: the check sees the payout, the stored limits and the move's time, all read in the
    // move's own transaction.
    using Check = std::function<Outcome(const Payout &, const PayoutLimits &, const QDateTime &at)>;
    Result<Payout> change(qint64 id, PayoutState to, const QString &action, const QString &detail,
                          const Check &check, const std::function<Outcome(Payout &)> &write = {});
    Result<Payout> read(qint64 id) const;
    Outcome writeState(const Payout &payout);
    QDateTime now() const;

    Database &m_database;
    QString m_operator;
    Clock m_clock;
};

} // namespace sarraf
