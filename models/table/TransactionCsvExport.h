// Writes the transactions a query selects to a CSV file: UTF-8 with a byte order mark (so
// spreadsheet programs show Persian and Russian text), RFC 4180 quoting, CRLF line ends, exact
// amounts as decimal text, times in ISO 8601 UTC. Meant for a worker thread: it opens its own
// read-only connection, streams the rows, reports progress and can be cancelled.
#pragma once

#include "models/domain/Result.h"
#include "models/store/TransactionStore.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace sarraf {

class TransactionCsvExport final
{
    Q_DECLARE_TR_FUNCTIONS(TransactionCsvExport)
public:
    static QStringList header();
    // The query's limit and offset are ignored: every matching row is written, in its order.
    // progress(written, total) is called now and then from the calling thread. Returns the
    // number of rows written; the file is replaced only when everything was written.
    static Result<qint64> write(const QString &databasePath, TransactionQuery query, const QString &filePath,
                                const std::function<void(qint64, qint64)> &progress = {},
                                const std::atomic_bool *cancel = nullptr);
    // A field as RFC 4180 wants it; text a spreadsheet would run as a formula is made inert.
    static QString field(const QString &value, bool text);
};

} // namespace sarraf
