// The live side of the providers of one profile: one shared network access manager and one set of
// metrics, and per configured provider its ApiClient (timeout, retry, breaker, limiter), its
// adapter and its connector. Built from a ProviderConfig: the profile's settings plus the secrets
// read from the keychain (or, in the sandbox, the simulator's own credentials).
#pragma once

#include "models/domain/Result.h"
#include "providers/ProviderConnector.h"
#include "providers/http/ApiClient.h"
#include "providers/http/ApiMetrics.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <map>
#include <memory>

class QNetworkAccessManager;

namespace sarraf {

class CryptofuseAdapter;
class GitmixAdapter;
class GreengoAdapter;
class PremiumExchangerAdapter;
class PayoutConnector;
class ProviderSettings;

// Everything needed to talk to one provider. Secrets are held only in memory.
struct ProviderConfig
{
    QString provider;
    QUrl baseUrl;
    QHash<QString, QString> settings; // the non-secret fields other than base-url
    QHash<QString, QString> secrets;  // field -> value; optional fields may be absent
};

class ProviderRuntime final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderRuntime)

public:
    using ConfigsDone = std::function<void(QList<Result<ProviderConfig>>)>;

    explicit ProviderRuntime(QObject *parent = nullptr);
    ~ProviderRuntime() override;

    // The providers this version can sync and track: Gitmix, Cryptofuse, Premium Exchanger, GREENGO.
    static QStringList supportedProviders();
    static bool isSupported(const QString &provider) { return supportedProviders().contains(provider); }

    // Reads the settings and the keychain secrets of each provider, in the order given. A missing
    // base address or required secret is that provider's error, in words that say how to set it.
    static void loadConfigs(const QString &profile, const ProviderSettings &settings, const QStringList &providers,
                            QObject *context, ConfigsDone done);
    // The policy a provider is talked to with: its documented (or a gentle) rate limit, defaults otherwise.
    static ApiPolicy policyFor(const QString &provider);

    // Builds (or rebuilds) the provider's client, adapter and connector. Refuses an unsupported
    // provider and a configuration that misses a required field.
    Result<ProviderConnector *> configure(const ProviderConfig &config, const ApiPolicy &policy);
    Result<ProviderConnector *> configure(const ProviderConfig &config) { return configure(config, policyFor(config.provider)); }

    ProviderConnector *connector(const QString &provider) const;
    // The provider's payouts, for the providers that pay out (Cryptofuse, Premium Exchanger); null otherwise.
    PayoutConnector *payoutConnector(const QString &provider) const;
    ApiClient *client(const QString &provider) const;
    QStringList configuredProviders() const;
    ApiMetrics &metrics() { return m_metrics; }
    // What this runtime's providers did: per provider its requests, errors, refusals by the rate
    // limiter and circuit state, and every series in the Prometheus text format, as JSON.
    QJsonObject metricsSnapshot() const;
    static QString circuitStateName(CircuitBreaker::State state); // "closed", "open", "half-open"
    QNetworkAccessManager *network() const { return m_network; }

    GitmixAdapter *gitmix() const;
    CryptofuseAdapter *cryptofuse() const;
    PremiumExchangerAdapter *premiumExchanger() const;
    GreengoAdapter *greengo() const;

    struct Provider; // one provider's client, adapter and connector

private:
    QNetworkAccessManager *m_network;
    ApiMetrics m_metrics;
    std::map<QString, std::unique_ptr<Provider>> m_providers;
};

// The sentences of configuration errors live here, so they have one translation context.
class ProviderConfigErrors final
{
    Q_DECLARE_TR_FUNCTIONS(ProviderConfigErrors)
public:
    static Error notSupported(const QString &provider);
    static Error missingSetting(const QString &displayName, const QString &provider, const QString &key);
    static Error missingSecret(const QString &displayName, const QString &provider, const QString &field);
};

} // namespace sarraf
