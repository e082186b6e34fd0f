#include "app/SandboxProfile.h"

#include "models/store/TransactionStore.h"
#include "models/sync/SyncRun.h"
#include "providers/ProviderRuntime.h"
#include "providers/ProviderSettings.h"
#include "providers/sandbox/SandboxEnvironment.h"

#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

namespace sarraf {

Outcome pointProfileAt(const SandboxEnvironment &sandbox, ProviderSettings &settings)
{
    for (const SandboxAccount &account : sandbox.accounts()) {
        if (Outcome set = settings.setValue(account.provider, u"base-url"_s, account.baseUrl.toString()); !set)
            return set;
        for (auto it = account.settings.cbegin(); it != account.settings.cend(); ++it) {
            if (Outcome set = settings.setValue(account.provider, it.key(), it.value()); !set)
                return set;
        }
        if (Outcome enabled = settings.setEnabled(account.provider, true); !enabled)
            return enabled;
    }
    return settings.sync();
}

Outcome configureForSandbox(const SandboxEnvironment &sandbox, ProviderRuntime &runtime)
{
    for (const SandboxAccount &account : sandbox.accounts()) {
        ApiPolicy policy = ProviderRuntime::policyFor(account.provider);
        policy.rateLimit = {50.0, 50};
        Result<ProviderConnector *> configured
            = runtime.configure({account.provider, account.baseUrl, account.settings, account.secrets}, policy);
        if (!configured)
            return configured.error();
    }
    return Done{};
}

namespace {

struct DemoRun
{
    TransactionStore *store = nullptr;
    ProviderRuntime *runtime = nullptr;
    QList<std::pair<QString, QStringList>> pending;
    QPointer<QObject> context;
    std::function<void(DemoDataOutcome)> done;
    DemoDataOutcome outcome;
};

void listBids(const std::shared_ptr<DemoRun> &run)
{
    if (!run->context)
        return;
    ProviderConnector *connector = run->runtime->connector(u"premiumexchanger"_s);
    if (!connector)
        return run->done(run->outcome);
    // Owned by the context and deleted when it finishes, so nothing keeps the run alive after.
    auto *listing = new SyncRun(*run->store, QList<ProviderConnector *>{connector}, run->context);
    QObject::connect(listing, &SyncRun::finished, run->context, [run, listing] {
        for (const SyncOutcome &synced : listing->outcomes()) {
            run->outcome.stored += synced.inserted;
            if (synced.failed())
                run->outcome.failures.append(synced.provider + u": "_s + synced.error->message);
        }
        listing->deleteLater();
        run->done(run->outcome);
    });
    listing->start();
}

void trackNext(const std::shared_ptr<DemoRun> &run)
{
    if (!run->context)
        return;
    if (run->pending.isEmpty())
        return listBids(run);
    const auto [provider, ids] = run->pending.takeFirst();
    ProviderConnector *connector = run->runtime->connector(provider);
    if (!connector || ids.isEmpty())
        return trackNext(run);
    trackTransactions(*run->store, *connector, ids, run->context, [run, provider](Result<TrackOutcome> tracked) {
        if (tracked)
            run->outcome.stored += int(tracked->records.size());
        else
            run->outcome.failures.append(provider + u": "_s + tracked.error().message);
        trackNext(run);
    });
}

} // namespace

void storeDemoData(TransactionStore &store, ProviderRuntime &runtime, const QHash<QString, QStringList> &seeded,
                   QObject *context, std::function<void(DemoDataOutcome)> done)
{
    auto run = std::make_shared<DemoRun>();
    run->store = &store;
    run->runtime = &runtime;
    run->context = context;
    run->done = std::move(done);
    for (const QString &provider : SandboxEnvironment::providers())
        run->pending.append({provider, seeded.value(provider)});
    trackNext(run);
}

} // namespace sarraf
