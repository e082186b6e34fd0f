// A verified Cryptofuse webhook kept with the transactions: it carries only what changed, so it is
// applied to what is stored (idempotently: the same update again, or an older one, changes
// nothing), or stored as it is when the transaction is new. `sarrafctl verify-callback --import`
// and the payout desk's callback endpoint both keep webhooks this way.
#pragma once

#include "models/domain/Records.h"
#include "models/domain/Result.h"

namespace sarraf {

class TransactionStore;
struct CryptofuseWebhook;

// The record as stored afterwards.
Result<TrackedTransaction> importCryptofuseWebhook(TransactionStore &store, const CryptofuseWebhook &webhook);

} // namespace sarraf
