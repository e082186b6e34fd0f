#include "models/store/TransactionStore.h"

#include "models/domain/SecretRedactor.h"

#include "models/domain/Decimal.h"
#include "models/store/Database.h"
#include "models/store/TransactionSql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <utility>

namespace sarraf {
namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

TransactionStore::TransactionStore(const Database &database) : m_db(database.connection())
{
}

TransactionStore::~TransactionStore()
{
    (void)endBulk(); // a bulk left open keeps what it wrote
}

QSqlQuery &TransactionStore::statement(std::unique_ptr<QSqlQuery> &slot, const char *sql)
{
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_db);
        slot->prepare(QString::fromLatin1(sql));
    }
    return *slot;
}

Result<UpsertOutcome> TransactionStore::upsert(const TrackedTransaction &record, const QString &source)
{
    Result<QList<UpsertOutcome>> written = upsertAll({record}, source);
    if (!written)
        return written.error();
    return written->constFirst();
}

Outcome TransactionStore::beginBulk(int commitEvery)
{
    if (m_bulk)
        return Done{};
    if (!m_db.transaction())
        return makeError(QStringLiteral("store.busy"), tr("The database is busy; try again."), m_db.lastError().text());
    m_bulk = true;
    m_bulkCommitEvery = std::max(1, commitEvery);
    m_bulkPending = 0;
    m_bulkFailure.reset();
    return Done{};
}

Outcome TransactionStore::commitBulk()
{
    if (!m_db.commit())
        return makeError(QStringLiteral("store.commit"), tr("Sarraf could not save the transactions."),
                         m_db.lastError().text());
    m_bulkPending = 0;
    return Done{};
}

Error TransactionStore::abandonBulk(const Error &cause)
{
    // The group written since the last commit is undone; the bulk ends here and says so, now and
    // again from endBulk(), so an import cannot carry on as if those answers were kept.
    const int lost = m_bulkPending;
    m_db.rollback();
    m_bulk = false;
    m_bulkPending = 0;
    Error error = makeError(QStringLiteral("store.bulk-lost"),
                            tr("Sarraf could not save the transactions; the last %n read since the previous save "
                               "were not kept. Import them again.", nullptr, lost),
                            cause.message + u' ' + cause.detail);
    m_bulkFailure = error;
    return error;
}

Outcome TransactionStore::endBulk()
{
    if (!m_bulk) {
        if (m_bulkFailure)
            return *std::exchange(m_bulkFailure, std::nullopt);
        return Done{};
    }
    m_bulk = false;
    Outcome committed = commitBulk();
    if (!committed)
        m_db.rollback();
    return committed;
}

Outcome TransactionStore::checkAnswer(const QList<TrackedTransaction> &records)
{
    for (const TrackedTransaction &r : records) {
        if (r.provider.isEmpty() || r.providerId.isEmpty())
            return makeError(QStringLiteral("store.invalid"),
                             tr("A transaction needs its provider and the provider's id to be stored."));
        if (!r.amount.isEmpty()) {
            if (const Result<Decimal> amount = Decimal::parse(r.amount); !amount)
                return makeError(QStringLiteral("store.invalid"),
                                 tr("The amount \"%1\" of %2 %3 is not a number; it was not stored.")
                                     .arg(r.amount, r.provider, r.providerId),
                                 amount.error().detail);
        }
    }
    return Done{};
}

Result<QList<UpsertOutcome>> TransactionStore::upsertAll(const QList<TrackedTransaction> &records, const QString &source)
{
    // An answer the store would refuse part-way is refused before any of it is written.
    if (Outcome valid = checkAnswer(records); !valid)
        return valid.error();
    if (m_bulk) {
        // Inside a bulk there is no savepoint per answer: a savepoint makes SQLite copy every page
        // the answer touches and halved the ingest rate. Checked first, an answer can then only
        // fail in the database itself (a full disk), and that loses the whole group.
        Result<QList<UpsertOutcome>> written = writeAnswer(records, source);
        if (!written)
            return abandonBulk(written.error());
        m_bulkPending += int(records.size());
        if (m_bulkPending >= m_bulkCommitEvery) {
            if (Outcome committed = commitBulk(); !committed)
                return abandonBulk(committed.error());
            if (!m_db.transaction()) {
                m_bulk = false;
                Error error = makeError(QStringLiteral("store.busy"), tr("The database is busy; try again."),
                                        m_db.lastError().text());
                m_bulkFailure = error;
                return error;
            }
        }
        return written;
    }
    WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return makeError(QStringLiteral("store.busy"), tr("The database is busy; try again."), m_db.lastError().text());
    Result<QList<UpsertOutcome>> written = writeAnswer(records, source);
    if (!written)
        return written; // the transaction rolls back: none of this answer is stored
    if (!transaction.commit())
        return makeError(QStringLiteral("store.commit"), tr("Sarraf could not save the transaction."), m_db.lastError().text());
    return written;
}

Result<QList<UpsertOutcome>> TransactionStore::writeAnswer(const QList<TrackedTransaction> &records, const QString &source)
{
    // One read of the stored statuses for the whole answer instead of one per record.
    Result<QHash<QString, QString>> stored = storedStatuses(records);
    if (!stored)
        return stored.error();
    QHash<QString, QString> previous = std::move(stored).value();
    QList<UpsertOutcome> outcomes;
    outcomes.reserve(records.size());
    for (const TrackedTransaction &record : records) {
        Result<UpsertOutcome> written = writeRow(record, source, &previous);
        if (!written)
            return written.error();
        outcomes.append(*written);
    }
    return outcomes;
}

namespace {
QString previousKey(const QString &provider, TransactionKind kind, const QString &providerId)
{
    return provider + u'\x1f' + transactionKindKey(kind) + u'\x1f' + providerId;
}
} // namespace

Result<QHash<QString, QString>> TransactionStore::storedStatuses(const QList<TrackedTransaction> &records) const
{
    // By provider and kind, so each id is one look-up in the unique index. By provider alone the
    // query scanned every stored row of the provider, and ingest slowed as the store grew.
    struct Group
    {
        QString provider;
        TransactionKind kind = TransactionKind::Invoice;
        QStringList ids;
    };
    QHash<QString, Group> idsByKey;
    for (const TrackedTransaction &r : records) {
        Group &group = idsByKey[r.provider + u'\x1f' + transactionKindKey(r.kind)];
        group.provider = r.provider;
        group.kind = r.kind;
        group.ids.append(r.providerId);
    }
    QHash<QString, QString> statuses;
    constexpr qsizetype Chunk = 400; // below SQLite's bound-parameter limit
    for (auto it = idsByKey.cbegin(); it != idsByKey.cend(); ++it) {
        const QString &provider = it->provider;
        const TransactionKind kind = it->kind;
        for (qsizetype from = 0; from < it->ids.size(); from += Chunk) {
            const QStringList ids = it->ids.mid(from, Chunk);
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT provider_id, status FROM transactions WHERE provider = ? AND kind = ? "
                                     "AND provider_id IN (%1)")
                          .arg(QStringList(ids.size(), QStringLiteral("?")).join(u',')));
            q.addBindValue(provider);
            q.addBindValue(transactionKindKey(kind));
            for (const QString &id : ids)
                q.addBindValue(id);
            if (!q.exec())
                return queryError(tr("Sarraf could not read the stored transaction."), q);
            while (q.next())
                statuses.insert(previousKey(provider, kind, q.value(0).toString()), q.value(1).toString());
        }
    }
    return statuses;
}

Result<UpsertOutcome> TransactionStore::writeRow(const TrackedTransaction &r, const QString &source,
                                                 QHash<QString, QString> *previousStatuses)
{
    if (r.provider.isEmpty() || r.providerId.isEmpty()) {
        return makeError(QStringLiteral("store.invalid"),
                         tr("A transaction needs its provider and the provider's id to be stored."));
    }
    QString amountKey;
    if (!r.amount.isEmpty()) {
        const Result<Decimal> amount = Decimal::parse(r.amount);
        if (!amount) {
            return makeError(QStringLiteral("store.invalid"),
                             tr("The amount \"%1\" of %2 %3 is not a number; it was not stored.")
                                 .arg(r.amount, r.provider, r.providerId),
                             amount.error().detail);
        }
        amountKey = amount->orderKey();
    }

    std::optional<QString> oldStatus;
    const QString key = previousKey(r.provider, r.kind, r.providerId);
    if (previousStatuses) {
        if (const auto found = previousStatuses->constFind(key); found != previousStatuses->constEnd())
            oldStatus = *found;
    } else {
        QSqlQuery &previous = statement(
            m_previousStatus, "SELECT status FROM transactions WHERE provider = ? AND kind = ? AND provider_id = ?");
        previous.addBindValue(r.provider);
        previous.addBindValue(transactionKindKey(r.kind));
        previous.addBindValue(r.providerId);
        if (!previous.exec())
            return queryError(tr("Sarraf could not read the stored transaction."), previous);
        if (previous.next())
            oldStatus = previous.value(0).toString();
        previous.finish();
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString created = storedTime(r.createdAt.isValid() ? r.createdAt : now);
    const QString updated = storedTime(r.updatedAt.isValid() ? r.updatedAt : now);
    const QString status = TransactionStatuses::key(r.status);

    QSqlQuery &upsert = statement(m_upsert,
        "INSERT INTO transactions (kind, provider, provider_id, status, provider_status, amount, currency, "
        "amount_key, counter_amount, counter_currency, customer_name, customer_email, customer_phone, "
        "address, description, tracking_code, payment_url, is_final, created_at, updated_at, checked_at, "
        "raw_answer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (provider, kind, provider_id) DO UPDATE SET status = excluded.status, "
        "provider_status = excluded.provider_status, amount = excluded.amount, currency = excluded.currency, "
        "amount_key = excluded.amount_key, counter_amount = excluded.counter_amount, "
        "counter_currency = excluded.counter_currency, customer_name = excluded.customer_name, "
        "customer_email = excluded.customer_email, customer_phone = excluded.customer_phone, "
        "address = excluded.address, description = excluded.description, "
        "tracking_code = excluded.tracking_code, payment_url = excluded.payment_url, "
        "is_final = excluded.is_final, updated_at = excluded.updated_at, checked_at = excluded.checked_at, "
        "raw_answer = excluded.raw_answer "
        "RETURNING id");
    const QVariantList values = {transactionKindKey(r.kind), r.provider, r.providerId, status,
                                 notNull(r.providerStatus), textOrNull(r.amount),
                                 textOrNull(r.amount.isEmpty() ? QString() : r.currency), textOrNull(amountKey),
                                 textOrNull(r.counterAmount), textOrNull(r.counterCurrency), notNull(r.customerName),
                                 notNull(r.customerEmail), notNull(r.customerPhone), notNull(r.address),
                                 notNull(r.description), notNull(r.trackingCode), notNull(r.paymentUrl),
                                 TransactionStatuses::isFinal(r.status) ? 1 : 0,
                                 created, updated, storedTime(now),
                                 // Adapters redact what they keep; this is the last point before the file.
                                 r.rawAnswer.isNull() ? QVariant(QMetaType::fromType<QString>())
                                                      : QVariant(SecretRedactor::instance().redact(QString::fromUtf8(r.rawAnswer)))};
    for (const QVariant &value : values)
        upsert.addBindValue(value);
    if (!upsert.exec() || !upsert.next())
        return queryError(tr("Sarraf could not store the transaction %1 of %2.").arg(r.providerId, r.provider), upsert);
    const qint64 id = upsert.value(0).toLongLong();
    upsert.finish();

    if (!oldStatus || *oldStatus != status) {
        QSqlQuery &change = statement(m_statusChange, "INSERT INTO status_changes (transaction_id, from_status, "
                                                      "to_status, provider_status, changed_at, source) "
                                                      "VALUES (?, ?, ?, ?, ?, ?)");
        change.addBindValue(id);
        change.addBindValue(oldStatus ? QVariant(*oldStatus) : QVariant(QMetaType::fromType<QString>()));
        change.addBindValue(status);
        change.addBindValue(notNull(r.providerStatus));
        change.addBindValue(updated);
        change.addBindValue(source);
        if (!change.exec())
            return queryError(tr("Sarraf could not record the status change of %1.").arg(r.providerId), change);
    }
    if (previousStatuses)
        previousStatuses->insert(key, status); // the same id later in the answer moves from here
    return UpsertOutcome{id, !oldStatus, !oldStatus || *oldStatus != status};
}

Result<std::optional<StoredTransaction>> TransactionStore::find(const QString &provider, TransactionKind kind,
                                                                 const QString &providerId) const
{
    QSqlQuery q(m_db);
    q.prepare(transactionsql::selectFull() + u" WHERE provider = ? AND kind = ? AND provider_id = ?");
    q.addBindValue(provider);
    q.addBindValue(transactionKindKey(kind));
    q.addBindValue(providerId);
    if (!q.exec())
        return queryError(tr("Sarraf could not read the stored transaction."), q);
    if (!q.next())
        return std::optional<StoredTransaction>();
    return std::optional<StoredTransaction>(transactionsql::readRow(q, true));
}

Result<QList<StoredTransaction>> TransactionStore::list(const TransactionQuery &query) const
{
    Result<transactionsql::Where> where = transactionsql::where(query);
    if (!where)
        return where.error();
    const QString sql = transactionsql::selectFull() + where->clause
                        + transactionsql::orderBy(query.sortKey, query.descending) + QStringLiteral(" LIMIT ? OFFSET ?");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : std::as_const(where->binds))
        q.addBindValue(value);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    if (!q.exec())
        return queryError(tr("Sarraf could not list the stored transactions."), q);
    QList<StoredTransaction> rows;
    while (q.next())
        rows.append(transactionsql::readRow(q, true));
    return rows;
}

Result<QList<StatusChange>> TransactionStore::history(qint64 transactionId) const
{
    return transactionsql::history(m_db, transactionId);
}

Result<QStringList> TransactionStore::refreshCandidates(const QString &provider, int limit,
                                                        const QList<TransactionKind> &kinds) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString kindFilter;
    for (qsizetype i = 0; i < kinds.size(); ++i)
        kindFilter += (i == 0 ? QStringLiteral(" AND kind IN (?") : QStringLiteral(", ?"));
    if (!kinds.isEmpty())
        kindFilter += u')';
    // NULL checked_at (never checked) sorts first in SQLite and, with NULLS FIRST implied by ASC
    // only in SQLite, is made explicit with COALESCE for PostgreSQL.
        // One id may be an invoice and a withdrawal of the same provider: it is asked about once.
    q.prepare(QStringLiteral("SELECT provider_id FROM transactions WHERE provider = ? AND is_final = 0")
              + kindFilter
              + QStringLiteral(" GROUP BY provider_id ORDER BY MIN(COALESCE(checked_at, '')) ASC, MIN(id) ASC LIMIT ?"));
    q.addBindValue(provider);
    for (TransactionKind kind : kinds)
        q.addBindValue(transactionKindKey(kind));
    q.addBindValue(limit);
    if (!q.exec())
        return queryError(tr("Sarraf could not read which transactions to refresh."), q);
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

Result<SyncState> TransactionStore::syncState(const QString &provider) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT list_cursor, last_started_at, last_success_at, last_error FROM sync_state "
                             "WHERE provider = ?"));
    q.addBindValue(provider);
    if (!q.exec())
        return queryError(tr("Sarraf could not read the sync state of %1.").arg(provider), q);
    SyncState state;
    state.provider = provider;
    if (q.next()) {
        state.cursor = q.value(0).toString();
        state.lastStartedAt = storedTimeFrom(q.value(1));
        state.lastSuccessAt = storedTimeFrom(q.value(2));
        state.lastError = q.value(3).toString();
    }
    return state;
}

Outcome TransactionStore::markChecked(const QString &provider, const QStringList &providerIds)
{
    if (providerIds.isEmpty())
        return Done{};
    WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return makeError(QStringLiteral("store.busy"), tr("The database is busy; try again."), m_db.lastError().text());
    QSqlQuery q(m_db);
    // Every kind named and is_final kept out of the index choice (the unary plus): each id is
    // then a look-up in the unique index, not a scan of the provider's unfinished rows.
    q.prepare(QStringLiteral("UPDATE transactions SET checked_at = ? WHERE provider = ? AND kind IN ('invoice', "
                             "'order', 'withdrawal') AND provider_id = ? AND +is_final = 0"));
    const QString now = storedTime(QDateTime::currentDateTimeUtc());
    for (const QString &id : providerIds) {
        q.addBindValue(now);
        q.addBindValue(provider);
        q.addBindValue(id);
        if (!q.exec())
            return queryError(tr("Sarraf could not record which transactions of %1 were checked.").arg(provider), q);
    }
    if (!transaction.commit())
        return makeError(QStringLiteral("store.commit"), tr("Sarraf could not save the transaction."), m_db.lastError().text());
    return Done{};
}

Outcome TransactionStore::recordSyncStarted(const QString &provider)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sync_state (provider, last_started_at) VALUES (?, ?) "
                             "ON CONFLICT (provider) DO UPDATE SET last_started_at = excluded.last_started_at"));
    q.addBindValue(provider);
    q.addBindValue(storedTime(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return queryError(tr("Sarraf could not record the sync of %1.").arg(provider), q);
    return Done{};
}

Outcome TransactionStore::recordSyncFinished(const QString &provider, const QString &cursor, const QString &error)
{
    QSqlQuery q(m_db);
    // A failed sync keeps the cursor and the time of the last success.
    q.prepare(QStringLiteral(
        "INSERT INTO sync_state (provider, list_cursor, last_success_at, last_error) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (provider) DO UPDATE SET "
        "list_cursor = CASE WHEN excluded.last_error = '' THEN excluded.list_cursor ELSE sync_state.list_cursor END, "
        "last_success_at = CASE WHEN excluded.last_error = '' THEN excluded.last_success_at "
        "ELSE sync_state.last_success_at END, last_error = excluded.last_error"));
    q.addBindValue(provider);
    q.addBindValue(notNull(cursor));
    q.addBindValue(error.isEmpty() ? QVariant(storedTime(QDateTime::currentDateTimeUtc())) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(notNull(error));
    if (!q.exec())
        return queryError(tr("Sarraf could not record the sync of %1.").arg(provider), q);
    return Done{};
}

} // namespace sarraf
