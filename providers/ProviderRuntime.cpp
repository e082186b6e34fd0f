#include "providers/ProviderRuntime.h"

#include "providers/ProviderCatalog.h"
#include "providers/PayoutConnector.h"
#include "providers/ProviderConnectors.h"
#include "providers/ProviderSettings.h"
#include "providers/credentials/CredentialStore.h"
#include "providers/cryptofuse/CryptofuseAdapter.h"
#include "providers/gitmix/GitmixAdapter.h"
#include "providers/greengo/GreengoAdapter.h"
#include "providers/premiumexchanger/PremiumExchangerAdapter.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace sarraf {

struct ProviderRuntime::Provider
{
    // Destroyed in reverse: the connector before the adapter before the client.
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<QObject> adapter;
    std::unique_ptr<ProviderConnector> connector;
    std::unique_ptr<PayoutConnector> payouts; // for the providers that pay out
};

Error ProviderConfigErrors::notSupported(const QString &provider)
{
    return makeError(u"providers.not-supported"_s,
                     tr("Sarraf cannot talk to %1 in this version yet; it can sync Gitmix, Cryptofuse, Premium "
                        "Exchanger and GREENGO.")
                         .arg(provider));
}

Error ProviderConfigErrors::missingSetting(const QString &displayName, const QString &provider, const QString &key)
{
    //: %1 is a provider's name, %2 a setting such as base-url, %3 the provider's short name.
    return makeError(u"providers.setting-missing"_s,
                     tr("%1 is not set up: its %2 setting is empty. Set it in Settings, or run: sarrafctl providers "
                        "set %3 --set %2=VALUE")
                         .arg(displayName, key, provider));
}

Error ProviderConfigErrors::missingSecret(const QString &displayName, const QString &provider, const QString &field)
{
    //: %1 is a provider's name, %2 a credential field such as api-key, %3 the provider's short name.
    return makeError(u"providers.secret-missing"_s,
                     tr("%1 cannot be reached without its %2, which is not in the system keychain for this profile. "
                        "Enter it in Settings, or run: sarrafctl secrets set %3 %2")
                         .arg(displayName, field, provider));
}

ProviderRuntime::ProviderRuntime(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    // Provider requests go where their base address says, never through an environment proxy
    // that could read them; FinnoTech's explicit proxy setting arrives with its adapter.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

ProviderRuntime::~ProviderRuntime() = default;

QStringList ProviderRuntime::supportedProviders()
{
    return {u"gitmix"_s, u"cryptofuse"_s, u"premiumexchanger"_s, u"greengo"_s};
}

ApiPolicy ProviderRuntime::policyFor(const QString &provider)
{
    if (provider == u"greengo")
        return GreengoAdapter::recommendedPolicy();
    ApiPolicy policy;
    // Documents 001-003 name no limit: five a second with a burst of ten keeps a sync of
    // thousands of ids moving without looking like an attack to the provider's firewall.
    policy.rateLimit.perSecond = 5.0;
    policy.rateLimit.burst = 10;
    return policy;
}

namespace {

struct PendingLoad
{
    QList<Result<ProviderConfig>> results;
    QList<ProviderConfig> configs;
    QStringList providers;
    qsizetype provider = 0;
    qsizetype field = 0;
    std::unique_ptr<CredentialStore> credentials;
    QPointer<QObject> context;
    ProviderRuntime::ConfigsDone done;
};

// Reads one secret after another; the keychain answers each asynchronously.
void readNext(const std::shared_ptr<PendingLoad> &load)
{
    while (load->provider < load->providers.size()) {
        const std::optional<ProviderInfo> info = ProviderCatalog::find(load->providers[load->provider]);
        const bool failed = !load->results[load->provider];
        if (!info || failed || load->field >= info->secrets.size()) {
            if (!failed)
                load->results[load->provider] = load->configs[load->provider];
            ++load->provider;
            load->field = 0;
            continue;
        }
        const ProviderField field = info->secrets[load->field];
        if (!load->context)
            return;
        load->credentials->read(info->name, field.key, load->context, [load, info, field](Result<QString> value) {
            const qsizetype index = load->provider;
            if (value) {
                load->configs[index].secrets.insert(field.key, *value);
            } else if (value.error().code == u"credentials.not-set") {
                if (!field.optional)
                    load->results[index] = ProviderConfigErrors::missingSecret(info->displayName, info->name, field.key);
            } else {
                load->results[index] = value.error();
            }
            ++load->field;
            readNext(load);
        });
        return;
    }
    if (load->context)
        load->done(load->results);
}

} // namespace

void ProviderRuntime::loadConfigs(const QString &profile, const ProviderSettings &settings, const QStringList &providers,
                                  QObject *context, ConfigsDone done)
{
    auto load = std::make_shared<PendingLoad>();
    load->providers = providers;
    load->context = context;
    load->done = std::move(done);
    load->credentials = std::make_unique<CredentialStore>(profile);
    for (const QString &name : providers) {
        ProviderConfig config;
        config.provider = name;
        Result<ProviderConfig> result = config;
        const std::optional<ProviderInfo> info = ProviderCatalog::find(name);
        if (!info || !isSupported(name)) {
            result = ProviderConfigErrors::notSupported(info ? info->displayName : name);
        } else {
            for (const ProviderField &field : info->settings) {
                const QString value = settings.value(name, field.key);
                if (field.key == u"base-url")
                    config.baseUrl = QUrl(value);
                else if (!value.isEmpty())
                    config.settings.insert(field.key, value);
                if (value.isEmpty() && !field.optional && result)
                    result = ProviderConfigErrors::missingSetting(info->displayName, name, field.key);
            }
        }
        load->configs.append(config);
        load->results.append(result);
    }
    // Starts after this returns, so `done` never runs inside loadConfigs().
    QMetaObject::invokeMethod(context, [load] { readNext(load); }, Qt::QueuedConnection);
}

Result<ProviderConnector *> ProviderRuntime::configure(const ProviderConfig &config, const ApiPolicy &policy)
{
    const std::optional<ProviderInfo> info = ProviderCatalog::find(config.provider);
    if (!info || !isSupported(config.provider))
        return ProviderConfigErrors::notSupported(info ? info->displayName : config.provider);
    if (!config.baseUrl.isValid() || config.baseUrl.isEmpty())
        return ProviderConfigErrors::missingSetting(info->displayName, info->name, u"base-url"_s);
    for (const ProviderField &field : info->secrets) {
        if (!field.optional && config.secrets.value(field.key).isEmpty())
            return ProviderConfigErrors::missingSecret(info->displayName, info->name, field.key);
    }

    ApiPolicy effective = policy;
    if (const int seconds = config.settings.value(u"timeout"_s).toInt(); seconds > 0)
        effective.timeout = std::chrono::seconds(seconds);
    auto provider = std::make_unique<Provider>();
    provider->client = std::make_unique<ApiClient>(info->name, info->displayName, effective, m_network, m_metrics);
    ApiClient &client = *provider->client;
    const auto secret = [&config](const char *field) { return config.secrets.value(QLatin1StringView(field)); };
    if (config.provider == u"gitmix") {
        auto adapter = std::make_unique<GitmixAdapter>(client, config.baseUrl,
                                                       config.settings.value(u"store-id"_s).toLongLong(),
                                                       secret("api-key"));
        provider->connector = makeConnector(*adapter);
        provider->adapter = std::move(adapter);
    } else if (config.provider == u"cryptofuse") {
        auto adapter = std::make_unique<CryptofuseAdapter>(client, config.baseUrl, secret("client-id"),
                                                           secret("client-secret"), secret("webhook-secret"));
        provider->connector = makeConnector(*adapter);
        provider->payouts = makePayoutConnector(*adapter);
        provider->adapter = std::move(adapter);
    } else if (config.provider == u"premiumexchanger") {
        auto adapter = std::make_unique<PremiumExchangerAdapter>(client, config.baseUrl, secret("api-login"),
                                                                 secret("api-key"), config.settings.value(u"lang"_s));
        provider->connector = makeConnector(*adapter);
        provider->payouts = makePayoutConnector(*adapter);
        provider->adapter = std::move(adapter);
    } else {
        auto adapter = std::make_unique<GreengoAdapter>(client, config.baseUrl, secret("api-secret"));
        provider->connector = makeConnector(*adapter);
        provider->adapter = std::move(adapter);
    }
    ProviderConnector *connector = provider->connector.get();
    m_providers[config.provider] = std::move(provider);
    return connector;
}

QString ProviderRuntime::circuitStateName(CircuitBreaker::State state)
{
    switch (state) {
    case CircuitBreaker::State::Closed: return u"closed"_s;
    case CircuitBreaker::State::Open: return u"open"_s;
    case CircuitBreaker::State::HalfOpen: break;
    }
    return u"half-open"_s;
}

QJsonObject ProviderRuntime::metricsSnapshot() const
{
    QJsonObject services;
    for (const auto &[name, provider] : m_providers) {
        services.insert(name, QJsonObject{
                                  {u"requests"_s, qint64(m_metrics.requests(name))},
                                  {u"errors"_s, qint64(m_metrics.errors(name))},
                                  {u"rate_limit_exceeded"_s, qint64(m_metrics.rateLimitExceeded(name))},
                                  {u"circuit_state"_s, circuitStateName(provider->client->circuitState())},
                              });
    }
    return QJsonObject{{u"written_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                       {u"services"_s, services},
                       {u"prometheus"_s, m_metrics.prometheusText()}};
}

ProviderConnector *ProviderRuntime::connector(const QString &provider) const
{
    const auto found = m_providers.find(provider);
    return found == m_providers.end() ? nullptr : found->second->connector.get();
}

PayoutConnector *ProviderRuntime::payoutConnector(const QString &provider) const
{
    const auto found = m_providers.find(provider);
    return found == m_providers.end() ? nullptr : found->second->payouts.get();
}

ApiClient *ProviderRuntime::client(const QString &provider) const
{
    const auto found = m_providers.find(provider);
    return found == m_providers.end() ? nullptr : found->second->client.get();
}

QStringList ProviderRuntime::configuredProviders() const
{
    QStringList names;
    for (const auto &[name, provider] : m_providers)
        names.append(name);
    return names;
}

namespace {
template<typename Adapter>
Adapter *adapterOf(const std::map<QString, std::unique_ptr<ProviderRuntime::Provider>> &providers, const QString &name)
{
    const auto found = providers.find(name);
    return found == providers.end() ? nullptr : static_cast<Adapter *>(found->second->adapter.get());
}
} // namespace

GitmixAdapter *ProviderRuntime::gitmix() const
{
    return adapterOf<GitmixAdapter>(m_providers, u"gitmix"_s);
}

CryptofuseAdapter *ProviderRuntime::cryptofuse() const
{
    return adapterOf<CryptofuseAdapter>(m_providers, u"cryptofuse"_s);
}

PremiumExchangerAdapter *ProviderRuntime::premiumExchanger() const
{
    return adapterOf<PremiumExchangerAdapter>(m_providers, u"premiumexchanger"_s);
}

GreengoAdapter *ProviderRuntime::greengo() const
{
    return adapterOf<GreengoAdapter>(m_providers, u"greengo"_s);
}

} // namespace sarraf
