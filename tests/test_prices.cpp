// Live prices below the UI: the sandbox feed read over real loopback HTTP with every price exact,
// the store keeping each quote once and giving the newest per pair and a pair's history, the feed
// refreshing on its own thread without outrunning the source's rate limit, a broken answer
// explained and not stored, and the table model checked by QAbstractItemModelTester.
#include "TestSupport.h"

#include "models/domain/Decimal.h"
#include "models/prices/PriceFeed.h"
#include "models/prices/PriceTableModel.h"
#include "models/store/Database.h"
#include "models/store/PriceStore.h"
#include "providers/prices/SandboxPriceSource.h"
#include "providers/sandbox/PriceFeedSimulator.h"
#include "providers/sandbox/SandboxServer.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace sarraf;

namespace {

struct Feed
{
    SandboxServer server;
    PriceFeedSimulator simulator{server};
    QTemporaryDir dir;
    std::unique_ptr<Database> database;

    Feed()
    {
        REQUIRE(server.listen());
        REQUIRE(dir.isValid());
        database = std::move(Database::openSqlite(dir.filePath(u"sarraf.sqlite"_s))).value();
    }
    QUrl url() const { return server.baseUrlFor(u"prices"_s); }
    int requests(const QString &path) const
    {
        int count = 0;
        for (const SandboxJournalEntry &entry : server.journal())
            count += entry.path.endsWith(path) ? 1 : 0;
        return count;
    }
    PriceFeed::SourceFactory factory() const
    {
        return [url = url()] { return std::unique_ptr<PriceSource>(new SandboxPriceSource(url)); };
    }
};

PriceQuote quote(const QString &base, const QString &price, const QDateTime &at, const QString &change = {})
{
    return {u"sandbox"_s, base, u"USDT"_s, price, change, at};
}

} // namespace

TEST_CASE("The sandbox price source reads every pair's last price exactly and a day of history", "[prices]")
{
    Feed feed;
    SandboxPriceSource source(feed.url());
    std::optional<Result<QList<PriceQuote>>> latest;
    source.latest(&source, [&](Result<QList<PriceQuote>> quotes) { latest.emplace(std::move(quotes)); });
    REQUIRE(test::waitUntil([&] { return latest.has_value(); }));
    REQUIRE_OK(*latest);
    REQUIRE((*latest)->size() == feed.simulator.pairs().size());
    for (const PriceQuote &q : **latest) {
        INFO(q.pair().toStdString());
        CHECK(q.source == u"sandbox");
        CHECK(q.price == feed.simulator.lastPrice(q.base + u'-' + q.quote)); // the text, digit for digit
        CHECK(Decimal::parse(q.change24h));
        CHECK(q.observedAt.timeSpec() == Qt::UTC);
    }
    const auto toman = std::find_if((*latest)->cbegin(), (*latest)->cend(),
                                    [](const PriceQuote &q) { return q.pair() == u"USDT/TMN"; });
    REQUIRE(toman != (*latest)->cend());
    CHECK_FALSE(toman->price.contains(u'.')); // Toman prices are whole

    std::optional<Result<QList<PriceQuote>>> history;
    source.history(u"BTC"_s, u"USDT"_s, 24, &source,
                   [&](Result<QList<PriceQuote>> points) { history.emplace(std::move(points)); });
    REQUIRE(test::waitUntil([&] { return history.has_value(); }));
    REQUIRE_OK(*history);
    CHECK((*history)->size() >= 24 * 6);
    for (qsizetype i = 1; i < (*history)->size(); ++i)
        CHECK((*history)->at(i - 1).observedAt < (*history)->at(i).observedAt);
}

TEST_CASE("A broken price answer is explained in words and nothing of it is stored", "[prices]")
{
    Feed feed;
    feed.simulator.setBroken(true);
    PriceFeed prices(feed.database->path(), feed.factory());
    std::optional<QString> failure;
    QList<QList<PriceQuote>> updates;
    QObject::connect(&prices, &PriceFeed::refreshFailed,
                     [&](const QString &, const QString &message) { failure = message; });
    QObject::connect(&prices, &PriceFeed::pricesUpdated, [&](const QList<PriceQuote> &latest) { updates.append(latest); });
    prices.start();
    REQUIRE(test::waitUntil([&] { return failure.has_value(); }));
    CHECK(failure->contains(u"Sandbox prices"_s));
    CHECK_FALSE(failure->contains(u"<html>"_s));
    REQUIRE(updates.size() == 1); // what the store held at start: nothing
    CHECK(updates.constFirst().isEmpty());
    CHECK(PriceStore(*feed.database).latest()->isEmpty());
}

TEST_CASE("The price store keeps each quote once, the newest per pair and a pair's history in order", "[prices][store]")
{
    Feed feed;
    PriceStore store(*feed.database);
    const QDateTime t0(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    REQUIRE(store.record({quote(u"BTC"_s, u"67000.10"_s, t0), quote(u"ETH"_s, u"3500.00"_s, t0)}).value() == 2);
    // The same quote again is not a second row; a newer one is.
    REQUIRE(store.record({quote(u"BTC"_s, u"67000.10"_s, t0), quote(u"BTC"_s, u"67100.25"_s, t0.addSecs(60), u"1.50"_s)})
                .value()
            == 1);
    const QList<PriceQuote> latest = store.latest().value();
    REQUIRE(latest.size() == 2);
    CHECK(latest[0].base == u"BTC");
    CHECK(latest[0].price == u"67100.25");
    CHECK(latest[0].change24h == u"1.50");
    CHECK(latest[1].change24h.isEmpty());
    const QList<PriceQuote> history = store.history(u"sandbox"_s, u"BTC"_s, u"USDT"_s, t0.addSecs(-1)).value();
    REQUIRE(history.size() == 2);
    CHECK(history[0].price == u"67000.10");
    CHECK(history[1].observedAt == t0.addSecs(60));
    CHECK(store.prune(t0.addSecs(30)).value() == 2);
    CHECK(store.latest()->size() == 1);
}

TEST_CASE("The price feed refreshes on its own thread, never faster than the source allows, and fills the chart's history",
          "[prices][feed]")
{
    Feed feed;
    PriceFeed prices(feed.database->path(), feed.factory());
    QList<QList<PriceQuote>> updates;
    std::optional<std::pair<std::chrono::seconds, bool>> interval;
    std::optional<QList<PriceQuote>> history;
    QObject::connect(&prices, &PriceFeed::pricesUpdated, [&](const QList<PriceQuote> &latest) { updates.append(latest); });
    QObject::connect(&prices, &PriceFeed::intervalChanged,
                     [&](std::chrono::seconds s, bool hasSource) { interval.emplace(s, hasSource); });
    QObject::connect(&prices, &PriceFeed::historyLoaded,
                     [&](const QString &, const QString &, const QString &, const QList<PriceQuote> &points) {
                         history = points;
                     });
    prices.setInterval(std::chrono::seconds(1)); // faster than the source's minimum
    prices.start();
    REQUIRE(test::waitUntil([&] { return updates.size() == 2; }));
    REQUIRE(interval.has_value());
    CHECK(interval->first == std::chrono::seconds(5));
    CHECK(interval->second);
    CHECK(updates[0].isEmpty()); // the store at start
    CHECK(updates[1].size() == feed.simulator.pairs().size());

    // Only by hand from here: asked again at once, twice, the feed sends one more request, and
    // only once the source's minimum interval has passed since the last.
    prices.setInterval(std::chrono::seconds(0));
    REQUIRE(test::waitUntil([&] { return interval->first == std::chrono::seconds(0); }));
    QElapsedTimer sinceAsked;
    sinceAsked.start();
    prices.refreshNow();
    prices.refreshNow();
    REQUIRE(test::waitUntil([&] { return updates.size() == 3; }, 15000));
    CHECK(feed.requests(u"/tickers"_s) == 2);
    // Not before the minimum after the first request (which came before sinceAsked started).
    const qint64 afterFirst = sinceAsked.elapsed();
    CHECK(afterFirst > 1000);
    test::waitUntil([] { return false; }, 6000); // a further interval: no timer, no third request
    CHECK(feed.requests(u"/tickers"_s) == 2);
    CHECK(updates.size() == 3);

    // The chart's first look at a pair brings its day of history from the source into the store.
    prices.requestHistory(u"sandbox"_s, u"ETH"_s, u"USDT"_s, 24);
    REQUIRE(test::waitUntil([&] { return history.has_value(); }));
    CHECK(history->size() >= 24 * 6);
    CHECK(feed.requests(u"/history"_s) == 1);
    history.reset();
    prices.requestHistory(u"sandbox"_s, u"ETH"_s, u"USDT"_s, 24); // now from the store alone
    REQUIRE(test::waitUntil([&] { return history.has_value(); }));
    CHECK(feed.requests(u"/history"_s) == 1);
}

TEST_CASE("Without a price source the feed says so and shows what the store holds", "[prices][feed]")
{
    Feed feed;
    REQUIRE_OK(PriceStore(*feed.database).record({quote(u"BTC"_s, u"1.00"_s, QDateTime::currentDateTimeUtc())}));
    PriceFeed prices(feed.database->path(), {});
    std::optional<bool> hasSource;
    std::optional<QList<PriceQuote>> latest;
    QObject::connect(&prices, &PriceFeed::intervalChanged, [&](std::chrono::seconds, bool has) { hasSource = has; });
    QObject::connect(&prices, &PriceFeed::pricesUpdated, [&](const QList<PriceQuote> &quotes) { latest = quotes; });
    prices.start();
    REQUIRE(test::waitUntil([&] { return latest.has_value() && hasSource.has_value(); }));
    CHECK_FALSE(*hasSource);
    CHECK(latest->size() == 1);
}

TEST_CASE("The price table model keeps rows in place across refreshes and passes the model tester", "[prices][model]")
{
    PriceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.setQuotes({quote(u"BTC"_s, u"67000.10"_s, now.addSecs(-12), u"-1.82"_s),
                     quote(u"ETH"_s, u"3500.5"_s, now.addSecs(-400), u"0.40"_s)});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.data(model.index(0, PriceTableModel::PairColumn)).toString() == u"BTC / USDT");
    CHECK(model.data(model.index(0, PriceTableModel::PriceColumn)).toString() == u"67,000.10 USDT"); // as the source wrote it
    CHECK(model.data(model.index(0, PriceTableModel::ChangeColumn)).toString() == u"-1.82 %");
    CHECK(model.data(model.index(1, PriceTableModel::ChangeColumn)).toString() == u"+0.40 %");
    CHECK(model.data(model.index(0, PriceTableModel::ChangeColumn), PriceTableModel::ChangeSignRole).toInt() == -1);
    CHECK(model.data(model.index(0, PriceTableModel::SourceColumn)).toString() == u"Sandbox");
    CHECK(model.data(model.index(0, PriceTableModel::AgeColumn)).toString() == u"12 s ago");
    CHECK(model.data(model.index(1, PriceTableModel::AgeColumn)).toString() == u"6 min ago");
    CHECK_FALSE(model.data(model.index(0, 0), PriceTableModel::StaleRole).toBool());

    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] { ++resets; });
    model.setQuotes({quote(u"BTC"_s, u"67010.00"_s, now, u"-1.80"_s), quote(u"ETH"_s, u"3501"_s, now)});
    CHECK(resets == 0); // same pairs: values change in place, the selection stays
    CHECK(model.data(model.index(0, PriceTableModel::PriceColumn)).toString() == u"67,010.00 USDT");
    CHECK(model.data(model.index(1, PriceTableModel::ChangeColumn)).toString().isEmpty());
    CHECK_FALSE(model.data(model.index(1, PriceTableModel::ChangeColumn), PriceTableModel::ChangeSignRole).isValid());
    // A price with more digits than its currency's amounts carry is still grouped, with its unit.
    model.setQuotes({PriceQuote{u"sandbox"_s, u"USDT"_s, u"TMN"_s, u"58450.5"_s, {}, now}});
    CHECK(model.data(model.index(0, PriceTableModel::PriceColumn)).toString() == u"58,450.5 Toman");
    model.setQuotes({quote(u"TON"_s, u"5.4210"_s, now.addDays(-1))});
    CHECK(resets == 2);
    CHECK(model.rowOf(u"sandbox"_s, u"TON"_s, u"USDT"_s) == 0);
    CHECK(model.data(model.index(0, 0), PriceTableModel::StaleRole).toBool());
}
