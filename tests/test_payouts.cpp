// The payout workflow on a real SQLite file: every allowed move and every refused one, maker-checker
// (nobody approves their own request or approves twice), the two-approval and daily limits, a crash
// mid-send ending in reconciliation instead of a second send, and an audit chain that says which row
// was edited or deleted.
#include "TestSupport.h"

#include "models/payouts/AuditLog.h"
#include "models/payouts/PayoutStore.h"
#include "models/store/Database.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;
using namespace sarraf;

namespace {

struct Desk
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    QDateTime clock = QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::systemTimeZone());

    Desk()
    {
        REQUIRE(dir.isValid());
        Result<std::unique_ptr<Database>> opened = Database::openSqlite(dir.filePath(u"sarraf.sqlite"_s));
        REQUIRE_OK(opened);
        database = std::move(opened).value();
        // USDT: one approval up to 1000, 5000 a day. Other currencies: nothing set.
        REQUIRE_OK(as(u"erin"_s).setLimits(u"usdt"_s, Decimal::fromInteger(1000), Decimal::fromInteger(5000)));
    }

    PayoutStore as(const QString &name)
    {
        return PayoutStore(*database, name, [this] { return clock; });
    }

    qint64 auditRows() const
    {
        QSqlQuery q(database->connection());
        q.exec(u"SELECT count(*) FROM audit_log"_s);
        q.next();
        return q.value(0).toLongLong();
    }

    // What a provider's check of the destination found; approval needs a valid one.
    static PayoutCheck checked(bool valid = true)
    {
        return PayoutCheck{valid, valid ? u"valid on TRX"_s : u"not an address on TRX"_s,
                           Money::parse(u"1.5", u"USDT").value(), std::nullopt, {}, {}};
    }

    Payout requested(const QString &amount, const QString &by = u"alice"_s, bool check = true)
    {
        PayoutRequest request;
        request.provider = u"cryptofuse"_s;
        request.destinationKind = u"address"_s;
        request.destination = u"TXYZ1111111111111111111111111111111"_s;
        request.amount = Money::parse(amount, u"USDT").value();
        request.fee = Money::parse(u"1.5", u"USDT").value();
        Result<Payout> payout = as(by).request(request);
        REQUIRE_OK(payout);
        if (check)
            payout = as(by).recordCheck(payout->id, checked());
        REQUIRE_OK(payout);
        return *payout;
    }

    // A payout brought to `state` through the workflow itself.
    Payout in(PayoutState state)
    {
        const bool big = state == PayoutState::SecondApproved;
        Payout p = requested(big ? u"2500"_s : u"100"_s);
        const auto step = [&](Result<Payout> r) {
            REQUIRE_OK(r);
            p = *r;
        };
        switch (state) {
        case PayoutState::Requested: break;
        case PayoutState::Rejected: step(as(u"bob"_s).reject(p.id, u"wrong address"_s)); break;
        case PayoutState::Approved: step(as(u"bob"_s).approve(p.id)); break;
        case PayoutState::SecondApproved:
            step(as(u"bob"_s).approve(p.id));
            step(as(u"carol"_s).approve(p.id));
            break;
        default:
            step(as(u"bob"_s).approve(p.id));
            step(as(u"bob"_s).beginSubmit(p.id));
            if (state == PayoutState::Submitted || state == PayoutState::Completed)
                step(as(u"bob"_s).recordSubmitted(p.id, u"W-1"_s, u"accepted"_s));
            if (state == PayoutState::Completed)
                step(as(u"bob"_s).recordCompleted(p.id, u"done"_s));
            if (state == PayoutState::Failed)
                step(as(u"bob"_s).recordFailed(p.id, u"insufficient balance"_s));
            if (state == PayoutState::NeedsReconciliation)
                step(as(u"bob"_s).recordUnknownOutcome(p.id, u"timeout"_s));
        }
        REQUIRE(p.state == state);
        return p;
    }
};

} // namespace

TEST_CASE("A payout goes from request through two approvals to completed, each move in the audit log", "[payouts]")
{
    Desk desk;
    Payout p = desk.requested(u"2500.50"_s);
    CHECK(p.state == PayoutState::Requested);
    CHECK(p.requestedBy == u"alice");
    CHECK(p.idempotencyKey.size() == 36);
    CHECK(desk.auditRows() == 3); // the desk's limits, the request, the provider's check
    REQUIRE(p.check.has_value());
    CHECK(p.check->valid);
    CHECK(p.check->checkedBy == u"alice");

    Result<Payout> first = desk.as(u"bob"_s).approve(p.id);
    REQUIRE_OK(first);
    CHECK(first->state == PayoutState::Approved);
    // Above the single-approval limit: not sendable with one approval.
    Result<Payout> early = desk.as(u"bob"_s).beginSubmit(p.id);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == u"payout.not-ready");
    Result<Payout> second = desk.as(u"carol"_s).approve(p.id);
    REQUIRE_OK(second);
    CHECK(second->state == PayoutState::SecondApproved);
    CHECK(second->approvers == QStringList{u"bob"_s, u"carol"_s});

    Result<Payout> sending = desk.as(u"carol"_s).beginSubmit(p.id);
    REQUIRE_OK(sending);
    CHECK(sending->state == PayoutState::Submitting);
    CHECK(sending->idempotencyKey == p.idempotencyKey); // the key sent is the one stored before sending
    Result<Payout> sent = desk.as(u"carol"_s).recordSubmitted(p.id, u"W-77"_s, u"accepted"_s);
    REQUIRE_OK(sent);
    CHECK(sent->providerReference == u"W-77");
    Result<Payout> done = desk.as(u"carol"_s).recordCompleted(p.id, u"confirmed on chain"_s);
    REQUIRE_OK(done);
    CHECK(done->state == PayoutState::Completed);

    // What is stored is what was returned.
    const Result<std::optional<Payout>> stored = desk.as(u"dave"_s).find(p.id);
    REQUIRE_OK(stored);
    REQUIRE(stored->has_value());
    CHECK((*stored)->state == PayoutState::Completed);
    CHECK((*stored)->amount.amountText() == u"2500.50");
    CHECK((*stored)->fee->amountText() == u"1.5");
    CHECK((*stored)->approvers == QStringList{u"bob"_s, u"carol"_s});
    CHECK((*stored)->check->summary == u"valid on TRX");
    CHECK((*stored)->sendingSince == desk.clock);
    CHECK(desk.auditRows() == 8);
    const Result<AuditVerification> verified = AuditLog::verify(desk.database->connection());
    REQUIRE_OK(verified);
    CHECK(verified->intact());
    CHECK(verified->rows == 8);
}

TEST_CASE("Every move the workflow does not allow is refused and changes nothing", "[payouts]")
{
    using S = PayoutState;
    // What each action may start from, written out here independently of the store.
    const std::map<QString, QList<S>> allowedFrom{
        {u"approve"_s, {S::Requested}}, // the approved payout here is small: it needs no second approval
        {u"reject"_s, {S::Requested, S::Approved, S::SecondApproved}},
        {u"submit"_s, {S::Approved, S::SecondApproved}},
        {u"submitted"_s, {S::Submitting}},
        {u"completed"_s, {S::Submitting, S::Submitted}},
        {u"failed"_s, {S::Submitting, S::Submitted}},
        {u"unknown"_s, {S::Submitting, S::Submitted}},
        {u"reconcile"_s, {S::NeedsReconciliation}},
    };
    const std::map<QString, std::function<Result<Payout>(PayoutStore &, qint64)>> actions{
        {u"approve"_s, [](PayoutStore &s, qint64 id) { return s.approve(id); }},
        {u"reject"_s, [](PayoutStore &s, qint64 id) { return s.reject(id, u"no"_s); }},
        {u"submit"_s, [](PayoutStore &s, qint64 id) { return s.beginSubmit(id); }},
        {u"submitted"_s,
         [](PayoutStore &s, qint64 id) { return s.recordSubmitted(id, u"R"_s, u"ok"_s); }},
        {u"completed"_s, [](PayoutStore &s, qint64 id) { return s.recordCompleted(id, u"ok"_s); }},
        {u"failed"_s, [](PayoutStore &s, qint64 id) { return s.recordFailed(id, u"no"_s); }},
        {u"unknown"_s,
         [](PayoutStore &s, qint64 id) { return s.recordUnknownOutcome(id, u"timeout"_s); }},
        {u"reconcile"_s,
         [](PayoutStore &s, qint64 id) {
             return s.reconcile(id, S::Completed, u"R"_s, u"seen in the provider's list"_s);
         }},
    };
    for (S state : PayoutStates::All) {
        for (const auto &[name, action] : actions) {
            const QList<S> &from = allowedFrom.at(name);
            const bool expectAllowed = from.contains(state);
            DYNAMIC_SECTION(PayoutStates::key(state).toStdString() << " / " << name.toStdString())
            {
                Desk desk;
                const Payout p = desk.in(state);
                const qint64 rowsBefore = desk.auditRows();
                PayoutStore carol = desk.as(u"carol"_s); // neither the requester nor the first approver
                Result<Payout> result = action(carol, p.id);
                if (expectAllowed) {
                    REQUIRE_OK(result);
                    CHECK(desk.auditRows() == rowsBefore + 1);
                } else {
                    REQUIRE_FALSE(result.ok());
                    CHECK(result.error().code == u"payout.wrong-state");
                    CHECK(desk.auditRows() == rowsBefore);
                    CHECK(desk.as(u"dave"_s).find(p.id).value()->state == state);
                }
            }
        }
    }
}

TEST_CASE("Nobody approves a payout before the provider has checked its destination and found it valid",
          "[payouts]")
{
    Desk desk;
    const Payout unchecked = desk.requested(u"100"_s, u"alice"_s, false);
    CHECK_FALSE(unchecked.check.has_value());
    Result<Payout> early = desk.as(u"bob"_s).approve(unchecked.id);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == u"payout.not-checked");

    // A check that found the address invalid blocks approval too, and says what the provider said.
    REQUIRE_OK(desk.as(u"alice"_s).recordCheck(unchecked.id, Desk::checked(false)));
    Result<Payout> refused = desk.as(u"bob"_s).approve(unchecked.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == u"payout.check-failed");
    CHECK(refused.error().message.contains(u"not an address on TRX"_s));
    CHECK(desk.as(u"bob"_s).find(unchecked.id).value()->state == PayoutState::Requested);

    // Checked again and found valid: now it can be approved; the estimate is the fee.
    Result<Payout> rechecked = desk.as(u"alice"_s).recordCheck(unchecked.id, Desk::checked(true));
    REQUIRE_OK(rechecked);
    CHECK(rechecked->fee->amountText() == u"1.5");
    REQUIRE_OK(desk.as(u"bob"_s).approve(unchecked.id));
    // Once approved, the check that was approved stands: no new check replaces it.
    CHECK(desk.as(u"alice"_s).recordCheck(unchecked.id, Desk::checked(false)).error().code == u"payout.wrong-state");
    // An estimate in another currency is refused.
    const Payout other = desk.requested(u"50"_s, u"alice"_s, false);
    PayoutCheck wrongCurrency = Desk::checked(true);
    wrongCurrency.fee = Money::parse(u"1", u"BTC").value();
    CHECK(desk.as(u"alice"_s).recordCheck(other.id, wrongCurrency).error().code == u"payout.bad-check");
    const Result<AuditVerification> verified = AuditLog::verify(desk.database->connection());
    REQUIRE_OK(verified);
    CHECK(verified->intact());
}

TEST_CASE("Nobody approves their own payout or approves one payout twice, and the database refuses it too",
          "[payouts]")
{
    Desk desk;
    const Payout p = desk.requested(u"2500"_s, u"Alice"_s);
    // The same person, spelled otherwise: other case, a zero-width non-joiner, a bidi mark.
    for (const QString &same : {u"alice"_s, u"Ali\u200Cce"_s, u"\u200FALICE "_s}) {
        Result<Payout> own = desk.as(same).approve(p.id);
        REQUIRE_FALSE(own.ok());
        CHECK(own.error().code == u"payout.self-approval");
        CHECK(own.error().message.contains(u"cannot approve"));
    }
    // A Persian name typed with the Arabic yeh and kaf is the same name.
    const Payout persian = desk.requested(u"10"_s, u"\u06A9\u06CC\u0627\u0646"_s); // کیان
    CHECK(desk.as(u"\u0643\u064A\u0627\u0646"_s).approve(persian.id).error().code == u"payout.self-approval");
    REQUIRE_OK(desk.as(u"bob"_s).approve(p.id));
    Result<Payout> twice = desk.as(u"bob"_s).approve(p.id);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == u"payout.already-approved");
    CHECK(desk.as(u"bob"_s).find(p.id).value()->state == PayoutState::Approved);

    // A nameless operator can neither request nor approve.
    PayoutRequest request;
    request.provider = u"cryptofuse"_s;
    request.destinationKind = u"address"_s;
    request.destination = u"T1"_s;
    request.amount = Money::parse(u"5", u"USDT").value();
    CHECK(desk.as(u"  "_s).request(request).error().code == u"payout.operator-required");
    CHECK(desk.as(QString()).approve(p.id).error().code == u"payout.operator-required");

    // Around the store, straight into the table: the database's own check refuses it.
    QSqlQuery sneak(desk.database->connection());
    sneak.prepare(u"INSERT INTO payout_approvals (payout_id, requested_by, approver, approved_at) "
                  u"VALUES (?, 'Alice', 'Alice', '2026-11-23T10:00:00.000Z')"_s);
    sneak.addBindValue(p.id);
    CHECK_FALSE(sneak.exec());
}

TEST_CASE("The daily limit refuses an approval beyond it; rejected payouts and other days do not count",
          "[payouts]")
{
    Desk desk;
    // 5000 USDT a day; three payouts of 2000 approved by bob.
    const Payout a = desk.requested(u"2000"_s), b = desk.requested(u"2000"_s), c = desk.requested(u"2000"_s);
    REQUIRE_OK(desk.as(u"bob"_s).approve(a.id));
    REQUIRE_OK(desk.as(u"bob"_s).approve(b.id));
    CHECK(desk.as(u"bob"_s).approvedOn(u"USDT"_s, desk.clock.date()).value() == Decimal::fromInteger(4000));
    Result<Payout> over = desk.as(u"bob"_s).approve(c.id);
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().code == u"payout.daily-limit");
    CHECK(over.error().message.contains(u"6000"));
    // A second approval of one already counted is not counted again.
    REQUIRE_OK(desk.as(u"carol"_s).approve(a.id));
    // Rejecting one frees its share of the day.
    REQUIRE_OK(desk.as(u"carol"_s).reject(b.id, u"duplicate of another request"_s));
    REQUIRE_OK(desk.as(u"bob"_s).approve(c.id));
    // The next day starts from nothing.
    desk.clock = desk.clock.addDays(1);
    const Payout d = desk.requested(u"4999.99"_s);
    REQUIRE_OK(desk.as(u"bob"_s).approve(d.id));
    // A currency without a single-approval limit needs two approvals for any amount.
    PayoutRequest small;
    small.provider = u"premiumexchanger"_s;
    small.destinationKind = u"partner"_s;
    small.destination = u"partner account"_s;
    small.amount = Money::parse(u"1", u"RUB").value();
    const Payout e = desk.as(u"alice"_s).request(small).value();
    REQUIRE_OK(desk.as(u"alice"_s).recordCheck(e.id, PayoutCheck{true, u"listed"_s, std::nullopt, std::nullopt, {}, {}}));
    REQUIRE_OK(desk.as(u"bob"_s).approve(e.id));
    CHECK(desk.as(u"bob"_s).beginSubmit(e.id).error().code == u"payout.not-ready");

    // Changing one limit keeps the other; a change that names none is refused.
    PayoutStore erin = desk.as(u"erin"_s);
    REQUIRE_OK(erin.setLimits(u"USDT"_s, Decimal::fromInteger(200), std::nullopt));
    const PayoutLimits now = erin.limits().value();
    CHECK(now.singleApprovalUpTo.value(u"USDT"_s) == Decimal::fromInteger(200));
    CHECK(now.dailyLimit.value(u"USDT"_s) == Decimal::fromInteger(5000));
    CHECK(erin.setLimits(u"USDT"_s, std::nullopt, std::nullopt).error().code == u"payout.bad-request");
    CHECK(erin.setLimits(u"USDT"_s, Decimal::fromInteger(-1), std::nullopt).error().code == u"payout.bad-request");
    // The stored limits apply at once: 500 now needs two approvals (on a day with room left).
    desk.clock = desk.clock.addDays(1);
    const Payout f = desk.requested(u"500"_s);
    REQUIRE_OK(desk.as(u"bob"_s).approve(f.id));
    CHECK(desk.as(u"bob"_s).beginSubmit(f.id).error().code == u"payout.not-ready");
}

TEST_CASE("A payout left sending by a crash needs reconciliation and is never sent again by itself", "[payouts]")
{
    Desk desk;
    Payout p = desk.in(PayoutState::Submitting);
    // A send that began a moment ago may still be on its way in another window: left alone.
    PayoutStore restarted = desk.as(u"bob"_s);
    CHECK(restarted.recoverInterrupted().value().isEmpty());
    CHECK(restarted.find(p.id).value()->state == PayoutState::Submitting);
    // Longer than any request may take: Sarraf stopped while it was out, and it may have arrived.
    desk.clock = desk.clock.addSecs(PayoutStore::LiveSendLimit.count() + 1);
    Result<QList<qint64>> recovered = restarted.recoverInterrupted();
    REQUIRE_OK(recovered);
    CHECK(*recovered == QList<qint64>{p.id});
    CHECK(restarted.find(p.id).value()->state == PayoutState::NeedsReconciliation);
    CHECK(restarted.beginSubmit(p.id).error().code == u"payout.wrong-state");
    // Settling it needs words about what was checked.
    Result<Payout> silent = restarted.reconcile(p.id, PayoutState::Failed, QString(), u"  "_s);
    REQUIRE_FALSE(silent.ok());
    CHECK(silent.error().code == u"payout.evidence-required");
    // Still being paid, as far as a person found out: then its reference is needed to follow it.
    CHECK(restarted.reconcile(p.id, PayoutState::Submitted, QString(), u"Support says it is under way"_s)
              .error()
              .code
          == u"payout.reference-required");
    Result<Payout> settled
        = restarted.reconcile(p.id, PayoutState::Submitted, u"W-9"_s, u"Found W-9 for this amount in the withdrawals list"_s);
    REQUIRE_OK(settled);
    CHECK(settled->state == PayoutState::Submitted);
    CHECK(settled->providerReference == u"W-9");
    CHECK(restarted.recoverInterrupted().value().isEmpty());
    // The reference is this payout's alone: another payout cannot be settled with it.
    Payout other = desk.in(PayoutState::NeedsReconciliation);
    Result<Payout> twice = restarted.reconcile(other.id, PayoutState::Completed, u"W-9"_s, u"Looked at W-9"_s);
    REQUIRE_FALSE(twice.ok());
    CHECK(restarted.find(other.id).value()->state == PayoutState::NeedsReconciliation);
}

TEST_CASE("Audit verify points at the row that was edited, deleted or forged", "[payouts][audit]")
{
    Desk desk;
    (void)desk.in(PayoutState::Completed); // 6 rows after the limits' one
    (void)desk.in(PayoutState::Rejected);  // 3 more
    REQUIRE(desk.auditRows() == 10);
    QSqlDatabase db = desk.database->connection();
    REQUIRE(AuditLog::verify(db).value().intact());
    const auto run = [&](const QString &sql) {
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
    };

    SECTION("an edited detail")
    {
        run(u"UPDATE audit_log SET detail = '1 USDT to somewhere else' WHERE seq = 3"_s);
        const AuditVerification v = AuditLog::verify(db).value();
        CHECK(v.brokenAt == 3);
        CHECK(v.problem.contains(u"row 3 was changed"));
    }
    SECTION("an edited operator, its hash written again to match")
    {
        QSqlQuery q(db);
        REQUIRE(q.exec(u"SELECT seq, at, operator, action, subject_kind, subject_id, before_state, after_state, "
                       u"detail, prev_hash FROM audit_log WHERE seq = 4"_s));
        REQUIRE(q.next());
        AuditRow row;
        row.seq = 4;
        row.at = storedTimeFrom(q.value(1));
        row.entry = {u"mallory"_s, q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString(), q.value(7).toString(), q.value(8).toString()};
        row.previousHash = q.value(9).toString();
        const QString forged = AuditLog::hashOf(row);
        run(u"UPDATE audit_log SET operator = 'mallory', hash = '"_s + forged + u"' WHERE seq = 4"_s);
        const AuditVerification v = AuditLog::verify(db).value();
        CHECK(v.brokenAt == 5); // row 4 now holds, but row 5 no longer follows it
        CHECK(v.problem.contains(u"row 4 was changed"));
    }
    SECTION("a deleted row")
    {
        run(u"DELETE FROM audit_log WHERE seq = 2"_s);
        const AuditVerification v = AuditLog::verify(db).value();
        CHECK(v.brokenAt == 3);
        CHECK(v.problem.contains(u"2 to 2 are missing"));
    }
}
