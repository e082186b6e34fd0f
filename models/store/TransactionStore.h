// Reads and writes tracked transactions and their status history; each write is one database
// transaction, so a row and the status change it caused are stored together or not at all.
#pragma once

#include "models/domain/Records.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace sarraf {

class Database;

struct TransactionQuery
{
    std::optional<TransactionKind> kind;
    QString provider;
    std::optional<TransactionStatus> status;
    QString search; // a substring of the id, customer, address, description or tracking code
    int limit = 1000;
    int offset = 0;
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

    // Inserts or updates by (provider, kind, provider id) and records a StatusChange when the
    // status is new or moved. Returns the row id.
    Result<qint64> upsert(const TrackedTransaction &record, const QString &source);

    Result<std::optional<StoredTransaction>> find(const QString &provider, TransactionKind kind,
                                                  const QString &providerId) const;
    Result<QList<StoredTransaction>> list(const TransactionQuery &query) const;
    Result<QList<StatusChange>> history(qint64 transactionId) const;

private:
    QSqlDatabase m_db;
};

} // namespace sarraf
