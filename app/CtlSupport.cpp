#include "app/CtlSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sarraf::ctl {

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

void printTable(QTextStream &out, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths[i], row[i].size());
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += (i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i]);
        out << line << '\n';
    }
}

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject recordJson(const TrackedTransaction &r)
{
    return QJsonObject{{u"provider"_s, r.provider},
                       {u"kind"_s, transactionKindKey(r.kind)},
                       {u"id"_s, r.providerId},
                       {u"status"_s, TransactionStatuses::key(r.status)},
                       {u"provider_status"_s, r.providerStatus},
                       {u"amount"_s, r.amount},
                       {u"currency"_s, r.currency},
                       {u"counter_amount"_s, r.counterAmount},
                       {u"counter_currency"_s, r.counterCurrency},
                       {u"customer_name"_s, r.customerName},
                       {u"customer_email"_s, r.customerEmail},
                       {u"customer_phone"_s, r.customerPhone},
                       {u"address"_s, r.address},
                       {u"description"_s, r.description},
                       {u"tracking_code"_s, r.trackingCode},
                       {u"payment_url"_s, r.paymentUrl},
                       {u"created_at"_s, isoOrEmpty(r.createdAt)},
                       {u"updated_at"_s, isoOrEmpty(r.updatedAt)}};
}

void printRecords(QTextStream &out, const QList<TrackedTransaction> &records, const QString &format)
{
    if (format == u"json") {
        QJsonArray json;
        for (const TrackedTransaction &r : records)
            json.append(recordJson(r));
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return;
    }
    const QStringList header = {u"provider"_s, u"kind"_s, u"id"_s, u"status"_s, u"provider_status"_s, u"amount"_s,
                                u"currency"_s, u"customer"_s, u"created_at"_s, u"updated_at"_s};
    QList<QStringList> table;
    for (const TrackedTransaction &r : records) {
        const QString customer = !r.customerName.isEmpty() ? r.customerName
                                 : !r.customerPhone.isEmpty() ? r.customerPhone : r.customerEmail;
        table.append({r.provider, transactionKindKey(r.kind), r.providerId, TransactionStatuses::key(r.status),
                      r.providerStatus, r.amount, r.currency, customer, isoOrEmpty(r.createdAt),
                      isoOrEmpty(r.updatedAt)});
    }
    if (format == u"csv") {
        out << header.join(u',') << "\r\n";
        for (const QStringList &row : table) {
            QStringList fields;
            for (const QString &value : row)
                fields.append(csvField(value));
            out << fields.join(u',') << "\r\n";
        }
        return;
    }
    QStringList upper;
    for (const QString &name : header)
        upper.append(name.toUpper());
    table.prepend(upper);
    printTable(out, table);
}

} // namespace sarraf::ctl
