// Live prices for the Prices page: refreshes the price source on a timer (never faster than the
// source's rate limit allows) and on demand, stores every quote, and reads a pair's history for the
// chart, all on a worker thread with its own database connection and network access. The GUI
// thread only receives signals.
#pragma once

#include "models/domain/Records.h"

#include <QObject>
#include <QThread>

#include <chrono>
#include <functional>
#include <memory>

namespace sarraf {

class PriceSource;
class PriceFeedWorker;

// A source's name for people: "CoinGecko"; the stable name when it is not known.
QString priceSourceDisplayName(const QString &name);

class PriceFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceFeed)

public:
    // makeSource runs on the worker thread (a source owns network objects); it may return null
    // when no price source is configured.
    using SourceFactory = std::function<std::unique_ptr<PriceSource>()>;

    PriceFeed(QString databasePath, SourceFactory makeSource, QObject *parent = nullptr);
    ~PriceFeed() override;

    // Shows what the store already holds, then refreshes and keeps refreshing on the interval.
    void start();
    // Asked-for interval; the source's minimum wins when it is longer. Zero stops the timer.
    void setInterval(std::chrono::seconds interval);
    void refreshNow();
    // The pair's stored history over the last `hours`, fetched from the source first when the
    // store holds too little of it. Answers with historyLoaded.
    void requestHistory(const QString &source, const QString &base, const QString &quote, int hours = 24);

Q_SIGNALS:
    // The newest quote of every pair, after each refresh (and once from the store at start).
    void pricesUpdated(const QList<sarraf::PriceQuote> &latest);
    void historyLoaded(const QString &source, const QString &base, const QString &quote,
                       const QList<sarraf::PriceQuote> &points);
    // The source could not be asked or its answer not used: the sentence says why.
    void refreshFailed(const QString &source, const QString &message);
    // The source could not give a pair's history; the chart shows what the store has.
    void historyFailed(const QString &source, const QString &base, const QString &quote, const QString &message);
    void refreshStarted();
    // The interval in effect, after the source's minimum (and whether any source is configured).
    void intervalChanged(std::chrono::seconds interval, bool hasSource);

private:
    QThread m_thread;
    PriceFeedWorker *m_worker = nullptr;
};

} // namespace sarraf
