// The ProviderConnector of each Providers I adapter: how sync and `sarrafctl track` look its
// transactions up by id (one request per id, or GREENGO's batches) and list what it can list
// (Premium Exchanger's exchanges). The orchestration above never sees an endpoint.
#pragma once

#include "providers/ProviderConnector.h"

#include <memory>

namespace sarraf {

class CryptofuseAdapter;
class GitmixAdapter;
class GreengoAdapter;
class PremiumExchangerAdapter;

// Whether an error says the provider itself is failing (unreachable, down, refusing the
// credentials, limiting us) rather than something about one id (unknown, malformed answer).
bool isProviderFailure(const Error &error);

// The adapters must outlive their connectors.
std::unique_ptr<ProviderConnector> makeConnector(GitmixAdapter &adapter);
std::unique_ptr<ProviderConnector> makeConnector(CryptofuseAdapter &adapter);
std::unique_ptr<ProviderConnector> makeConnector(PremiumExchangerAdapter &adapter);
std::unique_ptr<ProviderConnector> makeConnector(GreengoAdapter &adapter);

} // namespace sarraf
