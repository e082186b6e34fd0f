// The Cryptofuse adapter against its simulator over real loopback HTTP: every documented
// operation, the OAuth token's life, the testnet amounts, exact amounts, faults, and webhook
// verification and idempotent handling (provider-docs/002_f0d4eba322cc3ba1.txt).
#include "models/domain/SecretRedactor.h"
#include "providers/cryptofuse/CryptofuseAdapter.h"
#include "providers/http/ApiClient.h"
#include "providers/http/ApiMetrics.h"
#include "providers/sandbox/CryptofuseSimulator.h"
#include "providers/sandbox/SandboxServer.h"
#include "tests/TestSupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>

#include <memory>
#include <optional>

using namespace sarraf;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

Money money(const char *amount, const char *currency)
{
    Result<Money> parsed = Money::parse(QString::fromLatin1(amount), QString::fromLatin1(currency));
    REQUIRE_OK(parsed);
    return *parsed;
}

struct Hook
{
    QByteArray body;
    QByteArray signature;
};

// A sandbox with the simulator, one client, one adapter, and a receiver for webhooks.
struct Harness
{
    SandboxServer server;
    CryptofuseSimulator simulator{server};
    QNetworkAccessManager network;
    ApiMetrics metrics;
    QObject context;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<CryptofuseAdapter> adapter;
    QList<Hook> received;

    explicit Harness(std::chrono::milliseconds timeout = 2s)
    {
        REQUIRE_OK(server.listen(0));
        CryptofuseSimulator::Timing timing;
        timing.confirmAfter = 0ms;
        timing.settleAfter = 150ms;
        timing.slowSettleAfter = 3000ms;
        timing.withdrawalStep = 50ms;
        simulator.setTiming(timing);
        server.addRoute("POST", u"/_test/hooks"_s, [this](const SandboxRequest &request) {
            received.append({request.body, request.header("X-Webhook-Signature")});
            return SandboxReply::json(QJsonObject{{u"ok"_s, true}});
        });
        ApiPolicy policy;
        policy.timeout = timeout;
        policy.retry.baseDelay = 20ms;
        policy.retry.maxDelay = 100ms;
        policy.random = [] { return 0.5; };
        client = std::make_unique<ApiClient>(u"cryptofuse"_s, u"Cryptofuse"_s, policy, &network, metrics);
        adapter = makeAdapter(simulator.clientSecret());
    }

    std::unique_ptr<CryptofuseAdapter> makeAdapter(const QString &clientSecret, CryptofuseOptions options = {})
    {
        return std::make_unique<CryptofuseAdapter>(*client, server.baseUrlFor(u"cryptofuse"_s), simulator.clientId(),
                                                   clientSecret, simulator.webhookSecret(), std::move(options));
    }

    QUrl hooks() const
    {
        QUrl url = server.baseUrl();
        url.setPath(u"/_test/hooks"_s);
        return url;
    }

    int count(const QByteArray &method, const QString &path) const
    {
        int n = 0;
        for (const SandboxJournalEntry &entry : server.journal())
            n += entry.method == method && entry.path == path ? 1 : 0;
        return n;
    }

    QByteArray lastBody(const QString &path) const
    {
        QByteArray body;
        for (const SandboxJournalEntry &entry : server.journal())
            body = entry.path == path ? entry.body : body;
        return body;
    }

    void fault(SandboxFault::Kind kind, const QString &path, int times = 1, int delayMs = 0)
    {
        SandboxFault fault;
        fault.kind = kind;
        fault.pathPrefix = path;
        fault.times = times;
        fault.delayMilliseconds = delayMs;
        server.injectFault(fault);
    }
};

// Starts an operation and waits for its one answer.
template<typename T, typename Start> Result<T> wait(Start start)
{
    std::optional<Result<T>> answer;
    int calls = 0;
    start([&](Result<T> result) {
        ++calls;
        answer.emplace(std::move(result));
    });
    REQUIRE(sarraf::test::waitUntil([&] { return answer.has_value(); }, 15000));
    sarraf::test::waitUntil([] { return false; }, 30); // a second answer would show now
    REQUIRE(calls == 1);
    return std::move(*answer);
}

CryptofusePaymentRequest paymentRequest(const char *usdAmount, const QUrl &callback = {})
{
    CryptofusePaymentRequest request;
    request.price = money(usdAmount, "USD");
    request.currency = u"USDTTRC20"_s;
    request.callbackUrl = callback;
    request.orderId = u"order_12345"_s;
    request.orderDescription = u"Premium subscription payment"_s;
    return request;
}

Result<CryptofuseTransaction> createPayment(Harness &h, const CryptofusePaymentRequest &request)
{
    return wait<CryptofuseTransaction>([&](auto done) { h.adapter->createPayment(request, &h.context, done); });
}

Result<CryptofuseTransaction> status(Harness &h, const QString &id)
{
    return wait<CryptofuseTransaction>([&](auto done) { h.adapter->paymentStatus(id, &h.context, done); });
}

// Signed here, independently of the adapter and the simulator.
QByteArray hmacHex(const QByteArray &body, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

CryptofuseWebhook verified(const QByteArray &body, const QString &secret)
{
    Result<CryptofuseWebhook> webhook = CryptofuseAdapter::verifyWebhook(body, hmacHex(body, secret.toUtf8()), secret);
    REQUIRE_OK(webhook);
    return *webhook;
}

} // namespace

TEST_CASE("Cryptofuse fetches one token and reuses it for every operation", "[cryptofuse]")
{
    Harness h;
    REQUIRE_OK(wait<Done>([&](auto done) { h.adapter->authenticate(&h.context, done); }));
    REQUIRE_OK(wait<QList<CryptofuseCurrency>>([&](auto done) { h.adapter->currencies(&h.context, done); }));
    REQUIRE_OK(wait<QList<CryptofuseBalance>>([&](auto done) { h.adapter->balances(&h.context, done); }));
    REQUIRE_OK(wait<CryptofuseMinimum>([&](auto done) { h.adapter->minimumAmount(u"BTC"_s, &h.context, done); }));
    CHECK(h.count("POST", u"/cryptofuse/o/token/"_s) == 1);
    CHECK(h.simulator.tokensIssued() == 1);
    const QString form = QString::fromLatin1(h.lastBody(u"/cryptofuse/o/token/"_s));
    CHECK(form.contains(u"grant_type=client_credentials"_s));
    CHECK(form.contains(u"client_id=sandbox-client"_s));
    CHECK(form.contains(u"scope=read%20write"_s));
    // Every credential the adapter holds is known to the redactor.
    CHECK(SecretRedactor::instance().redact(h.simulator.clientSecret()) == SecretRedactor::placeholder());
    CHECK(SecretRedactor::instance().redact(h.simulator.webhookSecret()) == SecretRedactor::placeholder());
}

TEST_CASE("Cryptofuse refreshes a token the provider refuses once and only once", "[cryptofuse]")
{
    Harness h;
    REQUIRE_OK(wait<QList<CryptofuseCurrency>>([&](auto done) { h.adapter->currencies(&h.context, done); }));
    h.simulator.expireTokens(); // Sarraf still believes its token is good
    REQUIRE_OK(wait<QList<CryptofuseCurrency>>([&](auto done) { h.adapter->currencies(&h.context, done); }));
    CHECK(h.count("POST", u"/cryptofuse/o/token/"_s) == 2);
    CHECK(h.count("GET", u"/cryptofuse/currencies/"_s) == 3); // ok, 401, ok

    // Expired over HTTP too, with a create: the 401 meant nothing was done, so it is sent again.
    QNetworkAccessManager raw;
    QNetworkRequest expire(QUrl(h.server.baseUrl().toString() + u"/_sandbox/cryptofuse/tokens/expire"_s));
    QNetworkReply *reply = raw.post(expire, QByteArray());
    REQUIRE(sarraf::test::waitUntil([&] { return reply->isFinished(); }));
    reply->deleteLater();
    REQUIRE_OK(createPayment(h, paymentRequest("100.00")));
    CHECK(h.count("POST", u"/cryptofuse/o/token/"_s) == 3);
    CHECK(h.count("POST", u"/cryptofuse/payments/"_s) == 2); // 401, then created once
}

TEST_CASE("Cryptofuse replaces a token near the end of its lifetime before sending", "[cryptofuse]")
{
    Harness h;
    h.simulator.setTokenLifetime(2s);
    qint64 now = 0;
    CryptofuseOptions options;
    options.tokenClock = [&now] { return now; };
    auto adapter = h.makeAdapter(h.simulator.clientSecret(), options);
    REQUIRE_OK(wait<Done>([&](auto done) { adapter->authenticate(&h.context, done); }));
    now = 500;
    REQUIRE_OK(wait<Done>([&](auto done) { adapter->authenticate(&h.context, done); }));
    CHECK(h.simulator.tokensIssued() == 1);
    now = 1500; // a 2 s token is replaced 1 s before its end
    REQUIRE_OK(wait<QList<CryptofuseBalance>>([&](auto done) { adapter->balances(&h.context, done); }));
    CHECK(h.simulator.tokensIssued() == 2);
    CHECK(h.count("GET", u"/cryptofuse/user/balances/"_s) == 1);
}

TEST_CASE("Cryptofuse with a wrong client secret fails as api.auth with a clear sentence", "[cryptofuse]")
{
    Harness h;
    auto adapter = h.makeAdapter(u"not-the-secret"_s);
    const auto result = wait<QList<CryptofuseCurrency>>([&](auto done) { adapter->currencies(&h.context, done); });
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == u"api.auth"_s);
    CHECK(result.error().message.contains(u"client id or client secret"_s));
    CHECK(result.error().message.contains(u"Cryptofuse"_s));
    CHECK_FALSE(result.error().logLine().contains(u"not-the-secret"_s));
    CHECK(h.count("POST", u"/cryptofuse/o/token/"_s) == 1);
    CHECK(h.count("GET", u"/cryptofuse/currencies/"_s) == 0);
}

TEST_CASE("Cryptofuse currencies carry exact limits in the provider's own code", "[cryptofuse]")
{
    Harness h;
    const auto result = wait<QList<CryptofuseCurrency>>([&](auto done) { h.adapter->currencies(&h.context, done); });
    REQUIRE_OK(result);
    std::optional<CryptofuseCurrency> usdt;
    std::optional<CryptofuseCurrency> btc;
    for (const CryptofuseCurrency &c : *result) {
        if (c.code == u"USDTTRC20")
            usdt = c;
        if (c.code == u"BTC")
            btc = c;
    }
    REQUIRE(usdt);
    REQUIRE(btc);
    CHECK(usdt->minAmount->amountText() == u"10.00000000"_s);
    CHECK(usdt->minAmount->currency() == u"USDTTRC20"_s);
    CHECK_FALSE(usdt->minAmount->precision().has_value()); // never guessed
    CHECK(usdt->maxAmountUsd->amountText() == u"100000.00"_s);
    CHECK(usdt->blockchain == u"trx"_s);
    REQUIRE(usdt->asset());
    CHECK(usdt->asset()->code() == u"USDT"_s);
    CHECK(btc->minAmount->amountText() == u"0.00010000"_s);
    CHECK(btc->minAmountUsd->amountText() == u"6.00"_s);
}

TEST_CASE("Cryptofuse rates read JSON numbers without losing a digit", "[cryptofuse]")
{
    Harness h;
    const auto rate
        = wait<CryptofuseRate>([&](auto done) { h.adapter->rate(money("100.00", "USD"), u"BTC"_s, &h.context, done); });
    REQUIRE_OK(rate);
    CHECK(rate->amount.amountText() == u"100.00"_s);
    CHECK(rate->estimatedAmount.amountText() == u"0.00165000"_s); // a double would print 0.00165
    CHECK(rate->estimatedAmount.currency() == u"BTC"_s);
    CHECK(rate->rate.toString() == u"0.0000165"_s);
    CHECK(rate->feePercentage->toString() == u"1.0"_s);
    CHECK(rate->timestamp.isValid());
}

TEST_CASE("Cryptofuse creates a payment with exact amounts and every documented field", "[cryptofuse]")
{
    Harness h;
    CryptofusePaymentRequest request = paymentRequest("100.00", QUrl(u"https://shop.example/cryptofuse-webhook"_s));
    request.fixedRate = true;
    request.feePaidByUser = false;
    request.expiryMinutes = 30;
    const auto created = createPayment(h, request);
    REQUIRE_OK(created);
    const TrackedTransaction &r = created->record;
    CHECK(r.kind == TransactionKind::Invoice);
    CHECK(r.provider == u"cryptofuse"_s);
    CHECK_FALSE(r.providerId.isEmpty());
    CHECK(r.status == TransactionStatus::Pending);
    CHECK(r.providerStatus == u"waiting"_s);
    CHECK(r.amount == u"100.00000000"_s);
    CHECK(r.currency == u"USDTTRC20"_s);
    CHECK(r.address.startsWith(u'T'));
    CHECK(r.description == u"Premium subscription payment"_s);
    CHECK(r.createdAt.isValid());
    CHECK_FALSE(r.rawAnswer.isEmpty());
    CHECK(created->details.amountUsd->toString() == u"100.00"_s);
    CHECK(created->details.orderId == u"order_12345"_s);
    CHECK(created->details.expiresAt == r.createdAt.addSecs(30 * 60));

    const QByteArray sent = h.lastBody(u"/cryptofuse/payments/"_s);
    CHECK(sent.startsWith("{\"amount\":100.00,")); // a number, written from the exact digits
    const QJsonObject body = QJsonDocument::fromJson(sent).object();
    CHECK(body.value(u"price_currency"_s).toString() == u"USD"_s);
    CHECK(body.value(u"currency"_s).toString() == u"USDTTRC20"_s);
    CHECK(body.value(u"order_id"_s).toString() == u"order_12345"_s);
    CHECK(body.value(u"callback_url"_s).toString() == u"https://shop.example/cryptofuse-webhook"_s);
    CHECK(body.value(u"is_fixed_rate"_s).toBool());
    CHECK(body.value(u"is_fee_paid_by_user"_s) == QJsonValue(false));
    CHECK(body.value(u"expiry_minutes"_s).toInt() == 30);

    // The status answer reads the same payment back.
    const auto again = status(h, r.providerId);
    REQUIRE_OK(again);
    CHECK(again->record.amount == u"100.00000000"_s);
    CHECK(again->record.status == TransactionStatus::Pending);
}

TEST_CASE("Cryptofuse statuses map to Sarraf's and an unknown word is kept", "[cryptofuse]")
{
    using S = TransactionStatus;
    CHECK(CryptofuseAdapter::paymentStatusFor(u"waiting") == S::Pending);
    CHECK(CryptofuseAdapter::paymentStatusFor(u"confirming") == S::Processing);
    CHECK(CryptofuseAdapter::paymentStatusFor(u"completed", u"full") == S::Completed);
    CHECK(CryptofuseAdapter::paymentStatusFor(u"completed", u"overpayment") == S::Completed);
    CHECK(CryptofuseAdapter::paymentStatusFor(u"completed", u"partial") == S::Partial);
    CHECK(CryptofuseAdapter::paymentStatusFor(u"partially_paid", u"partial") == S::Partial);
    CHECK(CryptofuseAdapter::paymentStatusFor(u"expired") == S::Expired);
    CHECK(CryptofuseAdapter::paymentStatusFor(u"failed") == S::Failed);
    CHECK(CryptofuseAdapter::paymentStatusFor(u"Completed") == S::Completed);
    CHECK(CryptofuseAdapter::paymentStatusFor(u"refunded") == S::Unknown);
    CHECK(CryptofuseAdapter::paymentStatusFor(u"") == S::Unknown);
    CHECK(CryptofuseAdapter::withdrawalStatusFor(u"pending") == S::Processing);
    CHECK(CryptofuseAdapter::withdrawalStatusFor(u"processing") == S::Processing);
    CHECK(CryptofuseAdapter::withdrawalStatusFor(u"completed") == S::Completed);
    CHECK(CryptofuseAdapter::withdrawalStatusFor(u"failed") == S::Failed);
    CHECK(CryptofuseAdapter::withdrawalStatusFor(u"estimate") == S::Unknown);

    // Over HTTP: each word as the status answer carries it.
    Harness h;
    const auto created = createPayment(h, paymentRequest("100.00"));
    REQUIRE_OK(created);
    const QString id = created->record.providerId;
    const QList<std::pair<QString, S>> words
        = {{u"confirming"_s, S::Processing}, {u"partially_paid"_s, S::Partial}, {u"completed"_s, S::Completed},
           {u"expired"_s, S::Expired},       {u"failed"_s, S::Failed},          {u"on_hold"_s, S::Unknown}};
    for (const auto &[word, expected] : words) {
        REQUIRE_OK(h.simulator.setPaymentStatus(id, word));
        const auto answer = status(h, id);
        REQUIRE_OK(answer);
        CHECK(answer->record.providerStatus == word);
        CHECK(answer->record.status == expected);
    }
}

TEST_CASE("Cryptofuse testnet amounts lead to their documented outcomes", "[cryptofuse]")
{
    Harness h;
    struct Case
    {
        const char *amount;
        QString word;
        TransactionStatus status;
        QString paymentType;
        const char *paidShare; // of amount_crypto; empty: nothing paid
    };
    const QList<Case> cases = {
        {"123.45", u"completed"_s, TransactionStatus::Completed, u"full"_s, "1"},
        {"234.56", u"completed"_s, TransactionStatus::Completed, u"full"_s, "1"},
        {"345.67", u"partially_paid"_s, TransactionStatus::Partial, u"partial"_s, "0.5"},
        {"456.78", u"completed"_s, TransactionStatus::Completed, u"overpayment"_s, "1.5"},
        {"567.89", u"expired"_s, TransactionStatus::Expired, QString(), ""},
        {"678.90", u"failed"_s, TransactionStatus::Failed, QString(), ""},
    };
    QStringList ids;
    for (const Case &c : cases) {
        const auto created = createPayment(h, paymentRequest(c.amount, h.hooks()));
        REQUIRE_OK(created);
        CHECK(created->record.status == TransactionStatus::Pending);
        ids << created->record.providerId;
    }
    // 123.45 succeeds in a few seconds, 234.56 only after 30 (3 s here): it is still confirming.
    REQUIRE(sarraf::test::waitUntil([&] {
        const auto fast = status(h, ids[0]);
        return fast && fast->record.status == TransactionStatus::Completed;
    }));
    const auto slow = status(h, ids[1]);
    REQUIRE_OK(slow);
    CHECK(slow->record.providerStatus == u"confirming"_s);

    for (qsizetype i = 0; i < cases.size(); ++i) {
        const Case &c = cases[i];
        INFO(c.amount);
        std::optional<Result<CryptofuseTransaction>> last;
        REQUIRE(sarraf::test::waitUntil(
            [&] {
                last.emplace(status(h, ids[i]));
                return last->ok() && (*last)->record.providerStatus == c.word;
            },
            10000));
        const CryptofuseTransaction &t = **last;
        CHECK(t.record.status == c.status);
        CHECK(t.details.paymentType == c.paymentType);
        const Decimal amountCrypto = Decimal::parse(t.record.amount).valueOr(Decimal());
        if (QByteArrayView(c.paidShare).isEmpty()) {
            CHECK_FALSE(t.details.totalPaid.has_value());
        } else {
            REQUIRE(t.details.totalPaid);
            const Decimal share = Decimal::parse(QString::fromLatin1(c.paidShare)).valueOr(Decimal());
            CHECK(*t.details.totalPaid == amountCrypto * share);
        }
        if (c.paymentType == u"overpayment")
            CHECK(*t.details.overpayment == amountCrypto * Decimal::parse(u"0.5").valueOr(Decimal()));
    }
    // "You'll receive webhooks: confirming immediately, completed after a few seconds."
    REQUIRE(sarraf::test::waitUntil([&] { return h.received.size() >= 10; }, 10000));
    int forFirst = 0;
    for (const Hook &hook : std::as_const(h.received)) {
        const CryptofuseWebhook webhook = verified(hook.body, h.simulator.webhookSecret());
        CHECK(hook.signature == hmacHex(hook.body, h.simulator.webhookSecret().toUtf8()));
        if (webhook.transaction.record.providerId == ids[0])
            CHECK(webhook.transaction.record.providerStatus == (++forFirst == 1 ? u"confirming"_s : u"completed"_s));
    }
    CHECK(forFirst == 2);
}

TEST_CASE("Cryptofuse minimums and limits refuse a payment before it is sent", "[cryptofuse]")
{
    Harness h;
    const auto minimum
        = wait<CryptofuseMinimum>([&](auto done) { h.adapter->minimumAmount(u"USDTTRC20"_s, &h.context, done); });
    REQUIRE_OK(minimum);
    CHECK(minimum->minAmount.amountText() == u"10.00000000"_s);
    CHECK(minimum->minAmount.currency() == u"USDTTRC20"_s);
    CHECK(minimum->minAmountUsd->amountText() == u"10.00"_s);
    const auto currencies
        = wait<QList<CryptofuseCurrency>>([&](auto done) { h.adapter->currencies(&h.context, done); });
    REQUIRE_OK(currencies);

    CryptofusePaymentRequest below = paymentRequest("5.00");
    below.minimum = *minimum;
    auto result = createPayment(h, below);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == u"cryptofuse.invalid-below-minimum"_s);
    CHECK(result.error().message.contains(u"USDTTRC20"_s));

    CryptofusePaymentRequest inCoin = paymentRequest("9.99");
    inCoin.price = money("9.99", "USDTTRC20");
    inCoin.limits = currencies->first(); // USDTTRC20
    REQUIRE(inCoin.limits->code == u"USDTTRC20"_s);
    result = createPayment(h, inCoin);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == u"cryptofuse.invalid-below-minimum"_s);

    CryptofusePaymentRequest above = paymentRequest("100000.01");
    above.limits = currencies->first();
    result = createPayment(h, above);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == u"cryptofuse.invalid-above-maximum"_s);
    CHECK(h.count("POST", u"/cryptofuse/payments/"_s) == 0);

    CryptofusePaymentRequest fits = paymentRequest("10.00");
    fits.limits = currencies->first();
    fits.minimum = *minimum;
    REQUIRE_OK(createPayment(h, fits));
    CHECK(h.count("POST", u"/cryptofuse/payments/"_s) == 1);
}

TEST_CASE("Cryptofuse refuses invalid requests before sending with translated sentences", "[cryptofuse]")
{
    Harness h;
    const auto codeOf = [](const Outcome &outcome) { return outcome ? QString() : outcome.error().code; };
    CryptofusePaymentRequest payment = paymentRequest("0");
    CHECK(codeOf(CryptofuseAdapter::validate(payment)) == u"cryptofuse.invalid-amount"_s);
    payment = paymentRequest("10.00");
    payment.currency.clear();
    CHECK(codeOf(CryptofuseAdapter::validate(payment)) == u"cryptofuse.invalid-currency"_s);
    payment = paymentRequest("10.00", QUrl(u"ftp://example.com/hook"_s));
    CHECK(codeOf(CryptofuseAdapter::validate(payment)) == u"cryptofuse.invalid-callback-url"_s);
    payment = paymentRequest("10.00");
    payment.expiryMinutes = 0;
    CHECK(codeOf(CryptofuseAdapter::validate(payment)) == u"cryptofuse.invalid-expiry"_s);
    REQUIRE_FALSE(createPayment(h, payment).ok());

    CryptofuseWithdrawalRequest withdrawal;
    withdrawal.amount = money("100", "USDTTRC20");
    CHECK(codeOf(CryptofuseAdapter::validate(withdrawal)) == u"cryptofuse.invalid-address"_s);
    withdrawal.address = u"TXYZabc123"_s;
    withdrawal.addressCheck = CryptofuseAddressCheck{true, u"TOTHERaddress"_s, u"TRX"_s, u"USDTTRC20"_s};
    CHECK(codeOf(CryptofuseAdapter::validate(withdrawal)) == u"cryptofuse.invalid-address-check"_s);
    withdrawal.addressCheck = CryptofuseAddressCheck{false, u"TXYZabc123"_s, u"TRX"_s, u"USDTTRC20"_s};
    CHECK(codeOf(CryptofuseAdapter::validate(withdrawal)) == u"cryptofuse.invalid-address"_s);
    withdrawal.addressCheck.reset();
    withdrawal.balance = CryptofuseBalance{money("99.99999999", "USDTTRC20"), money("0", "USDTTRC20"), {}, {}};
    const Outcome poor = CryptofuseAdapter::validate(withdrawal);
    CHECK(codeOf(poor) == u"cryptofuse.invalid-insufficient-balance"_s);
    CHECK(poor.error().message.contains(u"nothing was sent"_s));
    const auto result
        = wait<CryptofuseTransaction>([&](auto done) { h.adapter->createWithdrawal(withdrawal, &h.context, done); });
    CHECK(result.error().code == u"cryptofuse.invalid-insufficient-balance"_s);
    CHECK(h.count("POST", u"/cryptofuse/payments/"_s) == 0);
    CHECK(h.count("POST", u"/cryptofuse/withdrawal/"_s) == 0);
}

TEST_CASE("Cryptofuse balances address checks estimates and withdrawals are exact", "[cryptofuse]")
{
    Harness h;
    auto balances = wait<QList<CryptofuseBalance>>([&](auto done) { h.adapter->balances(&h.context, done); });
    REQUIRE_OK(balances);
    const auto find = [](const QList<CryptofuseBalance> &list, const QString &code) {
        for (const CryptofuseBalance &b : list)
            if (b.amount.currency() == code)
                return b;
        FAIL("no balance in " << code.toStdString());
        return CryptofuseBalance{};
    };
    CryptofuseBalance usdt = find(*balances, u"USDTTRC20"_s);
    CHECK(usdt.amount.amountText() == u"1000.00000000"_s);
    CHECK(usdt.pendingAmount.amountText() == u"0.00000000"_s);
    CHECK(usdt.blockchain == u"TRX"_s);

    const QString good = u"TXYZabc123456789ABCDEFGHJKLMNPQRST"_s;
    auto check = wait<CryptofuseAddressCheck>(
        [&](auto done) { h.adapter->validateAddress(u"0xnot-tron"_s, u"USDTTRC20"_s, &h.context, done); });
    REQUIRE_OK(check);
    CHECK_FALSE(check->valid);
    check = wait<CryptofuseAddressCheck>(
        [&](auto done) { h.adapter->validateAddress(good, u"USDTTRC20"_s, &h.context, done); });
    REQUIRE_OK(check);
    CHECK(check->valid);

    const auto estimate = wait<CryptofuseWithdrawalEstimate>(
        [&](auto done) { h.adapter->estimateWithdrawal(money("100.00", "USDTTRC20"), good, &h.context, done); });
    REQUIRE_OK(estimate);
    CHECK(estimate->amount.amountText() == u"98.50000000"_s);
    CHECK(estimate->requestedAmount.amountText() == u"100.00000000"_s);
    CHECK(estimate->fee.amountText() == u"1.50000000"_s);
    CHECK(estimate->platformFee->amountText() == u"1.00000000"_s);
    CHECK(estimate->networkFee->amountText() == u"0.50000000"_s);

    CryptofuseWithdrawalRequest request;
    request.amount = money("100.00", "USDTTRC20");
    request.address = good;
    request.balance = usdt;
    request.addressCheck = *check;
    const auto created
        = wait<CryptofuseTransaction>([&](auto done) { h.adapter->createWithdrawal(request, &h.context, done); });
    REQUIRE_OK(created);
    const TrackedTransaction &r = created->record;
    CHECK(r.kind == TransactionKind::Withdrawal);
    CHECK(r.providerStatus == u"pending"_s);
    CHECK(r.status == TransactionStatus::Processing);
    CHECK(r.amount == u"100.00000000"_s);
    CHECK(r.counterAmount == u"98.50000000"_s);
    CHECK(r.currency == u"USDTTRC20"_s);
    CHECK(r.address == good);
    CHECK(created->details.feeUsd->toString() == u"1.50"_s);
    CHECK(h.lastBody(u"/cryptofuse/withdrawal/"_s).startsWith("{\"amount\":100.00,"));

    balances = wait<QList<CryptofuseBalance>>([&](auto done) { h.adapter->balances(&h.context, done); });
    REQUIRE_OK(balances);
    usdt = find(*balances, u"USDTTRC20"_s);
    CHECK(usdt.amount.amountText() == u"900.00000000"_s);
    CHECK(usdt.pendingAmount.amountText() == u"100.00000000"_s);
}

TEST_CASE("Cryptofuse refusals in its own error body become clear errors", "[cryptofuse]")
{
    Harness h;
    CryptofusePaymentRequest doge = paymentRequest("100.00");
    doge.currency = u"DOGE"_s;
    auto payment = createPayment(h, doge);
    REQUIRE_FALSE(payment.ok());
    CHECK(payment.error().code == u"cryptofuse.currency-not-supported"_s);

    payment = status(h, u"no-such-payment"_s);
    REQUIRE_FALSE(payment.ok());
    CHECK(payment.error().code == u"cryptofuse.not-found"_s);

    CryptofuseWithdrawalRequest request;
    request.amount = money("5000", "USDTTRC20");
    request.address = u"TXYZabc123456789ABCDEFGHJKLMNPQRST"_s;
    auto withdrawal
        = wait<CryptofuseTransaction>([&](auto done) { h.adapter->createWithdrawal(request, &h.context, done); });
    REQUIRE_FALSE(withdrawal.ok());
    CHECK(withdrawal.error().code == u"cryptofuse.insufficient-balance"_s);
    CHECK(withdrawal.error().message.contains(u"balance is too low"_s));

    request.amount = money("10", "USDTTRC20");
    request.address = u"not-an-address"_s;
    withdrawal
        = wait<CryptofuseTransaction>([&](auto done) { h.adapter->createWithdrawal(request, &h.context, done); });
    REQUIRE_FALSE(withdrawal.ok());
    CHECK(withdrawal.error().code == u"cryptofuse.request-refused"_s);
    CHECK(withdrawal.error().message.contains(u"address: Invalid address"_s));
    CHECK(h.count("POST", u"/cryptofuse/withdrawal/"_s) == 2); // refusals are not retried either
}

TEST_CASE("Cryptofuse service status is read without a token", "[cryptofuse]")
{
    Harness h;
    const auto result = wait<CryptofuseServiceStatus>([&](auto done) { h.adapter->serviceStatus(&h.context, done); });
    REQUIRE_OK(result);
    CHECK(result->status == u"ok"_s);
    CHECK(h.count("GET", u"/cryptofuse/status/"_s) == 1);
    CHECK(h.simulator.tokensIssued() == 0);
}

TEST_CASE("Cryptofuse creates are never retried on 503 or timeout while reads are", "[cryptofuse]")
{
    Harness h(700ms);
    REQUIRE_OK(wait<Done>([&](auto done) { h.adapter->authenticate(&h.context, done); }));

    h.fault(SandboxFault::Kind::ServerError, u"/cryptofuse/payments/"_s, 5);
    const auto payment = createPayment(h, paymentRequest("100.00"));
    REQUIRE_FALSE(payment.ok());
    CHECK(payment.error().code == u"api.unavailable"_s);
    CHECK(h.count("POST", u"/cryptofuse/payments/"_s) == 1);
    h.server.clearFaults();

    h.fault(SandboxFault::Kind::Slow, u"/cryptofuse/withdrawal/"_s, 5, 2000);
    CryptofuseWithdrawalRequest request;
    request.amount = money("10", "USDTTRC20");
    request.address = u"TXYZabc123456789ABCDEFGHJKLMNPQRST"_s;
    const auto withdrawal
        = wait<CryptofuseTransaction>([&](auto done) { h.adapter->createWithdrawal(request, &h.context, done); });
    REQUIRE_FALSE(withdrawal.ok());
    CHECK(withdrawal.error().code == u"api.timeout"_s);
    CHECK(withdrawal.error().message.contains(u"unknown whether"_s));
    CHECK(h.count("POST", u"/cryptofuse/withdrawal/"_s) == 1);
    h.server.clearFaults();

    h.fault(SandboxFault::Kind::ServerError, u"/cryptofuse/currencies/"_s, 2);
    REQUIRE_OK(wait<QList<CryptofuseCurrency>>([&](auto done) { h.adapter->currencies(&h.context, done); }));
    CHECK(h.count("GET", u"/cryptofuse/currencies/"_s) == 3);
    const auto created = createPayment(h, paymentRequest("100.00"));
    REQUIRE_OK(created);
    h.fault(SandboxFault::Kind::ServerError, u"/cryptofuse/payments/status/"_s, 1);
    REQUIRE_OK(status(h, created->record.providerId)); // a POST that only reads
    CHECK(h.count("POST", u"/cryptofuse/payments/status/"_s) == 2);
}

TEST_CASE("Cryptofuse malformed JSON is api.bad-answer", "[cryptofuse]")
{
    Harness h;
    h.fault(SandboxFault::Kind::MalformedJson, u"/cryptofuse/rates/"_s);
    const auto rate
        = wait<CryptofuseRate>([&](auto done) { h.adapter->rate(money("100", "USD"), u"BTC"_s, &h.context, done); });
    REQUIRE_FALSE(rate.ok());
    CHECK(rate.error().code == u"api.bad-answer"_s);
    h.fault(SandboxFault::Kind::MalformedJson, u"/cryptofuse/payments/"_s);
    const auto payment = createPayment(h, paymentRequest("100.00"));
    REQUIRE_FALSE(payment.ok());
    CHECK(payment.error().code == u"api.bad-answer"_s);
    CHECK(payment.error().message.contains(u"unknown"_s)); // it may have been created
}

TEST_CASE("Cryptofuse survives 429 slow answers and dropped connections", "[cryptofuse]")
{
    Harness h;
    REQUIRE_OK(wait<Done>([&](auto done) { h.adapter->authenticate(&h.context, done); }));
    h.fault(SandboxFault::Kind::TooManyRequests, u"/cryptofuse/currencies/"_s);
    QElapsedTimer timer;
    timer.start();
    REQUIRE_OK(wait<QList<CryptofuseCurrency>>([&](auto done) { h.adapter->currencies(&h.context, done); }));
    CHECK(timer.elapsed() >= 950); // Retry-After: 1
    CHECK(h.count("GET", u"/cryptofuse/currencies/"_s) == 2);

    h.fault(SandboxFault::Kind::Slow, u"/cryptofuse/user/balances/"_s, 1, 300);
    REQUIRE_OK(wait<QList<CryptofuseBalance>>([&](auto done) { h.adapter->balances(&h.context, done); }));

    h.fault(SandboxFault::Kind::DropConnection, u"/cryptofuse/rates/"_s);
    REQUIRE_OK(wait<CryptofuseRate>(
        [&](auto done) { h.adapter->rate(money("100", "USD"), u"USDTTRC20"_s, &h.context, done); }));

    h.fault(SandboxFault::Kind::DropConnection, u"/cryptofuse/payments/"_s);
    const auto payment = createPayment(h, paymentRequest("100.00"));
    REQUIRE_FALSE(payment.ok());
    CHECK(payment.error().code == u"api.network"_s);
    CHECK(h.count("POST", u"/cryptofuse/payments/"_s) == 1);
}

TEST_CASE("Cryptofuse webhook signatures are checked over the raw body", "[cryptofuse]")
{
    // Computed with Python's hmac module, outside Sarraf and Qt.
    const QByteArray body
        = R"({"transaction_id":"550e8400-e29b-41d4-a716-446655440000","event":"payment_status_update",)"
          R"("status":"confirming","timestamp":"2024-12-27T10:05:00Z"})";
    const QString secret = u"whsec_test_7Hq2"_s;
    const QByteArray python = "61e06aed4a1a01c5c783bb648597066501124ec228b233d50ea5e354893a32a4";
    REQUIRE_OK(CryptofuseAdapter::verifyWebhook(body, python, secret));
    REQUIRE_OK(CryptofuseAdapter::verifyWebhook(body, python.toUpper() + "\r\n", secret));
    CHECK(hmacHex(body, secret.toUtf8()) == python);

    const auto code = [](const Result<CryptofuseWebhook> &result) { return result ? QString() : result.error().code; };
    QByteArray tampered = body;
    tampered.replace("confirming", "completed!");
    CHECK(code(CryptofuseAdapter::verifyWebhook(tampered, python, secret)) == u"cryptofuse.webhook-bad-signature"_s);
    CHECK(code(CryptofuseAdapter::verifyWebhook(body, python, u"another-secret"_s))
          == u"cryptofuse.webhook-bad-signature"_s);
    CHECK(code(CryptofuseAdapter::verifyWebhook(body, python.left(63), secret))
          == u"cryptofuse.webhook-bad-signature"_s);
    CHECK(code(CryptofuseAdapter::verifyWebhook(body, python + "00", secret)) == u"cryptofuse.webhook-bad-signature"_s);
    CHECK(code(CryptofuseAdapter::verifyWebhook(body, QByteArray(), secret)) == u"cryptofuse.webhook-unsigned"_s);
    CHECK(code(CryptofuseAdapter::verifyWebhook(body, python, QString())) == u"cryptofuse.webhook-no-secret"_s);
    // The same JSON written differently is not what was signed.
    const QByteArray reformatted = QJsonDocument::fromJson(body).toJson(QJsonDocument::Indented);
    CHECK(code(CryptofuseAdapter::verifyWebhook(reformatted, python, secret)) == u"cryptofuse.webhook-bad-signature"_s);
    // Signed, but not an update.
    const QByteArray junk = "[1,2,3]";
    CHECK(code(CryptofuseAdapter::verifyWebhook(junk, hmacHex(junk, secret.toUtf8()), secret))
          == u"cryptofuse.webhook-invalid"_s);

    // The simulator's own webhooks verify with the adapter's configured secret.
    Harness h;
    const auto created = createPayment(h, paymentRequest("100.00"));
    REQUIRE_OK(created);
    const Result<CryptofuseSimulator::Webhook> genuine = h.simulator.webhookFor(created->record.providerId);
    REQUIRE_OK(genuine);
    const auto webhook = h.adapter->verifyWebhook(genuine->body, genuine->signature);
    REQUIRE_OK(webhook);
    CHECK(webhook->transaction.record.providerId == created->record.providerId);
}

TEST_CASE("Cryptofuse webhooks for every documented case apply once and only once", "[cryptofuse]")
{
    const QString secret = u"whsec_cases"_s;
    const QString id = u"550e8400-e29b-41d4-a716-446655440000"_s;
    TrackedTransaction stored; // as createPayment recorded it
    stored.kind = TransactionKind::Invoice;
    stored.provider = u"cryptofuse"_s;
    stored.providerId = id;
    stored.status = TransactionStatus::Pending;
    stored.providerStatus = u"waiting"_s;
    stored.amount = u"100.00000000"_s;
    stored.currency = u"USDTTRC20"_s;
    stored.address = u"TXYZabc123..."_s;
    stored.createdAt = QDateTime::fromString(u"2024-12-27T10:00:00Z"_s, Qt::ISODate);
    stored.updatedAt = stored.createdAt;

    const auto hook = [&](const QString &status, const QString &time, const QString &data) {
        return QString(uR"({"transaction_id":")"_s + id + uR"(","event":"payment_status_update","status":")"_s + status
                       + uR"(","timestamp":")"_s + time + uR"(","data":{"transaction_id":")"_s + id
                       + uR"(","status":")"_s + status + u"\""_s + data + u"}}"_s)
            .toUtf8();
    };
    using O = CryptofuseWebhookEffect::Outcome;
    const auto apply = [&](const TrackedTransaction &record, const QByteArray &body, O expected) {
        const Result<CryptofuseWebhookEffect> effect = CryptofuseAdapter::applyWebhook(record, verified(body, secret));
        REQUIRE_OK(effect);
        CHECK(effect->outcome == expected);
        CHECK(effect->changed() == (expected == O::Applied));
        if (expected != O::Applied)
            CHECK(effect->record.rawAnswer == record.rawAnswer);
        return *effect;
    };

    const QByteArray confirming = hook(
        u"confirming"_s, u"2024-12-27T10:05:00Z"_s,
        uR"(,"amount_usd":"100.00","amount_crypto":"100.00000000","currency":"USDTTRC20","address":"TXYZabc123...",)"
        uR"("transaction_hash":"0xabc123...","confirmations":1,"total_paid_amount":"100.00000000")"_s);
    const CryptofuseWebhookEffect first = apply(stored, confirming, O::Applied);
    CHECK(first.record.status == TransactionStatus::Processing);
    CHECK(first.record.trackingCode == u"0xabc123..."_s);
    REQUIRE(first.statusChange);
    CHECK(first.statusChange->from == TransactionStatus::Pending);
    CHECK(first.statusChange->to == TransactionStatus::Processing);
    CHECK(first.statusChange->source == u"callback"_s);
    const CryptofuseWebhookEffect again = apply(first.record, confirming, O::Duplicate);
    CHECK_FALSE(again.statusChange);

    const QByteArray completed = hook(
        u"completed"_s, u"2024-12-27T10:10:00Z"_s,
        uR"(,"amount_usd":"100.00","amount_crypto":"100.00000000","payment_type":"full","final_usd_value":99.50,)"
        uR"("transaction_hash":"0xabc123...","confirmations":20,"total_paid_amount":"100.00000000")"_s);
    const CryptofuseWebhookEffect done = apply(first.record, completed, O::Applied);
    CHECK(done.record.status == TransactionStatus::Completed);
    CHECK(done.record.currency == u"USDTTRC20"_s); // the completed webhook leaves it out
    CHECK(done.record.updatedAt == QDateTime::fromString(u"2024-12-27T10:10:00Z"_s, Qt::ISODate));
    apply(done.record, completed, O::Duplicate);
    apply(done.record, confirming, O::Stale); // late, out of order
    CHECK(verified(completed, secret).transaction.details.finalUsdValue->toString() == u"99.50"_s);

    const QByteArray overpaid = hook(
        u"completed"_s, u"2024-12-27T10:10:00Z"_s,
        uR"(,"payment_type":"overpayment","total_paid_amount":"150.00000000","overpayment_amount":"50.00000000",)"
        uR"("overpayment_usd_value":"49.75","amount_limited":true,"rejected_amount":"30.00000000")"_s);
    const CryptofuseWebhook overpayment = verified(overpaid, secret);
    CHECK(overpayment.transaction.details.overpayment->toString() == u"50.00000000"_s);
    CHECK(overpayment.transaction.details.rejectedAmount->toString() == u"30.00000000"_s);
    CHECK(*overpayment.transaction.details.amountLimited);
    const CryptofuseWebhookEffect over = apply(first.record, overpaid, O::Applied);
    CHECK(over.record.status == TransactionStatus::Completed);
    apply(over.record, overpaid, O::Duplicate);

    // The document's fragments, flat at the top level.
    const QByteArray partial = QString(uR"({"transaction_id":")"_s + id + uR"(","status":"partially_paid",)"_s
                                       + uR"("payment_type":"partial","total_paid_amount":"50.00000000"})"_s)
                                   .toUtf8();
    const CryptofuseWebhookEffect half = apply(first.record, partial, O::Applied);
    CHECK(half.record.status == TransactionStatus::Partial);
    CHECK(verified(partial, secret).transaction.details.totalPaid->toString() == u"50.00000000"_s);
    apply(half.record, partial, O::Duplicate);

    const QByteArray expired
        = QString(uR"({"transaction_id":")"_s + id + uR"(","status":"expired","timestamp":"2024-12-27T10:30:00Z"})"_s)
              .toUtf8();
    const CryptofuseWebhookEffect late = apply(stored, expired, O::Applied);
    CHECK(late.record.status == TransactionStatus::Expired);
    CHECK(late.record.amount == stored.amount);
    apply(late.record, expired, O::Duplicate);
    apply(done.record, expired, O::Applied); // a newer final status replaces an older one
    const QByteArray expiredEarlier
        = QString(uR"({"transaction_id":")"_s + id + uR"(","status":"expired","timestamp":"2024-12-27T10:07:00Z"})"_s)
              .toUtf8();
    apply(done.record, expiredEarlier, O::Stale); // an older one never does

    const QByteArray failed = hook(u"failed"_s, u"2024-12-27T10:31:00Z"_s, QString());
    const CryptofuseWebhookEffect failure = apply(stored, failed, O::Applied);
    CHECK(failure.record.status == TransactionStatus::Failed);
    apply(failure.record, failed, O::Duplicate);

    const QByteArray unknown = hook(u"refunded"_s, u"2024-12-27T09:00:00Z"_s, QString());
    const CryptofuseWebhookEffect odd = apply(done.record, unknown, O::Applied); // a person must see it
    CHECK(odd.record.status == TransactionStatus::Unknown);
    CHECK(odd.record.providerStatus == u"refunded"_s);

    TrackedTransaction other = stored;
    other.providerId = u"someone-else"_s;
    const auto mismatch = CryptofuseAdapter::applyWebhook(other, verified(confirming, secret));
    REQUIRE_FALSE(mismatch.ok());
    CHECK(mismatch.error().code == u"cryptofuse.webhook-other-transaction"_s);
}

TEST_CASE("Cryptofuse withdrawal webhooks from the simulator complete a withdrawal once", "[cryptofuse]")
{
    Harness h;
    h.simulator.setSendWebhooksTwice(true); // "Webhooks may be sent multiple times"
    CryptofuseWithdrawalRequest request;
    request.amount = money("100", "USDTTRC20");
    request.address = u"TXYZabc123456789ABCDEFGHJKLMNPQRST"_s;
    request.callbackUrl = h.hooks();
    const auto created
        = wait<CryptofuseTransaction>([&](auto done) { h.adapter->createWithdrawal(request, &h.context, done); });
    REQUIRE_OK(created);
    REQUIRE(sarraf::test::waitUntil([&] { return h.received.size() >= 4; }));
    TrackedTransaction record = created->record;
    int applied = 0;
    int unchanged = 0;
    for (const Hook &hook : std::as_const(h.received)) {
        const auto webhook = h.adapter->verifyWebhook(hook.body, hook.signature);
        REQUIRE_OK(webhook);
        const auto effect = CryptofuseAdapter::applyWebhook(record, *webhook);
        REQUIRE_OK(effect);
        ++(effect->changed() ? applied : unchanged);
        record = effect->record;
    }
    CHECK(applied == 2); // processing (the word changed), completed
    CHECK(unchanged == 2);
    CHECK(record.status == TransactionStatus::Completed);
    CHECK(record.providerStatus == u"completed"_s);
    CHECK(record.trackingCode.startsWith(u"0x"_s));
    CHECK(record.counterAmount == u"98.50000000"_s); // kept from the create answer
    CHECK(record.amount == u"100.00000000"_s);
}

TEST_CASE("Cryptofuse payment webhooks sent twice by the simulator change the record once", "[cryptofuse]")
{
    Harness h;
    h.simulator.setSendWebhooksTwice(true);
    const auto created = createPayment(h, paymentRequest("123.45", h.hooks()));
    REQUIRE_OK(created);
    REQUIRE(sarraf::test::waitUntil([&] { return h.received.size() >= 4; }));
    TrackedTransaction record = created->record;
    int applied = 0;
    for (const Hook &hook : std::as_const(h.received)) {
        const auto webhook = h.adapter->verifyWebhook(hook.body, hook.signature);
        REQUIRE_OK(webhook);
        const auto effect = CryptofuseAdapter::applyWebhook(record, *webhook);
        REQUIRE_OK(effect);
        applied += effect->changed() ? 1 : 0;
        record = effect->record;
    }
    CHECK(applied == 2); // confirming, completed; their repeats change nothing
    CHECK(record.status == TransactionStatus::Completed);
    CHECK(record.amount == created->record.amount);
}

TEST_CASE("Cryptofuse demo data covers every payment status", "[cryptofuse]")
{
    Harness h;
    const QStringList ids = h.simulator.seedDemoData();
    REQUIRE(ids.size() == 9);
    QSet<QString> seen;
    for (const QString &id : ids.first(7)) {
        const auto payment = status(h, id);
        REQUIRE_OK(payment);
        seen.insert(TransactionStatuses::key(payment->record.status));
    }
    CHECK(seen
          == QSet<QString>{u"pending"_s, u"processing"_s, u"completed"_s, u"partial"_s, u"expired"_s, u"failed"_s});
    const Result<CryptofuseSimulator::Webhook> withdrawal = h.simulator.webhookFor(ids.last());
    REQUIRE_OK(withdrawal);
    const auto webhook = h.adapter->verifyWebhook(withdrawal->body, withdrawal->signature);
    REQUIRE_OK(webhook);
    CHECK(webhook->transaction.record.kind == TransactionKind::Withdrawal);
    CHECK(webhook->transaction.record.status == TransactionStatus::Completed);
}
