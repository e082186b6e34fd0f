// Prices in the store's `prices` table: every quote a source gave, once (the table is unique on
// source, pair and time), the latest of each pair, and a pair's history for the chart.
#pragma once

#include "models/domain/Records.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace sarraf {

class Database;

class PriceStore final
{
    Q_DECLARE_TR_FUNCTIONS(PriceStore)
public:
    explicit PriceStore(const Database &database);

    // In one transaction; a quote already stored (same source, pair and time) keeps its price and
    // only gains a 24 h change it lacked. Returns how many were new (or gained their change).
    Result<int> record(const QList<PriceQuote> &quotes);
    // The newest quote of every pair of every source, by pair.
    Result<QList<PriceQuote>> latest() const;
    // One pair of one source since a time, oldest first.
    Result<QList<PriceQuote>> history(const QString &source, const QString &base, const QString &quote,
                                      const QDateTime &since) const;
    // Drops quotes older than this (the table would otherwise grow by a row per pair per refresh).
    Result<int> prune(const QDateTime &before);

private:
    QSqlDatabase m_db;
};

} // namespace sarraf
