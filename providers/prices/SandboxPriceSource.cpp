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

// Sends a GET for `path` and reads the answer's `arrayKey` array entry by entry; one entry that
// cannot be read makes the whole answer a bad answer, so a broken feed never shows a wrong number.
void SandboxPriceSource::fetch(const QString &path, const QString &query, const QString &arrayKey,
                               std::function<std::optional<PriceQuote>(const QJsonObject &)> read, QObject *context,
                               QuotesDone done)
{
    QUrl url = m_baseUrl;
    url.setPath(url.path() + path);
    url.setQuery(query);
    const ApiRequest request = ApiRequest::get(path, url);
    m_client->sendJson(request, context, [this, request, arrayKey, read = std::move(read),
                                          done = std::move(done)](Result<ApiJsonResponse> answer) {
        if (!answer)
            return done(answer.error());
        const QJsonValue entries = answer->json.object().value(arrayKey);
        if (!entries.isArray())
            return done(m_client->badAnswer(request, u"no "_s + arrayKey + u" array"_s));
        QList<PriceQuote> quotes;
        for (const QJsonValue &entry : entries.toArray()) {
            std::optional<PriceQuote> quote = read(entry.toObject());
            if (!quote)
                return done(m_client->badAnswer(request, arrayKey + u": an entry without an exact price or time"_s));
            quote->source = name();
            quotes.append(*quote);
        }
        done(quotes);
    });
}

void SandboxPriceSource::latest(QObject *context, QuotesDone done)
{
    fetch(u"/api/v1/tickers"_s, QString(), u"tickers"_s, [](const QJsonObject &ticker) -> std::optional<PriceQuote> {
        PriceQuote quote;
        quote.base = ticker.value(u"base").toString();
        quote.quote = ticker.value(u"quote").toString();
        const std::optional<QString> price = exactPrice(ticker.value(u"last"));
        quote.observedAt = QDateTime::fromString(ticker.value(u"time").toString(), Qt::ISODate).toUTC();
        if (quote.base.isEmpty() || quote.quote.isEmpty() || !price || !quote.observedAt.isValid())
            return std::nullopt;
        quote.price = *price;
        quote.change24h = exactPrice(ticker.value(u"change_24h")).value_or(QString());
        return quote;
    }, context, std::move(done));
}

void SandboxPriceSource::history(const QString &base, const QString &quote, int hours, QObject *context,
                                 QuotesDone done)
{
    fetch(u"/api/v1/history"_s, u"pair="_s + base + u'-' + quote + u"&hours="_s + QString::number(hours), u"points"_s,
          [base, quote](const QJsonObject &point) -> std::optional<PriceQuote> {
              PriceQuote q;
              q.base = base;
              q.quote = quote;
              const std::optional<QString> price = exactPrice(point.value(u"price"));
              q.observedAt = QDateTime::fromString(point.value(u"time").toString(), Qt::ISODate).toUTC();
              if (!price || !q.observedAt.isValid())
                  return std::nullopt;
              q.price = *price;
              return q;
          }, context, std::move(done));
}

} // namespace sarraf
