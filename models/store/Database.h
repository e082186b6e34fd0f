// One open Sarraf database: checked before anything is written to it, upgraded by the migrations,
// and configured for durability (WAL, synchronous=FULL, foreign keys on).
#pragma once

#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlQuery;

namespace sarraf {

// How every table stores a time: UTC, ISO 8601 with milliseconds, so text order is time order.
QString storedTime(const QDateTime &time);
QDateTime storedTimeFrom(const QVariant &value);
// Qt binds a null QString as NULL: text for a NOT NULL column goes through this.
inline QVariant notNull(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}
// A query that failed, as an error ("store.query"): the sentence for people, the driver's words
// as the detail.
Error queryError(const QString &message, const QSqlQuery &query);

class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    // Opens (creating if needed) and upgrades the SQLite file at path. A file that is not a
    // database, is not Sarraf's, or was written by a newer Sarraf gets an error and is left
    // exactly as it was.
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path);

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // The connection belongs to the thread that opened the database.
    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    // PRAGMA integrity_check: Done when clean, otherwise the problems SQLite names.
    Outcome checkIntegrity() const;

private:
    Database(QString connectionName, QString path, int schemaVersion);
    static Outcome inspectWithoutWriting(const QString &path);
    static Result<int> prepare(QSqlDatabase &db, const QString &path);

    QString m_connectionName;
    QString m_path;
    int m_schemaVersion = 0;
};

// Runs a set of writes as one transaction: commit() or, if never committed, rollback on scope exit.
// Immediate takes SQLite's write lock before the first read (BEGIN IMMEDIATE), so what the writes
// were decided on cannot change under them from another connection.
class WriteTransaction final
{
public:
    enum class Lock { Deferred, Immediate };
    explicit WriteTransaction(QSqlDatabase db, Lock lock = Lock::Deferred);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)
    bool begun() const { return m_begun; }
    bool commit();
    // The driver's words when beginning or committing failed.
    QString errorText() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_begun = false;
    bool m_done = false;
    QString m_error;
};

} // namespace sarraf
