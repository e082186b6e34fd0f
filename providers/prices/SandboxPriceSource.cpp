#include "providers/prices/SandboxPriceSource.h"

#include "models/domain/Decimal.h"
#include "providers/http/ApiClient.h"
#include "providers/http/ApiMetrics.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace sarraf {

void PriceSource::history(const QString &base, const QString &quote, int hours, QObject *context, QuotesDone done)
{
    Q_UNUSED(base)
    Q_UNUSED(quote)
    Q_UNUSED(hours)
    QMetaObject::invokeMethod(context, [done = std::move(done)] { done(QList<PriceQuote>()); }, Qt::QueuedConnection);
}

namespace {

// A price must be exact decimal text; anything else makes the whole answer unusable, so a
// broken feed never shows a wrong number.
std::optional<QString> exactPrice(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty() || !Decimal::parse(text))
        return std::nullopt;
    return text;
}

} // namespace

SandboxPriceSource::SandboxPriceSource(QUrl baseUrl, QObject *parent)
    : PriceSource(parent), m_baseUrl(std::move(baseUrl)), m_network(new QNetworkAccessManager(this)),
      m_metrics(std::make_unique<ApiMetrics>())
{
    ApiPolicy policy;
    policy.timeout = std::chrono::seconds(15);
    policy.rateLimit = RateLimit{0.5, 4}; // the feed allows 30 a minute
    m_client = std::make_unique<ApiClient>(u"sandbox-prices"_s, u"Sandbox prices"_s, policy, m_network, *m_metrics);
}

SandboxPriceSource::~SandboxPriceSource() = default;

void SandboxPriceSource::latest(QObject *context, QuotesDone done)
{
    QUrl url = m_baseUrl;
    url.setPath(url.path() + u"/api/v1/tickers"_s);
    const ApiRequest request = ApiRequest::get(u"/api/v1/tickers"_s, url);
    m_client->sendJson(request, context, [this, request, done = std::move(done)](Result<ApiJsonResponse> answer) {
        if (!answer)
            return done(answer.error());
        const QJsonValue tickers = answer->json.object().value(u"tickers");
        if (!tickers.isArray())
            return done(m_client->badAnswer(request, u"no tickers array"_s));
        QList<PriceQuote> quotes;
        for (const QJsonValue &entry : tickers.toArray()) {
            const QJsonObject ticker = entry.toObject();
            PriceQuote quote;
            quote.source = name();
            quote.base = ticker.value(u"base").toString();
            quote.quote = ticker.value(u"quote").toString();
            const std::optional<QString> price = exactPrice(ticker.value(u"last"));
            quote.observedAt = QDateTime::fromString(ticker.value(u"time").toString(), Qt::ISODate);
            if (quote.base.isEmpty() || quote.quote.isEmpty() || !price || !quote.observedAt.isValid())
                return done(m_client->badAnswer(request, u"a ticker without base, quote, exact last price or time"_s));
            quote.price = *price;
            quote.change24h = exactPrice(ticker.value(u"change_24h")).value_or(QString());
            quote.observedAt = quote.observedAt.toUTC();
            quotes.append(quote);
        }
        done(quotes);
    });
}

void SandboxPriceSource::history(const QString &base, const QString &quote, int hours, QObject *context,
                                 QuotesDone done)
{
    QUrl url = m_baseUrl;
    url.setPath(url.path() + u"/api/v1/history"_s);
    url.setQuery(u"pair="_s + base + u'-' + quote + u"&hours="_s + QString::number(hours));
    const ApiRequest request = ApiRequest::get(u"/api/v1/history"_s, url);
    m_client->sendJson(request, context, [this, request, base, quote, done = std::move(done)](Result<ApiJsonResponse> answer) {
        if (!answer)
            return done(answer.error());
        const QJsonValue points = answer->json.object().value(u"points");
        if (!points.isArray())
            return done(m_client->badAnswer(request, u"no points array"_s));
        QList<PriceQuote> quotes;
        for (const QJsonValue &entry : points.toArray()) {
            const QJsonObject point = entry.toObject();
            PriceQuote q;
            q.source = name();
            q.base = base;
            q.quote = quote;
            const std::optional<QString> price = exactPrice(point.value(u"price"));
            q.observedAt = QDateTime::fromString(point.value(u"time").toString(), Qt::ISODate).toUTC();
            if (!price || !q.observedAt.isValid())
                return done(m_client->badAnswer(request, u"a point without an exact price or time"_s));
            q.price = *price;
            quotes.append(q);
        }
        done(quotes);
    });
}

} // namespace sarraf
