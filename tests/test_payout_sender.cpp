// The payout desk against the providers, over real loopback HTTP to the sandbox: the destination
// check and fee estimate that approval needs, a payout sent once and followed to its end, and every
// way an answer can be lost (a server error, a dropped connection before or after the provider
// acted, a timeout, an unreadable answer) ending in needs_reconciliation with nothing sent twice.
#include "PayoutDeskSupport.h"

#include "models/payouts/AuditLog.h"
#include "models/payouts/PayoutDesk.h"
#include "providers/sandbox/PremiumExchangerSimulator.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sarraf;

using namespace sarraf::test;

TEST_CASE("A Cryptofuse payout is checked, sent once and completed by its verified webhook", "[payouts][providers]")
{
    Desk desk;
    PayoutRequest request{u"cryptofuse"_s, u"address"_s, address, QString(),
                          Money::parse(u"100", u"USDTTRC20").value(), std::nullopt, QString()};
    const Payout requested = desk.as(u"alice"_s).request(request).value();

    // The check asks Cryptofuse about the address, the fee and the balance, and stores its words.
    Result<Payout> checked = desk.check(requested.id);
    REQUIRE_OK(checked);
    REQUIRE(checked->check.has_value());
    CHECK(checked->check->valid);
    CHECK(checked->check->checkedBy == u"alice");
    CHECK(checked->fee->amountText() == u"1.50000000"); // 1% and the 0.5 network fee, as documented
    CHECK(checked->check->net->amountText() == u"98.50000000");
    CHECK(checked->check->summary.contains(u"valid on the TRX network"_s));
    CHECK(checked->check->summary.contains(u"10000"_s));

    REQUIRE_OK(desk.as(u"bob"_s).approve(requested.id));
    const int before = desk.withdrawalPosts();
    Result<Payout> sent = desk.send(requested.id);
    REQUIRE_OK(sent);
    CHECK(sent->state == PayoutState::Submitted);
    CHECK_FALSE(sent->providerReference.isEmpty());
    CHECK(desk.withdrawalPosts() == before + 1);
    CHECK(desk.sandbox.cryptofuse().withdrawalsTo(address) == 1);
    // The withdrawal is kept with the transactions, where its webhooks find it.
    const auto kept = desk.transactions->find(u"cryptofuse"_s, TransactionKind::Withdrawal, sent->providerReference);
    REQUIRE_OK(kept);
    REQUIRE(kept->has_value());
    CHECK((*kept)->record.address == address);

    // Nothing new yet: following up leaves it submitted.
    CHECK(desk.followUp(requested.id).value().state == PayoutState::Submitted);
    REQUIRE_OK(desk.sandbox.cryptofuse().setWithdrawalStatus(sent->providerReference, u"completed"_s));
    desk.importWebhook(sent->providerReference);
    Result<Payout> completed = desk.followUp(requested.id);
    REQUIRE_OK(completed);
    CHECK(completed->state == PayoutState::Completed);
    CHECK(completed->reason.isEmpty());

    // Sending it again is refused by the workflow and never reaches Cryptofuse.
    Result<Payout> again = desk.send(requested.id);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == u"payout.wrong-state");
    CHECK(desk.sandbox.cryptofuse().withdrawalsTo(address) == 1);
    CHECK(AuditLog::verify(desk.database->connection()).value().intact());
}

TEST_CASE("Cryptofuse's check refuses a wrong address or a balance too low, and approval waits for a valid one",
          "[payouts][providers]")
{
    Desk desk;
    const auto request = [&](const QString &to, const QString &amount) {
        PayoutRequest r{u"cryptofuse"_s, u"address"_s, to, QString(), Money::parse(amount, u"USDTTRC20").value(),
                        std::nullopt, QString()};
        return desk.as(u"alice"_s).request(r).value();
    };
    const Payout wrong = request(u"0x52908400098527886E0F7030069857D2E4169EE7"_s, u"10"_s);
    Result<Payout> checked = desk.check(wrong.id);
    REQUIRE_OK(checked);
    CHECK_FALSE(checked->check->valid);
    CHECK(checked->check->summary.contains(u"not a valid address for USDTTRC20"_s));
    Result<Payout> refused = desk.as(u"bob"_s).approve(wrong.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == u"payout.check-failed");

    const Payout tooMuch = request(address, u"20000"_s);
    checked = desk.check(tooMuch.id);
    REQUIRE_OK(checked);
    CHECK_FALSE(checked->check->valid);
    CHECK(checked->check->summary.contains(u"less than the payout"_s));

    // Premium Exchanger cannot check a Cryptofuse address: the kind is refused before any request.
    PayoutRequest pe{u"premiumexchanger"_s, u"address"_s, address, u"2"_s, Money::parse(u"10", u"USDT").value(),
                     std::nullopt, QString()};
    const Payout wrongKind = desk.as(u"alice"_s).request(pe).value();
    Result<Payout> kind = desk.check(wrongKind.id);
    REQUIRE_FALSE(kind.ok());
    CHECK(kind.error().code == u"payout.bad-destination");
}

TEST_CASE("A lost answer makes a payout need reconciliation, and nothing sends it again", "[payouts][providers]")
{
    Desk desk;
    struct Case
    {
        const char *name;
        SandboxFault fault;
        int carriedOut; // withdrawals the provider made
    };
    const QString path = u"/cryptofuse/withdrawal/"_s;
    const QList<Case> cases{
        {"a server error", {SandboxFault::Kind::ServerError, path, 1, 1, 502, 0}, 0},
        {"a connection dropped before the provider acted", {SandboxFault::Kind::DropConnection, path}, 0},
        {"a connection dropped after it acted", {SandboxFault::Kind::AnswerLost, path}, 1},
        {"a timeout while it acted", {SandboxFault::Kind::Slow, path, 1, 1, 503, 2000}, 1},
        {"an unreadable answer", {SandboxFault::Kind::MalformedJson, path}, 0},
    };
    int n = 0;
    for (const Case &c : cases) {
        INFO(c.name);
        // Each case pays its own address, so the sandbox's count per address is per payout.
        const QString to = addressNo(n++);
        const Payout p = desk.approved(u"50"_s, to);
        desk.sandbox.server().injectFault(c.fault);
        Result<Payout> sent = desk.send(p.id);
        REQUIRE_OK(sent);
        CHECK(sent->state == PayoutState::NeedsReconciliation);
        CHECK(sent->reason.contains(u"unknown"_s));
        CHECK(desk.sandbox.cryptofuse().withdrawalsTo(to) == c.carriedOut);

        // Sending again is refused before any request leaves.
        const int posts = desk.withdrawalPosts();
        CHECK(desk.send(p.id).error().code == u"payout.wrong-state");
        CHECK(desk.withdrawalPosts() == posts);
        // Cryptofuse cannot list withdrawals: the sighting says so and gives the balance as a clue.
        Result<PayoutSighting> sighting = desk.investigate(p.id);
        REQUIRE_OK(sighting);
        CHECK(sighting->found == PayoutSighting::Found::CannotTell);
        CHECK(sighting->summary.contains(u"cannot list withdrawals"_s));
        CHECK(sighting->summary.contains(u"pending"_s));
        // A person settles it, with words on what was checked.
        const PayoutState outcome = c.carriedOut ? PayoutState::Completed : PayoutState::Failed;
        REQUIRE_OK(desk.as(u"carol"_s).reconcile(p.id, outcome, QString(), u"Asked Cryptofuse support by ticket"_s));
        desk.sandbox.server().clearFaults();
    }
    // A refusal the provider explains is a failure, not a mystery: nothing left, nothing to reconcile.
    desk.sandbox.cryptofuse().setBalance(u"USDTTRC20"_s, Decimal::fromInteger(10));
    const Payout poor = [&] {
        PayoutRequest r{u"cryptofuse"_s, u"address"_s, address, QString(), Money::parse(u"5", u"USDTTRC20").value(),
                        std::nullopt, QString()};
        const Payout p = desk.as(u"alice"_s).request(r).value();
        REQUIRE_OK(desk.check(p.id));
        return desk.as(u"bob"_s).approve(p.id).value();
    }();
    desk.sandbox.cryptofuse().setBalance(u"USDTTRC20"_s, Decimal::fromInteger(1));
    Result<Payout> failed = desk.send(poor.id);
    REQUIRE_OK(failed);
    CHECK(failed->state == PayoutState::Failed);
    CHECK(failed->reason.contains(u"balance is too low"_s));
    CHECK(AuditLog::verify(desk.database->connection()).value().intact());
}

TEST_CASE("A Premium Exchanger partner payout is checked against the offered currencies, sent, followed and found "
          "again when its answer is lost",
          "[payouts][providers]")
{
    Desk desk;
    const QString account = u"UQ-partner-wallet-7"_s;
    const auto request = [&](const QString &method, const QString &amount = u"245.37"_s) {
        PayoutRequest r{u"premiumexchanger"_s, u"partner"_s, account, method, Money::parse(amount, u"USDT").value(),
                        std::nullopt, QString()};
        return desk.as(u"alice"_s).request(r).value();
    };
    // The exchanger pays its whole balance and takes no amount: another amount is not valid.
    const Payout partial = request(u"2"_s, u"200"_s);
    Result<Payout> partialCheck = desk.check(partial.id);
    REQUIRE_OK(partialCheck);
    CHECK_FALSE(partialCheck->check->valid);
    CHECK(partialCheck->check->summary.contains(u"request exactly 245.37"_s));
    REQUIRE_OK(desk.as(u"bob"_s).reject(partial.id, u"wrong amount"_s));
    const Payout unknown = request(u"9"_s);
    Result<Payout> checked = desk.check(unknown.id);
    REQUIRE_OK(checked);
    CHECK_FALSE(checked->check->valid);
    CHECK(checked->check->summary.contains(u"offers no payout currency 9"_s));
    CHECK(checked->check->summary.contains(u"Tether TRC20 USDT"_s));

    const Payout p = request(u"2"_s);
    checked = desk.check(p.id);
    REQUIRE_OK(checked);
    CHECK(checked->check->valid);
    CHECK(checked->check->summary.contains(u"245.37"_s));
    REQUIRE_OK(desk.as(u"bob"_s).approve(p.id));
    Result<Payout> sent = desk.send(p.id);
    REQUIRE_OK(sent);
    CHECK(sent->state == PayoutState::Submitted);
    CHECK(desk.sandbox.premiumExchanger().partnerPayoutsTo(account) == 1);
    CHECK(desk.followUp(p.id).value().state == PayoutState::Submitted); // waiting at the exchanger
    REQUIRE(desk.sandbox.premiumExchanger().setPartnerPayoutStatus(sent->providerReference.toLongLong(), 1));
    Result<Payout> paid = desk.followUp(p.id);
    REQUIRE_OK(paid);
    CHECK(paid->state == PayoutState::Completed);

    // The balance grew after approval: the exchanger would pay more than was approved, so nothing is sent.
    desk.sandbox.premiumExchanger().setPartnerBalance(Decimal::fromInteger(300));
    const Payout grown = request(u"2"_s, u"300"_s);
    REQUIRE_OK(desk.check(grown.id));
    REQUIRE_OK(desk.as(u"bob"_s).approve(grown.id));
    desk.sandbox.premiumExchanger().setPartnerBalance(Decimal::fromInteger(350));
    Result<Payout> notSent = desk.send(grown.id);
    REQUIRE_OK(notSent);
    CHECK(notSent->state == PayoutState::Failed);
    CHECK(notSent->reason.contains(u"Nothing was sent"_s));
    CHECK(desk.sandbox.premiumExchanger().partnerPayoutsTo(account) == 1);

    // The answer to the next one is lost after the exchanger acted: its list of payouts finds it.
    desk.sandbox.premiumExchanger().setPartnerBalance(Decimal::fromInteger(300));
    const Payout lost = request(u"2"_s, u"300"_s);
    REQUIRE_OK(desk.check(lost.id));
    REQUIRE_OK(desk.as(u"bob"_s).approve(lost.id));
    desk.sandbox.server().injectFault(
        {SandboxFault::Kind::AnswerLost, u"/premiumexchanger/api/userapi/v1/add_partner_payout"_s});
    Result<Payout> unknownOutcome = desk.send(lost.id);
    REQUIRE_OK(unknownOutcome);
    CHECK(unknownOutcome->state == PayoutState::NeedsReconciliation);
    CHECK(desk.sandbox.premiumExchanger().partnerPayoutsTo(account) == 2);
    Result<PayoutSighting> sighting = desk.investigate(lost.id);
    REQUIRE_OK(sighting);
    // Two payouts to the same account since sending began would be ambiguous; the first is older.
    INFO(sighting->summary.toStdString());
    REQUIRE(sighting->found == PayoutSighting::Found::Yes);
    CHECK(sighting->answer->state == PayoutState::Submitted);
    CHECK_FALSE(sighting->answer->reference.isEmpty());
    CHECK(sighting->answer->reference != sent->providerReference);
    REQUIRE_OK(desk.as(u"carol"_s).reconcile(lost.id, sighting->answer->state, sighting->answer->reference,
                                            sighting->summary));
    CHECK(desk.sandbox.premiumExchanger().partnerPayoutsTo(account) == 2);

    // Two more of the same amount to the same account, both answers lost: the list shows two payouts
    // that could be either, and Sarraf does not guess which is which.
    QList<qint64> twins;
    for (int i = 0; i < 2; ++i) {
        desk.sandbox.premiumExchanger().setPartnerBalance(Decimal::fromInteger(120));
        const Payout twin = request(u"2"_s, u"120"_s);
        REQUIRE_OK(desk.check(twin.id));
        REQUIRE_OK(desk.as(u"bob"_s).approve(twin.id));
        desk.sandbox.server().injectFault(
            {SandboxFault::Kind::AnswerLost, u"/premiumexchanger/api/userapi/v1/add_partner_payout"_s});
        REQUIRE(desk.send(twin.id).value().state == PayoutState::NeedsReconciliation);
        twins.append(twin.id);
    }
    for (const qint64 id : twins) {
        Result<PayoutSighting> either = desk.investigate(id);
        REQUIRE_OK(either);
        INFO(either->summary.toStdString());
        CHECK(either->found == PayoutSighting::Found::CannotTell);
        CHECK_FALSE(either->answer.has_value());
        CHECK(either->summary.contains(u"a person must tell"_s));
    }
}

TEST_CASE("The callback endpoint takes only genuine Cryptofuse webhooks and keeps nothing of a forged one",
          "[payouts][providers][callbacks]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"sarraf.sqlite"_s);
    PayoutDesk desk(path);
    std::optional<Result<QUrl>> listening;
    desk.listenForCallbacks(QHostAddress::LocalHost, 0, u"the-webhook-secret"_s,
                            [&listening](Result<QUrl> url) { listening.emplace(std::move(url)); });
    REQUIRE(waitUntil([&listening] { return listening.has_value(); }));
    REQUIRE_OK(*listening);
    const QUrl url = listening->value();
    CHECK(url.path() == u"/callbacks/cryptofuse");

    QNetworkAccessManager network;
    const auto post = [&](const QUrl &to, const QByteArray &body, const QByteArray &signature) {
        QNetworkRequest request(to);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Webhook-Signature", signature);
        QNetworkReply *reply = network.post(request, body);
        REQUIRE(waitUntil([reply] { return reply->isFinished(); }));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    };
    const QByteArray body = R"({"withdrawal_id":"w-1","event":"withdrawal_status_update","status":"completed",)"
                            R"("timestamp":"2026-11-24T10:00:00Z","data":{"withdrawal_id":"w-1","status":"completed"}})";
    // Signed with another secret, or not at all: refused.
    CHECK(post(url, body, CryptofuseSimulator::sign(body, u"another-secret"_s)) == 401);
    CHECK(post(url, body, QByteArray()) == 401);
    // Another path: there is nothing there.
    QUrl elsewhere = url;
    elsewhere.setPath(u"/callbacks/unknown"_s);
    CHECK(post(elsewhere, body, CryptofuseSimulator::sign(body, u"the-webhook-secret"_s)) == 404);
    {
        Result<std::unique_ptr<Database>> database = Database::openSqlite(path);
        REQUIRE_OK(database);
        const auto stored = TransactionStore(**database).find(u"cryptofuse"_s, TransactionKind::Withdrawal, u"w-1"_s);
        REQUIRE_OK(stored);
        CHECK_FALSE(stored->has_value());
    }
    // Signed with the secret: taken and kept.
    CHECK(post(url, body, CryptofuseSimulator::sign(body, u"the-webhook-secret"_s)) == 200);
    Result<std::unique_ptr<Database>> database = Database::openSqlite(path);
    REQUIRE_OK(database);
    const auto stored = TransactionStore(**database).find(u"cryptofuse"_s, TransactionKind::Withdrawal, u"w-1"_s);
    REQUIRE_OK(stored);
    REQUIRE(stored->has_value());
    CHECK((*stored)->record.status == TransactionStatus::Completed);
}
