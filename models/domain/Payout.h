// A payout as finance handles it (DESIGN.md, "Money-moving requests"): money leaving the business
// through a provider, in a stored state machine with the people who requested and approved it.
//
//   requested -> approved [-> second_approved] -> submitting -> submitted -> completed | failed
//   rejected from requested, approved or second_approved (before anything was sent);
//   needs_reconciliation from submitting or submitted when Sarraf cannot know what the provider did.
#pragma once

#include "models/domain/Money.h"
#include "models/domain/TransactionStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace sarraf {

enum class PayoutState {
    Requested,
    Approved,            // one approval
    SecondApproved,      // two approvals by two different people
    Submitting,          // the intent is stored; the request is leaving or its answer is awaited
    Submitted,           // the provider accepted it and gave its reference
    Completed,
    Failed,              // the provider refused it or said it failed: no money left
    Rejected,            // refused by a person before anything was sent
    NeedsReconciliation, // the provider may or may not have acted: never sent again by itself
};

class PayoutStates final
{
    Q_DECLARE_TR_FUNCTIONS(PayoutStates)
public:
    static constexpr std::array All = {
        PayoutState::Requested, PayoutState::Approved,  PayoutState::SecondApproved,
        PayoutState::Submitting, PayoutState::Submitted, PayoutState::Completed,
        PayoutState::Failed,    PayoutState::Rejected,  PayoutState::NeedsReconciliation,
    };
    // The word stored in the database and printed by sarrafctl.
    static QString key(PayoutState state);
    static std::optional<PayoutState> fromKey(QStringView key);
    static QString displayName(PayoutState state);
    // Nothing more happens to a payout in a final state.
    static bool isFinal(PayoutState state);
    // Before anything was sent: the states a person may still reject from.
    static bool isBeforeSending(PayoutState state);
    // What a provider's status of the money it sends means for the payout: completed, failed (also
    // cancelled or expired: nothing left), or nothing yet while it is under way.
    static std::optional<PayoutState> outcomeOf(TransactionStatus status);
};

// What the provider said about a payout's destination and amount before anyone may approve it: the
// address or account checked, the fee estimated, what the destination receives.
struct PayoutCheck
{
    bool valid = false;
    QString summary;          // the provider's findings, in words an approver reads
    std::optional<Money> fee; // in the payout's currency, when the provider estimated one
    std::optional<Money> net; // what the destination receives, when the provider said
    QDateTime checkedAt;
    QString checkedBy;        // the operator who asked
};

struct Payout
{
    qint64 id = 0;
    QString provider;        // "cryptofuse", "premiumexchanger", ...
    QString destinationKind; // "address", "partner", "iban", "card", "wallet"
    QString destination;     // the address, account or partner id, in full
    QString method;          // the provider's own choice of how it pays (a payout currency id), if any
    Money amount;
    std::optional<Money> fee; // the provider's estimate, when it gave one
    PayoutState state = PayoutState::Requested;
    QString requestedBy;
    QDateTime requestedAt;
    QString idempotencyKey;    // written before the request leaves; sent with it where the provider takes one
    QString providerReference; // the provider's id for it, once it has one
    QString reason;            // why it was rejected or failed, or what reconciliation found
    QDateTime updatedAt;
    QStringList approvers;     // in the order they approved
    std::optional<PayoutCheck> check; // the latest check with the provider
    QDateTime sendingSince;    // when the intent to send was stored
};

} // namespace sarraf
