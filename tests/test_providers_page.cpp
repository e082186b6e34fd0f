// The Providers page against the sandbox: after a sync in which one provider fails, the page names
// it as failing with the reason in words, shows the others working with their request counts, a
// provider not enabled as switched off, and the model passes QAbstractItemModelTester.
#include "GuiTestSupport.h"
#include "SandboxTestSupport.h"

#include "models/store/Database.h"
#include "models/store/TransactionStore.h"
#include "models/sync/ProviderHealth.h"
#include "models/sync/SyncScheduler.h"
#include "providers/sandbox/SandboxEnvironment.h"
#include "providers/sandbox/SandboxServer.h"
#include "ui/Languages.h"
#include "ui/ProvidersPage.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace sarraf;
using sarraf::test::LanguageGuard;

namespace {

int rowOf(const ProviderHealthModel &model, const QString &provider)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(ProviderHealthModel::ProviderRole) == provider)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("The Providers page names the failing provider with its reason and the others working", "[ui][providers]")
{
    LanguageGuard guard;
    REQUIRE(Languages::apply(u"en"_s));
    QTemporaryDir dir;
    SandboxEnvironment sandbox(test::quietSandbox());
    REQUIRE_OK(sandbox.listen());
    const QHash<QString, QStringList> seeded = sandbox.seedDemoData();
    SandboxFault outage;
    outage.kind = SandboxFault::Kind::ServerError;
    outage.pathPrefix = u"/greengo"_s;
    outage.times = -1;
    sandbox.server().injectFault(outage);
    auto database = std::move(Database::openSqlite(dir.filePath(u"sarraf.sqlite"_s))).value();
    // GREENGO orders known by id, so the sync asks GREENGO about them.
    REQUIRE_OK(TransactionStore(*database).upsertAll(
        test::knownByIds(u"greengo"_s, TransactionKind::Order, seeded.value(u"greengo"_s)), u"lookup"_s));
    // Cryptofuse is not enabled in this profile.
    SyncScheduler::Source source
        = test::sandboxSource(sandbox.accounts(), {u"gitmix"_s, u"greengo"_s, u"premiumexchanger"_s});
    source.rateLimit = RateLimit{100.0, 100};
    SyncScheduler scheduler(database->path(), source);
    scheduler.setInterval(std::chrono::seconds(0));

    ProvidersPage page;
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    int reports = 0;
    QObject::connect(&scheduler, &SyncScheduler::healthReported, &page, [&](const QList<ProviderHealth> &health) {
        page.setHealth(health);
        ++reports;
    });
    page.resize(1100, 420);
    page.show();

    // Before any sync: every provider listed, none synced yet, the one not enabled switched off.
    scheduler.reportHealth();
    REQUIRE(test::waitUntil([&] { return reports == 1; }, 20000));
    const ProviderHealthModel &model = *page.model();
    REQUIRE(model.rowCount() == 4);
    const auto stateOf = [&](const QString &provider) {
        const int row = rowOf(model, provider);
        REQUIRE(row >= 0);
        return ProviderHealthModel::State(model.index(row, 0).data(ProviderHealthModel::StateRole).toInt());
    };
    CHECK(stateOf(u"gitmix"_s) == ProviderHealthModel::State::NotSyncedYet);
    CHECK(stateOf(u"cryptofuse"_s) == ProviderHealthModel::State::Disabled);

    // A sync reports again by itself when it is done.
    scheduler.syncNow();
    REQUIRE(test::waitUntil([&] { return reports >= 2; }, 60000));
    CHECK(stateOf(u"greengo"_s) == ProviderHealthModel::State::Failing);
    CHECK(stateOf(u"gitmix"_s) == ProviderHealthModel::State::Working);
    CHECK(stateOf(u"premiumexchanger"_s) == ProviderHealthModel::State::Working);
    CHECK(stateOf(u"cryptofuse"_s) == ProviderHealthModel::State::Disabled);
    const int greengo = rowOf(model, u"greengo"_s);
    const int gitmix = rowOf(model, u"gitmix"_s);
    CHECK(model.index(greengo, ProviderHealthModel::ErrorsColumn).data().toString() != u"0");
    const int exchanger = rowOf(model, u"premiumexchanger"_s); // it lists, so it was asked
    CHECK(model.index(exchanger, ProviderHealthModel::RequestsColumn).data().toString() != u"0");
    CHECK(model.index(exchanger, ProviderHealthModel::RateColumn).data().toString() == u"6,000 a minute, 100 at once");
    CHECK(model.index(gitmix, ProviderHealthModel::CircuitColumn).data().toString() == u"Closed");
    CHECK(model.index(gitmix, ProviderHealthModel::LastSuccessColumn).data().toString() != u"Never");
    // The failing provider is selected first and its reason is under the table, in words.
    INFO(page.problemText().toStdString());
    CHECK(page.view()->currentIndex().row() == greengo);
    CHECK(page.problemText().startsWith(u"GREENGO: "_s));
    CHECK(page.problemText().size() > 20);
    test::saveScreenshot(&page, u"providers-en"_s);

    // The provider recovers: the next sync shows it working and the reason is gone.
    sandbox.server().clearFaults();
    const int before = reports;
    scheduler.syncNow();
    REQUIRE(test::waitUntil([&] { return reports > before; }, 60000));
    CHECK(stateOf(u"greengo"_s) == ProviderHealthModel::State::Working);
    page.view()->selectRow(greengo);
    CHECK(page.problemText() == u"GREENGO answered the last sync.");
}

TEST_CASE("In Persian the Providers page is right to left and translated", "[ui][providers][translations]")
{
    LanguageGuard guard;
    REQUIRE(Languages::apply(u"fa"_s));
    ProvidersPage page;
    ProviderHealth working;
    working.provider = u"gitmix"_s;
    working.enabled = true;
    working.used = true;
    working.requests = 1234;
    working.circuit = u"closed"_s;
    working.lastStartedAt = working.lastSuccessAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC);
    working.rateLimit = RateLimit{100.0 / 60.0, 150};
    ProviderHealth failing = working;
    failing.provider = u"greengo"_s;
    failing.lastError = u"GREENGO is unavailable (HTTP 503); Sarraf will try again later."_s;
    page.setHealth({working, failing});
    page.resize(1100, 360);
    page.show();
    CHECK(page.layoutDirection() == Qt::RightToLeft);
    const QString header = page.model()->headerData(ProviderHealthModel::StateColumn, Qt::Horizontal).toString();
    CHECK(header != u"State");
    CHECK(page.model()->index(0, ProviderHealthModel::RequestsColumn).data().toString() == u"۱٬۲۳۴");
    CHECK(page.model()->index(0, ProviderHealthModel::RateColumn).data().toString().contains(u"۱۰۰"_s));
    CHECK(page.view()->currentIndex().row() == 1); // the failing provider, with its reason
    CHECK(page.problemText().contains(u"503"_s));
    test::saveScreenshot(&page, u"providers-fa"_s);
}
