// The audit log of everything done to money (DESIGN.md, "Money-moving requests"): one row per
// request, approval, rejection, submission, provider answer and reconciliation, with who, when and
// the state before and after. Each row's hash covers its fields and the previous row's hash, so a
// row edited or deleted in the database breaks the chain at that row, and verify() says where.
#pragma once

#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sarraf {

struct AuditEntry
{
    QString operatorName;
    QString action;      // "request", "approve", "reject", "submit", "answer", "reconcile", ...
    QString subjectKind; // "payout"
    QString subjectId;
    std::optional<QString> before, after; // states; none when there was none
    QString detail;      // in words: the amount, the reason, what the provider said
};

struct AuditRow
{
    qint64 seq = 0;
    QDateTime at;
    AuditEntry entry;
    QString previousHash, hash;
};

struct AuditVerification
{
    qint64 rows = 0;                 // rows checked
    std::optional<qint64> brokenAt;  // the first row whose hash or link does not hold
    QString problem;                 // what is wrong there, in words
    bool intact() const { return !brokenAt; }
};

class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    // The previous hash of the first row.
    static QString genesisHash();
    // Appends a row at the end of the chain. Runs inside the caller's write transaction, so the
    // row exists exactly when the change it describes does.
    static Result<AuditRow> append(const QSqlDatabase &db, const AuditEntry &entry, const QDateTime &at);
    // Walks the whole chain from the first row.
    static Result<AuditVerification> verify(const QSqlDatabase &db);
    // The newest rows first, at most `limit`, as stored (verify() says whether they hold).
    static Result<QList<AuditRow>> latest(const QSqlDatabase &db, int limit);
    // The hash a row must carry: SHA-256 over its fields (each length-prefixed, so no two rows
    // can be written the same way) and the previous row's hash, in lower-case hex.
    static QString hashOf(const AuditRow &row);
};

} // namespace sarraf
