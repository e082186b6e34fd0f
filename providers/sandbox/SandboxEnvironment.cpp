#include "providers/sandbox/SandboxEnvironment.h"

#include "providers/sandbox/CryptofuseSimulator.h"
#include "providers/sandbox/GitmixSimulator.h"
#include "providers/sandbox/GreengoSimulator.h"
#include "providers/sandbox/PremiumExchangerSimulator.h"
#include "providers/sandbox/PriceFeedSimulator.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace sarraf {
namespace {

QString randomSecret(const QString &prefix)
{
    // Long and unlike any word, so a search of the data folder cannot match it by chance.
    QString text = prefix;
    static const QLatin1StringView alphabet("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    for (int i = 0; i < 32; ++i)
        text += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return text;
}

constexpr qint64 SandboxStoreId = 4021;

} // namespace

SandboxEnvironment::SandboxEnvironment(QObject *parent) : SandboxEnvironment(Options{}, parent) {}

SandboxEnvironment::SandboxEnvironment(Options options, QObject *parent) : QObject(parent)
{
    const bool random = options.randomCredentials;
    m_gitmixToken = random ? randomSecret(u"gmx-"_s) : u"sandbox-gitmix-store-token"_s;
    m_peLogin = random ? randomSecret(u"pel-"_s) : PremiumExchangerSimulator::defaultLogin();
    m_peKey = random ? randomSecret(u"pek-"_s) : PremiumExchangerSimulator::defaultKey();
    GreengoSimulator::Options greengo;
    if (random)
        greengo.apiSecret = randomSecret(u"ggo-"_s);
    greengo.progress = options.progress;
    m_greengoSecret = greengo.apiSecret;

    m_gitmix = std::make_unique<GitmixSimulator>(m_server, m_gitmixToken, SandboxStoreId);
    m_gitmix->setPaidAfter(options.progress ? std::optional(std::chrono::milliseconds(90s)) : std::nullopt);
    m_cryptofuse = std::make_unique<CryptofuseSimulator>(m_server);
    if (random)
        m_cryptofuse->setCredentials(randomSecret(u"cfi-"_s), randomSecret(u"cfs-"_s), randomSecret(u"cfw-"_s));
    m_premiumExchanger = std::make_unique<PremiumExchangerSimulator>(m_server);
    m_premiumExchanger->setCredentials(m_peLogin, m_peKey);
    m_premiumExchanger->setProgressStep(options.progress ? 60s : 0s);
    m_greengo = std::make_unique<GreengoSimulator>(m_server, greengo);
    m_prices = std::make_unique<PriceFeedSimulator>(m_server);
}

SandboxEnvironment::~SandboxEnvironment() = default;

QStringList SandboxEnvironment::providers()
{
    return {u"gitmix"_s, u"cryptofuse"_s, u"premiumexchanger"_s, u"greengo"_s};
}

Result<quint16> SandboxEnvironment::listen(quint16 port)
{
    return m_server.listen(port);
}

SandboxAccount SandboxEnvironment::account(const QString &provider) const
{
    SandboxAccount account;
    account.provider = provider;
    account.baseUrl = m_server.baseUrlFor(provider);
    if (provider == u"gitmix") {
        account.settings.insert(u"store-id"_s, QString::number(SandboxStoreId));
        account.secrets.insert(u"api-key"_s, m_gitmixToken);
    } else if (provider == u"cryptofuse") {
        account.secrets.insert(u"client-id"_s, m_cryptofuse->clientId());
        account.secrets.insert(u"client-secret"_s, m_cryptofuse->clientSecret());
        account.secrets.insert(u"webhook-secret"_s, m_cryptofuse->webhookSecret());
    } else if (provider == u"premiumexchanger") {
        account.secrets.insert(u"api-login"_s, m_peLogin);
        account.secrets.insert(u"api-key"_s, m_peKey);
    } else if (provider == u"greengo") {
        account.secrets.insert(u"api-secret"_s, m_greengoSecret);
    }
    return account;
}

QList<SandboxAccount> SandboxEnvironment::accounts() const
{
    QList<SandboxAccount> list;
    for (const QString &provider : providers())
        list.append(account(provider));
    return list;
}

QHash<QString, QStringList> SandboxEnvironment::seedDemoData()
{
    QHash<QString, QStringList> tracked;
    tracked.insert(u"gitmix"_s, m_gitmix->seedDemoData(60));
    (void)m_cryptofuse->seedDemoData();
    tracked.insert(u"cryptofuse"_s, m_cryptofuse->paymentIds());
    m_premiumExchanger->seedDemoData();
    tracked.insert(u"premiumexchanger"_s, {});
    tracked.insert(u"greengo"_s, m_greengo->seedDemoOrders(60));
    return tracked;
}

} // namespace sarraf
