// The sandbox's price feed, until the CoinGecko, CoinMarketCap and Nobitex adapters arrive: a few
// crypto and Toman pairs whose prices take a seeded random walk, so a chart has a day of history
// and every refresh shows a little movement.
//
//   GET /prices/api/v1/tickers                       -> {"tickers": [{"base": "BTC", "quote": "USDT",
//        "last": "67321.15", "change_24h": "-1.82", "time": "2026-11-23T10:00:00Z"}, ...]}
//   GET /prices/api/v1/history?pair=BTC-USDT&hours=24 -> {"pair": "BTC-USDT",
//        "points": [{"time": "...Z", "price": "..."}, ...]}   (oldest first: every 10 minutes, then the live moves)
//
// Prices are JSON strings with the pair's precision, as Nobitex sends them; Toman pairs are quoted in TMN. The feed allows 30
// requests a minute; more is answered 429 with Retry-After.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace sarraf {

class SandboxServer;

class PriceFeedSimulator final
{
public:
    explicit PriceFeedSimulator(SandboxServer &server, quint32 seed = 7);
    ~PriceFeedSimulator();
    Q_DISABLE_COPY_MOVE(PriceFeedSimulator)

    static int requestsPerMinute() { return 30; }
    QStringList pairs() const; // "BTC-USDT", ...
    // The pair's price now, as the tickers route would give it ("" for an unknown pair).
    QString lastPrice(const QString &pair) const;
    // Moves every pair one step now (tests; the feed also moves by itself with time).
    void step();
    // Makes the tickers route answer with a body that is not JSON (fault injection).
    void setBroken(bool broken);

    struct State;

private:
    std::shared_ptr<State> m_state;
};

} // namespace sarraf
