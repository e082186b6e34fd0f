// What the sarrafctl commands share: printing records as a table, CSV or the JSON of DESIGN.md,
// and waiting in a local event loop for an asynchronous answer (the keychain, a provider).
#pragma once

#include "models/domain/Records.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace sarraf::ctl {

QString csvField(const QString &value);
// Prints rows as aligned columns (the first row is the header).
void printTable(QTextStream &out, const QList<QStringList> &rows);
QString isoOrEmpty(const QDateTime &time);

// The JSON object of one transaction: provider, kind, id, status, provider_status, amount,
// currency (amount as a decimal string), created_at, updated_at (ISO 8601) and the rest.
QJsonObject recordJson(const TrackedTransaction &record);
// format: "table", "csv" or "json" (one JSON array).
void printRecords(QTextStream &out, const QList<TrackedTransaction> &records, const QString &format);

// Starts `start` with a callback and runs a local event loop until the callback has run.
template<typename T>
T waitFor(const std::function<void(QObject *context, std::function<void(T)> done)> &start)
{
    QEventLoop loop;
    std::optional<T> result;
    start(&loop, [&](T value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace sarraf::ctl
