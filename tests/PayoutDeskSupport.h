// The payout desk of one profile against the in-process sandbox, for the tests that send payouts
// over real loopback HTTP: the stores on a real SQLite file, the providers configured with the
// sandbox's accounts, and one PayoutStore and PayoutSender per operator.
#pragma once

#include "SandboxTestSupport.h"
#include "TestSupport.h"

#include "models/payouts/PayoutSender.h"
#include "models/store/Database.h"
#include "models/store/TransactionStore.h"
#include "models/sync/CallbackImport.h"
#include "providers/ProviderRuntime.h"
#include "providers/cryptofuse/CryptofuseAdapter.h"
#include "providers/sandbox/CryptofuseSimulator.h"
#include "providers/sandbox/SandboxServer.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <map>

namespace sarraf::test {

using namespace Qt::StringLiterals;

inline const QString address = u"TXYZa1b2c3d4e5f6g7h8i9jAkBmCnDpEqF"_s; // 34 characters, base58

// The n-th of many distinct TRON addresses: T and 33 base58 characters.
inline QString addressNo(int n)
{
    static const QString digits = u"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"_s;
    QString tail;
    for (int i = 0; i < 6; ++i, n /= int(digits.size()))
        tail.prepend(digits.at(n % digits.size()));
    return address.left(28) + tail;
}

// One profile's desk against the sandbox: the stores on a real SQLite file, the runtime configured
// with the sandbox's accounts (no rate limit, a short timeout, a circuit that never opens).
struct Desk
{
    SandboxEnvironment sandbox{test::quietSandbox()};
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<TransactionStore> transactions;
    ProviderRuntime runtime;
    std::map<QString, std::pair<std::unique_ptr<PayoutStore>, std::unique_ptr<PayoutSender>>> operators;

    explicit Desk(std::chrono::milliseconds timeout = std::chrono::milliseconds(700))
    {
        REQUIRE_OK(sandbox.listen());
        REQUIRE(dir.isValid());
        Result<std::unique_ptr<Database>> opened = Database::openSqlite(dir.filePath(u"sarraf.sqlite"_s));
        REQUIRE_OK(opened);
        database = std::move(opened).value();
        transactions = std::make_unique<TransactionStore>(*database);
        ApiPolicy policy;
        policy.timeout = timeout;
        policy.circuit.failureThreshold = 1000000;
        for (const QString &provider : {u"cryptofuse"_s, u"premiumexchanger"_s}) {
            const SandboxAccount account = sandbox.account(provider);
            REQUIRE_OK(runtime.configure({provider, account.baseUrl, account.settings, account.secrets}, policy));
        }
        sandbox.cryptofuse().setBalance(u"USDTTRC20"_s, Decimal::fromInteger(10000));
        REQUIRE_OK(as(u"erin"_s).setLimits(u"USDTTRC20"_s, Decimal::fromInteger(5000), std::nullopt));
        REQUIRE_OK(as(u"erin"_s).setLimits(u"USDT"_s, Decimal::fromInteger(5000), std::nullopt));
    }

    PayoutStore &as(const QString &name) { return *entry(name).first; }
    PayoutSender &senderAs(const QString &name) { return *entry(name).second; }

    template<typename T, typename Start> Result<T> wait(Start start)
    {
        std::optional<Result<T>> answer;
        start([&answer](Result<T> result) { answer.emplace(std::move(result)); });
        if (!test::waitUntil([&answer] { return answer.has_value(); }))
            FAIL("no answer in time");
        return std::move(*answer);
    }
    Result<Payout> check(qint64 id, const QString &by = u"alice"_s)
    {
        return wait<Payout>([&](auto done) { senderAs(by).check(id, std::move(done)); });
    }
    Result<Payout> send(qint64 id, const QString &by = u"bob"_s)
    {
        return wait<Payout>([&](auto done) { senderAs(by).send(id, std::move(done)); });
    }
    Result<Payout> followUp(qint64 id)
    {
        return wait<Payout>([&](auto done) { senderAs(u"bob"_s).followUp(id, std::move(done)); });
    }
    Result<PayoutSighting> investigate(qint64 id)
    {
        return wait<PayoutSighting>([&](auto done) { senderAs(u"carol"_s).investigate(id, std::move(done)); });
    }

    // Requested by alice, checked with the provider, approved by bob: ready to send.
    Payout approved(const QString &amount, const QString &to = address)
    {
        PayoutRequest request{u"cryptofuse"_s, u"address"_s, to, QString(),
                              Money::parse(amount, u"USDTTRC20").value(), std::nullopt, u"supplier"_s};
        Result<Payout> p = as(u"alice"_s).request(request);
        REQUIRE_OK(p);
        Result<Payout> checked = check(p->id);
        REQUIRE_OK(checked);
        REQUIRE(checked->check->valid);
        Result<Payout> ok = as(u"bob"_s).approve(p->id);
        REQUIRE_OK(ok);
        return *ok;
    }

    // What a verified webhook of the withdrawal's current state leaves in the store, as
    // `sarrafctl verify-callback --import` does.
    void importWebhook(const QString &withdrawalId)
    {
        const Result<CryptofuseSimulator::Webhook> webhook = sandbox.cryptofuse().webhookFor(withdrawalId);
        REQUIRE_OK(webhook);
        const Result<CryptofuseWebhook> verified = CryptofuseAdapter::verifyWebhook(
            webhook->body, webhook->signature, sandbox.account(u"cryptofuse"_s).secrets.value(u"webhook-secret"_s));
        REQUIRE_OK(verified);
        REQUIRE_OK(importCryptofuseWebhook(*transactions, *verified));
    }

    int withdrawalPosts() { return sandbox.server().requestCount("POST", u"/cryptofuse/withdrawal/"_s) ; }

private:
    std::pair<std::unique_ptr<PayoutStore>, std::unique_ptr<PayoutSender>> &entry(const QString &name)
    {
        auto &slot = operators[name];
        if (!slot.first) {
            slot.first = std::make_unique<PayoutStore>(*database, name);
            slot.second = std::make_unique<PayoutSender>(
                *slot.first, [this](const QString &provider) { return runtime.payoutConnector(provider); },
                transactions.get());
        }
        return slot;
    }
};


} // namespace sarraf::test
