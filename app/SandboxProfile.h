// Pointing a profile at the in-process sandbox and filling its store with the demo data: shared by
// `sarraf --sandbox` (credentials handed to the runtime directly, nothing in the keychain) and
// `sarrafctl sandbox --configure` (which also stores them in the keychain for later commands).
#pragma once

#include "models/domain/Result.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

namespace sarraf {

class ProviderRuntime;
class ProviderSettings;
class SandboxEnvironment;
class TransactionStore;

struct DemoDataOutcome
{
    int stored = 0;        // transactions written to the store
    QStringList failures;  // "provider: sentence", one per provider that could not be read
};

// Sets each simulated provider's base address and settings, and enables it.
Outcome pointProfileAt(const SandboxEnvironment &sandbox, ProviderSettings &settings);
// Configures the runtime with the simulators' own credentials, unpaced (the simulators are local).
Outcome configureForSandbox(const SandboxEnvironment &sandbox, ProviderRuntime &runtime);
// Tracks the seeded ids of each provider and lists Premium Exchanger's bids into the store.
void storeDemoData(TransactionStore &store, ProviderRuntime &runtime, const QHash<QString, QStringList> &seeded,
                   QObject *context, std::function<void(DemoDataOutcome)> done);

} // namespace sarraf
