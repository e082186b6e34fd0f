// The normalised status every provider status maps to (DESIGN.md, "Status"); the provider's own
// word is always kept beside it.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace sarraf {

enum class TransactionStatus {
    Pending,    // waiting for the customer
    Processing, // paid or confirming, not final
    Completed,
    Partial,
    Cancelled,
    Expired,
    Failed,
    Review,     // a person must look
    Unknown,    // a status Sarraf does not know yet; never guessed
};

class TransactionStatuses final
{
    Q_DECLARE_TR_FUNCTIONS(TransactionStatuses)
public:
    static constexpr std::array All = {
        TransactionStatus::Pending,   TransactionStatus::Processing, TransactionStatus::Completed,
        TransactionStatus::Partial,   TransactionStatus::Cancelled,  TransactionStatus::Expired,
        TransactionStatus::Failed,    TransactionStatus::Review,     TransactionStatus::Unknown,
    };

    // The stable word stored in the database and printed by `sarrafctl --format json`.
    static QString key(TransactionStatus status);
    static std::optional<TransactionStatus> fromKey(QStringView key);
    // The translated word shown to people.
    static QString displayName(TransactionStatus status);
    // Final statuses are not refreshed by sync any more.
    static bool isFinal(TransactionStatus status);
};

} // namespace sarraf
