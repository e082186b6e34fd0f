// The Prices page offscreen against the sandbox's price feed over loopback: the table fills with
// every pair, the change is coloured by its sign, the chart draws the selected pair's day, the
// page says when no price source is set up, and in Persian it is right-to-left with Persian
// digits. Screenshots go to <build>/screenshots.
#include "GuiTestSupport.h"

#include "models/prices/PriceFeed.h"
#include "models/prices/PriceTableModel.h"
#include "models/store/Database.h"
#include "providers/prices/SandboxPriceSource.h"
#include "providers/sandbox/PriceFeedSimulator.h"
#include "providers/sandbox/SandboxServer.h"
#include "ui/Languages.h"
#include "ui/PricesPage.h"

#include <catch2/catch.hpp>

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace sarraf;
using sarraf::test::LanguageGuard;
using sarraf::test::saveScreenshot;

namespace {

struct Harness
{
    SandboxServer server;
    PriceFeedSimulator simulator{server};
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<PriceFeed> feed;

    explicit Harness(bool withSource = true)
    {
        REQUIRE(server.listen());
        REQUIRE(dir.isValid());
        database = std::move(Database::openSqlite(dir.filePath(u"sarraf.sqlite"_s))).value();
        PriceFeed::SourceFactory factory;
        if (withSource)
            factory = [url = server.baseUrlFor(u"prices"_s)] { return std::unique_ptr<PriceSource>(new SandboxPriceSource(url)); };
        feed = std::make_unique<PriceFeed>(database->path(), factory);
    }
};

bool chartDrawn(PricesPage &page)
{
    return test::waitUntil([&] { return page.series()->count() >= 24 * 6; });
}

} // namespace

TEST_CASE("The prices page lists every pair with its coloured change and charts the selected pair's day", "[ui][prices]")
{
    LanguageGuard guard;
    REQUIRE(Languages::apply(u"en"_s));
    Harness h;
    PricesPage page;
    page.resize(1000, 700);
    page.setFeed(h.feed.get());
    page.show();
    h.feed->start();
    REQUIRE(test::waitUntil([&] { return page.model()->rowCount() == h.simulator.pairs().size(); }));
    CHECK(page.findChild<QStackedWidget *>()->currentWidget()->isAncestorOf(page.view()));
    // The first pair is selected and charted.
    CHECK(page.view()->currentIndex().row() == 0);
    REQUIRE(chartDrawn(page));
    const QString title = page.chartView()->chart()->title();
    CHECK(title.contains(page.model()->data(page.model()->index(0, PriceTableModel::PairColumn)).toString()));
    CHECK(title.contains(u"Sandbox"_s));
    // The line's colour says up or down over the day, as the points do.
    const QList<QPointF> points = page.series()->points();
    const bool up = points.constLast().y() >= points.constFirst().y();
    CHECK(page.series()->pen().color() == (up ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb3, 0x1b, 0x1b)));
    CHECK(page.findChild<QLabel *>(u"pricesState"_s)->text().startsWith(u"Updated at"_s));
    saveScreenshot(&page, u"prices-en"_s);

    // Another pair selected: its history replaces the first.
    const int toman = page.model()->rowOf(u"sandbox"_s, u"USDT"_s, u"TMN"_s);
    REQUIRE(toman >= 0);
    page.view()->setCurrentIndex(page.model()->index(toman, 0));
    REQUIRE(test::waitUntil([&] { return page.chartView()->chart()->title().contains(u"USDT / TMN"_s); }));
    CHECK(page.chartView()->chart()->title().contains(u"Toman"_s));
    saveScreenshot(&page, u"prices-toman-en"_s);
}

TEST_CASE("A pair whose history cannot be read says so for that pair, not as a failed refresh", "[ui][prices]")
{
    LanguageGuard guard;
    REQUIRE(Languages::apply(u"en"_s));
    Harness h;
    SandboxFault broken;
    broken.kind = SandboxFault::Kind::ServerError;
    broken.pathPrefix = u"/prices/api/v1/history"_s;
    broken.times = -1;
    h.server.injectFault(broken);
    PricesPage page;
    page.setFeed(h.feed.get());
    page.show();
    h.feed->start();
    REQUIRE(test::waitUntil([&] { return page.model()->rowCount() == h.simulator.pairs().size(); }));
    auto *state = page.findChild<QLabel *>(u"pricesState"_s);
    REQUIRE(test::waitUntil([&] { return state->text().startsWith(u"The last 24 hours of"_s); }));
    CHECK(state->text().contains(u"could not be read from Sandbox"_s));
    CHECK_FALSE(state->text().contains(u"Prices could not be refreshed"_s));
    // The prices themselves are there.
    CHECK(page.model()->rowCount() > 0);
}

TEST_CASE("Without a price source the prices page says how to get one", "[ui][prices]")
{
    LanguageGuard guard;
    REQUIRE(Languages::apply(u"en"_s));
    Harness h(false);
    PricesPage page;
    page.setFeed(h.feed.get());
    bool told = false;
    QObject::connect(h.feed.get(), &PriceFeed::intervalChanged, [&](std::chrono::seconds, bool) { told = true; });
    h.feed->start();
    auto *stack = page.findChild<QStackedWidget *>();
    REQUIRE(test::waitUntil([&] { return told; }));
    QCoreApplication::processEvents(); // the page's own connection ran first; this is belt and braces
    CHECK_FALSE(page.findChild<QPushButton *>(u"refreshPrices"_s)->isEnabled());
    CHECK_FALSE(stack->currentWidget()->isAncestorOf(page.view()));
    bool explained = false;
    for (QLabel *label : stack->currentWidget()->findChildren<QLabel *>())
        explained = explained || label->text().contains(u"No price source is set up yet"_s);
    CHECK(explained);
}

TEST_CASE("In Persian the prices page is right-to-left with Persian digits in the table and the chart", "[ui][prices][translations]")
{
    LanguageGuard guard;
    REQUIRE(Languages::apply(u"fa"_s));
    Harness h;
    PricesPage page;
    page.resize(1000, 700);
    page.setFeed(h.feed.get());
    page.show();
    h.feed->start();
    REQUIRE(test::waitUntil([&] { return page.model()->rowCount() == h.simulator.pairs().size(); }));
    REQUIRE(chartDrawn(page));
    CHECK(page.layoutDirection() == Qt::RightToLeft);
    const QString price = page.model()->data(page.model()->index(0, PriceTableModel::PriceColumn)).toString();
    CHECK(price.contains(QRegularExpression(u"[۰-۹]"_s)));
    CHECK_FALSE(price.contains(QRegularExpression(u"[0-9]"_s)));
    CHECK_FALSE(page.model()->headerData(PriceTableModel::ChangeColumn, Qt::Horizontal).toString().contains(QRegularExpression(u"[A-Za-z]"_s)));
    CHECK_FALSE(page.findChild<QPushButton *>(u"refreshPrices"_s)->text().contains(QRegularExpression(u"[A-Za-z]"_s)));
    saveScreenshot(&page, u"prices-fa"_s);
}
