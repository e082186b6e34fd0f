// Exactly once, under faults. A thousand payouts go through the Cryptofuse sandbox over real HTTP
// while the sandbox fails at random: server errors, connections dropped before or after it acted,
// answers too late to wait for, unreadable answers, a balance that runs out, and crashes between
// storing the intent and sending. Then a real sarrafctl child is killed with SIGKILL in the middle of
// a request. Proved at the end: no payout reached the provider twice (the sandbox counts withdrawals
// per address, and every payout pays its own address), none was lost, every one ends completed,
// failed, rejected or needs_reconciliation, sending everything again sends nothing, and the audit
// chain verifies.
#include "CtlSandboxSupport.h"
#include "PayoutDeskSupport.h"

#include "models/payouts/AuditLog.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>
#include <QSqlQuery>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace sarraf;
using namespace sarraf::test;

namespace {

enum class Fate { Clean, ServerError, DropBefore, AnswerLost, TooLate, Unreadable, Crash };

// What the provider did with a payout's request under each fate: how many withdrawals it made.
int carriedOut(Fate fate)
{
    return fate == Fate::AnswerLost || fate == Fate::TooLate || fate == Fate::Clean ? 1 : 0;
}

std::optional<SandboxFault> faultFor(Fate fate)
{
    const QString path = u"/cryptofuse/withdrawal/"_s;
    switch (fate) {
    case Fate::ServerError: return SandboxFault{SandboxFault::Kind::ServerError, path, 1, 1, 503, 0};
    case Fate::DropBefore: return SandboxFault{SandboxFault::Kind::DropConnection, path, 1, 1, 503, 0};
    case Fate::AnswerLost: return SandboxFault{SandboxFault::Kind::AnswerLost, path, 1, 1, 503, 0};
    case Fate::TooLate: return SandboxFault{SandboxFault::Kind::Slow, path, 1, 1, 503, 600};
    case Fate::Unreadable: return SandboxFault{SandboxFault::Kind::MalformedJson, path, 1, 1, 503, 0};
    case Fate::Clean:
    case Fate::Crash: break;
    }
    return std::nullopt;
}

qint64 countIn(Database &database, const QString &sql)
{
    QSqlQuery q(database.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("A thousand payouts under random faults: none reaches the provider twice, none is lost, the audit holds",
          "[payouts][faults]")
{
    constexpr int payouts = 1000;
    Desk desk(std::chrono::milliseconds(300));
    QRandomGenerator random(20261124); // the same run on every machine
    // Enough for about two thirds of what is asked: the last payouts find the balance gone.
    desk.sandbox.cryptofuse().setBalance(u"USDTTRC20"_s, Decimal::fromInteger(24000));

    // Requested by alice and checked with Cryptofuse; one in twenty rejected by bob, the rest approved.
    QList<qint64> ids;
    QHash<qint64, QString> addressOf;
    for (int i = 0; i < payouts; ++i) {
        const QString amount = QString::number(10 + random.bounded(50)) + u'.' + QString::number(random.bounded(10, 99));
        PayoutRequest request{u"cryptofuse"_s, u"address"_s, addressNo(i), QString(),
                              Money::parse(amount, u"USDTTRC20").value(), std::nullopt, QString()};
        Result<Payout> p = desk.as(u"alice"_s).request(request);
        REQUIRE_OK(p);
        REQUIRE_OK(desk.check(p->id));
        ids.append(p->id);
        addressOf.insert(p->id, request.destination);
        if (random.bounded(20) == 0)
            REQUIRE_OK(desk.as(u"bob"_s).reject(p->id, u"the supplier asked to wait"_s));
        else
            REQUIRE_OK(desk.as(u"bob"_s).approve(p->id));
    }

    // Each approved payout meets its fate as it is sent.
    QHash<qint64, Fate> fates;
    for (const qint64 id : std::as_const(ids)) {
        if (desk.as(u"bob"_s).find(id).value()->state != PayoutState::Approved)
            continue;
        const int roll = int(random.bounded(100));
        const Fate fate = roll < 8    ? Fate::ServerError
                          : roll < 16 ? Fate::DropBefore
                          : roll < 24 ? Fate::AnswerLost
                          : roll < 28 ? Fate::TooLate
                          : roll < 32 ? Fate::Unreadable
                          : roll < 36 ? Fate::Crash
                                      : Fate::Clean;
        fates.insert(id, fate);
        if (fate == Fate::Crash) {
            // The intent is stored, then the process dies before the request leaves.
            REQUIRE_OK(desk.as(u"bob"_s).beginSubmit(id));
            continue;
        }
        desk.sandbox.server().clearFaults();
        if (const std::optional<SandboxFault> fault = faultFor(fate))
            desk.sandbox.server().injectFault(*fault);
        Result<Payout> sent = desk.send(id);
        REQUIRE_OK(sent);
    }
    desk.sandbox.server().clearFaults();
    // After the "crash": a new start finds the payouts left sending.
    const Result<QList<qint64>> recovered = desk.as(u"bob"_s).recoverInterrupted(std::chrono::seconds(0));
    REQUIRE_OK(recovered);
    CHECK(recovered->size() == std::count(fates.cbegin(), fates.cend(), Fate::Crash));

    // Cryptofuse finishes what it accepted, one in thirty as failed; the verified webhooks are imported
    // and the desk follows up on every submitted payout.
    for (const qint64 id : std::as_const(ids)) {
        const Payout p = *desk.as(u"bob"_s).find(id).value();
        if (p.state != PayoutState::Submitted)
            continue;
        REQUIRE_OK(desk.sandbox.cryptofuse().setWithdrawalStatus(
            p.providerReference, random.bounded(30) == 0 ? u"failed"_s : u"completed"_s));
        desk.importWebhook(p.providerReference);
        REQUIRE_OK(desk.followUp(id));
    }

    // Every payout is accounted for, in a state where nothing more happens by itself.
    QHash<PayoutState, int> byState;
    int withdrawalsSeen = 0;
    int balanceRefusals = 0;
    for (const qint64 id : std::as_const(ids)) {
        const Payout p = *desk.as(u"bob"_s).find(id).value();
        INFO("payout " << id << " is " << PayoutStates::key(p.state).toStdString() << ": " << p.reason.toStdString());
        ++byState[p.state];
        const int made = desk.sandbox.cryptofuse().withdrawalsTo(addressOf.value(id));
        withdrawalsSeen += made;
        CHECK(made <= 1); // never twice
        switch (p.state) {
        case PayoutState::Completed:
            CHECK(made == 1);
            CHECK(fates.value(id) == Fate::Clean);
            break;
        case PayoutState::Rejected: CHECK(made == 0); break;
        case PayoutState::Failed:
            // Refused for the balance (nothing made), or made and then failed at Cryptofuse.
            CHECK((made == 0 || fates.value(id) == Fate::Clean));
            balanceRefusals += made == 0 ? 1 : 0;
            break;
        case PayoutState::NeedsReconciliation:
            REQUIRE(fates.contains(id));
            CHECK(fates.value(id) != Fate::Clean);
            // What the provider did is what the fault let it do, or nothing when the balance was gone.
            CHECK((made == carriedOut(fates.value(id)) || made == 0));
            break;
        default: FAIL("payout " << id << " was left " << PayoutStates::key(p.state).toStdString());
        }
    }
    CHECK(byState.value(PayoutState::Completed) + byState.value(PayoutState::Failed)
              + byState.value(PayoutState::Rejected) + byState.value(PayoutState::NeedsReconciliation)
          == payouts);
    CHECK(countIn(*desk.database, u"SELECT count(*) FROM payouts"_s) == payouts);
    // Every fault and every outcome happened, so the run proves what it says.
    CHECK(byState.value(PayoutState::Completed) > 300);
    CHECK(byState.value(PayoutState::Rejected) > 20);
    CHECK(byState.value(PayoutState::NeedsReconciliation) > 150);
    CHECK(balanceRefusals > 20);
    for (const Fate fate : {Fate::ServerError, Fate::DropBefore, Fate::AnswerLost, Fate::TooLate, Fate::Unreadable,
                            Fate::Crash})
        CHECK(std::count(fates.cbegin(), fates.cend(), fate) > 10);
    CHECK(withdrawalsSeen == int(desk.sandbox.cryptofuse().withdrawalIds().size()));

    // Sending everything again sends nothing: each is refused before a request leaves.
    const int posts = desk.withdrawalPosts();
    for (const qint64 id : std::as_const(ids)) {
        const Result<Payout> again = desk.send(id);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == u"payout.wrong-state");
    }
    CHECK(desk.withdrawalPosts() == posts);

    const Result<AuditVerification> audit = AuditLog::verify(desk.database->connection());
    REQUIRE_OK(audit);
    CHECK(audit->intact());
    CHECK(audit->rows == countIn(*desk.database, u"SELECT count(*) FROM audit_log"_s));
    CHECK(audit->rows > 4 * payouts);
}

TEST_CASE("sarrafctl killed with SIGKILL in the middle of sending leaves a payout that needs reconciliation and is "
          "never sent again",
          "[payouts][faults][sarrafctl][keychain]")
{
    requireKeychain();
    SandboxEnvironment sandbox{quietSandbox()};
    REQUIRE_OK(sandbox.listen());
    Ctl ctl{uniqueProfile()};
    const SecretsRemovedAtEnd cleanup(ctl.profile(), secretEntries(sandbox));
    configure(ctl, sandbox, {}, {}, {u"cryptofuse"_s});
    const QString to = addressNo(4242);
    const auto ok = [](const Ran &ran) {
        INFO(ran.describe());
        REQUIRE(ran.exitCode == 0);
        return ran;
    };
    REQUIRE_FALSE(ok(ctl.run({u"payouts"_s, u"request"_s, u"--operator"_s, u"alice"_s, u"--provider"_s, u"cryptofuse"_s,
                              u"--to"_s, to, u"--amount"_s, u"75.25"_s, u"--currency"_s, u"USDTTRC20"_s}))
                      .out.contains(u"NOT VALID"_s));
    (void)ok(ctl.run({u"payouts"_s, u"approve"_s, u"1"_s, u"--operator"_s, u"bob"_s}));
    (void)ok(ctl.run({u"payouts"_s, u"approve"_s, u"1"_s, u"--operator"_s, u"carol"_s})); // no limit set: two

    // The withdrawal request arrives and Cryptofuse acts, but its answer takes 20 s: the child is
    // killed while it waits.
    // (Counted by path prefix: the check's validate-address and estimate requests were counted before.)
    const int postsBefore = sandbox.server().requestCount("POST", u"/cryptofuse/withdrawal/"_s);
    sandbox.server().injectFault({SandboxFault::Kind::Slow, u"/cryptofuse/withdrawal/"_s, 1, 1, 503, 20000});
    QProcess child;
    child.start(sarrafctlPath(), ctl.global() + QStringList{u"payouts"_s, u"submit"_s, u"1"_s, u"--operator"_s,
                                                            u"bob"_s});
    REQUIRE(child.waitForStarted(processLimitMs));
    REQUIRE(waitUntil(
        [&] { return sandbox.server().requestCount("POST", u"/cryptofuse/withdrawal/"_s) == postsBefore + 1; },
        processLimitMs));
    REQUIRE(::kill(pid_t(child.processId()), SIGKILL) == 0);
    REQUIRE(waitUntil([&] { return child.state() == QProcess::NotRunning; }, processLimitMs));
    CHECK(child.exitStatus() == QProcess::CrashExit);
    CHECK(sandbox.cryptofuse().withdrawalsTo(to) == 1);

    const QJsonArray sending = jsonArrayOf(
        ok(ctl.run({u"payouts"_s, u"list"_s, u"--state"_s, u"submitting"_s, u"--format"_s, u"json"_s})));
    REQUIRE(sending.size() == 1); // the intent was stored before the request left

    // Sending it again right away is refused: it may still be on its way.
    sandbox.server().clearFaults();
    const Ran early = ctl.run({u"payouts"_s, u"submit"_s, u"1"_s, u"--operator"_s, u"bob"_s});
    INFO(early.describe());
    CHECK(early.exitCode == 2);
    // Once it has been sending longer than any request takes (here: told so), it needs
    // reconciliation, and sending it is still refused.
    const Ran recovered = ok(ctl.run({u"payouts"_s, u"recover"_s, u"--operator"_s, u"bob"_s, u"--older-than"_s, u"0"_s}));
    CHECK(recovered.err.contains(u"was being sent when Sarraf stopped"_s));
    const Ran again = ctl.run({u"payouts"_s, u"submit"_s, u"1"_s, u"--operator"_s, u"bob"_s});
    INFO(again.describe());
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(u"Needs reconciliation"_s));
    CHECK(sandbox.server().requestCount("POST", u"/cryptofuse/withdrawal/"_s) == postsBefore + 1);
    CHECK(sandbox.cryptofuse().withdrawalsTo(to) == 1);

    const Ran looked = ok(ctl.run({u"payouts"_s, u"investigate"_s, u"1"_s, u"--format"_s, u"json"_s}));
    const QJsonObject sighting = QJsonDocument::fromJson(looked.out.toUtf8()).object();
    CHECK(sighting.value(u"found"_s).toString() == u"cannot-tell");
    CHECK(sighting.value(u"summary"_s).toString().contains(u"pending"_s));
    const QString withdrawal = sandbox.cryptofuse().withdrawalIds().value(0);
    const QJsonArray settled = jsonArrayOf(ok(ctl.run(
        {u"payouts"_s, u"reconcile"_s, u"1"_s, u"--operator"_s, u"carol"_s, u"--outcome"_s, u"submitted"_s,
         u"--reference"_s, withdrawal, u"--checked"_s, u"Cryptofuse support confirmed the withdrawal by ticket"_s,
         u"--format"_s, u"json"_s})));
    CHECK(settled.first().toObject().value(u"state"_s).toString() == u"submitted");
    CHECK(settled.first().toObject().value(u"provider_reference"_s).toString() == withdrawal);
    CHECK(ok(ctl.run({u"audit"_s, u"verify"_s})).out.contains(u"intact"_s));
    CHECK(sandbox.cryptofuse().withdrawalsTo(to) == 1);
}
