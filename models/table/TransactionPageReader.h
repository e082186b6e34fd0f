// Reads counts and pages of transactions for the table models on a worker thread, through its own
// read-only SQLite connection (WAL lets it read while sync writes). The GUI thread never waits for
// it: requests go in with QMetaObject::invokeMethod, answers come back the same way.
#pragma once

#include "models/domain/Result.h"
#include "models/store/TransactionStore.h"

#include <QObject>
#include <QString>

#include <functional>

namespace sarraf {

struct TransactionPage
{
    int page = 0;
    QList<StoredTransaction> rows; // without the raw answer
};

// Everything the details pane shows of one transaction.
struct TransactionDetails
{
    StoredTransaction transaction; // with the raw answer (already redacted when it was stored)
    QList<StatusChange> history;   // oldest first
};

// A new query's count and its first page, read in one visit to the reader's thread.
struct TransactionOpening
{
    qint64 total = 0;
    TransactionPage first; // empty when nothing matches
};

class TransactionPageReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionPageReader)

public:
    explicit TransactionPageReader(QString databasePath);
    ~TransactionPageReader() override; // in the worker thread: closes the connection there

    // Both run in the reader's thread; the callbacks run there too and must hand over themselves.
    Result<qint64> count(const TransactionQuery &query);
    // Rows [page * pageSize, +pageSize) of the query's order. Deep pages are read from the other
    // end in the opposite order, so the last page of a million rows is as quick as the first.
    Result<TransactionPage> readPage(const TransactionQuery &query, int page, int pageSize, qint64 total);

    // The count, then the first page: what a table shows first after its filter changed.
    Result<TransactionOpening> open(const TransactionQuery &query, int pageSize);

    // Nothing when the row is gone.
    Result<std::optional<TransactionDetails>> readDetails(qint64 rowId);

private:
    Outcome ensureOpen();

    QString m_path;
    QString m_connectionName;
    bool m_open = false;
};

} // namespace sarraf
