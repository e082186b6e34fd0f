#include "models/store/Database.h"

#include "models/domain/Bidi.h"
#include "models/domain/LogCategories.h"
#include "models/store/Migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace sarraf {
namespace {

QString nextConnectionName(QStringView purpose)
{
    static QAtomicInteger<quint64> counter;
    return u"sarraf-" + purpose + u'-' + QString::number(counter.fetchAndAddRelaxed(1));
}

// Closes and forgets a named connection, however it was left.
void dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Error damagedError(const QString &path, const QString &detail)
{
    return makeError(QStringLiteral("store.not-a-database"),
                     Database::tr("The file %1 is not a database Sarraf can read, or it is damaged. "
                                  "Sarraf has not changed it. Restore it from a backup or choose "
                                  "another data folder.").arg(leftToRight(QDir::toNativeSeparators(path))),
                     detail);
}

} // namespace

Database::Database(QString connectionName, QString path, int schemaVersion)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path)), m_schemaVersion(schemaVersion)
{
}

Database::~Database()
{
    dropConnection(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

// Opens an existing file read-only and checks that it is a Sarraf database this version
// understands, so that nothing (not even switching the journal to WAL) touches a file that is
// damaged, foreign or newer.
Outcome Database::inspectWithoutWriting(const QString &path)
{
    const QString name = nextConnectionName(u"inspect");
    Outcome outcome = Done{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            outcome = damagedError(path, db.lastError().text());
        } else {
            QSqlQuery probe(db);
            if (!probe.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"))) {
                outcome = damagedError(path, probe.lastError().text());
            } else if (Result<int> version = Migrations::currentVersion(db); !version) {
                outcome = version.error();
            } else if (*version > Migrations::latestVersion()) {
                outcome = makeError(
                    QStringLiteral("store.newer-schema"),
                    tr("The database %1 was written by a newer version of Sarraf (schema %2; this "
                       "version knows up to %3). Sarraf has not changed it: update Sarraf to open it.")
                        .arg(leftToRight(QDir::toNativeSeparators(path))).arg(*version).arg(Migrations::latestVersion()));
            }
        }
    }
    dropConnection(name);
    return outcome;
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path)
{
    const QFileInfo file(path);
    if (file.exists()) {
        if (!file.isFile() || !file.isReadable()) {
            return makeError(QStringLiteral("store.unreadable"),
                             tr("Sarraf cannot read %1. Check that it is a file and that you may read it.")
                                 .arg(leftToRight(QDir::toNativeSeparators(path))));
        }
        if (Outcome inspected = inspectWithoutWriting(path); !inspected)
            return inspected.error();
    } else if (!QDir().mkpath(file.absolutePath())) {
        return makeError(QStringLiteral("store.create"),
                         tr("Sarraf cannot create the folder %1 for its database.")
                             .arg(leftToRight(QDir::toNativeSeparators(file.absolutePath()))));
    }

    const QString name = nextConnectionName(u"store");
    Result<int> version = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        version = prepare(db, path);
    }
    if (!version) {
        dropConnection(name);
        return version.error();
    }
    return std::unique_ptr<Database>(new Database(name, path, *version));
}

Result<int> Database::prepare(QSqlDatabase &db, const QString &path)
{
    const QString shownPath = leftToRight(QDir::toNativeSeparators(path));
    if (!db.open()) {
        return makeError(QStringLiteral("store.open"), tr("Sarraf cannot open its database %1.").arg(shownPath),
                         db.lastError().text());
    }
    // WAL keeps readers and the writer apart; FULL makes an acknowledged approval or audit row
    // survive a power cut (bulk writes are batched into large transactions instead). A 32 MiB
    // page cache keeps the indexes' hot pages; savepoint journals (one per answer in a bulk
    // load) stay in memory instead of a temporary file.
    const QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"),
                                 QStringLiteral("PRAGMA journal_mode = WAL"),
                                 QStringLiteral("PRAGMA synchronous = FULL"),
                                 QStringLiteral("PRAGMA cache_size = -32768"),
                                 QStringLiteral("PRAGMA temp_store = MEMORY")};
    for (const QString &pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(pragma)) {
            return makeError(QStringLiteral("store.open"), tr("Sarraf cannot prepare its database %1.").arg(shownPath),
                             query.lastError().text());
        }
    }
    QSqlQuery mode(db);
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode")) || !mode.next()
        || mode.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
        return makeError(QStringLiteral("store.open"),
                         tr("Sarraf cannot use its database %1 safely: the folder must allow shared "
                            "memory files (WAL mode).").arg(shownPath),
                         mode.lastError().text());
    }
    mode.finish();
    return Migrations::apply(db);
}

Outcome Database::checkIntegrity() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return damagedError(m_path, query.lastError().text());
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok")
            problems.append(line);
    }
    if (!problems.isEmpty())
        return damagedError(m_path, problems.join(u"; "));
    return Done{};
}

WriteTransaction::WriteTransaction(QSqlDatabase db, Lock lock) : m_db(std::move(db))
{
    if (lock == Lock::Deferred) {
        m_begun = m_db.transaction();
        if (!m_begun)
            m_error = m_db.lastError().text();
        return;
    }
    // QSqlDatabase::transaction() can only say BEGIN; commit() and rollback() are the same either way.
    QSqlQuery begin(m_db);
    m_begun = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_begun)
        m_error = begin.lastError().text();
}

WriteTransaction::~WriteTransaction()
{
    if (m_begun && !m_done)
        m_db.rollback();
}

bool WriteTransaction::commit()
{
    m_done = m_db.commit();
    if (!m_done)
        m_error = m_db.lastError().text();
    return m_done;
}

QString storedTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime storedTimeFrom(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

Error queryError(const QString &message, const QSqlQuery &query)
{
    return makeError(QStringLiteral("store.query"), message, query.lastError().text());
}

} // namespace sarraf
