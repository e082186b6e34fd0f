#include "models/sync/CallbackImport.h"

#include "models/store/TransactionStore.h"
#include "providers/cryptofuse/CryptofuseAdapter.h"

namespace sarraf {

Result<TrackedTransaction> importCryptofuseWebhook(TransactionStore &store, const CryptofuseWebhook &webhook)
{
    TrackedTransaction record = webhook.transaction.record;
    const Result<std::optional<StoredTransaction>> stored
        = store.find(CryptofuseAdapter::providerName(), record.kind, record.providerId);
    if (!stored)
        return stored.error();
    if (*stored) {
        const Result<CryptofuseWebhookEffect> effect = CryptofuseAdapter::applyWebhook((*stored)->record, webhook);
        if (!effect)
            return effect.error();
        record = effect->record;
    }
    if (Result<UpsertOutcome> written = store.upsert(record, QStringLiteral("callback")); !written)
        return written.error();
    return record;
}

} // namespace sarraf
