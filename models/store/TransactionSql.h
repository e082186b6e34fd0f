// The SQL that reads transactions, shared by TransactionStore (one connection, the caller's
// thread) and the table models' page reader (its own read-only connection on a worker thread):
// the columns, the WHERE clause of a TransactionQuery, its ORDER BY, and reading one row.
#pragma once

#include "models/domain/Result.h"
#include "models/store/TransactionStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace sarraf::transactionsql {

struct Where
{
    QString clause; // "" or " WHERE ..."
    QVariantList binds;
};

// The columns of a full row (with the raw answer) and of a table row (without it).
QString selectFull();
QString selectBrief();

// Refuses an amount bound that is not a decimal number, in words.
Result<Where> where(const TransactionQuery &query);
// ORDER BY the query's key and direction, then the row id in the same direction.
QString orderBy(TransactionSortKey key, bool descending);

// Reads a row selected with selectFull() (withRaw) or selectBrief().
StoredTransaction readRow(const QSqlQuery &query, bool withRaw);

// A transaction's status changes, oldest first.
Result<QList<StatusChange>> history(const QSqlDatabase &db, qint64 transactionId);
// One full row (with the raw answer) by the store's row id; nothing if it is gone.
Result<std::optional<StoredTransaction>> byRowId(const QSqlDatabase &db, qint64 rowId);

} // namespace sarraf::transactionsql
