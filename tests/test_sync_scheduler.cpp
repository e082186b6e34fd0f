// The sync scheduler against the in-process sandbox over loopback HTTP: it writes every provider's
// answers into the store from its own thread, a provider that fails is reported in words while the
// others complete, and the thread that asked (the GUI's) keeps running its event loop throughout.
#include "SandboxTestSupport.h"
#include "TestSupport.h"

#include "models/domain/Decimal.h"
#include "models/store/Database.h"
#include "models/store/TransactionStore.h"
#include "models/sync/SyncScheduler.h"
#include "providers/ProviderConnector.h"
#include "providers/sandbox/CryptofuseSimulator.h"
#include "providers/sandbox/GitmixSimulator.h"
#include "providers/sandbox/GreengoSimulator.h"
#include "providers/sandbox/PremiumExchangerSimulator.h"
#include "providers/sandbox/SandboxEnvironment.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace sarraf;

namespace {

struct Harness
{
    QTemporaryDir dir;
    SandboxEnvironment sandbox{test::quietSandbox()};
    QHash<QString, QStringList> seeded;
    std::unique_ptr<Database> database;

    Harness()
    {
        REQUIRE(dir.isValid());
        REQUIRE_OK(sandbox.listen());
        seeded = sandbox.seedDemoData();
        database = std::move(Database::openSqlite(dir.filePath(u"sarraf.sqlite"_s))).value();
        // Known to Sarraf by id, status not read yet: what a lookup by hand leaves behind.
        REQUIRE_OK(TransactionStore(*database).upsertAll(
            test::knownByIds(u"gitmix"_s, TransactionKind::Invoice, seeded.value(u"gitmix"_s))
                + test::knownByIds(u"greengo"_s, TransactionKind::Order, seeded.value(u"greengo"_s)),
            u"lookup"_s));
    }

    SyncScheduler::Source source() const
    {
        SyncScheduler::Source source = test::sandboxSource(sandbox.accounts());
        source.rateLimit = RateLimit{100.0, 100};
        return source;
    }
};

} // namespace

TEST_CASE("The sync scheduler writes every provider's answers from its own thread and reports a failing one",
          "[sync]")
{
    Harness h;
    SandboxFault outage;
    outage.kind = SandboxFault::Kind::ServerError;
    outage.pathPrefix = u"/greengo"_s;
    outage.times = -1;
    h.sandbox.server().injectFault(outage);

    SyncScheduler scheduler(h.database->path(), h.source());
    scheduler.setInterval(std::chrono::seconds(0));
    QHash<QString, std::pair<bool, QString>> results;
    std::optional<int> failed;
    int storeChanges = 0;
    QObject::connect(&scheduler, &SyncScheduler::providerSynced,
                     [&](const QString &provider, bool ok, const QString &message) { results[provider] = {ok, message}; });
    QObject::connect(&scheduler, &SyncScheduler::syncFinished, [&](int count) { failed = count; });
    QObject::connect(&scheduler, &SyncScheduler::storeChanged, [&] { ++storeChanges; });

    // How long this thread's event loop goes without running, while the sync works.
    QElapsedTimer sinceTick;
    qint64 longestGapMs = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longestGapMs = std::max(longestGapMs, sinceTick.restart());
    });
    sinceTick.start();
    tick.start();

    scheduler.syncNow();
    REQUIRE(test::waitUntil([&] { return failed.has_value(); }, 60000));
    tick.stop();
    CHECK(*failed == 1);
    REQUIRE(results.contains(u"greengo"_s));
    CHECK_FALSE(results[u"greengo"_s].first);
    CHECK(results[u"greengo"_s].second.contains(u"GREENGO"_s));
    for (const QString &provider : {u"gitmix"_s, u"cryptofuse"_s, u"premiumexchanger"_s}) {
        INFO(provider.toStdString());
        REQUIRE(results.contains(provider));
        CHECK(results[provider].first);
    }
    CHECK(storeChanges == 1);
    INFO("longest stall of the asking thread: " << longestGapMs << " ms");
    // Generous for a loaded CI machine; the store work itself never runs on this thread.
    CHECK(longestGapMs < 1000);

    // What the providers said is in the store: Gitmix's statuses, Premium Exchanger's listing.
    TransactionStore store(*h.database);
    TransactionQuery invoices;
    invoices.kind = TransactionKind::Invoice;
    invoices.provider = u"gitmix"_s;
    invoices.limit = 1000;
    const Result<QList<StoredTransaction>> rows = store.list(invoices);
    REQUIRE_OK(rows);
    REQUIRE(rows->size() == h.seeded.value(u"gitmix"_s).size());
    for (const StoredTransaction &row : *rows)
        CHECK(row.record.providerStatus != u""_s);
    TransactionQuery orders;
    orders.kind = TransactionKind::Order;
    orders.provider = u"premiumexchanger"_s;
    orders.limit = 1000;
    CHECK(store.list(orders)->size() == h.sandbox.premiumExchanger().bidIds().size());
    const Result<SyncState> greengo = store.syncState(u"greengo"_s);
    REQUIRE_OK(greengo);
    CHECK_FALSE(greengo->lastError.isEmpty());

    // When the provider recovers, the next sync completes it; a change of status is written.
    h.sandbox.server().clearFaults();
    const QString moved = h.seeded.value(u"gitmix"_s).constFirst();
    REQUIRE(h.sandbox.gitmix().setStatus(moved, u"brand-new-word"_s));
    failed.reset();
    results.clear();
    scheduler.syncNow();
    REQUIRE(test::waitUntil([&] { return failed.has_value(); }, 60000));
    CHECK(*failed == 0);
    CHECK(results[u"greengo"_s].first);
    const auto stored = store.find(u"gitmix"_s, TransactionKind::Invoice, moved);
    REQUIRE_OK(stored);
    REQUIRE(stored->has_value());
    CHECK((*stored)->record.providerStatus == u"brand-new-word"_s);
    CHECK((*stored)->record.status == TransactionStatus::Unknown);
}

TEST_CASE("The sync scheduler syncs again by itself on its interval", "[sync]")
{
    Harness h;
    SyncScheduler scheduler(h.database->path(), h.source());
    int finished = 0;
    QObject::connect(&scheduler, &SyncScheduler::syncFinished, [&](int) { ++finished; });
    scheduler.setInterval(std::chrono::seconds(1));
    REQUIRE(test::waitUntil([&] { return finished >= 2; }, 30000));
}

TEST_CASE("Look up by id asks every provider and stores what the one that knows the id says", "[sync]")
{
    Harness h;
    SyncScheduler scheduler(h.database->path(), h.source());
    scheduler.setInterval(std::chrono::seconds(0));
    std::optional<std::tuple<QString, QStringList, QStringList>> answer;
    QObject::connect(&scheduler, &SyncScheduler::lookedUp,
                     [&](const QString &id, const QStringList &found, const QStringList &failures) {
                         answer.emplace(id, found, failures);
                     });
    // A Premium Exchanger bid Sarraf has not listed yet: the other providers do not know it.
    const QString bid = QString::number(h.sandbox.premiumExchanger().bidIds().constFirst());
    scheduler.lookUp(u"  "_s + bid + u" "_s);
    REQUIRE(test::waitUntil([&] { return answer.has_value(); }, 30000));
    CHECK(std::get<0>(*answer) == bid);
    CHECK(std::get<1>(*answer) == QStringList{u"premiumexchanger/order"_s});
    CHECK(std::get<2>(*answer).isEmpty());
    const auto stored = TransactionStore(*h.database).find(u"premiumexchanger"_s, TransactionKind::Order, bid);
    REQUIRE_OK(stored);
    CHECK(stored->has_value());

    answer.reset();
    scheduler.lookUp(u"no-such-id-anywhere"_s);
    REQUIRE(test::waitUntil([&] { return answer.has_value(); }, 30000));
    CHECK(std::get<1>(*answer).isEmpty());
    CHECK(std::get<2>(*answer).isEmpty());
}

TEST_CASE("A provider that cannot even start syncing is named with the reason after the sync starts", "[sync]")
{
    Harness h;
    SyncScheduler::Source source = h.source();
    source.fixed[0].secrets.clear(); // gitmix without its API key
    SyncScheduler scheduler(h.database->path(), source);
    scheduler.setInterval(std::chrono::seconds(0));
    QStringList started;
    QHash<QString, std::pair<bool, QString>> results;
    std::optional<int> failed;
    QObject::connect(&scheduler, &SyncScheduler::syncStarted, [&](const QStringList &providers) {
        started = providers;
        results.clear(); // what the window does when a sync starts
    });
    QObject::connect(&scheduler, &SyncScheduler::providerSynced,
                     [&](const QString &provider, bool ok, const QString &message) { results[provider] = {ok, message}; });
    QObject::connect(&scheduler, &SyncScheduler::syncFinished, [&](int count) { failed = count; });
    scheduler.syncNow();
    REQUIRE(test::waitUntil([&] { return failed.has_value(); }, 60000));
    CHECK(started.contains(u"gitmix"_s));
    CHECK(*failed == 1);
    REQUIRE(results.contains(u"gitmix"_s));
    CHECK_FALSE(results[u"gitmix"_s].first);
    CHECK(results[u"gitmix"_s].second.contains(u"api-key"_s));
    CHECK(results[u"greengo"_s].first);
}

TEST_CASE("Tracking known ids on the scheduler's thread stores them and then syncs the listings", "[sync]")
{
    Harness h;
    SyncScheduler scheduler(h.database->path(), h.source());
    scheduler.setInterval(std::chrono::seconds(0));
    std::optional<std::pair<int, QStringList>> tracked;
    std::optional<int> failed;
    QObject::connect(&scheduler, &SyncScheduler::tracked,
                     [&](int stored, const QStringList &failures) { tracked.emplace(stored, failures); });
    QObject::connect(&scheduler, &SyncScheduler::syncFinished, [&](int count) { failed = count; });
    const QStringList payments = h.sandbox.cryptofuse().paymentIds();
    REQUIRE_FALSE(payments.isEmpty());
    scheduler.trackThenSync({{u"cryptofuse"_s, payments}});
    REQUIRE(test::waitUntil([&] { return failed.has_value(); }, 60000));
    REQUIRE(tracked.has_value());
    CHECK(tracked->first == payments.size());
    CHECK(tracked->second.isEmpty());
    TransactionQuery query;
    query.provider = u"cryptofuse"_s;
    CHECK(TransactionStore(*h.database).list(query)->size() == payments.size());
    query.provider = u"premiumexchanger"_s; // listed by the sync that followed
    CHECK(TransactionStore(*h.database).list(query)->size() == h.sandbox.premiumExchanger().bidIds().size());
}

namespace {

// Waits for one answer of a refreshed/cancelled-shaped signal.
struct Answer
{
    std::optional<std::pair<bool, QString>> value;
    void set(bool ok, const QString &message) { value.emplace(ok, message); }
    bool wait() { return test::waitUntil([&] { return value.has_value(); }, 30000); }
};

TrackedTransaction storedRecord(Database &database, const QString &provider, const QString &id)
{
    const auto found = TransactionStore(database).find(provider, TransactionKind::Order, id);
    REQUIRE_OK(found);
    REQUIRE(found->has_value());
    return (*found)->record;
}

} // namespace

TEST_CASE("Refresh now asks only that provider and stores its answer; an unknown provider is explained", "[sync]")
{
    Harness h;
    SyncScheduler scheduler(h.database->path(), h.source());
    scheduler.setInterval(std::chrono::seconds(0));
    Answer refreshed;
    int storeChanges = 0;
    QObject::connect(&scheduler, &SyncScheduler::refreshed,
                     [&](const QString &, const QString &, bool ok, const QString &message) { refreshed.set(ok, message); });
    QObject::connect(&scheduler, &SyncScheduler::storeChanged, [&] { ++storeChanges; });
    const QString order = h.seeded.value(u"greengo"_s).constFirst();
    REQUIRE(h.sandbox.greengo().setStatus(order, u"payed"_s));
    CHECK(storedRecord(*h.database, u"greengo"_s, order).status == TransactionStatus::Unknown);
    scheduler.refresh(u"greengo"_s, order);
    REQUIRE(refreshed.wait());
    CHECK(refreshed.value->first);
    CHECK(storedRecord(*h.database, u"greengo"_s, order).providerStatus == u"payed");
    CHECK(storeChanges == 1);

    refreshed.value.reset();
    scheduler.refresh(u"nosuchprovider"_s, order);
    REQUIRE(refreshed.wait());
    CHECK_FALSE(refreshed.value->first);
    CHECK(refreshed.value->second.contains(u"not enabled"_s));

    refreshed.value.reset();
    scheduler.refresh(u"greengo"_s, u"no-such-order"_s);
    REQUIRE(refreshed.wait());
    CHECK_FALSE(refreshed.value->first);
    CHECK_FALSE(refreshed.value->second.isEmpty());
}

TEST_CASE("Cancelling a GREENGO order or Premium Exchanger bid is sent once and the store then shows the provider's word",
          "[sync][cancel]")
{
    Harness h;
    SyncScheduler scheduler(h.database->path(), h.source());
    scheduler.setInterval(std::chrono::seconds(0));
    Answer cancelled, refreshed;
    QObject::connect(&scheduler, &SyncScheduler::cancelled,
                     [&](const QString &, const QString &, bool ok, const QString &message) { cancelled.set(ok, message); });
    QObject::connect(&scheduler, &SyncScheduler::refreshed,
                     [&](const QString &, const QString &, bool ok, const QString &message) { refreshed.set(ok, message); });
    const auto requestsEndingWith = [&](const QString &path) {
        int count = 0;
        for (const SandboxJournalEntry &entry : h.sandbox.server().journal())
            count += entry.path.endsWith(path) ? 1 : 0;
        return count;
    };
    const auto cancels = [&] { return requestsEndingWith(u"/order/cancel"_s); };
    const auto refresh = [&](const QString &provider, const QString &id) {
        refreshed.value.reset();
        scheduler.refresh(provider, id);
        REQUIRE(refreshed.wait());
        REQUIRE(refreshed.value->first);
    };

    SECTION("an open GREENGO order is cancelled")
    {
        const QString order = h.seeded.value(u"greengo"_s).at(0);
        REQUIRE(h.sandbox.greengo().setStatus(order, u"awaiting"_s));
        refresh(u"greengo"_s, order);
        const TrackedTransaction open = storedRecord(*h.database, u"greengo"_s, order);
        CHECK(cancellableAtProvider(open));
        refreshed.value.reset();
        scheduler.cancel(open);
        REQUIRE(cancelled.wait());
        CHECK(cancelled.value->first);
        const TrackedTransaction after = storedRecord(*h.database, u"greengo"_s, order);
        CHECK(after.status == TransactionStatus::Cancelled);
        CHECK(cancels() == 1);
        CHECK(after.providerStatus == u"canceled");
        CHECK_FALSE(cancellableAtProvider(after));
    }
    SECTION("a GREENGO order paid meanwhile is not cancelled, and the person is told why")
    {
        const QString order = h.seeded.value(u"greengo"_s).at(1);
        REQUIRE(h.sandbox.greengo().setStatus(order, u"awaiting"_s));
        refresh(u"greengo"_s, order);
        const TrackedTransaction open = storedRecord(*h.database, u"greengo"_s, order);
        REQUIRE(h.sandbox.greengo().setStatus(order, u"completed"_s)); // paid after Sarraf last looked
        refreshed.value.reset();
        scheduler.cancel(open);
        REQUIRE(cancelled.wait());
        CHECK_FALSE(cancelled.value->first);
        CHECK(cancelled.value->second.contains(u"did not cancel"_s));
        // The refresh after the cancel already stored what GREENGO says now.
        CHECK(storedRecord(*h.database, u"greengo"_s, order).status == TransactionStatus::Completed);
        CHECK(cancels() == 1);
    }
    SECTION("a new Premium Exchanger bid is cancelled by its hash")
    {
        const qint64 bidId = h.sandbox.premiumExchanger().bidIds().constFirst();
        REQUIRE(h.sandbox.premiumExchanger().setBidStatus(bidId, u"new"_s));
        const QString bid = QString::number(bidId);
        refresh(u"premiumexchanger"_s, bid);
        const TrackedTransaction open = storedRecord(*h.database, u"premiumexchanger"_s, bid);
        REQUIRE_FALSE(open.trackingCode.isEmpty());
        CHECK(cancellableAtProvider(open));
        refreshed.value.reset();
        scheduler.cancel(open);
        REQUIRE(cancelled.wait());
        CHECK(cancelled.value->first);
        CHECK(storedRecord(*h.database, u"premiumexchanger"_s, bid).status == TransactionStatus::Cancelled);
        CHECK(requestsEndingWith(u"/cancel_bid"_s) == 1);
    }
    SECTION("a cancel whose connection drops is not sent again, and the refresh after it shows the truth")
    {
        const QString order = h.seeded.value(u"greengo"_s).at(3);
        REQUIRE(h.sandbox.greengo().setStatus(order, u"awaiting"_s));
        refresh(u"greengo"_s, order);
        const TrackedTransaction open = storedRecord(*h.database, u"greengo"_s, order);
        SandboxFault drop;
        drop.kind = SandboxFault::Kind::DropConnection;
        drop.pathPrefix = u"/greengo/api/v2/order/cancel"_s;
        h.sandbox.server().injectFault(drop);
        scheduler.cancel(open);
        REQUIRE(cancelled.wait());
        CHECK_FALSE(cancelled.value->first);
        CHECK_FALSE(cancelled.value->second.isEmpty());
        CHECK(cancels() == 1); // never retried blindly
        CHECK(storedRecord(*h.database, u"greengo"_s, order).status == TransactionStatus::Pending);
    }
}

TEST_CASE("A sync that moves a tracked transaction into a final status reports it for the notifications", "[sync][notifications]")
{
    Harness h;
    SyncScheduler scheduler(h.database->path(), h.source());
    scheduler.setInterval(std::chrono::seconds(0));
    std::optional<int> failed;
    QList<TrackedTransaction> finished;
    QObject::connect(&scheduler, &SyncScheduler::syncFinished, [&](int count) { failed = count; });
    QObject::connect(&scheduler, &SyncScheduler::transactionsFinished,
                     [&](const QList<TrackedTransaction> &records) { finished.append(records); });
    const QString order = h.seeded.value(u"greengo"_s).at(2);
    REQUIRE(h.sandbox.greengo().setStatus(order, u"awaiting"_s));
    scheduler.syncNow(); // every seeded order gets its first status: some already final
    REQUIRE(test::waitUntil([&] { return failed.has_value(); }, 60000));
    finished.clear();
    failed.reset();

    REQUIRE(h.sandbox.greengo().setStatus(order, u"completed"_s));
    scheduler.syncNow();
    REQUIRE(test::waitUntil([&] { return failed.has_value(); }, 60000));
    REQUIRE(finished.size() == 1);
    CHECK(finished.constFirst().providerId == order);
    CHECK(finished.constFirst().status == TransactionStatus::Completed);
}

TEST_CASE("Creating an invoice, payment or order sends it once and stores it; limits refuse it before sending",
          "[sync][create]")
{
    Harness h;
    SyncScheduler scheduler(h.database->path(), h.source());
    scheduler.setInterval(std::chrono::seconds(0));
    struct Created
    {
        bool ok = false;
        TrackedTransaction record;
        QString message;
        bool unknown = false;
    };
    std::optional<Created> created;
    QObject::connect(&scheduler, &SyncScheduler::created,
                     [&](bool ok, const TrackedTransaction &record, const QString &message, bool unknown) {
                         created = Created{ok, record, message, unknown};
                     });
    const auto create = [&](const CreateRequest &request) {
        created.reset();
        scheduler.create(request);
        REQUIRE(test::waitUntil([&] { return created.has_value(); }, 30000));
        return *created;
    };
    const auto posts = [&](const QString &path) {
        int count = 0;
        for (const SandboxJournalEntry &entry : h.sandbox.server().journal())
            count += entry.method == "POST" && entry.path == path ? 1 : 0;
        return count;
    };
    const auto stored = [&](const TrackedTransaction &record) {
        const auto found = TransactionStore(*h.database).find(record.provider, record.kind, record.providerId);
        REQUIRE_OK(found);
        REQUIRE(found->has_value());
        return **found;
    };
    const auto money = [](const char *amount, const char *currency) {
        return Money::parse(QString::fromLatin1(amount), QString::fromLatin1(currency)).value();
    };

    SECTION("a Gitmix invoice")
    {
        CreateRequest request;
        request.provider = u"gitmix"_s;
        request.amount = money("1250000", "TMN");
        request.description = u"شارژ کیف پول"_s;
        request.customerPhone = u"09121234567"_s;
        request.callbackUrl = QUrl(u"https://shop.example/callback"_s);
        request.successUrl = QUrl(u"https://shop.example/paid"_s);
        request.failUrl = QUrl(u"https://shop.example/failed"_s);
        REQUIRE_OK(CreateRules::validate(request, {{u"store-id"_s, u"7"_s}}));
        const Created answer = create(request);
        REQUIRE(answer.ok);
        CHECK(answer.record.kind == TransactionKind::Invoice);
        CHECK(answer.record.amount == u"1250000");
        CHECK_FALSE(answer.record.paymentUrl.isEmpty());
        const StoredTransaction row = stored(answer.record);
        CHECK(row.record.description == u"شارژ کیف پول");
        const auto history = TransactionStore(*h.database).history(row.id);
        REQUIRE_OK(history);
        REQUIRE(history->size() == 1);
        CHECK(history->constFirst().source == u"create");
        CHECK(posts(u"/gitmix/invoices"_s) == 1);
    }
    SECTION("a Cryptofuse payment within the coin's limits, and one below its minimum never sent")
    {
        CreateRequest request;
        request.provider = u"cryptofuse"_s;
        request.amount = money("25", "USD");
        request.payCurrency = u"usdttrc20"_s;
        request.reference = u"ORDER-77"_s;
        const Created answer = create(request);
        REQUIRE(answer.ok);
        CHECK(*Decimal::parse(stored(answer.record).record.amount) == *Decimal::parse(u"25")); // "25.00000000"
        CHECK(posts(u"/cryptofuse/payments/"_s) == 1);

        request.amount = money("5", "USD"); // the sandbox's minimum for USDTTRC20 is 10 USD
        const Created refused = create(request);
        CHECK_FALSE(refused.ok);
        CHECK_FALSE(refused.unknown);
        CHECK(refused.message.contains(u"minimum"_s));
        CHECK(posts(u"/cryptofuse/payments/"_s) == 1);

        request.payCurrency = u"DOGE"_s;
        request.amount = money("25", "USD");
        const Created unknownCoin = create(request);
        CHECK_FALSE(unknownCoin.ok);
        CHECK_FALSE(unknownCoin.unknown);
        CHECK(unknownCoin.message.contains(u"DOGE"_s));
        CHECK(posts(u"/cryptofuse/payments/"_s) == 1);
    }
    SECTION("a GREENGO order within its direction, and one above the direction's maximum never sent")
    {
        CreateRequest request;
        request.provider = u"greengo"_s;
        request.amount = money("15000", "RUB");
        request.paymentMethod = u"card"_s;
        request.wallet = u"bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"_s;
        const Created answer = create(request);
        REQUIRE(answer.ok);
        CHECK(answer.record.kind == TransactionKind::Order);
        CHECK(stored(answer.record).record.amount == u"15000");
        CHECK(posts(u"/greengo/api/v2/order/create"_s) == 1);

        request.paymentMethod = u"kzt"_s;
        request.amount = money("6000000", "KZT"); // the Kazakh card direction's maximum is 5,000,000
        const Created refused = create(request);
        CHECK_FALSE(refused.ok);
        CHECK_FALSE(refused.unknown);
        CHECK(refused.message.contains(u"maximum"_s));
        CHECK(posts(u"/greengo/api/v2/order/create"_s) == 1);
    }
    SECTION("limits that cannot be read stop the create before it is sent, and say nothing was sent")
    {
        SandboxFault outage;
        outage.kind = SandboxFault::Kind::ServerError;
        outage.pathPrefix = u"/greengo/api/v2/directions"_s;
        outage.times = -1;
        h.sandbox.server().injectFault(outage);
        CreateRequest request;
        request.provider = u"greengo"_s;
        request.amount = money("15000", "RUB");
        request.paymentMethod = u"card"_s;
        request.wallet = u"bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"_s;
        const Created answer = create(request);
        CHECK_FALSE(answer.ok);
        CHECK_FALSE(answer.unknown);
        CHECK(answer.message.startsWith(u"Nothing was sent"_s));
        CHECK(posts(u"/greengo/api/v2/order/create"_s) == 0);
    }
    SECTION("a create whose connection drops is not sent again and says it may exist")
    {
        SandboxFault drop;
        drop.kind = SandboxFault::Kind::DropConnection;
        drop.pathPrefix = u"/greengo/api/v2/order/create"_s;
        h.sandbox.server().injectFault(drop);
        CreateRequest request;
        request.provider = u"greengo"_s;
        request.amount = money("15000", "RUB");
        request.paymentMethod = u"card"_s;
        request.wallet = u"bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"_s;
        const Created answer = create(request);
        CHECK_FALSE(answer.ok);
        CHECK(answer.unknown);
        CHECK(answer.message.contains(u"Look it up"_s));
        CHECK(posts(u"/greengo/api/v2/order/create"_s) == 1);
    }
}
