#include "models/store/PriceStore.h"

#include "models/store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sarraf {

namespace {

PriceQuote readQuote(const QSqlQuery &q)
{
    PriceQuote quote;
    quote.source = q.value(0).toString();
    quote.base = q.value(1).toString();
    quote.quote = q.value(2).toString();
    quote.price = q.value(3).toString();
    quote.change24h = q.value(4).toString();
    quote.observedAt = storedTimeFrom(q.value(5)).toUTC();
    return quote;
}

} // namespace

PriceStore::PriceStore(const Database &database) : m_db(database.connection()) {}

Result<int> PriceStore::record(const QList<PriceQuote> &quotes)
{
    WriteTransaction transaction(m_db);
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO prices (source, base_currency, quote_currency, price, change_24h, observed_at) "
                   "VALUES (?, ?, ?, ?, ?, ?) "
                   // A history point and a ticker of the same second: keep the ticker's 24 h change.
                   "ON CONFLICT (source, base_currency, quote_currency, observed_at) DO UPDATE "
                   "SET change_24h = excluded.change_24h "
                   "WHERE prices.change_24h IS NULL AND excluded.change_24h IS NOT NULL"_s);
    int added = 0;
    for (const PriceQuote &q : quotes) {
        insert.addBindValue(q.source);
        insert.addBindValue(q.base);
        insert.addBindValue(q.quote);
        insert.addBindValue(q.price);
        insert.addBindValue(q.change24h.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(q.change24h));
        insert.addBindValue(storedTime(q.observedAt));
        if (!insert.exec())
            return queryError(tr("Sarraf could not store the prices of %1.").arg(q.source), insert);
        added += insert.numRowsAffected() > 0 ? 1 : 0;
    }
    if (!transaction.commit())
        return makeError(u"store.commit"_s, tr("Sarraf could not store the prices."), m_db.lastError().text());
    return added;
}

Result<QList<PriceQuote>> PriceStore::latest() const
{
    // The newest row of each source and pair; prices_latest makes each lookup an index seek.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT p.source, p.base_currency, p.quote_currency, p.price, p.change_24h, p.observed_at "
                "FROM prices p JOIN (SELECT source, base_currency, quote_currency, MAX(observed_at) AS newest "
                "FROM prices GROUP BY source, base_currency, quote_currency) n "
                "ON p.source = n.source AND p.base_currency = n.base_currency "
                "AND p.quote_currency = n.quote_currency AND p.observed_at = n.newest "
                "ORDER BY p.base_currency, p.quote_currency, p.source"_s))
        return queryError(tr("Sarraf could not read the stored prices."), q);
    QList<PriceQuote> quotes;
    while (q.next())
        quotes.append(readQuote(q));
    return quotes;
}

Result<QList<PriceQuote>> PriceStore::history(const QString &source, const QString &base, const QString &quote,
                                              const QDateTime &since) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT source, base_currency, quote_currency, price, change_24h, observed_at FROM prices "
              "WHERE base_currency = ? AND quote_currency = ? AND source = ? AND observed_at >= ? "
              "ORDER BY observed_at"_s);
    q.addBindValue(base);
    q.addBindValue(quote);
    q.addBindValue(source);
    q.addBindValue(storedTime(since));
    if (!q.exec())
        return queryError(tr("Sarraf could not read the stored prices."), q);
    QList<PriceQuote> quotes;
    while (q.next())
        quotes.append(readQuote(q));
    return quotes;
}

Result<int> PriceStore::prune(const QDateTime &before)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM prices WHERE observed_at < ?"_s);
    q.addBindValue(storedTime(before));
    if (!q.exec())
        return queryError(tr("Sarraf could not remove old prices."), q);
    return q.numRowsAffected();
}

} // namespace sarraf
