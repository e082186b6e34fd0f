#include "models/payouts/PayoutStore.h"

#include "models/payouts/AuditLog.h"
#include "models/store/Database.h"
#include "models/table/DisplayText.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sarraf {
namespace {

// The moves the workflow allows; everything else is refused.
bool allowed(PayoutState from, PayoutState to)
{
    using S = PayoutState;
    switch (from) {
    case S::Requested: return to == S::Approved || to == S::Rejected;
    case S::Approved: return to == S::SecondApproved || to == S::Submitting || to == S::Rejected;
    case S::SecondApproved: return to == S::Submitting || to == S::Rejected;
    case S::Submitting:
        return to == S::Submitted || to == S::Completed || to == S::Failed || to == S::NeedsReconciliation;
    case S::Submitted: return to == S::Completed || to == S::Failed || to == S::NeedsReconciliation;
    case S::NeedsReconciliation: return to == S::Submitted || to == S::Completed || to == S::Failed;
    case S::Completed:
    case S::Failed:
    case S::Rejected: return false;
    }
    return false;
}

Error payoutError(const QString &code, const QString &message, const QString &detail = {})
{
    return makeError(u"payout."_s + code, message, detail);
}

// Every change of a payout or a limit: under the write lock from its first read (what it checks,
// the state and the day's total, cannot change under it), committed whole or not at all.
Outcome begin(const WriteTransaction &transaction)
{
    if (!transaction.begun())
        return makeError(u"store.query"_s, PayoutStore::tr("Sarraf could not start writing the payout."),
                         transaction.errorText());
    return Done{};
}

Outcome commit(WriteTransaction &transaction)
{
    if (!transaction.commit())
        return makeError(u"store.query"_s, PayoutStore::tr("Sarraf could not save the payout."),
                         transaction.errorText());
    return Done{};
}

const QString columns = u"id, provider, destination_kind, destination, amount, currency, fee, state, requested_by, "
                        u"requested_at, idempotency_key, provider_reference, reason, updated_at, method, net, "
                        u"check_valid, check_summary, checked_at, checked_by, sending_since"_s;

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant moneyText(const std::optional<Money> &money)
{
    return money ? QVariant(money->amountText()) : nullText();
}

} // namespace

bool PayoutLimits::needsTwoApprovals(const Money &amount) const
{
    const auto limit = singleApprovalUpTo.constFind(amount.currency());
    return limit == singleApprovalUpTo.constEnd() || amount.amount() > *limit;
}

PayoutStore::PayoutStore(Database &database, QString operatorName, Clock clock)
    : m_database(database), m_operator(std::move(operatorName).trimmed()), m_clock(std::move(clock))
{
}

QDateTime PayoutStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

Result<Payout> PayoutStore::request(const PayoutRequest &request)
{
    if (m_operator.isEmpty())
        return payoutError(u"operator-required"_s,
                           tr("Set your operator name in the profile first: every payout records who asked for it."));
    if (request.amount.amount().isNegative() || request.amount.amount().isZero())
        return payoutError(u"bad-request"_s, tr("A payout's amount must be greater than zero."),
                           request.amount.amountText());
    if (request.destination.trimmed().isEmpty() || request.destinationKind.trimmed().isEmpty()
        || request.provider.trimmed().isEmpty())
        return payoutError(u"bad-request"_s, tr("Say where the payout goes: the provider and the destination."));
    if (request.fee && request.fee->currency() != request.amount.currency())
        return payoutError(u"bad-request"_s, tr("The fee must be in the payout's currency, %1.")
                                                 .arg(request.amount.currency()));
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db, WriteTransaction::Lock::Immediate);
    if (Outcome begun = begin(transaction); !begun)
        return begun.error();
    Payout payout;
    payout.provider = request.provider.trimmed();
    payout.destinationKind = request.destinationKind.trimmed();
    payout.destination = request.destination.trimmed();
    payout.method = request.method.trimmed();
    payout.amount = request.amount;
    payout.fee = request.fee;
    payout.requestedBy = m_operator;
    payout.requestedAt = payout.updatedAt = storedTimeFrom(storedTime(now()));
    payout.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    payout.reason = request.note.trimmed();
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO payouts (provider, destination_kind, destination, amount, currency, fee, state, "
                   u"requested_by, requested_at, idempotency_key, reason, updated_at, method) "
                   u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(payout.provider);
    insert.addBindValue(payout.destinationKind);
    insert.addBindValue(payout.destination);
    insert.addBindValue(payout.amount.amountText());
    insert.addBindValue(payout.amount.currency());
    insert.addBindValue(moneyText(payout.fee));
    insert.addBindValue(PayoutStates::key(payout.state));
    insert.addBindValue(payout.requestedBy);
    insert.addBindValue(storedTime(payout.requestedAt));
    insert.addBindValue(payout.idempotencyKey);
    insert.addBindValue(notNull(payout.reason));
    insert.addBindValue(storedTime(payout.updatedAt));
    insert.addBindValue(notNull(payout.method));
    if (!insert.exec())
        return queryError(tr("Sarraf could not save the payout request."), insert);
    payout.id = insert.lastInsertId().toLongLong();
    //: Audit detail of a payout request. %1 amount with currency, %2 destination
    const QString detail = tr("%1 to %2").arg(payout.amount.amountText() + u' ' + payout.amount.currency(),
                                              payout.destination);
    Result<AuditRow> audited = AuditLog::append(
        db, {m_operator, u"request"_s, u"payout"_s, QString::number(payout.id), std::nullopt,
             PayoutStates::key(payout.state), detail}, payout.updatedAt);
    if (!audited)
        return audited.error();
    if (Outcome committed = commit(transaction); !committed)
        return committed.error();
    return payout;
}

Outcome PayoutStore::checkable(const Payout &payout)
{
    if (payout.state != PayoutState::Requested)
        return payoutError(u"wrong-state"_s,
                           //: %1 payout number, %2 its state
                           tr("Payout %1 is %2: its destination can only be checked before it is approved.")
                               .arg(payout.id)
                               .arg(PayoutStates::displayName(payout.state)));
    return Done{};
}

Result<Payout> PayoutStore::recordCheck(qint64 id, const PayoutCheck &check)
{
    if (m_operator.isEmpty())
        return payoutError(u"operator-required"_s,
                           tr("Set your operator name in the profile first: every check records who asked for it."));
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db, WriteTransaction::Lock::Immediate);
    if (Outcome begun = begin(transaction); !begun)
        return begun.error();
    Result<Payout> current = read(id);
    if (!current)
        return current.error();
    Payout payout = std::move(current).value();
    if (Outcome allowed = checkable(payout); !allowed)
        return allowed.error();
    for (const std::optional<Money> &money : {check.fee, check.net}) {
        if (money && money->currency() != payout.amount.currency())
            return payoutError(u"bad-check"_s, tr("The provider's estimate is in %1, not in the payout's currency, %2.")
                                                   .arg(money->currency(), payout.amount.currency()));
    }
    payout.check = check;
    payout.check->checkedBy = m_operator;
    payout.check->checkedAt = payout.updatedAt = storedTimeFrom(storedTime(now()));
    if (check.fee)
        payout.fee = check.fee;
    QSqlQuery update(db);
    update.prepare(u"UPDATE payouts SET fee = ?, net = ?, check_valid = ?, check_summary = ?, checked_at = ?, "
                   u"checked_by = ?, updated_at = ? WHERE id = ?"_s);
    update.addBindValue(moneyText(payout.fee));
    update.addBindValue(moneyText(check.net));
    update.addBindValue(check.valid ? 1 : 0);
    update.addBindValue(notNull(check.summary.trimmed()));
    update.addBindValue(storedTime(payout.check->checkedAt));
    update.addBindValue(m_operator);
    update.addBindValue(storedTime(payout.updatedAt));
    update.addBindValue(id);
    if (!update.exec())
        return queryError(tr("Sarraf could not save the provider's check of the payout."), update);
    const QString detail = (check.valid ? u"valid: "_s : u"not valid: "_s) + check.summary.trimmed();
    const QString state = PayoutStates::key(payout.state);
    Result<AuditRow> audited = AuditLog::append(
        db, {m_operator, u"check"_s, u"payout"_s, QString::number(id), state, state, detail}, payout.updatedAt);
    if (!audited)
        return audited.error();
    if (Outcome committed = commit(transaction); !committed)
        return committed.error();
    return payout;
}

QString PayoutStore::operatorKey(const QString &name)
{
    QString key;
    for (const QChar c : name.normalized(QString::NormalizationForm_KC)) {
        if (c.category() == QChar::Other_Format || c.category() == QChar::Other_Control)
            continue; // zero-width joiners and non-joiners, marks of direction
        key.append(c == QChar(0x064A) ? QChar(0x06CC) : c == QChar(0x0643) ? QChar(0x06A9) : c);
    }
    return key.simplified().toCaseFolded();
}

Result<Payout> PayoutStore::approve(qint64 id)
{
    const auto check = [&](const Payout &payout, const PayoutLimits &limits, const QDateTime &at) -> Outcome {
        if (m_operator.isEmpty())
            return payoutError(u"operator-required"_s,
                               tr("Set your operator name in the profile first: every approval records who gave it."));
        if (operatorKey(payout.requestedBy) == operatorKey(m_operator))
            return payoutError(u"self-approval"_s,
                               tr("You requested this payout, so you cannot approve it. Another person must."));
        if (payout.state == PayoutState::Requested && !payout.check)
            return payoutError(u"not-checked"_s,
                               tr("Check the destination with %1 first: nobody may approve a payout the provider "
                                  "has not checked.")
                                   .arg(display::providerName(payout.provider)));
        if (payout.state == PayoutState::Requested && !payout.check->valid)
            return payoutError(u"check-failed"_s,
                               tr("%1 did not accept this destination: %2 Reject the payout, or check it again.")
                                   .arg(display::providerName(payout.provider), payout.check->summary));
        for (const QString &approver : payout.approvers) {
            if (operatorKey(approver) == operatorKey(m_operator))
                return payoutError(u"already-approved"_s,
                                   tr("You have already approved this payout. The second approval must come from "
                                      "another person."));
        }
        const bool two = limits.needsTwoApprovals(payout.amount);
        if (payout.state == PayoutState::Approved && !two)
            return payoutError(u"wrong-state"_s, tr("This payout is approved already and needs no second approval."));
        if (payout.state == PayoutState::Requested) {
            // The first approval counts against the day's limit.
            const auto limit = limits.dailyLimit.constFind(payout.amount.currency());
            if (limit != limits.dailyLimit.constEnd()) {
                Result<Decimal> today = approvedOn(payout.amount.currency(), at.toLocalTime().date());
                if (!today)
                    return today.error();
                if (*today + payout.amount.amount() > *limit)
                    return payoutError(
                        u"daily-limit"_s,
                        tr("Approving this payout would take today's approved total of %1 to %2, over the daily "
                           "limit of %3.")
                            .arg(payout.amount.currency(), (*today + payout.amount.amount()).toString(),
                                 limit->toString()));
            }
        }
        return Done{};
    };
    const auto write = [&](Payout &payout) -> Outcome {
        QSqlQuery insert(m_database.connection());
        insert.prepare(u"INSERT INTO payout_approvals (payout_id, requested_by, approver, approved_at) "
                       u"VALUES (?, ?, ?, ?)"_s);
        insert.addBindValue(payout.id);
        insert.addBindValue(payout.requestedBy);
        insert.addBindValue(m_operator);
        insert.addBindValue(storedTime(payout.updatedAt));
        if (!insert.exec())
            return queryError(tr("Sarraf could not record the approval."), insert);
        payout.approvers.append(m_operator);
        return Done{};
    };
    // The first approval makes it approved, a second one approved twice (change() decides).
    return change(id, PayoutState::Approved, u"approve"_s, QString(), check, write);
}

Result<Payout> PayoutStore::reject(qint64 id, const QString &reason)
{
    const QString why = reason.trimmed();
    return change(id, PayoutState::Rejected, u"reject"_s, why, [&](const Payout &, const PayoutLimits &,
                                                                   const QDateTime &) -> Outcome {
        if (why.isEmpty())
            return payoutError(u"reason-required"_s, tr("Say why the payout is rejected; the requester will read it."));
        return Done{};
    }, [&](Payout &payout) -> Outcome {
        payout.reason = why;
        return Done{};
    });
}

Result<Payout> PayoutStore::beginSubmit(qint64 id)
{
    return change(id, PayoutState::Submitting, u"submit"_s, QString(),
                  [](const Payout &payout, const PayoutLimits &limits, const QDateTime &) -> Outcome {
        if (payout.state == PayoutState::Approved && limits.needsTwoApprovals(payout.amount))
            return payoutError(u"not-ready"_s,
                               tr("This payout needs a second approval from another person before it is sent."));
        // Approved before checks existed, or the check found it wanting: nothing leaves unchecked.
        if (!payout.check || !payout.check->valid)
            return payoutError(u"not-checked"_s, tr("The provider has not found this payout's destination valid, so "
                                                    "it is not sent. Reject it and request it again."));
        return Done{};
    }, [](Payout &payout) -> Outcome {
        payout.sendingSince = payout.updatedAt;
        return Done{};
    });
}

namespace {

// A provider's answer moves a payout being sent or sent; one that needs reconciliation is settled
// only through reconcile(), with what was checked written down.
Outcome notReconciling(const Payout &payout, const PayoutLimits &, const QDateTime &)
{
    if (payout.state == PayoutState::NeedsReconciliation)
        return payoutError(u"wrong-state"_s, PayoutStore::tr("Payout %1 needs reconciliation: settle it with what "
                                                             "you checked.").arg(payout.id));
    return Done{};
}

} // namespace

Result<Payout> PayoutStore::recordSubmitted(qint64 id, const QString &providerReference, const QString &detail)
{
    return change(id, PayoutState::Submitted, u"answer"_s, detail, notReconciling, [&](Payout &payout) -> Outcome {
        payout.providerReference = providerReference.trimmed();
        return Done{};
    });
}

Result<Payout> PayoutStore::recordCompleted(qint64 id, const QString &detail)
{
    return change(id, PayoutState::Completed, u"answer"_s, detail, notReconciling);
}

Result<Payout> PayoutStore::recordFailed(qint64 id, const QString &reason)
{
    return change(id, PayoutState::Failed, u"answer"_s, reason, notReconciling, [&](Payout &payout) -> Outcome {
        payout.reason = reason.trimmed();
        return Done{};
    });
}

Result<Payout> PayoutStore::recordUnknownOutcome(qint64 id, const QString &what)
{
    return change(id, PayoutState::NeedsReconciliation, u"answer"_s, what, {}, [&](Payout &payout) -> Outcome {
        payout.reason = what.trimmed();
        return Done{};
    });
}

Result<Payout> PayoutStore::reconcile(qint64 id, PayoutState outcome, const QString &providerReference,
                                      const QString &checked)
{
    const QString words = checked.trimmed();
    return change(id, outcome, u"reconcile"_s, words, [&](const Payout &payout, const PayoutLimits &,
                                                          const QDateTime &) -> Outcome {
        if (payout.state != PayoutState::NeedsReconciliation)
            return payoutError(u"wrong-state"_s, tr("Only a payout that needs reconciliation can be reconciled."));
        if (!providerReference.trimmed().isEmpty()) {
            Result<std::optional<Payout>> holder = findByReference(payout.provider, providerReference.trimmed());
            if (!holder)
                return holder.error();
            if (*holder && (*holder)->id != payout.id)
                return payoutError(u"reference-taken"_s,
                                   //: %1 the provider's reference, %2 another payout's number
                                   tr("%1 is already the reference of payout %2: one provider payout cannot settle "
                                      "two of Sarraf's.")
                                       .arg(providerReference.trimmed())
                                       .arg((*holder)->id));
        }
        if (outcome == PayoutState::Submitted && providerReference.trimmed().isEmpty())
            return payoutError(u"reference-required"_s,
                               tr("Give the provider's reference for a payout it is still paying: without it Sarraf "
                                  "cannot follow it up."));
        if (words.isEmpty())
            return payoutError(u"evidence-required"_s,
                               tr("Write what you checked (the provider's list, its balance, a message from them) "
                                  "before settling this payout."));
        return Done{};
    }, [&](Payout &payout) -> Outcome {
        if (!providerReference.trimmed().isEmpty())
            payout.providerReference = providerReference.trimmed();
        payout.reason = words;
        return Done{};
    });
}

Result<QList<qint64>> PayoutStore::recoverInterrupted(std::chrono::seconds minimumAge)
{
    Result<QList<Payout>> sending = list(PayoutState::Submitting);
    if (!sending)
        return sending.error();
    QList<qint64> ids;
    const QDateTime cutoff = now().addSecs(-minimumAge.count());
    for (const Payout &payout : std::as_const(*sending)) {
        // Younger ones may still be on their way in another window or process.
        const QDateTime since = payout.sendingSince.isValid() ? payout.sendingSince : payout.updatedAt;
        if (since > cutoff)
            continue;
        Result<Payout> changed = recordUnknownOutcome(
            payout.id, tr("Sarraf stopped while this payout was being sent; the provider may have received it."));
        if (!changed)
            return changed.error();
        ids.append(payout.id);
    }
    return ids;
}

Result<Payout> PayoutStore::change(qint64 id, PayoutState to, const QString &action, const QString &detail,
                                   const Check &check, const std::function<Outcome(Payout &)> &write)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db, WriteTransaction::Lock::Immediate);
    if (Outcome begun = begin(transaction); !begun)
        return begun.error();
    Result<Payout> current = read(id);
    if (!current)
        return current.error();
    Payout payout = std::move(current).value();
    const PayoutState before = payout.state;
    // approve() names the first approval's state; on an approved payout it is the second's.
    const PayoutState target = action == u"approve" && before == PayoutState::Approved ? PayoutState::SecondApproved
                                                                                       : to;
    if (!allowed(before, target))
        return payoutError(u"wrong-state"_s,
                           //: %1 payout number, %2 its state, %3 the state asked for
                           tr("Payout %1 is %2; it cannot become %3.")
                               .arg(id)
                               .arg(PayoutStates::displayName(before), PayoutStates::displayName(target)));
    const QDateTime at = storedTimeFrom(storedTime(now()));
    if (check) {
        Result<PayoutLimits> stored = limits();
        if (!stored)
            return stored.error();
        if (Outcome checked = check(payout, *stored, at); !checked)
            return checked.error();
    }
    payout.state = target;
    payout.updatedAt = at;
    if (write) {
        if (Outcome written = write(payout); !written)
            return written.error();
    }
    if (Outcome stored = writeState(payout); !stored)
        return stored.error();
    Result<AuditRow> audited
        = AuditLog::append(db, {m_operator.isEmpty() ? u"sarraf"_s : m_operator, action, u"payout"_s,
                                QString::number(id), PayoutStates::key(before), PayoutStates::key(payout.state),
                                detail}, payout.updatedAt);
    if (!audited)
        return audited.error();
    if (Outcome committed = commit(transaction); !committed)
        return committed.error();
    return payout;
}

Outcome PayoutStore::writeState(const Payout &payout)
{
    QSqlQuery update(m_database.connection());
    update.prepare(u"UPDATE payouts SET state = ?, provider_reference = ?, reason = ?, updated_at = ?, "
                   u"sending_since = ? WHERE id = ?"_s);
    update.addBindValue(PayoutStates::key(payout.state));
    update.addBindValue(payout.providerReference.isEmpty() ? nullText() : QVariant(payout.providerReference));
    update.addBindValue(notNull(payout.reason));
    update.addBindValue(storedTime(payout.updatedAt));
    update.addBindValue(payout.sendingSince.isValid() ? QVariant(storedTime(payout.sendingSince)) : nullText());
    update.addBindValue(payout.id);
    if (!update.exec())
        return queryError(tr("Sarraf could not save the payout."), update);
    return Done{};
}

namespace {

Result<Payout> readPayout(const QSqlQuery &q)
{
    Payout payout;
    payout.id = q.value(0).toLongLong();
    payout.provider = q.value(1).toString();
    payout.destinationKind = q.value(2).toString();
    payout.destination = q.value(3).toString();
    Result<Money> amount = Money::parse(q.value(4).toString(), q.value(5).toString());
    if (!amount)
        return amount.error();
    payout.amount = *amount;
    if (!q.value(6).isNull()) {
        Result<Money> fee = Money::parse(q.value(6).toString(), q.value(5).toString());
        if (!fee)
            return fee.error();
        payout.fee = *fee;
    }
    const std::optional<PayoutState> state = PayoutStates::fromKey(q.value(7).toString());
    if (!state)
        return makeError(u"payout.unknown-state"_s,
                         PayoutStore::tr("Payout %1 has a state Sarraf does not know: %2.")
                             .arg(payout.id)
                             .arg(q.value(7).toString()));
    payout.state = *state;
    payout.requestedBy = q.value(8).toString();
    payout.requestedAt = storedTimeFrom(q.value(9));
    payout.idempotencyKey = q.value(10).toString();
    payout.providerReference = q.value(11).toString();
    payout.reason = q.value(12).toString();
    payout.updatedAt = storedTimeFrom(q.value(13));
    payout.method = q.value(14).toString();
    if (!q.value(16).isNull()) {
        PayoutCheck check;
        check.valid = q.value(16).toInt() != 0;
        check.summary = q.value(17).toString();
        check.fee = payout.fee;
        if (!q.value(15).isNull()) {
            Result<Money> net = Money::parse(q.value(15).toString(), q.value(5).toString());
            if (!net)
                return net.error();
            check.net = *net;
        }
        check.checkedAt = storedTimeFrom(q.value(18));
        check.checkedBy = q.value(19).toString();
        payout.check = check;
    }
    if (!q.value(20).isNull())
        payout.sendingSince = storedTimeFrom(q.value(20));
    return payout;
}

Outcome readApprovers(const QSqlDatabase &db, Payout &payout)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT approver FROM payout_approvals WHERE payout_id = ? ORDER BY id"_s);
    q.addBindValue(payout.id);
    if (!q.exec())
        return queryError(PayoutStore::tr("Sarraf could not read the payout's approvals."), q);
    while (q.next())
        payout.approvers.append(q.value(0).toString());
    return Done{};
}

} // namespace

Result<Payout> PayoutStore::read(qint64 id) const
{
    Result<std::optional<Payout>> found = find(id);
    if (!found)
        return found.error();
    if (!*found)
        return payoutError(u"not-found"_s, tr("There is no payout %1.").arg(id));
    return **found;
}

Result<PayoutLimits> PayoutStore::limits() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT currency, single_approval_up_to, daily_limit FROM payout_limits"_s))
        return queryError(tr("Sarraf could not read the payout limits."), q);
    PayoutLimits limits;
    while (q.next()) {
        const QString currency = q.value(0).toString();
        for (const auto &[column, into] : {std::pair{1, &limits.singleApprovalUpTo}, std::pair{2, &limits.dailyLimit}}) {
            if (q.value(column).isNull())
                continue;
            Result<Decimal> value = Decimal::parse(q.value(column).toString());
            if (!value)
                return value.error();
            into->insert(currency, *value);
        }
    }
    return limits;
}

Result<PayoutLimits> PayoutStore::setLimits(const QString &currency, const std::optional<Decimal> &singleApprovalUpTo,
                                            const std::optional<Decimal> &dailyLimit)
{
    const QString code = currency.trimmed().toUpper();
    if (m_operator.isEmpty())
        return payoutError(u"operator-required"_s,
                           tr("Set your operator name in the profile first: every change of a limit records who made "
                              "it."));
    if (code.isEmpty())
        return payoutError(u"bad-request"_s, tr("Name the currency whose limits change."));
    if (!singleApprovalUpTo && !dailyLimit)
        return payoutError(u"bad-request"_s, tr("Give the new single-approval limit, the new daily limit or both."));
    for (const std::optional<Decimal> &limit : {singleApprovalUpTo, dailyLimit}) {
        if (limit && limit->isNegative())
            return payoutError(u"bad-request"_s, tr("A limit cannot be negative."), limit->toString());
    }
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db, WriteTransaction::Lock::Immediate);
    if (Outcome begun = begin(transaction); !begun)
        return begun.error();
    Result<PayoutLimits> before = limits();
    if (!before)
        return before.error();
    const auto text = [](const std::optional<Decimal> &value) {
        return value ? QVariant(value->toString()) : QVariant(QMetaType(QMetaType::QString));
    };
    const QDateTime at = storedTimeFrom(storedTime(now()));
    QSqlQuery write(db);
    write.prepare(u"INSERT INTO payout_limits (currency, single_approval_up_to, daily_limit, updated_by, updated_at) "
                  u"VALUES (?, ?, ?, ?, ?) ON CONFLICT (currency) DO UPDATE SET "
                  u"single_approval_up_to = excluded.single_approval_up_to, daily_limit = excluded.daily_limit, "
                  u"updated_by = excluded.updated_by, updated_at = excluded.updated_at"_s);
    write.addBindValue(code);
    // A limit not given keeps its stored value.
    const auto kept = [&](const std::optional<Decimal> &given, const QHash<QString, Decimal> &stored) {
        return given ? given : stored.contains(code) ? std::optional<Decimal>(stored.value(code)) : std::nullopt;
    };
    const std::optional<Decimal> single = kept(singleApprovalUpTo, before->singleApprovalUpTo);
    const std::optional<Decimal> daily = kept(dailyLimit, before->dailyLimit);
    write.addBindValue(text(single));
    write.addBindValue(text(daily));
    write.addBindValue(m_operator);
    write.addBindValue(storedTime(at));
    if (!write.exec())
        return queryError(tr("Sarraf could not save the payout limits."), write);
    const auto shown = [&code](const QHash<QString, Decimal> &limitOf) -> QString {
        const auto found = limitOf.constFind(code);
        return found == limitOf.constEnd() ? u"-"_s : found->toString();
    };
    const auto state = [](const QString &singleText, const QString &dailyText) -> QString {
        return u"single_approval_up_to="_s + singleText + u" daily_limit="_s + dailyText;
    };
    Result<AuditRow> audited = AuditLog::append(
        db, {m_operator, u"limits"_s, u"currency"_s, code,
             state(shown(before->singleApprovalUpTo), shown(before->dailyLimit)),
             state(single ? single->toString() : u"-"_s, daily ? daily->toString() : u"-"_s), QString()}, at);
    if (!audited)
        return audited.error();
    if (Outcome committed = commit(transaction); !committed)
        return committed.error();
    return limits();
}

Result<std::optional<Payout>> PayoutStore::find(qint64 id) const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.prepare(u"SELECT "_s + columns + u" FROM payouts WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return queryError(tr("Sarraf could not read the payout."), q);
    if (!q.next())
        return std::optional<Payout>();
    Result<Payout> read = readPayout(q);
    if (!read)
        return read.error();
    Payout payout = std::move(read).value();
    if (Outcome approvers = readApprovers(db, payout); !approvers)
        return approvers.error();
    return std::optional<Payout>(std::move(payout));
}

Result<std::optional<Payout>> PayoutStore::findByReference(const QString &provider, const QString &reference) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id FROM payouts WHERE provider = ? AND provider_reference = ?"_s);
    q.addBindValue(provider);
    q.addBindValue(reference);
    if (!q.exec())
        return queryError(tr("Sarraf could not read the payout."), q);
    if (!q.next())
        return std::optional<Payout>();
    return find(q.value(0).toLongLong());
}

Result<QList<Payout>> PayoutStore::list(std::optional<PayoutState> state) const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.prepare(u"SELECT "_s + columns + u" FROM payouts"_s + (state ? u" WHERE state = ?"_s : QString())
              + u" ORDER BY id"_s);
    if (state)
        q.addBindValue(PayoutStates::key(*state));
    if (!q.exec())
        return queryError(tr("Sarraf could not read the payouts."), q);
    QList<Payout> payouts;
    QHash<qint64, qsizetype> index; // payout id -> its place in the list
    while (q.next()) {
        Result<Payout> read = readPayout(q);
        if (!read)
            return read.error();
        index.insert(read->id, payouts.size());
        payouts.append(std::move(read).value());
    }
    // Every approval in one read, not one read per payout: the Payouts page lists them all.
    QSqlQuery approvals(db);
    approvals.setForwardOnly(true);
    if (!approvals.exec(u"SELECT payout_id, approver FROM payout_approvals ORDER BY id"_s))
        return queryError(tr("Sarraf could not read the payout's approvals."), approvals);
    while (approvals.next()) {
        const auto at = index.constFind(approvals.value(0).toLongLong());
        if (at != index.constEnd())
            payouts[*at].approvers.append(approvals.value(1).toString());
    }
    return payouts;
}

Result<Decimal> PayoutStore::approvedOn(const QString &currency, QDate day) const
{
    const QDateTime start(day, QTime(0, 0), QTimeZone::systemTimeZone());
    const QDateTime end(day.addDays(1), QTime(0, 0), QTimeZone::systemTimeZone());
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT p.amount FROM payouts p WHERE p.currency = ? AND p.state NOT IN ('rejected', 'failed') "
              u"AND (SELECT min(a.approved_at) FROM payout_approvals a WHERE a.payout_id = p.id) >= ? "
              u"AND (SELECT min(a.approved_at) FROM payout_approvals a WHERE a.payout_id = p.id) < ?"_s);
    q.addBindValue(currency);
    q.addBindValue(storedTime(start));
    q.addBindValue(storedTime(end));
    if (!q.exec())
        return queryError(tr("Sarraf could not add up today's approved payouts."), q);
    Decimal total = Decimal::fromInteger(0);
    while (q.next()) {
        Result<Decimal> amount = Decimal::parse(q.value(0).toString());
        if (!amount)
            return amount.error();
        total = total + *amount;
    }
    return total;
}

} // namespace sarraf
