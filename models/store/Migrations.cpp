#include "models/store/Migrations.h"

#include "models/domain/LogCategories.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace sarraf {
namespace {

// Amounts are exact decimal text; *_key columns hold Decimal::orderKey() so amounts sort in SQL
// without floating point. Times are ISO 8601 UTC text with milliseconds, which sorts as time.
// The SQL is kept portable to PostgreSQL except the search indexes (migrations 3 and 5).
QList<Migration> buildMigrations()
{
    QList<Migration> list;
    list.append({1, QStringLiteral("tracked transactions, status history, prices, sync state"), {
        QStringLiteral(R"(CREATE TABLE transactions (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('invoice', 'order', 'withdrawal')),
            provider TEXT NOT NULL CHECK (provider <> ''),
            provider_id TEXT NOT NULL CHECK (provider_id <> ''),
            status TEXT NOT NULL CHECK (status IN ('pending', 'processing', 'completed', 'partial',
                'cancelled', 'expired', 'failed', 'review', 'unknown')),
            provider_status TEXT NOT NULL DEFAULT '',
            amount TEXT,
            currency TEXT,
            amount_key TEXT,
            counter_amount TEXT,
            counter_currency TEXT,
            customer_name TEXT NOT NULL DEFAULT '',
            customer_email TEXT NOT NULL DEFAULT '',
            customer_phone TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            tracking_code TEXT NOT NULL DEFAULT '',
            payment_url TEXT NOT NULL DEFAULT '',
            is_final INTEGER NOT NULL DEFAULT 0 CHECK (is_final IN (0, 1)),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            checked_at TEXT,
            raw_answer TEXT,
            UNIQUE (provider, kind, provider_id),
            CHECK ((amount IS NULL) = (currency IS NULL))
        ))"),
        QStringLiteral("CREATE INDEX transactions_by_created ON transactions (kind, created_at)"),
        QStringLiteral("CREATE INDEX transactions_by_updated ON transactions (kind, updated_at)"),
        QStringLiteral("CREATE INDEX transactions_by_status ON transactions (kind, status, created_at)"),
        QStringLiteral("CREATE INDEX transactions_by_provider ON transactions (kind, provider, created_at)"),
        QStringLiteral("CREATE INDEX transactions_by_amount ON transactions (kind, currency, amount_key)"),
        QStringLiteral("CREATE INDEX transactions_to_refresh ON transactions (provider, is_final, checked_at)"),
        QStringLiteral(R"(CREATE TABLE status_changes (
            id INTEGER PRIMARY KEY,
            transaction_id INTEGER NOT NULL REFERENCES transactions (id) ON DELETE CASCADE,
            from_status TEXT,
            to_status TEXT NOT NULL,
            provider_status TEXT NOT NULL DEFAULT '',
            changed_at TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('sync', 'callback', 'lookup', 'create', 'import'))
        ))"),
        QStringLiteral("CREATE INDEX status_changes_by_transaction ON status_changes (transaction_id, id)"),
        QStringLiteral(R"(CREATE TABLE prices (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            base_currency TEXT NOT NULL,
            quote_currency TEXT NOT NULL,
            price TEXT NOT NULL,
            change_24h TEXT,
            observed_at TEXT NOT NULL,
            UNIQUE (source, base_currency, quote_currency, observed_at)
        ))"),
        QStringLiteral("CREATE INDEX prices_latest ON prices (base_currency, quote_currency, observed_at)"),
        QStringLiteral(R"(CREATE TABLE sync_state (
            provider TEXT PRIMARY KEY,
            list_cursor TEXT,
            last_started_at TEXT,
            last_success_at TEXT,
            last_error TEXT
        ))"),
    }});
    // Maker-checker is enforced by the database itself: an approval row carries the requester,
    // tied to the payout by a foreign key, and may not name the requester as approver.
    list.append({2, QStringLiteral("payouts with approvals, hash-chained audit log"), {
        QStringLiteral(R"(CREATE TABLE payouts (
            id INTEGER PRIMARY KEY,
            provider TEXT NOT NULL,
            destination_kind TEXT NOT NULL,
            destination TEXT NOT NULL CHECK (destination <> ''),
            amount TEXT NOT NULL,
            currency TEXT NOT NULL,
            fee TEXT,
            state TEXT NOT NULL CHECK (state IN ('requested', 'approved', 'second_approved',
                'submitting', 'submitted', 'completed', 'failed', 'rejected', 'needs_reconciliation')),
            requested_by TEXT NOT NULL CHECK (requested_by <> ''),
            requested_at TEXT NOT NULL,
            idempotency_key TEXT NOT NULL UNIQUE,
            provider_reference TEXT,
            reason TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            UNIQUE (id, requested_by)
        ))"),
        QStringLiteral("CREATE INDEX payouts_by_state ON payouts (state, requested_at)"),
        QStringLiteral(R"(CREATE TABLE payout_approvals (
            id INTEGER PRIMARY KEY,
            payout_id INTEGER NOT NULL,
            requested_by TEXT NOT NULL,
            approver TEXT NOT NULL CHECK (approver <> ''),
            approved_at TEXT NOT NULL,
            FOREIGN KEY (payout_id, requested_by) REFERENCES payouts (id, requested_by),
            UNIQUE (payout_id, approver),
            CHECK (approver <> requested_by)
        ))"),
        QStringLiteral(R"(CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            operator TEXT NOT NULL,
            action TEXT NOT NULL,
            subject_kind TEXT NOT NULL,
            subject_id TEXT NOT NULL,
            before_state TEXT,
            after_state TEXT,
            detail TEXT NOT NULL DEFAULT '',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE
        ))"),
    }});
    // SQLite only: substring search over the fields support staff search by, kept in step with
    // transactions by triggers. Trigram terms need three or more characters.
    list.append({3, QStringLiteral("substring search index (FTS5 trigram)"), {
        QStringLiteral(R"(CREATE VIRTUAL TABLE transactions_search USING fts5(
            provider_id, customer_name, customer_email, customer_phone, address, description,
            tracking_code, content='transactions', content_rowid='id', tokenize='trigram'))"),
        QStringLiteral(R"(CREATE TRIGGER transactions_search_insert AFTER INSERT ON transactions BEGIN
            INSERT INTO transactions_search (rowid, provider_id, customer_name, customer_email,
                customer_phone, address, description, tracking_code)
            VALUES (new.id, new.provider_id, new.customer_name, new.customer_email,
                new.customer_phone, new.address, new.description, new.tracking_code);
        END)"),
        QStringLiteral(R"(CREATE TRIGGER transactions_search_delete AFTER DELETE ON transactions BEGIN
            INSERT INTO transactions_search (transactions_search, rowid, provider_id, customer_name,
                customer_email, customer_phone, address, description, tracking_code)
            VALUES ('delete', old.id, old.provider_id, old.customer_name, old.customer_email,
                old.customer_phone, old.address, old.description, old.tracking_code);
        END)"),
        QStringLiteral(R"(CREATE TRIGGER transactions_search_update AFTER UPDATE OF provider_id,
                customer_name, customer_email, customer_phone, address, description, tracking_code
                ON transactions BEGIN
            INSERT INTO transactions_search (transactions_search, rowid, provider_id, customer_name,
                customer_email, customer_phone, address, description, tracking_code)
            VALUES ('delete', old.id, old.provider_id, old.customer_name, old.customer_email,
                old.customer_phone, old.address, old.description, old.tracking_code);
            INSERT INTO transactions_search (rowid, provider_id, customer_name, customer_email,
                customer_phone, address, description, tracking_code)
            VALUES (new.id, new.provider_id, new.customer_name, new.customer_email,
                new.customer_phone, new.address, new.description, new.tracking_code);
        END)"),
        // Rows cached before the index existed.
        QStringLiteral("INSERT INTO transactions_search (transactions_search) VALUES ('rebuild')"),
    }});
    list.append({4, QStringLiteral("indexes for the tables' sorts: amount across currencies, time updated"), {
        QStringLiteral("CREATE INDEX transactions_by_amount_only ON transactions (kind, amount_key)"),
        QStringLiteral("CREATE INDEX transactions_by_currency_created ON transactions (kind, currency, created_at)"),
    }});
    // One search index per kind, because every table shows one kind: a search then counts its
    // matches in the index alone and pages through the kind's matches only. With a single index,
    // counting a word found in a sixth of a million rows read each matching row to learn its
    // kind, 450 ms of the 480 the search took.
    {
        QStringList statements{QStringLiteral("DROP TRIGGER transactions_search_insert"),
                               QStringLiteral("DROP TRIGGER transactions_search_delete"),
                               QStringLiteral("DROP TRIGGER transactions_search_update"),
                               QStringLiteral("DROP TABLE transactions_search")};
        const QString columns = QStringLiteral("provider_id, customer_name, customer_email, customer_phone, address, "
                                               "description, tracking_code");
        const QString newValues = QStringLiteral("new.id, new.provider_id, new.customer_name, new.customer_email, "
                                                 "new.customer_phone, new.address, new.description, new.tracking_code");
        const QString oldValues = QStringLiteral("old.id, old.provider_id, old.customer_name, old.customer_email, "
                                                 "old.customer_phone, old.address, old.description, old.tracking_code");
        for (const char *kind : {"invoice", "order", "withdrawal"}) {
            const QString table = QStringLiteral("transactions_search_%1").arg(QLatin1StringView(kind));
            const QString insert
                = QStringLiteral("INSERT INTO %1 (rowid, %2) VALUES (%3);").arg(table, columns, newValues);
            const QString remove = QStringLiteral("INSERT INTO %1 (%1, rowid, %2) VALUES ('delete', %3);")
                                       .arg(table, columns, oldValues);
            statements += {
                QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content='transactions', content_rowid='id', "
                               "tokenize='trigram')").arg(table, columns),
                QStringLiteral("CREATE TRIGGER %1_insert AFTER INSERT ON transactions WHEN new.kind = '%2' "
                               "BEGIN %3 END").arg(table, QLatin1StringView(kind), insert),
                QStringLiteral("CREATE TRIGGER %1_delete AFTER DELETE ON transactions WHEN old.kind = '%2' "
                               "BEGIN %3 END").arg(table, QLatin1StringView(kind), remove),
                // The kind is part of a transaction's identity: an update never moves a row to another index.
                QStringLiteral("CREATE TRIGGER %1_update AFTER UPDATE OF %2 ON transactions WHEN new.kind = '%3' "
                               "BEGIN %4 %5 END").arg(table, columns, QLatin1StringView(kind), remove, insert),
                // The rows already stored ('rebuild' would index every kind).
                QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT id, %2 FROM transactions WHERE kind = '%3'")
                    .arg(table, columns, QLatin1StringView(kind)),
            };
        }
        list.append({5, QStringLiteral("a substring search index per kind of transaction"), statements});
    }
    // In the database, not a settings file: limits are shared by everyone in team mode, and each
    // change of them is an audit row like any other action on money.
    list.append({6, QStringLiteral("payout limits per currency"), {
        QStringLiteral(R"(CREATE TABLE payout_limits (
            currency TEXT PRIMARY KEY CHECK (currency <> ''),
            single_approval_up_to TEXT,
            daily_limit TEXT,
            updated_by TEXT NOT NULL CHECK (updated_by <> ''),
            updated_at TEXT NOT NULL
        ))"),
    }});
    // Each kind has its own search index (migration 5) and its triggers assume the kind of a row
    // stays what it was written as; it is part of the row's identity anyway.
    list.append({7, QStringLiteral("a transaction's kind never changes"), {
        QStringLiteral(R"(CREATE TRIGGER transactions_kind_fixed BEFORE UPDATE OF kind ON transactions
            WHEN new.kind <> old.kind
            BEGIN SELECT RAISE(ABORT, 'a transaction''s kind never changes'); END)"),
    }});
    // What the provider said about a payout before approval (the destination check and the fee
    // estimate), the provider's own payout method where it has one, and when sending began, which
    // reconciliation needs to look for the payout at the provider.
    list.append({8, QStringLiteral("payout checks with the provider, payout method, sending time"), {
        QStringLiteral("ALTER TABLE payouts ADD COLUMN method TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE payouts ADD COLUMN net TEXT"),
        QStringLiteral("ALTER TABLE payouts ADD COLUMN check_valid INTEGER CHECK (check_valid IN (0, 1))"),
        QStringLiteral("ALTER TABLE payouts ADD COLUMN check_summary TEXT"),
        QStringLiteral("ALTER TABLE payouts ADD COLUMN checked_at TEXT"),
        QStringLiteral("ALTER TABLE payouts ADD COLUMN checked_by TEXT"),
        QStringLiteral("ALTER TABLE payouts ADD COLUMN sending_since TEXT"),
    }});
    // A provider's payout is one of Sarraf's payouts at most: reconciliation cannot give two payouts
    // the same reference.
    list.append({9, QStringLiteral("one payout per provider reference"), {
        QStringLiteral("CREATE UNIQUE INDEX payouts_by_reference ON payouts (provider, provider_reference) "
                       "WHERE provider_reference IS NOT NULL AND provider_reference <> ''"),
    }});
    return list;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> list = buildMigrations();
    return list;
}

int Migrations::latestVersion()
{
    return all().constLast().version;
}

Result<int> Migrations::currentVersion(const QSqlDatabase &db)
{
    const QStringList tables = db.tables(QSql::Tables);
    if (tables.isEmpty())
        return 0;
    if (!tables.contains(QStringLiteral("schema_version"))) {
        return makeError(QStringLiteral("store.foreign-database"),
                         tr("%1 is a database, but not one Sarraf wrote. Sarraf has not changed it; "
                            "choose another data folder.").arg(db.databaseName()));
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next()) {
        return makeError(QStringLiteral("store.unreadable"),
                         tr("Sarraf cannot read the version of the database %1.").arg(db.databaseName()),
                         query.lastError().text());
    }
    return query.value(0).toInt();
}

Result<int> Migrations::apply(QSqlDatabase &db, int target)
{
    Result<int> current = currentVersion(db);
    if (!current)
        return current;
    int version = *current;
    QString error;
    if (version == 0
        && !exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                                    "description TEXT NOT NULL, applied_at TEXT NOT NULL)"), &error)) {
        return makeError(QStringLiteral("store.migration"), tr("Sarraf could not prepare the database."), error);
    }
    for (const Migration &step : all()) {
        if (step.version <= version || step.version > target)
            continue;
        if (!db.transaction()) {
            return makeError(QStringLiteral("store.migration"), tr("Sarraf could not prepare the database."),
                             db.lastError().text());
        }
        bool ok = true;
        for (const QString &sql : step.statements) {
            if (!exec(db, sql, &error)) {
                ok = false;
                break;
            }
        }
        if (ok) {
            QSqlQuery record(db);
            record.prepare(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"));
            record.addBindValue(step.version);
            record.addBindValue(step.description);
            record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            ok = record.exec();
            if (!ok)
                error = record.lastError().text();
        }
        if (!ok || !db.commit()) {
            db.rollback();
            return makeError(QStringLiteral("store.migration"),
                             tr("Sarraf could not upgrade the database to version %1; it is left as it "
                                "was at version %2.").arg(step.version).arg(version),
                             error.isEmpty() ? db.lastError().text() : error);
        }
        qCInfo(lcStore) << "database" << db.databaseName() << "upgraded to schema" << step.version;
        version = step.version;
    }
    return version;
}

} // namespace sarraf
