#include "models/domain/TransactionStatus.h"

namespace sarraf {

QString TransactionStatuses::key(TransactionStatus status)
{
    switch (status) {
    case TransactionStatus::Pending: return QStringLiteral("pending");
    case TransactionStatus::Processing: return QStringLiteral("processing");
    case TransactionStatus::Completed: return QStringLiteral("completed");
    case TransactionStatus::Partial: return QStringLiteral("partial");
    case TransactionStatus::Cancelled: return QStringLiteral("cancelled");
    case TransactionStatus::Expired: return QStringLiteral("expired");
    case TransactionStatus::Failed: return QStringLiteral("failed");
    case TransactionStatus::Review: return QStringLiteral("review");
    case TransactionStatus::Unknown: break;
    }
    return QStringLiteral("unknown");
}

std::optional<TransactionStatus> TransactionStatuses::fromKey(QStringView key)
{
    for (TransactionStatus status : All) {
        if (TransactionStatuses::key(status) == key)
            return status;
    }
    return std::nullopt;
}

QString TransactionStatuses::displayName(TransactionStatus status)
{
    switch (status) {
    //: Normalised transaction status: waiting for the customer to pay or act
    case TransactionStatus::Pending: return tr("Pending");
    //: Normalised transaction status: paid or confirming, not final yet
    case TransactionStatus::Processing: return tr("Processing");
    //: Normalised transaction status: finished successfully
    case TransactionStatus::Completed: return tr("Completed");
    //: Normalised transaction status: the customer paid less than asked
    case TransactionStatus::Partial: return tr("Partially paid");
    //: Normalised transaction status
    case TransactionStatus::Cancelled: return tr("Cancelled");
    //: Normalised transaction status: the time to pay ran out
    case TransactionStatus::Expired: return tr("Expired");
    //: Normalised transaction status
    case TransactionStatus::Failed: return tr("Failed");
    //: Normalised transaction status: a person must look at it
    case TransactionStatus::Review: return tr("Needs review");
    case TransactionStatus::Unknown: break;
    }
    //: Normalised transaction status: the provider's status is not known to Sarraf
    return tr("Unknown");
}

bool TransactionStatuses::isFinal(TransactionStatus status)
{
    switch (status) {
    case TransactionStatus::Completed:
    case TransactionStatus::Cancelled:
    case TransactionStatus::Expired:
    case TransactionStatus::Failed:
        return true;
    default:
        return false;
    }
}

} // namespace sarraf
