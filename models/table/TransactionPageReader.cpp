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
    Result<transactionsql::Where> counting = transactionsql::count(query);
    if (!counting)
        return counting.error();
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(counting->clause);
    for (const QVariant &value : std::as_const(counting->binds))
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
    Result<transactionsql::Where> where = transactionsql::where(
        query, total <= transactionsql::FromSearchLimit ? transactionsql::SearchPlan::FromSearch
                                                        : transactionsql::SearchPlan::Planner);
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

Result<TransactionOpening> TransactionPageReader::open(const TransactionQuery &query, int pageSize)
{
    Result<qint64> counted = count(query);
    if (!counted)
        return counted.error();
    TransactionOpening opening;
    opening.total = *counted;
    if (opening.total > 0) {
        // A first page that cannot be read now is asked for again when the view shows it, and
        // says why then; the count stands.
        if (Result<TransactionPage> first = readPage(query, 0, pageSize, opening.total))
            opening.first = std::move(first).value();
    }
    return opening;
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
