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

// How SQLite should run a query with a substring search in it. The planner cannot know how many
// rows a search term matches, and prefers walking an index of the other filters (kind, status,
// ...) and testing each row against the search: right when the term is common, a scan of the whole
// kind when it is a phone number or an id. FromSearch keeps the other filters out of the index
// choice, so the rows come from the search index and are sorted afterwards: right when the term
// matches few rows. Without a search both are the same.
enum class SearchPlan { Planner, FromSearch };
// Below this many matching rows a page is read FromSearch (the sort of the matches is cheap).
inline constexpr qint64 FromSearchLimit = 5000;

// Refuses an amount bound that is not a decimal number, in words.
Result<Where> where(const TransactionQuery &query, SearchPlan plan = SearchPlan::Planner);
// The search index of one kind of transaction: one per kind, each holding only that kind's rows.
QString searchTable(TransactionKind kind);
// The statement that counts the query's rows (in `clause`, with its binds): from the search index
// alone when the search is the only filter of a kind, else from the search index's matches.
Result<Where> count(const TransactionQuery &query);

// ORDER BY the query's key and direction, then the row id in the same direction.
QString orderBy(TransactionSortKey key, bool descending);

// Reads a row selected with selectFull() (withRaw) or selectBrief().
StoredTransaction readRow(const QSqlQuery &query, bool withRaw);

// A transaction's status changes, oldest first.
Result<QList<StatusChange>> history(const QSqlDatabase &db, qint64 transactionId);
// One full row (with the raw answer) by the store's row id; nothing if it is gone.
Result<std::optional<StoredTransaction>> byRowId(const QSqlDatabase &db, qint64 rowId);

} // namespace sarraf::transactionsql
