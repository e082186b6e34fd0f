// Reads and writes tracked transactions and their status history; each write is one database
// transaction, so a row and the status change it caused are stored together or not at all.
#pragma once

#include "models/domain/Records.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace sarraf {

class Database;

// The columns rows can be sorted by; every sort ends with the row id so paging is stable.
enum class TransactionSortKey { Created, Updated, Amount, Provider, Status, ProviderId, Currency };

// Which transactions, in which order: every filter of the tables' filter bar and of `list`.
struct TransactionQuery
{
    std::optional<TransactionKind> kind;
    QString provider;
    std::optional<TransactionStatus> status;
    QString currency;
    QDateTime createdFrom; // inclusive; invalid: no lower bound
    QDateTime createdTo;   // exclusive; invalid: no upper bound
    QString minAmount;     // exact decimal text, inclusive; empty: no bound
    QString maxAmount;
    QString search; // a substring of the id, customer, address, description or tracking code
    TransactionSortKey sortKey = TransactionSortKey::Created;
    bool descending = true;
    int limit = 1000;
    int offset = 0;
};

// What a write did: the row, whether it was new, and whether its status moved.
struct UpsertOutcome
{
    qint64 id = 0;
    bool inserted = false;
    bool statusChanged = false;
};

// Where a provider's sync stands: the listing cursor and how the last attempt went.
struct SyncState
{
    QString provider;
    QString cursor;
    QDateTime lastStartedAt;
    QDateTime lastSuccessAt;
    QString lastError;
};

struct StoredTransaction
{
    qint64 id = 0;
    TrackedTransaction record;
};

class TransactionStore final
{
    Q_DECLARE_TR_FUNCTIONS(TransactionStore)
public:
    explicit TransactionStore(const Database &database);
    ~TransactionStore();
    Q_DISABLE_COPY_MOVE(TransactionStore)

    // Inserts or updates by (provider, kind, provider id) and records a StatusChange when the
    // status is new or moved, in one database transaction.
    Result<UpsertOutcome> upsert(const TrackedTransaction &record, const QString &source);
    // One provider answer that carries many records: all written in one transaction, or none.
    Result<QList<UpsertOutcome>> upsertAll(const QList<TrackedTransaction> &records, const QString &source);

    // Many answers in a row (an import, a long listing read page after page): between
    // beginBulk() and endBulk() each upsertAll() is still all or nothing (an answer is checked
    // whole before any of it is written; one the database itself fails to write loses its group,
    // ends the bulk and makes endBulk() fail too), but the
    // answers are committed together every `commitEvery` records. Each commit writes an index
    // page once instead of once per answer, which is what makes a bulk load fast; an answer is
    // only durable once its group is committed (endBulk() commits the rest).
    Outcome beginBulk(int commitEvery = 20000);
    Outcome endBulk();

    // Provider ids of the transactions sync should refresh: not final, least recently checked first.
    Result<QStringList> refreshCandidates(const QString &provider, int limit,
                                          const QList<TransactionKind> &kinds = {}) const;

    // Moves ids the provider could not answer for to the back of the refresh queue.
    Outcome markChecked(const QString &provider, const QStringList &providerIds);

    Result<SyncState> syncState(const QString &provider) const;
    Outcome recordSyncStarted(const QString &provider);
    Outcome recordSyncFinished(const QString &provider, const QString &cursor, const QString &error);

    Result<std::optional<StoredTransaction>> find(const QString &provider, TransactionKind kind,
                                                  const QString &providerId) const;
    Result<QList<StoredTransaction>> list(const TransactionQuery &query) const;
    Result<QList<StatusChange>> history(qint64 transactionId) const;

private:
    // previous: the stored statuses by previousKey(), read for a whole answer at once; a record
    // missing from it is new. Without it, writeRow reads the one status itself.
    Result<UpsertOutcome> writeRow(const TrackedTransaction &record, const QString &source,
                                   QHash<QString, QString> *previous = nullptr);
    Result<QHash<QString, QString>> storedStatuses(const QList<TrackedTransaction> &records) const;
    // The statements of writeRow, prepared once per store: preparing them for every row made
    // ingest several times slower than a bulk insert.
    QSqlQuery &statement(std::unique_ptr<QSqlQuery> &slot, const char *sql);

    Outcome commitBulk();
    // A bulk whose group the database failed to write: rolled back and ended, with the error kept
    // for endBulk().
    Error abandonBulk(const Error &cause);
    // The checks writeRow makes, for a whole answer before any of it is written.
    static Outcome checkAnswer(const QList<TrackedTransaction> &records);
    // upsertAll's writes, inside whatever transaction or savepoint the caller opened.
    Result<QList<UpsertOutcome>> writeAnswer(const QList<TrackedTransaction> &records, const QString &source);

    QSqlDatabase m_db;
    bool m_bulk = false;
    int m_bulkCommitEvery = 0;
    int m_bulkPending = 0; // records written since the bulk's last commit
    std::optional<Error> m_bulkFailure; // why the bulk ended early; endBulk() returns it
    std::unique_ptr<QSqlQuery> m_previousStatus;
    std::unique_ptr<QSqlQuery> m_upsert;
    std::unique_ptr<QSqlQuery> m_statusChange;
};

} // namespace sarraf
