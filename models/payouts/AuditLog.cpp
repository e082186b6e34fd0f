#include "models/payouts/AuditLog.h"

#include "models/store/Database.h"

#include <QCryptographicHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sarraf {
namespace {

void field(QByteArray &out, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    out += QByteArray::number(utf8.size()) + ':' + utf8 + '\n';
}

void optionalField(QByteArray &out, const std::optional<QString> &value)
{
    if (value)
        field(out, *value);
    else
        out += "-\n"; // no length prefix: cannot be confused with an empty or any other value
}

} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QString AuditLog::hashOf(const AuditRow &row)
{
    QByteArray text = "sarraf-audit-v1\n";
    field(text, QString::number(row.seq));
    field(text, storedTime(row.at));
    field(text, row.entry.operatorName);
    field(text, row.entry.action);
    field(text, row.entry.subjectKind);
    field(text, row.entry.subjectId);
    optionalField(text, row.entry.before);
    optionalField(text, row.entry.after);
    field(text, row.entry.detail);
    field(text, row.previousHash);
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

Result<AuditRow> AuditLog::append(const QSqlDatabase &db, const AuditEntry &entry, const QDateTime &at)
{
    QSqlQuery last(db);
    if (!last.exec(u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s))
        return queryError(tr("Sarraf could not read the audit log."), last);
    AuditRow row;
    row.entry = entry;
    // Stored times have milliseconds; the hash is taken over the time as stored.
    row.at = storedTimeFrom(storedTime(at));
    row.seq = 1;
    row.previousHash = genesisHash();
    if (last.next()) {
        row.seq = last.value(0).toLongLong() + 1;
        row.previousHash = last.value(1).toString();
    }
    row.hash = hashOf(row);
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO audit_log (seq, at, operator, action, subject_kind, subject_id, before_state, "
                   u"after_state, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(row.seq);
    insert.addBindValue(storedTime(row.at));
    insert.addBindValue(notNull(entry.operatorName));
    insert.addBindValue(notNull(entry.action));
    insert.addBindValue(notNull(entry.subjectKind));
    insert.addBindValue(notNull(entry.subjectId));
    insert.addBindValue(entry.before ? notNull(*entry.before) : QVariant(QMetaType(QMetaType::QString)));
    insert.addBindValue(entry.after ? notNull(*entry.after) : QVariant(QMetaType(QMetaType::QString)));
    insert.addBindValue(notNull(entry.detail));
    insert.addBindValue(row.previousHash);
    insert.addBindValue(row.hash);
    if (!insert.exec())
        return queryError(tr("Sarraf could not write to the audit log."), insert);
    return row;
}

Result<QList<AuditRow>> AuditLog::latest(const QSqlDatabase &db, int limit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT seq, at, operator, action, subject_kind, subject_id, before_state, after_state, detail, "
              u"prev_hash, hash FROM audit_log ORDER BY seq DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return queryError(tr("Sarraf could not read the audit log."), q);
    QList<AuditRow> rows;
    while (q.next()) {
        AuditRow row;
        row.seq = q.value(0).toLongLong();
        row.at = storedTimeFrom(q.value(1));
        row.entry = {q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).isNull() ? std::nullopt : std::optional<QString>(q.value(6).toString()),
                     q.value(7).isNull() ? std::nullopt : std::optional<QString>(q.value(7).toString()),
                     q.value(8).toString()};
        row.previousHash = q.value(9).toString();
        row.hash = q.value(10).toString();
        rows.append(row);
    }
    return rows;
}

Result<AuditVerification> AuditLog::verify(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT seq, at, operator, action, subject_kind, subject_id, before_state, after_state, detail, "
                u"prev_hash, hash FROM audit_log ORDER BY seq"_s))
        return queryError(tr("Sarraf could not read the audit log."), q);
    AuditVerification result;
    QString previous = genesisHash();
    qint64 expectedSeq = 1;
    while (q.next()) {
        AuditRow row;
        row.seq = q.value(0).toLongLong();
        row.at = storedTimeFrom(q.value(1));
        row.entry.operatorName = q.value(2).toString();
        row.entry.action = q.value(3).toString();
        row.entry.subjectKind = q.value(4).toString();
        row.entry.subjectId = q.value(5).toString();
        if (!q.value(6).isNull())
            row.entry.before = q.value(6).toString();
        if (!q.value(7).isNull())
            row.entry.after = q.value(7).toString();
        row.entry.detail = q.value(8).toString();
        row.previousHash = q.value(9).toString();
        row.hash = q.value(10).toString();
        ++result.rows;
        const auto broken = [&](const QString &problem) {
            result.brokenAt = row.seq;
            result.problem = problem;
        };
        if (row.seq != expectedSeq) {
            broken(tr("Audit rows %1 to %2 are missing: they were deleted.").arg(expectedSeq).arg(row.seq - 1));
        } else if (row.previousHash != previous) {
            broken(tr("Audit row %1 does not follow row %2: row %2 was changed or replaced.")
                       .arg(row.seq)
                       .arg(row.seq - 1));
        } else if (hashOf(row) != row.hash) {
            broken(tr("Audit row %1 was changed after it was written.").arg(row.seq));
        }
        if (result.brokenAt)
            return result;
        previous = row.hash;
        ++expectedSeq;
    }
    return result;
}

} // namespace sarraf
