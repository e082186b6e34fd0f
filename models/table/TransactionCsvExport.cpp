#include "models/table/TransactionCsvExport.h"

#include "models/store/TransactionSql.h"

#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sarraf {

QStringList TransactionCsvExport::header()
{
    return {u"provider"_s, u"kind"_s, u"id"_s, u"status"_s, u"provider_status"_s, u"amount"_s, u"currency"_s,
            u"counter_amount"_s, u"counter_currency"_s, u"customer_name"_s, u"customer_email"_s,
            u"customer_phone"_s, u"address"_s, u"description"_s, u"tracking_code"_s, u"created_at"_s, u"updated_at"_s};
}

QString TransactionCsvExport::field(const QString &value, bool text)
{
    QString out = value;
    // Customer-supplied text starting like a formula would run in a spreadsheet (CSV injection).
    if (text && !out.isEmpty() && QStringView(u"=+-@\t\r").contains(out.front()))
        out.prepend(u'\'');
    if (out.contains(u',') || out.contains(u'"') || out.contains(u'\n') || out.contains(u'\r')) {
        out.replace(u'"', u"\"\""_s);
        out = u'"' + out + u'"';
    }
    return out;
}

Result<qint64> TransactionCsvExport::write(const QString &databasePath, TransactionQuery query, const QString &filePath,
                                           const std::function<void(qint64, qint64)> &progress,
                                           const std::atomic_bool *cancel)
{
    const QString connection = u"sarraf-csv-"_s + QUuid::createUuid().toString(QUuid::Id128);
    Result<qint64> result = qint64(0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        result = [&]() -> Result<qint64> {
            const Error readFailed = makeError(u"export.read"_s, tr("Sarraf could not read the transactions to export."));
            if (!db.open())
                return makeError(readFailed.code, readFailed.message, db.lastError().text());
            Result<transactionsql::Where> where = transactionsql::where(query);
            if (!where)
                return where.error();
            Result<transactionsql::Where> counting = transactionsql::count(query);
            if (!counting)
                return counting.error();
            QSqlQuery count(db);
            count.prepare(counting->clause);
            for (const QVariant &value : std::as_const(counting->binds))
                count.addBindValue(value);
            if (!count.exec() || !count.next())
                return makeError(readFailed.code, readFailed.message, count.lastError().text());
            const qint64 total = count.value(0).toLongLong();

            QSaveFile file(filePath);
            if (!file.open(QIODevice::WriteOnly))
                return makeError(u"export.write"_s, tr("Sarraf cannot write %1: %2").arg(filePath, file.errorString()));
            file.write("\xEF\xBB\xBF");
            file.write(header().join(u',').toUtf8() + "\r\n");

            QSqlQuery rows(db);
            rows.setForwardOnly(true);
            rows.prepare(transactionsql::selectBrief() + where->clause
                         + transactionsql::orderBy(query.sortKey, query.descending));
            for (const QVariant &value : std::as_const(where->binds))
                rows.addBindValue(value);
            if (!rows.exec())
                return makeError(readFailed.code, readFailed.message, rows.lastError().text());
            qint64 written = 0;
            if (progress)
                progress(0, total);
            while (rows.next()) {
                if (cancel && cancel->load()) {
                    file.cancelWriting();
                    return makeError(u"export.cancelled"_s, tr("The export was cancelled; no file was written."));
                }
                const TrackedTransaction r = transactionsql::readRow(rows, false).record;
                const auto iso = [](const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); };
                const QStringList fields{field(r.provider, false), field(transactionKindKey(r.kind), false),
                                         field(r.providerId, true), field(TransactionStatuses::key(r.status), false),
                                         field(r.providerStatus, true), field(r.amount, false), field(r.currency, false),
                                         field(r.counterAmount, false), field(r.counterCurrency, false),
                                         field(r.customerName, true), field(r.customerEmail, true),
                                         field(r.customerPhone, true), field(r.address, true), field(r.description, true),
                                         field(r.trackingCode, true), field(iso(r.createdAt), false),
                                         field(iso(r.updatedAt), false)};
                file.write(fields.join(u',').toUtf8() + "\r\n");
                if (++written % 2000 == 0 && progress)
                    progress(written, total);
            }
            if (rows.lastError().isValid()) { // the read ended early: never a short file that looks whole
                file.cancelWriting();
                return makeError(readFailed.code, readFailed.message, rows.lastError().text());
            }
            if (!file.commit())
                return makeError(u"export.write"_s, tr("Sarraf cannot write %1: %2").arg(filePath, file.errorString()));
            if (progress)
                progress(written, total);
            return written;
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace sarraf
