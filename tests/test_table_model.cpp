// The table model over a real SQLite store: QAbstractItemModelTester finds no contract breach,
// filters and sorts give exactly the rows computed here independently, a jump to the last row
// reads the right row, only a bounded number of pages stays in memory, and a refresh after the
// store changed shows the change without moving the rows.
#include "TestSupport.h"

#include "models/domain/Decimal.h"
#include "models/store/Database.h"
#include "models/store/TransactionStore.h"
#include "models/store/TransactionSql.h"
#include "models/table/TransactionCsvExport.h"
#include "models/table/TransactionTableModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <iterator>
#include <functional>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace sarraf;

namespace {

constexpr int RowCount = 2350; // not a multiple of the page size: the last page is partial

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    QList<TrackedTransaction> invoices; // what was stored, in insertion order (row id order)

    Fixture()
    {
        REQUIRE(dir.isValid());
        Result<std::unique_ptr<Database>> opened = Database::openSqlite(dir.filePath(u"sarraf.sqlite"_s));
        REQUIRE_OK(opened);
        database = std::move(opened).value();
        const QStringList providers{u"gitmix"_s, u"cryptofuse"_s, u"greengo"_s};
        const QStringList currencies{u"TMN"_s, u"USDT"_s, u"BTC"_s, u"IRR"_s};
        const QList<TransactionStatus> statuses{TransactionStatus::Pending, TransactionStatus::Completed,
                                                TransactionStatus::Failed, TransactionStatus::Processing};
        const QDateTime start(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
        QList<TrackedTransaction> records;
        for (int i = 0; i < RowCount; ++i) {
            TrackedTransaction t;
            t.kind = TransactionKind::Invoice;
            t.provider = providers[i % providers.size()];
            t.providerId = u"INV-%1"_s.arg(100000 + i);
            t.status = statuses[(i / 3) % statuses.size()];
            t.providerStatus = TransactionStatuses::key(t.status);
            t.currency = currencies[(i / 7) % currencies.size()];
            // Amounts repeat (ties are ordered by row id) and differ in scale.
            t.amount = t.currency == u"BTC" ? u"0.%1"_s.arg(1000 + (i * 37) % 900, 8, 10, QLatin1Char('0'))
                                            : QString::number(100 + (i * 7919) % 5000) + u".50"_s;
            t.customerPhone = u"09%1"_s.arg(120000000 + (i * 13) % 1000, 9, 10, QLatin1Char('0'));
            t.customerName = i % 5 == 0 ? u"مشتری %1"_s.arg(i) : u"Customer %1"_s.arg(i);
            // Creation times are not in id order, so sorting is really done.
            t.createdAt = start.addSecs(qint64((i * 7717) % RowCount) * 60);
            t.updatedAt = t.createdAt.addSecs(30);
            records.append(t);
        }
        // One order, which the invoices table must never show.
        TrackedTransaction order = records.constFirst();
        order.kind = TransactionKind::Order;
        order.providerId = u"ORD-1"_s;
        TransactionStore store(*database);
        REQUIRE_OK(store.upsertAll(records + QList<TrackedTransaction>{order}, u"import"_s));
        invoices = records;
    }
};

bool waitForCount(TransactionTableModel &model)
{
    return test::waitUntil([&] { return !model.isCounting(); });
}

// The id shown in a row, once its page has arrived.
QString idAt(TransactionTableModel &model, int row)
{
    const QModelIndex index = model.index(row, TransactionTableModel::IdColumn);
    (void)model.data(index);
    if (!test::waitUntil([&] { return model.data(index, TransactionTableModel::LoadedRole).toBool(); }))
        return u"(never loaded)"_s;
    return model.data(index).toString();
}

// The expected ids, sorted as the model must sort them: the key, then the row id (insertion order).
template<typename Less>
QStringList expectedOrder(const QList<TrackedTransaction> &rows, Less less, bool descending)
{
    QList<qsizetype> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (less(rows[a], rows[b]))
            return !descending;
        if (less(rows[b], rows[a]))
            return descending;
        return descending ? a > b : a < b;
    });
    QStringList ids;
    for (qsizetype i : order)
        ids.append(rows[i].providerId);
    return ids;
}

} // namespace

TEST_CASE("The transaction table model keeps the item model contract while it pages rows in", "[model]")
{
    Fixture f;
    TransactionTableModel model(f.database->path(), TransactionKind::Invoice);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(waitForCount(model));
    CHECK(model.rowCount() == RowCount);
    CHECK(model.columnCount() == TransactionTableModel::ColumnCount);
    CHECK(idAt(model, 0).startsWith(u"INV-"_s));
    // Filtering and sorting reset and refill the model; the tester checks every signal.
    TransactionQuery query;
    query.provider = u"gitmix"_s;
    model.setQuery(query);
    REQUIRE(waitForCount(model));
    model.sort(TransactionTableModel::AmountColumn, Qt::AscendingOrder);
    REQUIRE(waitForCount(model));
    CHECK(idAt(model, model.rowCount() - 1).startsWith(u"INV-"_s));
}

TEST_CASE("The transaction table model sorts in the database exactly as the rows compare", "[model]")
{
    Fixture f;
    TransactionTableModel model(f.database->path(), TransactionKind::Invoice);
    REQUIRE(waitForCount(model));
    REQUIRE(model.rowCount() == RowCount);

    SECTION("newest first by default, and a jump to the last row reads the oldest")
    {
        const QStringList expected = expectedOrder(
            f.invoices, [](const auto &a, const auto &b) { return a.createdAt < b.createdAt; }, true);
        for (int row : {0, 1, 99, 100, 1234, RowCount / 2, RowCount - 101, RowCount - 2, RowCount - 1}) {
            INFO("row " << row);
            CHECK(idAt(model, row) == expected[row]);
        }
    }
    SECTION("by amount ascending and descending, ties in row order")
    {
        const auto byAmount = [](const TrackedTransaction &a, const TrackedTransaction &b) {
            return *Decimal::parse(a.amount) < *Decimal::parse(b.amount);
        };
        for (const bool descending : {false, true}) {
            model.sort(TransactionTableModel::AmountColumn, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            REQUIRE(waitForCount(model));
            const QStringList expected = expectedOrder(f.invoices, byAmount, descending);
            for (int row : {0, 1, 2, 500, RowCount - 3, RowCount - 1}) {
                INFO("row " << row << (descending ? " descending" : " ascending"));
                CHECK(idAt(model, row) == expected[row]);
            }
        }
    }
}

TEST_CASE("The transaction table model filters by provider status currency dates amounts and text in the database",
          "[model]")
{
    Fixture f;
    TransactionTableModel model(f.database->path(), TransactionKind::Invoice);
    REQUIRE(waitForCount(model));
    std::optional<qint64> counted;
    QObject::connect(&model, &TransactionTableModel::countChanged, [&](qint64 count) { counted = count; });

    struct Case
    {
        const char *name;
        TransactionQuery query;
        std::function<bool(const TrackedTransaction &)> matches;
    };
    TransactionQuery byProviderAndStatus;
    byProviderAndStatus.provider = u"greengo"_s;
    byProviderAndStatus.status = TransactionStatus::Completed;
    TransactionQuery byCurrencyAndAmount;
    byCurrencyAndAmount.currency = u"TMN"_s;
    byCurrencyAndAmount.minAmount = u"1000"_s;
    byCurrencyAndAmount.maxAmount = u"2000.5"_s;
    TransactionQuery byDates;
    byDates.createdFrom = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    byDates.createdTo = QDateTime(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC);
    TransactionQuery byPhone;
    byPhone.search = u"0912000012"_s; // a substring of some phone numbers (trigram index)
    TransactionQuery byPersianName;
    byPersianName.search = u"مشتری 10"_s;
    TransactionQuery shortText;
    shortText.search = u"50"_s; // too short for trigrams: still found, by a scan
    // A search with every other filter: read from the search index, the other filters still apply.
    TransactionQuery searchAndFilters = byCurrencyAndAmount;
    searchAndFilters.provider = u"greengo"_s;
    searchAndFilters.search = u"091200"_s;
    searchAndFilters.createdFrom = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);

    const auto amount = [](const TrackedTransaction &t) { return *Decimal::parse(t.amount); };
    const QList<Case> cases{
        {"provider and status", byProviderAndStatus,
         [](const auto &t) { return t.provider == u"greengo" && t.status == TransactionStatus::Completed; }},
        {"currency and amount range", byCurrencyAndAmount,
         [&](const auto &t) {
             return t.currency == u"TMN" && amount(t) >= *Decimal::parse(u"1000") && amount(t) <= *Decimal::parse(u"2000.5");
         }},
        {"creation dates", byDates,
         [&](const auto &t) { return t.createdAt >= byDates.createdFrom && t.createdAt < byDates.createdTo; }},
        {"phone substring", byPhone, [](const auto &t) { return t.customerPhone.contains(u"0912000012"); }},
        {"Persian name", byPersianName, [](const auto &t) { return t.customerName.contains(u"مشتری 10"); }},
        {"search with provider, currency, amounts and dates", searchAndFilters,
         [&](const auto &t) {
             return t.provider == u"greengo" && t.currency == u"TMN" && amount(t) >= *Decimal::parse(u"1000")
                    && amount(t) <= *Decimal::parse(u"2000.5") && t.createdAt >= searchAndFilters.createdFrom
                    && t.customerPhone.contains(u"091200");
         }},
        {"two-character text", shortText,
         [](const auto &t) {
             return t.providerId.contains(u"50") || t.customerName.contains(u"50") || t.customerPhone.contains(u"50");
         }},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const qint64 expected = std::count_if(f.invoices.cbegin(), f.invoices.cend(), c.matches);
        REQUIRE(expected > 0);
        REQUIRE(expected < RowCount);
        counted.reset();
        model.setQuery(c.query);
        REQUIRE(waitForCount(model));
        CHECK(counted == expected);
        CHECK(model.rowCount() == expected);
        // Every row shown matches the filter.
        for (int row = 0; row < model.rowCount(); row += std::max(1, model.rowCount() / 7)) {
            const QString id = idAt(model, row);
            const auto stored = std::find_if(f.invoices.cbegin(), f.invoices.cend(),
                                             [&](const auto &t) { return t.providerId == id; });
            REQUIRE(stored != f.invoices.cend());
            CHECK(c.matches(*stored));
        }
    }

    TransactionQuery badAmount;
    badAmount.minAmount = u"a lot"_s;
    QString error;
    QObject::connect(&model, &TransactionTableModel::errorOccurred, [&](const QString &message) { error = message; });
    model.setQuery(badAmount);
    REQUIRE(waitForCount(model));
    CHECK(error.contains(u"a lot"_s));
}

TEST_CASE("A search reads the same rows in the same order whether planned from the search index or not", "[model]")
{
    Fixture f;
    TransactionQuery query;
    query.kind = TransactionKind::Invoice;
    query.provider = u"gitmix"_s;
    query.currency = u"USDT"_s;
    query.minAmount = u"500"_s;
    query.createdTo = QDateTime(QDate(2026, 1, 2), QTime(12, 0), Qt::UTC);
    query.search = u"12000"_s;
    const auto ids = [&](transactionsql::SearchPlan plan) {
        const Result<transactionsql::Where> where = transactionsql::where(query, plan);
        REQUIRE_OK(where);
        QSqlQuery q(f.database->connection());
        q.prepare(u"SELECT provider_id FROM transactions"_s + where->clause
                  + transactionsql::orderBy(TransactionSortKey::Amount, true));
        for (const QVariant &value : where->binds)
            q.addBindValue(value);
        REQUIRE(q.exec());
        QStringList found;
        while (q.next())
            found.append(q.value(0).toString());
        return found;
    };
    const QStringList planned = ids(transactionsql::SearchPlan::Planner);
    CHECK(planned.size() > 10);
    CHECK(ids(transactionsql::SearchPlan::FromSearch) == planned);
    // And FromSearch really reads rows by the ids the search index gives, not along another index.
    const Result<transactionsql::Where> where = transactionsql::where(query, transactionsql::SearchPlan::FromSearch);
    REQUIRE_OK(where);
    QSqlQuery plan(f.database->connection());
    plan.prepare(u"EXPLAIN QUERY PLAN SELECT count(*) FROM transactions"_s + where->clause);
    for (const QVariant &value : where->binds)
        plan.addBindValue(value);
    REQUIRE(plan.exec());
    QStringList steps;
    while (plan.next())
        steps.append(plan.value(3).toString());
    INFO(steps.join(u" | "_s).toStdString());
    CHECK(steps.join(u" | "_s).contains(u"USING INTEGER PRIMARY KEY"_s));
    CHECK_FALSE(steps.join(u" | "_s).contains(u"USING INDEX transactions_by"_s));
}

TEST_CASE("A search counts from its own kind's index and the index follows rows written, changed and deleted",
          "[model]")
{
    Fixture f;
    // The first invoice's phone number is also the phone of invoices 1000 and 2000 and of the order.
    const QString phone = f.invoices.constFirst().customerPhone;
    const auto counted = [&](std::optional<TransactionKind> kind) -> qint64 {
        TransactionQuery query;
        query.kind = kind;
        query.search = phone;
        const Result<transactionsql::Where> count = transactionsql::count(query);
        REQUIRE_OK(count);
        QSqlQuery q(f.database->connection());
        q.prepare(count->clause);
        for (const QVariant &value : count->binds)
            q.addBindValue(value);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    CHECK(counted(TransactionKind::Invoice) == 3);
    CHECK(counted(TransactionKind::Order) == 1);
    CHECK(counted(TransactionKind::Withdrawal) == 0);
    CHECK(counted(std::nullopt) == 4); // every kind's index
    // The search alone is counted in the index without reading a row; with another filter it is not.
    TransactionQuery onlySearch;
    onlySearch.kind = TransactionKind::Invoice;
    onlySearch.search = phone;
    CHECK(transactionsql::count(onlySearch)->clause.startsWith(u"SELECT count(*) FROM transactions_search_invoice"_s));
    onlySearch.provider = u"gitmix"_s;
    CHECK(transactionsql::count(onlySearch)->clause.startsWith(u"SELECT count(*) FROM transactions WHERE"_s));

    // A changed phone leaves the index, a new row enters it, a deleted row leaves it.
    TrackedTransaction changed = f.invoices.at(1000);
    changed.customerPhone = u"09350000000"_s;
    TrackedTransaction added = f.invoices.at(5);
    added.providerId = u"INV-NEW"_s;
    added.customerPhone = phone;
    REQUIRE_OK(TransactionStore(*f.database).upsertAll({changed, added}, u"sync"_s));
    CHECK(counted(TransactionKind::Invoice) == 3);
    QSqlQuery drop(f.database->connection());
    REQUIRE(drop.exec(u"DELETE FROM transactions WHERE provider_id = 'INV-102000'"_s));
    CHECK(counted(TransactionKind::Invoice) == 2);
    CHECK(counted(TransactionKind::Order) == 1);
    // A row never moves to another kind's index: the database refuses a change of kind.
    QSqlQuery move(f.database->connection());
    CHECK_FALSE(move.exec(u"UPDATE transactions SET kind = 'order' WHERE provider_id = 'INV-100000'"_s));
    CHECK(counted(TransactionKind::Invoice) == 2);

    // The table shows the count and the first page together: no row waits for another read.
    TransactionTableModel model(f.database->path(), TransactionKind::Invoice);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(waitForCount(model));
    TransactionQuery query = model.query();
    query.search = phone;
    model.setQuery(query);
    REQUIRE(waitForCount(model));
    REQUIRE(model.rowCount() == 2);
    CHECK(model.data(model.index(0, 0), TransactionTableModel::LoadedRole).toBool());
    CHECK(model.data(model.index(1, 0), TransactionTableModel::LoadedRole).toBool());
    QStringList ids{idAt(model, 0), idAt(model, 1)};
    ids.sort();
    CHECK(ids == QStringList{u"INV-100000"_s, u"INV-NEW"_s});
}

TEST_CASE("The transaction table model holds a bounded number of pages however far it is scrolled", "[model]")
{
    Fixture f;
    TransactionTableModel model(f.database->path(), TransactionKind::Invoice);
    REQUIRE(waitForCount(model));
    for (int row = 0; row < model.rowCount(); row += TransactionTableModel::PageSize / 2)
        (void)idAt(model, row);
    CHECK(model.cachedPages() <= TransactionTableModel::MaxCachedPages);
    CHECK(model.cachedPages() > 0);
}

TEST_CASE("A refresh of the transaction table model shows a changed status without moving the rows", "[model]")
{
    Fixture f;
    TransactionTableModel model(f.database->path(), TransactionKind::Invoice);
    REQUIRE(waitForCount(model));
    const QString id = idAt(model, 3);
    const QModelIndex status = model.index(3, TransactionTableModel::StatusColumn);
    TrackedTransaction changed = *std::find_if(f.invoices.cbegin(), f.invoices.cend(),
                                               [&](const auto &t) { return t.providerId == id; });
    changed.status = changed.status == TransactionStatus::Expired ? TransactionStatus::Failed : TransactionStatus::Expired;
    changed.providerStatus = u"expired-by-test"_s;
    TransactionStore store(*f.database);
    REQUIRE_OK(store.upsert(changed, u"sync"_s));

    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] { ++resets; });
    model.refresh();
    REQUIRE(test::waitUntil([&] {
        return model.data(status, TransactionTableModel::ProviderStatusRole).toString() == u"expired-by-test";
    }));
    CHECK(idAt(model, 3) == id);
    CHECK(resets == 0);
    CHECK(model.data(status, TransactionTableModel::StatusKeyRole).toString()
          == TransactionStatuses::key(changed.status));
    CHECK(model.data(status, Qt::ToolTipRole).toString().contains(u"expired-by-test"_s));
}

TEST_CASE("New rows after a sync are inserted, not a reset, and a held row is found again by its id", "[model]")
{
    Fixture f;
    TransactionTableModel model(f.database->path(), TransactionKind::Invoice);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(waitForCount(model));
    const int before = model.rowCount();
    const QString id = idAt(model, 5);
    const qint64 rowId = model.data(model.index(5, 0), TransactionTableModel::RowIdRole).toLongLong();
    CHECK(model.rowOfId(rowId) == 5);

    // Three newer invoices: the newest-first order puts them on top, pushing row 5 down to 8.
    QList<TrackedTransaction> newer;
    for (int i = 0; i < 3; ++i) {
        TrackedTransaction t = f.invoices.constFirst();
        t.providerId = u"NEW-%1"_s.arg(i);
        t.createdAt = QDateTime(QDate(2027, 1, 1), QTime(8, i), Qt::UTC);
        newer.append(t);
    }
    REQUIRE_OK(TransactionStore(*f.database).upsertAll(newer, u"sync"_s));
    int resets = 0, inserted = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] { ++resets; });
    QObject::connect(&model, &QAbstractItemModel::rowsInserted,
                     [&](const QModelIndex &, int first, int last) { inserted += last - first + 1; });
    model.refresh();
    REQUIRE(test::waitUntil([&] { return model.rowOfId(rowId) == 8; }));
    CHECK(resets == 0);
    CHECK(inserted == 3);
    CHECK(model.rowCount() == before + 3);
    CHECK(idAt(model, 8) == id);
    CHECK(idAt(model, 0) == u"NEW-2");

    // And when rows leave the filter, the end goes and nothing is reset either.
    TransactionQuery query = model.query();
    model.setQuery(query); // a new filter is a reset by design; the next refresh is not
    REQUIRE(waitForCount(model));
    resets = 0;
    int removed = 0;
    QObject::connect(&model, &QAbstractItemModel::rowsRemoved,
                     [&](const QModelIndex &, int first, int last) { removed += last - first + 1; });
    QSqlQuery drop(f.database->connection());
    REQUIRE(drop.exec(u"DELETE FROM transactions WHERE provider_id LIKE 'NEW-%'"_s));
    model.refresh();
    REQUIRE(test::waitUntil([&] { return model.rowCount() == before && model.rowOfId(rowId) == 5; }));
    CHECK(removed == 3);
    CHECK(resets == 0);
    CHECK(idAt(model, 5) == id);
}

TEST_CASE("The CSV export writes exactly the filtered rows in the table's order as UTF-8 with a BOM", "[model][export]")
{
    Fixture f;
    // A row whose text needs quoting, and one a spreadsheet would run as a formula.
    TrackedTransaction tricky = f.invoices.constFirst();
    tricky.providerId = u"INV-TRICKY"_s;
    tricky.description = u"Line one, \"quoted\"\nline two"_s;
    tricky.customerName = u"=HYPERLINK(\"http://evil\")"_s;
    REQUIRE_OK(TransactionStore(*f.database).upsert(tricky, u"import"_s));
    f.invoices.append(tricky);

    TransactionQuery query;
    query.kind = TransactionKind::Invoice;
    query.provider = u"gitmix"_s;
    query.sortKey = TransactionSortKey::Amount;
    query.descending = false;
    QTemporaryDir out;
    const QString path = out.filePath(u"invoices.csv"_s);
    qint64 lastProgress = -1;
    const Result<qint64> written = TransactionCsvExport::write(f.database->path(), query, path,
                                                               [&](qint64 done, qint64) { lastProgress = done; });
    REQUIRE_OK(written);
    QList<TrackedTransaction> gitmix;
    std::copy_if(f.invoices.cbegin(), f.invoices.cend(), std::back_inserter(gitmix),
                 [](const auto &t) { return t.provider == u"gitmix"; });
    CHECK(*written == gitmix.size());
    CHECK(lastProgress == gitmix.size());

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    // Records end with CRLF; the quoted line break inside the description is kept.
    const QStringList records = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(records.size() == gitmix.size() + 1);
    CHECK(records.constFirst() == TransactionCsvExport::header().join(u','));
    const QStringList expected = expectedOrder(
        gitmix, [](const auto &a, const auto &b) { return *Decimal::parse(a.amount) < *Decimal::parse(b.amount); },
        false);
    for (int i = 0; i < expected.size(); ++i) {
        INFO("record " << i + 1);
        CHECK(records[i + 1].section(u',', 2, 2) == expected[i]);
    }
    const auto trickyRecord = std::find_if(records.cbegin(), records.cend(),
                                           [](const QString &r) { return r.contains(u"INV-TRICKY"_s); });
    REQUIRE(trickyRecord != records.cend());
    CHECK(trickyRecord->contains(u"\"Line one, \"\"quoted\"\"\nline two\""_s));
    CHECK(trickyRecord->contains(u"\"'=HYPERLINK(\"\"http://evil\"\")\""_s));
    CHECK(text.contains(u"مشتری"_s));

    // Cancelled, it leaves no file behind.
    std::atomic_bool cancel = true;
    const QString cancelledPath = out.filePath(u"cancelled.csv"_s);
    const Result<qint64> cancelled = TransactionCsvExport::write(f.database->path(), query, cancelledPath, {}, &cancel);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().code == u"export.cancelled");
    CHECK_FALSE(QFile::exists(cancelledPath));
}
