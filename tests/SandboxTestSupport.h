// What the tests and benchmarks that run Sarraf against the in-process sandbox share: a quiet
// sandbox, a scheduler source pointed at its accounts, and transactions known only by their ids
// (what tracking or a lookup by hand leaves behind, their status not read yet).
#pragma once

#include "models/domain/Records.h"
#include "models/sync/SyncScheduler.h"
#include "providers/sandbox/SandboxEnvironment.h"

#include <QDateTime>

namespace sarraf::test {

inline SandboxEnvironment::Options quietSandbox()
{
    SandboxEnvironment::Options options;
    options.progress = false;
    return options;
}

// The sandbox's accounts as fixed configurations; `only`, when given, keeps just those providers.
inline SyncScheduler::Source sandboxSource(const QList<SandboxAccount> &accounts, const QStringList &only = {})
{
    SyncScheduler::Source source;
    for (const SandboxAccount &account : accounts) {
        if (only.isEmpty() || only.contains(account.provider))
            source.fixed.append({account.provider, account.baseUrl, account.settings, account.secrets});
    }
    return source;
}

inline QList<TrackedTransaction> knownByIds(const QString &provider, TransactionKind kind, const QStringList &ids)
{
    QList<TrackedTransaction> known;
    known.reserve(ids.size());
    for (const QString &id : ids) {
        TrackedTransaction t;
        t.kind = kind;
        t.provider = provider;
        t.providerId = id;
        t.createdAt = QDateTime::currentDateTimeUtc();
        known.append(t);
    }
    return known;
}

} // namespace sarraf::test
