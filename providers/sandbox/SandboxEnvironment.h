// All the simulators of Providers I on one SandboxServer, with their credentials and, on request,
// realistic demo data: what `sarrafctl sandbox` serves, what `sarraf --sandbox` starts in-process,
// and what the end-to-end tests run the CLI against.
#pragma once

#include "models/domain/Result.h"
#include "providers/sandbox/SandboxServer.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <memory>

namespace sarraf {

class CryptofuseSimulator;
class GitmixSimulator;
class GreengoSimulator;
class PremiumExchangerSimulator;
class PriceFeedSimulator;

// How a profile reaches one simulated provider: its settings and the credentials it accepts.
struct SandboxAccount
{
    QString provider;
    QUrl baseUrl;
    QHash<QString, QString> settings; // non-secret settings other than base-url
    QHash<QString, QString> secrets;  // keychain field -> value
};

class SandboxEnvironment final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxEnvironment)

public:
    struct Options
    {
        // Fresh random credentials instead of the documented sandbox ones, for tests that prove
        // no secret is written anywhere.
        bool randomCredentials = false;
        // Status progressions as in real life (minutes); false keeps statuses where they are.
        bool progress = true;
    };

    explicit SandboxEnvironment(QObject *parent = nullptr);
    SandboxEnvironment(Options options, QObject *parent = nullptr);
    ~SandboxEnvironment() override;

    static QStringList providers(); // gitmix, cryptofuse, premiumexchanger, greengo

    // Listens on 127.0.0.1 (port 0 picks a free one).
    Result<quint16> listen(quint16 port = 0);
    SandboxServer &server() { return m_server; }
    QUrl baseUrl() const { return m_server.baseUrl(); }

    QList<SandboxAccount> accounts() const;
    SandboxAccount account(const QString &provider) const;

    // Fills every simulator with realistic transactions. Returns, per provider, the ids Sarraf
    // learns by tracking (Premium Exchanger's bids are found by its listing instead).
    QHash<QString, QStringList> seedDemoData();

    GitmixSimulator &gitmix() { return *m_gitmix; }
    CryptofuseSimulator &cryptofuse() { return *m_cryptofuse; }
    PremiumExchangerSimulator &premiumExchanger() { return *m_premiumExchanger; }
    GreengoSimulator &greengo() { return *m_greengo; }
    // The sandbox's price feed (not a transaction provider: it has no account).
    PriceFeedSimulator &prices() { return *m_prices; }
    QUrl priceFeedUrl() const { return m_server.baseUrlFor(QStringLiteral("prices")); }

private:
    SandboxServer m_server;
    QString m_gitmixToken;
    QString m_peLogin;
    QString m_peKey;
    QString m_greengoSecret;
    std::unique_ptr<GitmixSimulator> m_gitmix;
    std::unique_ptr<CryptofuseSimulator> m_cryptofuse;
    std::unique_ptr<PremiumExchangerSimulator> m_premiumExchanger;
    std::unique_ptr<GreengoSimulator> m_greengo;
    std::unique_ptr<PriceFeedSimulator> m_prices;
};

} // namespace sarraf
