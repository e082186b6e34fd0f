#include "models/table/TransactionPageReader.h"

#include "models/store/TransactionSql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sarraf {

TransactionPageReader::TransactionPageReader(QString databasePath)
    : m_path(std::move(databasePath)),
      m_connectionName(u"sarraf-page-reader-"_s + QUuid::createUuid().toString(QUuid::Id128))
{
}

TransactionPageReader::~TransactionPageReader()
{
    if (m_open) {
        QSqlDatabase::database(m_connectionName, false).close();
        m_open = false;
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Outcome TransactionPageReader::ensureOpen()
{
    if (m_open)
        return Done{};
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return makeError(u"store.open"_s,
                         QCoreApplication::translate("TransactionStore", "Sarraf could not read the database %1.")
                             .arg(m_path),
                         db.lastError().text());
    m_open = true;
    return Done{};
}

namespace {

Error readError(const QSqlQuery &query)
{
    return makeError(u"store.query"_s,
                     QCoreApplication::translate("TransactionStore", "Sarraf could not list the stored transactions."),
                     query.lastError().text());
}

} // namespace

Result<qint64> TransactionPageReader::count(const TransactionQuery &query)
{
    if (Outcome opened = ensureOpen(); !opened)
        return opened.error();
    // Counting visits every match whichever way: from the search index it visits no others. The
    // matches are read from the index once here, for the count and the pages that follow.
    Result<QString> hits = searchHits(query, true);
    if (!hits)
        return hits.error();
    Result<transactionsql::Where> where
        = transactionsql::where(query, transactionsql::SearchPlan::FromSearch, *hits);
    if (!where)
        return where.error();
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT count(*) FROM transactions"_s + where->clause);
    for (const QVariant &value : std::as_const(where->binds))
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return readError(q);
    return q.value(0).toLongLong();
}

Result<TransactionPage> TransactionPageReader::readPage(const TransactionQuery &query, int page, int pageSize,
                                                         qint64 total)
{
    if (Outcome opened = ensureOpen(); !opened)
        return opened.error();
    Result<QString> hits = searchHits(query, false);
    if (!hits)
        return hits.error();
    Result<transactionsql::Where> where = transactionsql::where(
        query,
        total <= transactionsql::FromSearchLimit ? transactionsql::SearchPlan::FromSearch
                                                 : transactionsql::SearchPlan::Planner,
        *hits);
    if (!where)
        return where.error();
    const qint64 first = qint64(page) * pageSize;
    const qint64 last = std::min(total, first + pageSize); // exclusive
    // Past the middle, counting from the end skips fewer index entries.
    const bool fromEnd = total > 0 && first > total / 2;
    const qint64 offset = fromEnd ? total - last : first;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(transactionsql::selectBrief() + where->clause
              + transactionsql::orderBy(query.sortKey, fromEnd ? !query.descending : query.descending)
              + u" LIMIT ? OFFSET ?"_s);
    for (const QVariant &value : std::as_const(where->binds))
        q.addBindValue(value);
    q.addBindValue(fromEnd ? std::max<qint64>(0, last - first) : pageSize);
    q.addBindValue(offset);
    if (!q.exec())
        return readError(q);
    TransactionPage result;
    result.page = page;
    while (q.next())
        result.rows.append(transactionsql::readRow(q, false));
    if (fromEnd)
        std::reverse(result.rows.begin(), result.rows.end());
    return result;
}

Result<QString> TransactionPageReader::searchHits(const TransactionQuery &query, bool readAgain)
{
    const QString term = query.search.trimmed();
    if (term.size() < 3)
        return QString(); // no search, or one too short for the index: nothing to keep
    if (!readAgain && term == m_hitsTerm)
        return u"temp.search_hits"_s;
    // Reading a common word's matches from the index is most of a search's time; kept in a
    // temporary table (this connection's own, in memory), they are read once per count instead
    // of once per page. A count always reads them again, so a changed store is seen.
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    m_hitsTerm.clear();
    if (!q.exec(u"CREATE TEMP TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY)"_s)
        || !q.exec(u"DELETE FROM temp.search_hits"_s))
        return readError(q);
    q.prepare(u"INSERT INTO temp.search_hits SELECT rowid FROM transactions_search WHERE transactions_search MATCH ?"_s);
    q.addBindValue(transactionsql::searchMatch(term));
    if (!q.exec())
        return readError(q);
    m_hitsTerm = term;
    return u"temp.search_hits"_s;
}

Result<std::optional<TransactionDetails>> TransactionPageReader::readDetails(qint64 rowId)
{
    if (Outcome opened = ensureOpen(); !opened)
        return opened.error();
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Result<std::optional<StoredTransaction>> row = transactionsql::byRowId(db, rowId);
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<TransactionDetails>();
    Result<QList<StatusChange>> history = transactionsql::history(db, rowId);
    if (!history)
        return history.error();
    return std::optional<TransactionDetails>(TransactionDetails{**row, *history});
}

} // namespace sarraf
