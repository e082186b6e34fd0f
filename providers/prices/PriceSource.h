// What the Prices page needs from a price feed, whatever its API: the latest price of every pair
// it is asked for and, where it can, a pair's recent history. The sandbox feed implements it now;
// the CoinGecko, CoinMarketCap and Nobitex adapters will, each with its own documented limits.
#pragma once

#include "models/domain/Records.h"
#include "models/domain/Result.h"

#include <QObject>

#include <chrono>
#include <functional>

namespace sarraf {

class PriceSource : public QObject
{
    Q_OBJECT
public:
    using QuotesDone = std::function<void(Result<QList<PriceQuote>>)>;

    using QObject::QObject;
    ~PriceSource() override = default;

    virtual QString name() const = 0;        // stable: "sandbox", "coingecko"
    virtual QString displayName() const = 0; // a proper name, not translated
    // How often the latest prices may be asked for within the source's documented rate limit,
    // with room left for history requests. Auto-refresh never goes faster than this.
    virtual std::chrono::seconds minimumInterval() const = 0;

    virtual void latest(QObject *context, QuotesDone done) = 0;
    virtual bool hasHistory() const { return false; }
    // The pair's prices over the last `hours`, oldest first.
    virtual void history(const QString &base, const QString &quote, int hours, QObject *context, QuotesDone done);
};

} // namespace sarraf
