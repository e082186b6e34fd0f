#include "models/store/TransactionSql.h"

#include "models/domain/Decimal.h"
#include "models/store/Database.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace sarraf::transactionsql {
namespace {

constexpr const char *searchedColumns[] = {"provider_id", "customer_name", "customer_email", "customer_phone",
                                           "address", "description", "tracking_code"};

const QString briefColumns = u"id, kind, provider, provider_id, status, provider_status, amount, currency, "
                             u"counter_amount, counter_currency, customer_name, customer_email, customer_phone, "
                             u"address, description, tracking_code, payment_url, created_at, updated_at"_s;

// An FTS5 query that matches text as one literal substring.
QString literalMatch(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

constexpr TransactionKind allKinds[] = {TransactionKind::Invoice, TransactionKind::Order, TransactionKind::Withdrawal};

std::optional<TransactionKind> kindFromKey(QStringView key)
{
    for (TransactionKind kind : allKinds) {
        if (transactionKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

Result<QString> amountKey(const QString &text)
{
    Result<Decimal> value = Decimal::parse(text.trimmed());
    if (!value)
        return makeError(u"store.bad-amount-filter"_s,
                         QCoreApplication::translate("TransactionStore", "\"%1\" is not an amount; write it with "
                                                                         "digits and a decimal point, such as 1250.50.")
                             .arg(text),
                         value.error().detail);
    return value->orderKey();
}

} // namespace

QString searchTable(TransactionKind kind)
{
    return u"transactions_search_"_s + transactionKindKey(kind);
}

Result<Where> count(const TransactionQuery &query)
{
    const QString search = query.search.trimmed();
    // Whether anything but the kind and the search filters, asked of where() itself so that a
    // filter added to it later cannot be missed here.
    TransactionQuery others = query;
    others.kind.reset();
    others.search.clear();
    Result<Where> otherFilters = where(others);
    if (!otherFilters)
        return otherFilters.error();
    if (query.kind && search.size() >= 3 && otherFilters->clause.isEmpty()) {
        // The kind's search index holds exactly the kind's rows: it counts its matches without
        // reading one of them.
        const QString table = searchTable(*query.kind);
        return Where{u"SELECT count(*) FROM "_s + table + u" WHERE "_s + table + u" MATCH ?"_s,
                     {literalMatch(search)}};
    }
    // Counting visits every match whichever way: from the search index it visits no others.
    Result<Where> filtered = where(query, SearchPlan::FromSearch);
    if (!filtered)
        return filtered.error();
    return Where{u"SELECT count(*) FROM transactions"_s + filtered->clause, filtered->binds};
}

QString selectFull()
{
    return u"SELECT "_s + briefColumns + u", raw_answer FROM transactions"_s;
}

QString selectBrief()
{
    return u"SELECT "_s + briefColumns + u" FROM transactions"_s;
}

Result<Where> where(const TransactionQuery &query, SearchPlan plan)
{
    QStringList parts;
    Where result;
    const QString search = query.search.trimmed();
    // A unary plus makes a column unusable for an index without changing the comparison.
    const QString c = plan == SearchPlan::FromSearch && search.size() >= 3 ? u"+"_s : QString();
    if (query.kind) {
        parts.append(c + u"kind = ?"_s);
        result.binds.append(transactionKindKey(*query.kind));
    }
    if (!query.provider.isEmpty()) {
        parts.append(c + u"provider = ?"_s);
        result.binds.append(query.provider);
    }
    if (query.status) {
        parts.append(c + u"status = ?"_s);
        result.binds.append(TransactionStatuses::key(*query.status));
    }
    if (!query.currency.isEmpty()) {
        parts.append(c + u"currency = ?"_s);
        result.binds.append(query.currency);
    }
    if (query.createdFrom.isValid()) {
        parts.append(c + u"created_at >= ?"_s);
        result.binds.append(storedTime(query.createdFrom));
    }
    if (query.createdTo.isValid()) {
        parts.append(c + u"created_at < ?"_s);
        result.binds.append(storedTime(query.createdTo));
    }
    for (const auto &[bound, op] : {std::pair{query.minAmount, ">="}, std::pair{query.maxAmount, "<="}}) {
        if (bound.trimmed().isEmpty())
            continue;
        Result<QString> key = amountKey(bound);
        if (!key)
            return key.error();
        parts.append(c + u"amount_key "_s + QLatin1StringView(op) + u" ?"_s);
        result.binds.append(*key);
    }
    if (search.size() >= 3) {
        // The trigram indexes answer substrings of three characters or more: the kind's own, or
        // all three when the query is not about one kind.
        QStringList matches;
        for (TransactionKind kind : allKinds) {
            if (query.kind && *query.kind != kind)
                continue;
            const QString table = searchTable(kind);
            matches.append(u"SELECT rowid FROM "_s + table + u" WHERE "_s + table + u" MATCH ?"_s);
            result.binds.append(literalMatch(search));
        }
        parts.append(u"id IN ("_s + matches.join(u" UNION ALL "_s) + u')');
    } else if (!search.isEmpty()) {
        // Too short for trigrams: a scan, acceptable because such searches are rare and bounded.
        QStringList any;
        for (const char *column : searchedColumns) {
            any.append(u"instr("_s + QLatin1StringView(column) + u", ?) > 0"_s);
            result.binds.append(search);
        }
        parts.append(u'(' + any.join(u" OR "_s) + u')');
    }
    if (!parts.isEmpty())
        result.clause = u" WHERE "_s + parts.join(u" AND "_s);
    return result;
}

QString orderBy(TransactionSortKey key, bool descending)
{
    const char *column = "created_at";
    switch (key) {
    case TransactionSortKey::Created: break;
    case TransactionSortKey::Updated: column = "updated_at"; break;
    case TransactionSortKey::Amount: column = "amount_key"; break;
    case TransactionSortKey::Provider: column = "provider"; break;
    case TransactionSortKey::Status: column = "status"; break;
    case TransactionSortKey::ProviderId: column = "provider_id"; break;
    case TransactionSortKey::Currency: column = "currency"; break;
    }
    const char *direction = descending ? "DESC" : "ASC";
    return QStringLiteral(" ORDER BY %1 %2, id %2").arg(QLatin1StringView(column), QLatin1StringView(direction));
}

StoredTransaction readRow(const QSqlQuery &q, bool withRaw)
{
    StoredTransaction row;
    row.id = q.value(0).toLongLong();
    TrackedTransaction &r = row.record;
    r.kind = kindFromKey(q.value(1).toString()).value_or(TransactionKind::Invoice);
    r.provider = q.value(2).toString();
    r.providerId = q.value(3).toString();
    r.status = TransactionStatuses::fromKey(q.value(4).toString()).value_or(TransactionStatus::Unknown);
    r.providerStatus = q.value(5).toString();
    r.amount = q.value(6).toString();
    r.currency = q.value(7).toString();
    r.counterAmount = q.value(8).toString();
    r.counterCurrency = q.value(9).toString();
    r.customerName = q.value(10).toString();
    r.customerEmail = q.value(11).toString();
    r.customerPhone = q.value(12).toString();
    r.address = q.value(13).toString();
    r.description = q.value(14).toString();
    r.trackingCode = q.value(15).toString();
    r.paymentUrl = q.value(16).toString();
    r.createdAt = storedTimeFrom(q.value(17));
    r.updatedAt = storedTimeFrom(q.value(18));
    if (withRaw)
        r.rawAnswer = q.value(19).toString().toUtf8();
    return row;
}

Result<QList<StatusChange>> history(const QSqlDatabase &db, qint64 transactionId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT from_status, to_status, provider_status, changed_at, source FROM status_changes "
              u"WHERE transaction_id = ? ORDER BY id"_s);
    q.addBindValue(transactionId);
    if (!q.exec())
        return queryError(QCoreApplication::translate("TransactionStore", "Sarraf could not read the status history."), q);
    QList<StatusChange> changes;
    while (q.next()) {
        StatusChange change;
        change.transactionId = transactionId;
        if (!q.value(0).isNull())
            change.from = TransactionStatuses::fromKey(q.value(0).toString()).value_or(TransactionStatus::Unknown);
        change.to = TransactionStatuses::fromKey(q.value(1).toString()).value_or(TransactionStatus::Unknown);
        change.providerStatus = q.value(2).toString();
        change.changedAt = storedTimeFrom(q.value(3));
        change.source = q.value(4).toString();
        changes.append(change);
    }
    return changes;
}

Result<std::optional<StoredTransaction>> byRowId(const QSqlDatabase &db, qint64 rowId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(selectFull() + u" WHERE id = ?"_s);
    q.addBindValue(rowId);
    if (!q.exec())
        return queryError(QCoreApplication::translate("TransactionStore", "Sarraf could not read the stored transaction."), q);
    if (!q.next())
        return std::optional<StoredTransaction>();
    return std::optional<StoredTransaction>(readRow(q, true));
}

} // namespace sarraf::transactionsql
