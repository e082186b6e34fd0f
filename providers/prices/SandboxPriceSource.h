// The sandbox price feed (providers/sandbox/PriceFeedSimulator) as a PriceSource: tickers and
// history over the shared HTTP runtime, 30 requests a minute, every price kept as exact text.
#pragma once

#include "providers/prices/PriceSource.h"

#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QJsonObject;
class QNetworkAccessManager;

namespace sarraf {

class ApiClient;
class ApiMetrics;

class SandboxPriceSource final : public PriceSource
{
    Q_OBJECT
public:
    // baseUrl: the sandbox's address with the feed's prefix, "http://127.0.0.1:PORT/prices".
    explicit SandboxPriceSource(QUrl baseUrl, QObject *parent = nullptr);
    ~SandboxPriceSource() override;

    QString name() const override { return QStringLiteral("sandbox"); }
    QString displayName() const override { return QStringLiteral("Sandbox"); }
    std::chrono::seconds minimumInterval() const override { return std::chrono::seconds(5); }
    void latest(QObject *context, QuotesDone done) override;
    bool hasHistory() const override { return true; }
    void history(const QString &base, const QString &quote, int hours, QObject *context, QuotesDone done) override;

private:
    void fetch(const QString &path, const QString &query, const QString &arrayKey,
               std::function<std::optional<PriceQuote>(const QJsonObject &)> read, QObject *context, QuotesDone done);

    QUrl m_baseUrl;
    QNetworkAccessManager *m_network;
    std::unique_ptr<ApiMetrics> m_metrics;
    std::unique_ptr<ApiClient> m_client;
};

} // namespace sarraf
