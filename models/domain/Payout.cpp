#include "models/domain/Payout.h"

namespace sarraf {

QString PayoutStates::key(PayoutState state)
{
    switch (state) {
    case PayoutState::Requested: return QStringLiteral("requested");
    case PayoutState::Approved: return QStringLiteral("approved");
    case PayoutState::SecondApproved: return QStringLiteral("second_approved");
    case PayoutState::Submitting: return QStringLiteral("submitting");
    case PayoutState::Submitted: return QStringLiteral("submitted");
    case PayoutState::Completed: return QStringLiteral("completed");
    case PayoutState::Failed: return QStringLiteral("failed");
    case PayoutState::Rejected: return QStringLiteral("rejected");
    case PayoutState::NeedsReconciliation: break;
    }
    return QStringLiteral("needs_reconciliation");
}

std::optional<PayoutState> PayoutStates::fromKey(QStringView key)
{
    for (PayoutState state : All) {
        if (PayoutStates::key(state) == key)
            return state;
    }
    return std::nullopt;
}

QString PayoutStates::displayName(PayoutState state)
{
    switch (state) {
    //: Payout state: waiting for approval
    case PayoutState::Requested: return tr("Requested");
    //: Payout state: approved by one person
    case PayoutState::Approved: return tr("Approved");
    //: Payout state: approved by a second person, as its amount requires
    case PayoutState::SecondApproved: return tr("Approved twice");
    //: Payout state: being sent to the provider
    case PayoutState::Submitting: return tr("Sending");
    //: Payout state: the provider accepted it
    case PayoutState::Submitted: return tr("Sent");
    //: Payout state: the money arrived
    case PayoutState::Completed: return tr("Completed");
    //: Payout state: the provider refused it or it failed; no money left
    case PayoutState::Failed: return tr("Failed");
    //: Payout state: refused by a person before it was sent
    case PayoutState::Rejected: return tr("Rejected");
    case PayoutState::NeedsReconciliation: break;
    }
    //: Payout state: Sarraf cannot know whether the provider acted; a person must check
    return tr("Needs reconciliation");
}

bool PayoutStates::isFinal(PayoutState state)
{
    return state == PayoutState::Completed || state == PayoutState::Failed || state == PayoutState::Rejected;
}

bool PayoutStates::isBeforeSending(PayoutState state)
{
    return state == PayoutState::Requested || state == PayoutState::Approved || state == PayoutState::SecondApproved;
}

std::optional<PayoutState> PayoutStates::outcomeOf(TransactionStatus status)
{
    switch (status) {
    case TransactionStatus::Completed: return PayoutState::Completed;
    case TransactionStatus::Failed:
    case TransactionStatus::Cancelled:
    case TransactionStatus::Expired: return PayoutState::Failed;
    default: return std::nullopt;
    }
}

} // namespace sarraf
