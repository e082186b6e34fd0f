// sarrafctl payouts and audit verify, run as the real binary against the in-process Cryptofuse
// sandbox: a payout from request (checked with the provider at once) through approval to sending
// by script, the refusals finance must get (self-approval, a second approval by the same person, a
// rejection without a reason, an approval past the daily limit, a second send) with exit 2 and the
// store's sentence, and audit verify naming the row that was edited in the database.
#include "CtlSandboxSupport.h"
#include "SandboxTestSupport.h"

#include "providers/sandbox/CryptofuseSimulator.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace sarraf;
using namespace sarraf::test;

namespace {

QJsonObject onlyPayout(const Ran &ran)
{
    INFO(ran.describe());
    REQUIRE(ran.exitCode == 0);
    const QJsonArray array = jsonArrayOf(ran);
    REQUIRE(array.size() == 1);
    return array.first().toObject();
}

} // namespace

TEST_CASE("sarrafctl: payouts are requested, approved by others only, limited per day and audited", "[sarrafctl][payouts]")
{
    requireKeychain();
    SandboxEnvironment sandbox{quietSandbox()};
    REQUIRE_OK(sandbox.listen());
    sandbox.cryptofuse().setBalance(u"USDTTRC20"_s, Decimal::fromInteger(10000));
    Ctl ctl{uniqueProfile()};
    const SecretsRemovedAtEnd cleanup(ctl.profile(), secretEntries(sandbox));
    configure(ctl, sandbox, {}, {}, {u"cryptofuse"_s});
    const QStringList json{u"--format"_s, u"json"_s};
    const QString address = u"TXYZa1b2c3d4e5f6g7h8i9jAkBmCnDpEqF"_s;
    // USDT on TRON: one approval up to 1000, 3000 a day.
    const Ran limits = ctl.run({u"payouts"_s, u"limits"_s, u"USDTTRC20"_s, u"--operator"_s, u"erin"_s,
                                u"--single-approval-up-to"_s, u"1000"_s, u"--daily"_s, u"3000"_s});
    INFO(limits.describe());
    REQUIRE(limits.exitCode == 0);
    const Ran shown = ctl.run({u"payouts"_s, u"limits"_s});
    INFO(shown.describe());
    CHECK(shown.out.contains(u"USDTTRC20"_s));
    CHECK(shown.out.contains(u"3000"_s));

    const auto request = [&](const QString &amount) {
        return onlyPayout(ctl.run(QStringList{u"payouts"_s, u"request"_s, u"--operator"_s, u"alice"_s, u"--provider"_s,
                                              u"cryptofuse"_s, u"--to"_s, address, u"--amount"_s, amount,
                                              u"--currency"_s, u"usdttrc20"_s}
                                  + json));
    };
    const QJsonObject small = request(u"800.50"_s);
    CHECK(small.value(u"state"_s).toString() == u"requested");
    CHECK(small.value(u"amount"_s).toString() == u"800.50");
    CHECK(small.value(u"currency"_s).toString() == u"USDTTRC20");
    // Cryptofuse checked the address and estimated the fee as the payout was requested.
    CHECK(small.value(u"fee"_s).toString() == u"8.50500000"); // 1% and the network's 0.5
    CHECK(small.value(u"check"_s).toObject().value(u"valid"_s).toBool());
    CHECK(small.value(u"check"_s).toObject().value(u"net"_s).toString() == u"791.99500000");
    CHECK(small.value(u"requested_by"_s).toString() == u"alice");
    const QString smallId = QString::number(small.value(u"id"_s).toInteger());

    // The requester cannot approve; nobody acts without a name.
    const Ran own = ctl.run({u"payouts"_s, u"approve"_s, smallId, u"--operator"_s, u"alice"_s});
    INFO(own.describe());
    CHECK(own.exitCode == 2);
    CHECK(own.err.contains(u"cannot approve"_s));
    CHECK(own.out.isEmpty());
    const Ran nameless = ctl.run({u"payouts"_s, u"approve"_s, smallId});
    CHECK(nameless.exitCode == 2);
    CHECK(nameless.err.contains(u"--operator"_s));

    const QJsonObject approved
        = onlyPayout(ctl.run(QStringList{u"payouts"_s, u"approve"_s, smallId, u"--operator"_s, u"bob"_s} + json));
    CHECK(approved.value(u"state"_s).toString() == u"approved");
    CHECK(approved.value(u"approvers"_s).toArray() == QJsonArray{u"bob"_s});

    // Above 1000: two different approvers; bob cannot give both.
    const QString bigId = QString::number(request(u"2000"_s).value(u"id"_s).toInteger());
    REQUIRE(ctl.run({u"payouts"_s, u"approve"_s, bigId, u"--operator"_s, u"bob"_s}).exitCode == 0);
    const Ran twice = ctl.run({u"payouts"_s, u"approve"_s, bigId, u"--operator"_s, u"bob"_s});
    CHECK(twice.exitCode == 2);
    CHECK(twice.err.contains(u"already approved"_s));
    const QJsonObject second
        = onlyPayout(ctl.run(QStringList{u"payouts"_s, u"approve"_s, bigId, u"--operator"_s, u"carol"_s} + json));
    CHECK(second.value(u"state"_s).toString() == u"second_approved");

    // 800.50 + 2000 approved today: another 500 would pass 3000.
    const QString thirdId = QString::number(request(u"500"_s).value(u"id"_s).toInteger());
    const Ran over = ctl.run({u"payouts"_s, u"approve"_s, thirdId, u"--operator"_s, u"bob"_s});
    INFO(over.describe());
    CHECK(over.exitCode == 2);
    CHECK(over.err.contains(u"daily limit"_s));
    // A rejection needs a reason.
    CHECK(ctl.run({u"payouts"_s, u"reject"_s, thirdId, u"--operator"_s, u"bob"_s}).exitCode == 2);
    const QJsonObject rejected = onlyPayout(ctl.run(QStringList{u"payouts"_s, u"reject"_s, thirdId, u"--operator"_s,
                                                                u"bob"_s, u"--reason"_s, u"over today's limit"_s}
                                                    + json));
    CHECK(rejected.value(u"state"_s).toString() == u"rejected");
    CHECK(rejected.value(u"reason"_s).toString() == u"over today's limit");

    const Ran listed = ctl.run(QStringList{u"payouts"_s, u"list"_s, u"--state"_s, u"approved"_s} + json);
    const QJsonArray approvedOnly = jsonArrayOf(listed);
    REQUIRE(approvedOnly.size() == 1);
    CHECK(approvedOnly.first().toObject().value(u"id"_s).toInteger() == small.value(u"id"_s).toInteger());
    // A destination Cryptofuse refuses is requested but cannot be approved; the check's words say why.
    const Ran wrong = ctl.run(QStringList{u"payouts"_s, u"request"_s, u"--operator"_s, u"alice"_s, u"--provider"_s,
                                          u"cryptofuse"_s, u"--to"_s, u"0x52908400098527886E0F7030069857D2E4169EE7"_s,
                                          u"--amount"_s, u"5"_s, u"--currency"_s, u"USDTTRC20"_s});
    INFO(wrong.describe());
    CHECK(wrong.exitCode == 0);
    CHECK(wrong.out.contains(u"NOT VALID"_s));
    CHECK(wrong.out.contains(u"not a valid address"_s));

    // Sent once: submitted with Cryptofuse's withdrawal id; a second send is refused and sends nothing.
    const QJsonObject sent
        = onlyPayout(ctl.run(QStringList{u"payouts"_s, u"submit"_s, smallId, u"--operator"_s, u"bob"_s} + json));
    CHECK(sent.value(u"state"_s).toString() == u"submitted");
    CHECK_FALSE(sent.value(u"provider_reference"_s).toString().isEmpty());
    CHECK(sandbox.cryptofuse().withdrawalsTo(address) == 1);
    const Ran again = ctl.run({u"payouts"_s, u"submit"_s, smallId, u"--operator"_s, u"bob"_s});
    INFO(again.describe());
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(u"cannot become"_s));
    CHECK(sandbox.cryptofuse().withdrawalsTo(address) == 1);

    // Limits change (1) + requests (4) + checks (4) + approvals (3) + rejection (1) + submit and answer (2).
    const Ran verified = ctl.run({u"audit"_s, u"verify"_s, u"--format"_s, u"json"_s});
    INFO(verified.describe());
    REQUIRE(verified.exitCode == 0);
    const QJsonObject intact = QJsonDocument::fromJson(verified.out.toUtf8()).object();
    CHECK(intact.value(u"intact"_s).toBool());
    CHECK(intact.value(u"rows"_s).toInteger() == 15);

    // Someone edits an approval's audit row in the database: verify points at it and exits 1.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(ctl.databasePath());
        REQUIRE(db.open());
        QSqlQuery edit(db);
        REQUIRE(edit.exec(u"UPDATE audit_log SET operator = 'mallory' WHERE seq = 5"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    const Ran broken = ctl.run({u"audit"_s, u"verify"_s});
    INFO(broken.describe());
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(u"BROKEN at row 5"_s));
    CHECK(broken.err.contains(u"row 5"_s));
}
