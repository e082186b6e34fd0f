// The store on real SQLite files: schema, migrations from every earlier version, refusal to touch
// files it must not change, constraints the database enforces, search, and crash safety.
#include "TestSupport.h"

#include "models/store/Database.h"
#include "models/store/Migrations.h"
#include "models/store/TransactionStore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <csignal>

using namespace sarraf;

namespace {

std::unique_ptr<Database> openOrFail(const QString &path)
{
    Result<std::unique_ptr<Database>> db = Database::openSqlite(path);
    INFO((db ? QString() : db.error().logLine()).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

bool execSql(const QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db);
    const bool ok = q.exec(sql);
    if (!ok && error)
        *error = q.lastError().text();
    return ok;
}

TrackedTransaction sampleInvoice(const QString &id, TransactionStatus status = TransactionStatus::Pending)
{
    TrackedTransaction t;
    t.kind = TransactionKind::Invoice;
    t.provider = QStringLiteral("gitmix");
    t.providerId = id;
    t.status = status;
    t.providerStatus = QStringLiteral("waiting");
    t.amount = QStringLiteral("1500000");
    t.currency = QStringLiteral("TMN");
    t.customerName = QStringLiteral("مریم احمدی");
    t.customerPhone = QStringLiteral("09121234567");
    t.description = QStringLiteral("شارژ کیف پول — wallet top-up");
    t.createdAt = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
    t.rawAnswer = R"({"status":"waiting"})";
    return t;
}

// Builds a database that stops at `version`, the way an older Sarraf left it, with data in it.
void makeDatabaseAtVersion(const QString &path, int version)
{
    const QString name = QStringLiteral("old-%1").arg(version);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        Result<int> reached = Migrations::apply(db, version);
        REQUIRE(reached.ok());
        REQUIRE(*reached == version);
        if (version >= 1) {
            REQUIRE(execSql(db, QStringLiteral(
                "INSERT INTO transactions (kind, provider, provider_id, status, amount, currency, created_at, updated_at, "
                "customer_phone) VALUES ('order', 'greengo', 'GG-OLD-1', 'processing', '0.00256657', 'BTC', "
                "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '09350001122')")));
        }
        if (version >= 2) {
            REQUIRE(execSql(db, QStringLiteral(
                "INSERT INTO payouts (provider, destination_kind, destination, amount, currency, state, requested_by, "
                "requested_at, idempotency_key, updated_at) VALUES ('cryptofuse', 'address', 'TR7NHqjeKQxGTCi8q8ZY', "
                "'100.50', 'USDT', 'requested', 'sara', '2026-01-01T00:00:00.000Z', 'key-1', '2026-01-01T00:00:00.000Z')")));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("A new database is created at the latest schema in WAL mode with foreign keys and full sync", "[store]")
{
    QTemporaryDir dir;
    auto db = openOrFail(dir.filePath(QStringLiteral("nested/folder/sarraf.sqlite")));
    CHECK(db->schemaVersion() == Migrations::latestVersion());
    CHECK(scalar(db->connection(), QStringLiteral("PRAGMA journal_mode")).toString() == u"wal");
    CHECK(scalar(db->connection(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(db->connection(), QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
    CHECK(scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt()
          == Migrations::latestVersion());
    const QStringList tables = db->connection().tables();
    for (const char *table : {"transactions", "status_changes", "prices", "sync_state", "payouts",
                              "payout_approvals", "audit_log", "transactions_search_invoice",
                              "transactions_search_order", "transactions_search_withdrawal"})
        CHECK(tables.contains(QLatin1String(table)));
    CHECK(db->checkIntegrity().ok());
}

TEST_CASE("Every earlier schema version upgrades to the latest and keeps its data", "[store][migrations]")
{
    for (int version = 0; version < Migrations::latestVersion(); ++version) {
        DYNAMIC_SECTION("from version " << version)
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("sarraf.sqlite"));
            makeDatabaseAtVersion(path, version);
            auto db = openOrFail(path);
            CHECK(db->schemaVersion() == Migrations::latestVersion());
            CHECK(db->checkIntegrity().ok());
            if (version >= 1) {
                const TransactionStore store(*db);
                auto found = store.find(QStringLiteral("greengo"), TransactionKind::Order, QStringLiteral("GG-OLD-1"));
                REQUIRE(found.ok());
                REQUIRE(found->has_value());
                CHECK((*found)->record.amount == u"0.00256657");
                // Rows written before the search index existed are searchable after the upgrade.
                TransactionQuery query;
                query.search = QStringLiteral("0001122");
                auto hits = store.list(query);
                REQUIRE(hits.ok());
                CHECK(hits->size() == 1);
            }
            if (version >= 2)
                CHECK(scalar(db->connection(), QStringLiteral("SELECT amount FROM payouts")).toString() == u"100.50");
        }
    }
}

TEST_CASE("A file that is not a database is refused with a clear error and left unchanged", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sarraf.sqlite"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(char((i * 7919) % 251));
    file.write(garbage);
    file.close();
    const QByteArray before = test::fileDigest(path);

    Result<std::unique_ptr<Database>> db = Database::openSqlite(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == u"store.not-a-database");
    CHECK(db.error().message.contains(u"has not changed it"));
    CHECK(test::fileDigest(path) == before);
    CHECK_FALSE(QFile::exists(path + u"-wal"));
}

TEST_CASE("A database written by a newer Sarraf is refused and left unchanged", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sarraf.sqlite"));
    {
        auto db = openOrFail(path);
        REQUIRE(execSql(db->connection(), QStringLiteral("INSERT INTO schema_version VALUES (99, 'from the future', "
                                                         "'2030-01-01T00:00:00.000Z')")));
    }
    const QByteArray before = test::fileDigest(path);
    Result<std::unique_ptr<Database>> db = Database::openSqlite(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == u"store.newer-schema");
    CHECK(db.error().message.contains(u"99"));
    CHECK(test::fileDigest(path) == before);
}

TEST_CASE("A database Sarraf did not write is refused and left unchanged", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(execSql(db, QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = test::fileDigest(path);
    Result<std::unique_ptr<Database>> db = Database::openSqlite(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == u"store.foreign-database");
    CHECK(test::fileDigest(path) == before);
}

TEST_CASE("The database itself refuses invalid rows and self-approval", "[store][constraints]")
{
    QTemporaryDir dir;
    auto db = openOrFail(dir.filePath(QStringLiteral("sarraf.sqlite")));
    const QSqlDatabase c = db->connection();
    const QString insert = QStringLiteral(
        "INSERT INTO transactions (kind, provider, provider_id, status, created_at, updated_at) VALUES ('%1', 'gitmix', "
        "'%2', '%3', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')");
    QString error;
    CHECK(execSql(c, insert.arg(u"invoice", u"A-1", u"pending")));
    CHECK_FALSE(execSql(c, insert.arg(u"invoice", u"A-1", u"completed"), &error)); // same provider id twice
    CHECK_FALSE(execSql(c, insert.arg(u"invoice", u"A-2", u"paid"), &error));      // not a normalised status
    CHECK_FALSE(execSql(c, insert.arg(u"refund", u"A-3", u"pending"), &error));    // not a kind
    CHECK_FALSE(execSql(c, insert.arg(u"invoice", u"", u"pending"), &error));      // empty provider id
    CHECK_FALSE(execSql(c, QStringLiteral("INSERT INTO transactions (kind, provider, provider_id, status, amount, "
                                          "created_at, updated_at) VALUES ('invoice', 'gitmix', 'A-4', 'pending', '5', "
                                          "'t', 't')"), &error)); // an amount without its currency
    CHECK_FALSE(execSql(c, QStringLiteral("INSERT INTO status_changes (transaction_id, to_status, changed_at, source) "
                                          "VALUES (424242, 'pending', 't', 'sync')"), &error)); // no such transaction

    REQUIRE(execSql(c, QStringLiteral("INSERT INTO payouts (id, provider, destination_kind, destination, amount, "
                                      "currency, state, requested_by, requested_at, idempotency_key, updated_at) VALUES "
                                      "(1, 'cryptofuse', 'address', 'TR7NH', '10', 'USDT', 'requested', 'sara', 't', "
                                      "'k-1', 't')")));
    CHECK_FALSE(execSql(c, QStringLiteral("INSERT INTO payouts (provider, destination_kind, destination, amount, "
                                          "currency, state, requested_by, requested_at, idempotency_key, updated_at) "
                                          "VALUES ('cryptofuse', 'address', 'TR7NH', '10', 'USDT', 'requested', 'ali', "
                                          "'t', 'k-1', 't')"), &error)); // idempotency key reused
    const QString approve = QStringLiteral("INSERT INTO payout_approvals (payout_id, requested_by, approver, approved_at) "
                                           "VALUES (1, '%1', '%2', 't')");
    CHECK_FALSE(execSql(c, approve.arg(u"sara", u"sara"), &error)); // maker approving their own payout
    CHECK_FALSE(execSql(c, approve.arg(u"reza", u"sara"), &error)); // lying about who requested it
    CHECK(execSql(c, approve.arg(u"sara", u"reza"), &error));
    CHECK_FALSE(execSql(c, approve.arg(u"sara", u"reza"), &error)); // the same approver twice
}

TEST_CASE("Storing a transaction records a status change only when the status moves", "[store]")
{
    QTemporaryDir dir;
    auto db = openOrFail(dir.filePath(QStringLiteral("sarraf.sqlite")));
    TransactionStore store(*db);
    TrackedTransaction t = sampleInvoice(QStringLiteral("28442"));
    Result<UpsertOutcome> first = store.upsert(t, QStringLiteral("create"));
    REQUIRE_OK(first);
    CHECK(first->inserted);
    CHECK(first->statusChanged);
    const qint64 id = first->id;
    Result<UpsertOutcome> same = store.upsert(t, QStringLiteral("sync")); // same status: no new history row
    REQUIRE_OK(same);
    CHECK_FALSE(same->inserted);
    CHECK_FALSE(same->statusChanged);
    t.status = TransactionStatus::Completed;
    t.providerStatus = QStringLiteral("paid");
    t.updatedAt = QDateTime(QDate(2026, 11, 1), QTime(10, 5), Qt::UTC);
    Result<UpsertOutcome> again = store.upsert(t, QStringLiteral("callback"));
    REQUIRE_OK(again);
    CHECK(again->id == id);
    CHECK(again->statusChanged);

    auto history = store.history(id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK_FALSE(history->at(0).from.has_value());
    CHECK(history->at(0).to == TransactionStatus::Pending);
    CHECK(history->at(1).from == TransactionStatus::Pending);
    CHECK(history->at(1).to == TransactionStatus::Completed);
    CHECK(history->at(1).providerStatus == u"paid");
    CHECK(history->at(1).source == u"callback");

    auto found = store.find(QStringLiteral("gitmix"), TransactionKind::Invoice, QStringLiteral("28442"));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->record.status == TransactionStatus::Completed);
    CHECK((*found)->record.createdAt == t.createdAt); // first sighting kept
    CHECK((*found)->record.amount == u"1500000");

    t.amount = QStringLiteral("12,5");
    Result<UpsertOutcome> bad = store.upsert(t, QStringLiteral("sync"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == u"store.invalid");
}

TEST_CASE("Search finds Persian and Latin text by substring, and short terms too", "[store][search]")
{
    QTemporaryDir dir;
    auto db = openOrFail(dir.filePath(QStringLiteral("sarraf.sqlite")));
    TransactionStore store(*db);
    REQUIRE_OK(store.upsert(sampleInvoice(QStringLiteral("INV-1001")), QStringLiteral("create")));
    TrackedTransaction other = sampleInvoice(QStringLiteral("INV-2002"));
    other.customerName = QStringLiteral("Иван Петров");
    other.customerPhone = QStringLiteral("+79161234567");
    other.description = QStringLiteral("exchange USDT → RUB");
    other.address = QStringLiteral("TK4AiQNMzH4WMUVgXyz");
    REQUIRE_OK(store.upsert(other, QStringLiteral("create")));

    auto idsFor = [&](const QString &text) {
        TransactionQuery query;
        query.search = text;
        auto rows = store.list(query);
        REQUIRE(rows.ok());
        QStringList ids;
        for (const StoredTransaction &row : *rows)
            ids.append(row.record.providerId);
        ids.sort();
        return ids;
    };
    CHECK(idsFor(QStringLiteral("احمد")) == QStringList{QStringLiteral("INV-1001")});
    CHECK(idsFor(QStringLiteral("Петр")) == QStringList{QStringLiteral("INV-2002")});
    CHECK(idsFor(QStringLiteral("QNMzH4")) == QStringList{QStringLiteral("INV-2002")});
    CHECK(idsFor(QStringLiteral("1234567")) == QStringList{QStringLiteral("INV-1001"), QStringLiteral("INV-2002")});
    CHECK(idsFor(QStringLiteral("2002")) == QStringList{QStringLiteral("INV-2002")});
    CHECK(idsFor(QStringLiteral("20")) == QStringList{QStringLiteral("INV-2002")}); // two characters: scanned
    CHECK(idsFor(QStringLiteral("\"quoted\" OR x")).isEmpty()); // search syntax is taken literally
    CHECK(idsFor(QStringLiteral("nothing like this")).isEmpty());
}

TEST_CASE("Amounts sort numerically in SQL through their order key", "[store]")
{
    QTemporaryDir dir;
    auto db = openOrFail(dir.filePath(QStringLiteral("sarraf.sqlite")));
    TransactionStore store(*db);
    const QStringList amounts = {QStringLiteral("100.5"), QStringLiteral("9.99"), QStringLiteral("0.00000001"),
                                 QStringLiteral("1000000"), QStringLiteral("99.999999999999999999")};
    int n = 0;
    for (const QString &amount : amounts) {
        TrackedTransaction t = sampleInvoice(QStringLiteral("S-%1").arg(n++));
        t.currency = QStringLiteral("BNB");
        t.amount = amount;
        REQUIRE_OK(store.upsert(t, QStringLiteral("create")));
    }
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT amount FROM transactions ORDER BY amount_key")));
    QStringList sorted;
    while (q.next())
        sorted.append(q.value(0).toString());
    CHECK(sorted == QStringList{QStringLiteral("0.00000001"), QStringLiteral("9.99"), QStringLiteral("99.999999999999999999"),
                                QStringLiteral("100.5"), QStringLiteral("1000000")});
}

TEST_CASE("Data and integrity survive closing and reopening", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sarraf.sqlite"));
    {
        auto db = openOrFail(path);
        TransactionStore store(*db);
        for (int i = 0; i < 200; ++i)
            REQUIRE_OK(store.upsert(sampleInvoice(QStringLiteral("R-%1").arg(i)), QStringLiteral("sync")));
    }
    auto db = openOrFail(path);
    CHECK(db->checkIntegrity().ok());
    CHECK(scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM transactions")).toInt() == 200);
    CHECK(scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM status_changes")).toInt() == 200);
    CHECK(scalar(db->connection(), QStringLiteral("PRAGMA journal_mode")).toString() == u"wal");
}

// Run only as a child of the next test: writes transactions until it is killed.
TEST_CASE("child: write until killed", "[.child]")
{
    const QString path = qEnvironmentVariable("SARRAF_CRASH_DB");
    auto db = openOrFail(path);
    TransactionStore store(*db);
    for (int i = 0;; ++i) {
        REQUIRE_OK(store.upsert(sampleInvoice(QStringLiteral("K-%1").arg(i)), QStringLiteral("sync")));
        if (i == 50) {
            std::printf("written\n");
            std::fflush(stdout);
        }
    }
}

TEST_CASE("A process killed in the middle of writing leaves a consistent database", "[store][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sarraf.sqlite"));
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SARRAF_CRASH_DB"), path);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("child: write until killed")});
    REQUIRE(child.waitForStarted());
    QByteArray output;
    REQUIRE(test::waitUntil([&] { return (output += child.readAllStandardOutput()).contains("written"); }, 30000));
    ::kill(pid_t(child.processId()), SIGKILL);
    REQUIRE(child.waitForFinished());

    auto db = openOrFail(path);
    CHECK(db->checkIntegrity().ok());
    const int rows = scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM transactions")).toInt();
    CHECK(rows > 50);
    // Each row and its status change were committed together or not at all.
    CHECK(scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM status_changes")).toInt() == rows);
    TransactionQuery query;
    query.search = QStringLiteral("K-5");
    auto hits = TransactionStore(*db).list(query);
    REQUIRE(hits.ok());
    CHECK_FALSE(hits->isEmpty());
}

TEST_CASE("One provider answer with many records is stored whole or not at all", "[store]")
{
    QTemporaryDir dir;
    auto db = openOrFail(dir.filePath(QStringLiteral("sarraf.sqlite")));
    TransactionStore store(*db);
    QList<TrackedTransaction> batch = {sampleInvoice(QStringLiteral("B-1")), sampleInvoice(QStringLiteral("B-2")),
                                       sampleInvoice(QStringLiteral("B-3"))};
    batch[2].amount = QStringLiteral("NaN"); // the last record of the answer is bad
    Result<QList<UpsertOutcome>> refused = store.upsertAll(batch, QStringLiteral("sync"));
    REQUIRE_FALSE(refused.ok());
    CHECK(scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM transactions")).toInt() == 0);
    CHECK(scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM status_changes")).toInt() == 0);

    batch[2].amount = QStringLiteral("250000");
    Result<QList<UpsertOutcome>> stored = store.upsertAll(batch, QStringLiteral("sync"));
    REQUIRE_OK(stored);
    REQUIRE(stored->size() == 3);
    CHECK(stored->at(2).inserted);
    CHECK(scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM transactions")).toInt() == 3);
}

TEST_CASE("Sync refreshes unfinished transactions of one provider, least recently checked first", "[store][sync]")
{
    QTemporaryDir dir;
    auto db = openOrFail(dir.filePath(QStringLiteral("sarraf.sqlite")));
    TransactionStore store(*db);
    REQUIRE_OK(store.upsert(sampleInvoice(QStringLiteral("OLD")), QStringLiteral("sync")));
    REQUIRE_OK(store.upsert(sampleInvoice(QStringLiteral("DONE"), TransactionStatus::Completed), QStringLiteral("sync")));
    REQUIRE_OK(store.upsert(sampleInvoice(QStringLiteral("NEW")), QStringLiteral("sync")));
    TrackedTransaction other = sampleInvoice(QStringLiteral("OTHER"));
    other.provider = QStringLiteral("greengo");
    REQUIRE_OK(store.upsert(other, QStringLiteral("sync")));
    // OLD is checked again last, so it becomes the most recently checked.
    REQUIRE(execSql(db->connection(), QStringLiteral("UPDATE transactions SET checked_at = '2000-01-01T00:00:00.000Z' "
                                                     "WHERE provider_id = 'NEW'")));
    auto ids = store.refreshCandidates(QStringLiteral("gitmix"), 10);
    REQUIRE_OK(ids);
    CHECK(*ids == QStringList{QStringLiteral("NEW"), QStringLiteral("OLD")});
    auto limited = store.refreshCandidates(QStringLiteral("gitmix"), 1);
    REQUIRE_OK(limited);
    CHECK(limited->size() == 1);
}

TEST_CASE("A failed sync keeps the listing cursor and the time of the last success", "[store][sync]")
{
    QTemporaryDir dir;
    auto db = openOrFail(dir.filePath(QStringLiteral("sarraf.sqlite")));
    TransactionStore store(*db);
    auto empty = store.syncState(QStringLiteral("premiumexchanger"));
    REQUIRE_OK(empty);
    CHECK(empty->cursor.isEmpty());
    CHECK_FALSE(empty->lastSuccessAt.isValid());

    REQUIRE_OK(store.recordSyncStarted(QStringLiteral("premiumexchanger")));
    REQUIRE_OK(store.recordSyncFinished(QStringLiteral("premiumexchanger"), QStringLiteral("offset:200"), QString()));
    auto good = store.syncState(QStringLiteral("premiumexchanger"));
    REQUIRE_OK(good);
    CHECK(good->cursor == u"offset:200");
    CHECK(good->lastSuccessAt.isValid());
    CHECK(good->lastError.isEmpty());

    REQUIRE_OK(store.recordSyncStarted(QStringLiteral("premiumexchanger")));
    REQUIRE_OK(store.recordSyncFinished(QStringLiteral("premiumexchanger"), QStringLiteral("offset:999"),
                                        QStringLiteral("Premium Exchanger did not answer")));
    auto failed = store.syncState(QStringLiteral("premiumexchanger"));
    REQUIRE_OK(failed);
    CHECK(failed->cursor == u"offset:200");
    CHECK(failed->lastSuccessAt == good->lastSuccessAt);
    CHECK(failed->lastError == u"Premium Exchanger did not answer");
}

namespace {
qsizetype storedCount(const Database &database)
{
    const Result<QList<StoredTransaction>> stored = TransactionStore(database).list(TransactionQuery{});
    return stored ? stored->size() : -1;
}
} // namespace

TEST_CASE("A bulk the database fails to write loses its group, ends, and says so again at its end", "[store][bulk]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sarraf.sqlite"));
    auto db = openOrFail(path);
    // The database refusing one row, as a full disk would: only on this connection.
    QSqlQuery trigger(db->connection());
    REQUIRE(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON transactions "
                                        "WHEN new.provider_id = 'boom' BEGIN SELECT RAISE(ABORT, 'disk is full'); END")));
    TransactionStore store(*db);
    REQUIRE_OK(store.beginBulk(4));
    REQUIRE_OK(store.upsertAll({sampleInvoice(QStringLiteral("1")), sampleInvoice(QStringLiteral("2")),
                                sampleInvoice(QStringLiteral("3")), sampleInvoice(QStringLiteral("4"))},
                               QStringLiteral("import"))); // a group of four: committed
    REQUIRE_OK(store.upsertAll({sampleInvoice(QStringLiteral("5"))}, QStringLiteral("import")));
    const Result<QList<UpsertOutcome>> failed
        = store.upsertAll({sampleInvoice(QStringLiteral("6")), sampleInvoice(QStringLiteral("boom"))},
                          QStringLiteral("import"));
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == u"store.bulk-lost");
    CHECK(failed.error().message.contains(QStringLiteral("were not kept")));
    const Outcome ended = store.endBulk();
    REQUIRE_FALSE(ended);
    CHECK(ended.error().code == u"store.bulk-lost");
    // The committed group stays; the answer after it, confirmed but not yet committed, is gone
    // and was reported so; nothing of the failed answer is there.
    auto other = openOrFail(path);
    CHECK(storedCount(*other) == 4);
    // The store works normally afterwards.
    REQUIRE_OK(store.upsertAll({sampleInvoice(QStringLiteral("5"))}, QStringLiteral("import")));
    CHECK(storedCount(*other) == 5);
}

TEST_CASE("In a bulk load each answer is still all or nothing and everything is kept at the end", "[store][bulk]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sarraf.sqlite"));
    {
        auto db = openOrFail(path);
        TransactionStore store(*db);
        REQUIRE_OK(store.beginBulk(3)); // a commit every three records
        const Result<QList<UpsertOutcome>> first = store.upsertAll(
            {sampleInvoice(QStringLiteral("1")), sampleInvoice(QStringLiteral("2"))}, QStringLiteral("import"));
        REQUIRE_OK(first);
        // An answer with one bad record is refused whole, after its first record was written, and
        // the answers around it stay, under the ids they were given.
        TrackedTransaction bad = sampleInvoice(QStringLiteral("4"));
        bad.amount = QStringLiteral("twelve");
        CHECK_FALSE(store.upsertAll({sampleInvoice(QStringLiteral("3")), bad}, QStringLiteral("import")));
        const auto kept = store.find(QStringLiteral("gitmix"), TransactionKind::Invoice, QStringLiteral("2"));
        REQUIRE_OK(kept);
        REQUIRE(kept->has_value());
        CHECK((*kept)->id == first->at(1).id);
        const auto refused = store.find(QStringLiteral("gitmix"), TransactionKind::Invoice, QStringLiteral("3"));
        REQUIRE_OK(refused);
        CHECK_FALSE(refused->has_value());
        REQUIRE_OK(store.upsertAll({sampleInvoice(QStringLiteral("5")), sampleInvoice(QStringLiteral("6"))},
                                   QStringLiteral("import")));
        // Past the first group's commit: what is there is readable from another connection.
        REQUIRE_OK(store.upsertAll({sampleInvoice(QStringLiteral("7"))}, QStringLiteral("import")));
        auto other = openOrFail(path);
        CHECK(storedCount(*other) == 4);
        REQUIRE_OK(store.endBulk());
        CHECK(storedCount(*other) == 5);
        // A bulk left open when the store goes keeps what it wrote.
        REQUIRE_OK(store.beginBulk());
        REQUIRE_OK(store.upsertAll({sampleInvoice(QStringLiteral("8"))}, QStringLiteral("import")));
    }
    auto db = openOrFail(path);
    TransactionStore store(*db);
    const Result<QList<StoredTransaction>> stored = store.list(TransactionQuery{});
    REQUIRE_OK(stored);
    QStringList ids;
    for (const StoredTransaction &t : *stored)
        ids.append(t.record.providerId);
    ids.sort();
    CHECK(ids == QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("5"), QStringLiteral("6"),
                             QStringLiteral("7"), QStringLiteral("8")});
    // Each record has its history row; the refused answer left none.
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM status_changes")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 6);
}
