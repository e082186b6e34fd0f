// The Invoices page offscreen over a real SQLite store: the filter bar drives the model in the
// database, the count follows, a bad amount is explained, the page explains itself while empty,
// and in Persian it is right-to-left with Solar Hijri dates and Persian digits. Screenshots go to
// <build>/screenshots for a person to look at.
#include "TestSupport.h"

#include "models/store/Database.h"
#include "models/store/TransactionStore.h"
#include "models/table/TransactionTableModel.h"
#include "ui/Languages.h"
#include "ui/TransactionsPage.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace sarraf;

namespace {

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    QList<TrackedTransaction> rows;

    explicit Store(int count)
    {
        REQUIRE(dir.isValid());
        database = std::move(Database::openSqlite(dir.filePath(u"sarraf.sqlite"_s))).value();
        for (int i = 0; i < count; ++i) {
            TrackedTransaction t;
            t.kind = TransactionKind::Invoice;
            t.provider = i % 2 ? u"gitmix"_s : u"cryptofuse"_s;
            t.providerId = QString::number(29400 + i);
            t.status = i % 3 == 0 ? TransactionStatus::Completed : TransactionStatus::Pending;
            t.providerStatus = i % 3 == 0 ? u"paid"_s : u"pending"_s;
            t.amount = QString::number(1000 * (i + 1));
            t.currency = u"TMN"_s;
            t.customerPhone = i % 4 == 0 ? u"0912555%1"_s.arg(1000 + i) : u"0935111%1"_s.arg(1000 + i);
            t.createdAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC).addDays(i);
            t.updatedAt = t.createdAt;
            rows.append(t);
        }
        if (count > 0)
            REQUIRE_OK(TransactionStore(*database).upsertAll(rows, u"import"_s));
    }
};

struct LanguageGuard
{
    ~LanguageGuard() { Languages::apply(u"en"_s); }
};

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = test::binaryDir() + u"/screenshots"_s;
    QDir().mkpath(dir);
    widget->grab().save(dir + u'/' + name + u".png"_s);
}

bool settled(TransactionsPage &page)
{
    // The debounce, then the count on the worker thread.
    return test::waitUntil([&] {
        QCoreApplication::processEvents();
        return !page.model()->isCounting() && !page.findChild<QTimer *>(u"filterDebounce"_s)->isActive();
    });
}

} // namespace

TEST_CASE("The invoices page filter bar drives the table in the database and shows the count", "[ui][model]")
{
    LanguageGuard guard;
    REQUIRE(Languages::apply(u"en"_s));
    Store store(24);
    TransactionsPage page(store.database->path(), TransactionKind::Invoice);
    page.resize(1100, 600);
    page.show();
    REQUIRE(settled(page));
    auto *count = page.findChild<QLabel *>(u"countLabel"_s);
    REQUIRE(count);
    CHECK(page.model()->rowCount() == 24);
    CHECK(count->text() == u"Total: 24"_s);

    // Free text: a phone number fragment, found through the trigram index.
    page.findChild<QLineEdit *>(u"searchField"_s)->setText(u"0912555"_s);
    REQUIRE(settled(page));
    CHECK(page.model()->rowCount() == 6);
    CHECK(count->text() == u"Matching: 6"_s);

    // And a status on top of it.
    auto *status = page.findChild<QComboBox *>(u"statusFilter"_s);
    status->setCurrentIndex(status->findData(u"completed"_s));
    REQUIRE(settled(page));
    CHECK(page.model()->query().status == TransactionStatus::Completed);
    CHECK(page.model()->rowCount() == 2); // rows 0 and 12
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const QModelIndex index = page.model()->index(row, TransactionTableModel::StatusColumn);
        (void)page.model()->data(index);
        REQUIRE(test::waitUntil([&] { return page.model()->data(index, TransactionTableModel::LoadedRole).toBool(); }));
        CHECK(page.model()->data(index, TransactionTableModel::StatusKeyRole).toString() == u"completed");
    }
    saveScreenshot(&page, u"invoices-filtered-en"_s);

    // An amount that is not one is explained, in words.
    page.findChild<QLineEdit *>(u"searchField"_s)->clear();
    status->setCurrentIndex(0);
    page.findChild<QLineEdit *>(u"minAmount"_s)->setText(u"ten"_s);
    REQUIRE(settled(page));
    auto *error = page.findChild<QLabel *>(u"filterError"_s);
    REQUIRE(test::waitUntil([&] { return error->isVisible(); }));
    CHECK(error->text().contains(u"\"ten\" is not an amount"_s));
    page.findChild<QLineEdit *>(u"minAmount"_s)->setText(u"20000"_s);
    REQUIRE(settled(page));
    CHECK_FALSE(error->isVisible());
    CHECK(page.model()->rowCount() == 5); // 20000 ... 24000

    // The provider filter, and the date range in whole local days (both ends included).
    page.findChild<QLineEdit *>(u"minAmount"_s)->clear();
    auto *provider = page.findChild<QComboBox *>(u"providerFilter"_s);
    provider->setCurrentIndex(provider->findData(u"gitmix"_s));
    REQUIRE(settled(page));
    CHECK(page.model()->rowCount() == 12);
    page.findChild<QDateEdit *>(u"fromDate"_s)->setDate(store.rows[1].createdAt.toLocalTime().date());
    page.findChild<QDateEdit *>(u"toDate"_s)->setDate(store.rows[5].createdAt.toLocalTime().date());
    REQUIRE(settled(page));
    CHECK(page.model()->rowCount() == 3); // gitmix rows 1, 3 and 5
}

TEST_CASE("The invoices page explains itself while the store is empty and shows the table once it is not", "[ui]")
{
    Store store(0);
    TransactionsPage page(store.database->path(), TransactionKind::Invoice);
    page.setEmptyTexts(u"Invoices"_s, u"Invoices you track appear here."_s);
    REQUIRE(settled(page));
    auto *stack = page.findChild<QStackedWidget *>();
    REQUIRE(stack);
    CHECK(stack->currentWidget() != page.view());

    TrackedTransaction t;
    t.provider = u"gitmix"_s;
    t.providerId = u"1"_s;
    t.createdAt = QDateTime::currentDateTimeUtc();
    REQUIRE_OK(TransactionStore(*store.database).upsert(t, u"lookup"_s));
    page.refresh();
    REQUIRE(test::waitUntil([&] { return page.model()->rowCount() == 1; }));
    CHECK(stack->currentWidget() == page.view());
}

TEST_CASE("In Persian the invoices page is right-to-left with Solar Hijri dates and Persian digits", "[ui][translations]")
{
    LanguageGuard guard;
    REQUIRE(Languages::apply(u"fa"_s));
    Store store(12);
    TransactionsPage page(store.database->path(), TransactionKind::Invoice);
    page.resize(1100, 500);
    page.show();
    REQUIRE(settled(page));
    CHECK(page.layoutDirection() == Qt::RightToLeft);
    CHECK(page.findChild<QDateEdit *>(u"fromDate"_s)->calendar().name() == u"Jalali"_s);
    const QString count = page.findChild<QLabel *>(u"countLabel"_s)->text();
    CHECK(count.contains(u"۱۲"_s));
    CHECK_FALSE(count.contains(u"12"_s));
    const QModelIndex created = page.model()->index(0, TransactionTableModel::CreatedColumn);
    (void)page.model()->data(created);
    REQUIRE(test::waitUntil([&] { return page.model()->data(created, TransactionTableModel::LoadedRole).toBool(); }));
    // 2026-03-12 is 21 Esfand 1404 in the Solar Hijri calendar.
    CHECK(page.model()->data(created).toString().contains(u"۱۴۰۴"_s));
    const QModelIndex amount = page.model()->index(0, TransactionTableModel::AmountColumn);
    CHECK(page.model()->data(amount).toString().contains(u"۱۲٬۰۰۰"_s));
    // Nothing of the filter bar is left in English.
    for (QComboBox *combo : page.findChildren<QComboBox *>())
        CHECK_FALSE(combo->itemText(0).contains(u"All"_s));
    CHECK_FALSE(page.findChild<QLineEdit *>(u"searchField"_s)->placeholderText().contains(u"Search"_s));
    saveScreenshot(&page, u"invoices-fa"_s);
}

TEST_CASE("Export from the invoices page writes exactly the rows its filters select", "[ui][export]")
{
    Store store(24);
    TransactionsPage page(store.database->path(), TransactionKind::Invoice);
    REQUIRE(settled(page));
    page.findChild<QLineEdit *>(u"searchField"_s)->setText(u"0935111"_s);
    REQUIRE(settled(page));
    REQUIRE(page.model()->rowCount() == 18);

    QTemporaryDir out;
    const QString path = out.filePath(u"invoices.csv"_s);
    std::optional<std::pair<bool, QString>> finished;
    QObject::connect(&page, &TransactionsPage::exportFinished,
                     [&](bool ok, const QString &message) { finished.emplace(ok, message); });
    page.exportCsv(path);
    REQUIRE(test::waitUntil([&] { return finished.has_value(); }));
    INFO(finished->second.toStdString());
    REQUIRE(finished->first);
    CHECK(finished->second.contains(u"18"_s));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList records = QString::fromUtf8(file.readAll().mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(records.size() == 19);
    // Newest first, as the table shows them: ids 29423 down, skipping every fourth.
    QStringList ids;
    for (int row = 0; row < 18; ++row) {
        const QModelIndex index = page.model()->index(row, TransactionTableModel::IdColumn);
        (void)page.model()->data(index);
        REQUIRE(test::waitUntil([&] { return page.model()->data(index, TransactionTableModel::LoadedRole).toBool(); }));
        ids.append(page.model()->data(index).toString());
    }
    for (int row = 0; row < 18; ++row)
        CHECK(records[row + 1].section(u',', 2, 2) == ids[row]);
}
