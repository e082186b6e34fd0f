// The GREENGO adapter against its simulator over real loopback HTTP: every operation of document
// 004, the Api-Secret header, batch check and cancel, the status map, exact amounts, refusals,
// redaction, and the runtime's fault policies as GREENGO's calls meet them.
#include "models/domain/SecretRedactor.h"
#include "providers/greengo/GreengoAdapter.h"
#include "providers/http/ApiMetrics.h"
#include "providers/sandbox/GreengoSimulator.h"
#include "providers/sandbox/SandboxServer.h"
#include "tests/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <optional>

using namespace sarraf;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

const QString Secret = u"greengo-test-secret-7Qm2"_s;
const QString CreatePath = u"/greengo/api/v2/order/create"_s;
const QString CheckPath = u"/greengo/api/v2/order/check"_s;
const QString CancelPath = u"/greengo/api/v2/order/cancel"_s;
const QString DirectionsPath = u"/greengo/api/v2/directions"_s;

GreengoSimulator::Options quietSimulator()
{
    GreengoSimulator::Options options;
    options.apiSecret = Secret;
    options.progress = false; // tests set statuses themselves
    return options;
}

ApiPolicy fastPolicy()
{
    ApiPolicy policy;
    policy.timeout = 2s;
    policy.retry.baseDelay = 20ms;
    policy.retry.maxDelay = 100ms;
    policy.random = [] { return 0.5; };
    return policy;
}

struct Harness
{
    SandboxServer server;
    GreengoSimulator simulator;
    QNetworkAccessManager network;
    ApiMetrics metrics;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<GreengoAdapter> adapter;
    QObject context;

    explicit Harness(GreengoOptions options = {}, const QString &secret = Secret, ApiPolicy policy = fastPolicy(),
                     GreengoSimulator::Options simulatorOptions = quietSimulator())
        : simulator(server, std::move(simulatorOptions))
    {
        REQUIRE_OK(server.listen(0));
        client = std::make_unique<ApiClient>(u"greengo"_s, u"GREENGO"_s, std::move(policy), &network, metrics);
        adapter
            = std::make_unique<GreengoAdapter>(*client, server.baseUrlFor(u"greengo"_s), secret, std::move(options));
    }

    void fault(SandboxFault::Kind kind, const QString &prefix, int times = 1, int delayMs = 0)
    {
        SandboxFault fault;
        fault.kind = kind;
        fault.pathPrefix = prefix;
        fault.times = times;
        fault.delayMilliseconds = delayMs;
        server.injectFault(fault);
    }

    int count(const QString &path) const { return server.requestCount(path == DirectionsPath ? "GET" : "POST", path); }
};

// Runs one adapter call and waits for its single answer.
template<typename T, typename Call> Result<T> await(Call call)
{
    std::optional<Result<T>> answer;
    int calls = 0;
    call([&](Result<T> result) {
        answer = std::move(result);
        ++calls;
    });
    REQUIRE(test::waitUntil([&] { return answer.has_value(); }));
    QCoreApplication::processEvents(); // a second, wrong, answer would arrive here
    REQUIRE(calls == 1);
    return std::move(*answer);
}

Result<TrackedTransaction> create(Harness &h, const GreengoOrderRequest &request)
{
    return await<TrackedTransaction>([&](auto done) { h.adapter->createOrder(request, &h.context, done); });
}

Result<QList<GreengoOrderCheck>> check(Harness &h, const QStringList &ids)
{
    return await<QList<GreengoOrderCheck>>([&](auto done) { h.adapter->checkOrders(ids, &h.context, done); });
}

Result<QList<GreengoCancelOutcome>> cancel(Harness &h, const QStringList &ids)
{
    return await<QList<GreengoCancelOutcome>>([&](auto done) { h.adapter->cancelOrders(ids, &h.context, done); });
}

GreengoOrderRequest cardOrder(const QString &amount = u"5000.50"_s)
{
    GreengoOrderRequest request;
    request.paymentMethod = u"card"_s;
    request.wallet = u"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"_s;
    request.fromAmount = Money::parse(amount, u"RUB").value();
    return request;
}

QString createdId(Harness &h)
{
    const Result<TrackedTransaction> order = create(h, cardOrder());
    REQUIRE_OK(order);
    return order->providerId;
}

} // namespace

TEST_CASE("GREENGO directions are parsed exactly with limits and commission")
{
    Harness h;
    const auto directions = await<QList<GreengoDirection>>([&](auto done) { h.adapter->directions(&h.context, done); });
    REQUIRE_OK(directions);
    REQUIRE(directions->size() == 4);

    const GreengoDirection &card = directions->at(0);
    CHECK(card.id == 1);
    CHECK(card.enabled);
    CHECK(card.orderTtlMinutes == 45);
    CHECK(card.name == u"Банковская карта RUB на Bitcoin BTC"_s);
    CHECK(card.giveCurrency == u"RUB"_s);
    CHECK(card.getCurrency == u"BTC"_s);
    CHECK(card.minAmount == Money::parse(u"300", u"RUB").value());
    CHECK(card.maxAmount.amountText() == u"150000000"_s);
    CHECK(card.commissionPercent.toString() == u"17"_s);
    CHECK(card.currentCourse.toString() == u"3232674.128"_s); // sent as a JSON number

    const GreengoDirection &phone = directions->at(1);
    CHECK(phone.commissionPercent.toString() == u"17.9"_s); // a number with a fraction, exact
    CHECK(phone.currentCourse.toString() == u"3257540.85"_s); // sent as a string
    CHECK(phone.maxAmount.amountText() == u"15000000"_s);

    CHECK(directions->at(2).giveCurrency == u"KZT"_s);
    CHECK(directions->at(3).getCurrency == u"USDT"_s);
    CHECK_FALSE(directions->at(3).enabled);
}

TEST_CASE("GREENGO create sends every documented field exactly")
{
    Harness h;
    const Result<TrackedTransaction> order = create(h, cardOrder());
    REQUIRE_OK(order);

    const QList<SandboxJournalEntry> journal = h.server.journal();
    REQUIRE(journal.size() == 1);
    CHECK(journal.first().path == CreatePath);
    const QJsonObject sent = QJsonDocument::fromJson(journal.first().body).object();
    CHECK(sent.keys() == QStringList {u"from_amount"_s, u"payment_method"_s, u"wallet"_s}); // sorted
    CHECK(sent.value(u"payment_method").toString() == u"card"_s);
    CHECK(sent.value(u"wallet").toString() == cardOrder().wallet);
    // A string with the exact digits given, never a binary floating-point number.
    CHECK(journal.first().body.contains(R"("from_amount":"5000.50")"));

    CHECK(order->kind == TransactionKind::Order);
    CHECK(order->provider == u"greengo"_s);
    CHECK(order->providerId == u"8090100"_s);
    CHECK(order->status == TransactionStatus::Pending);
    CHECK(order->providerStatus == u"unconfirmed"_s);
    CHECK(order->amount == u"5000.50"_s);
    CHECK(order->currency == u"RUB"_s);
    CHECK(order->counterAmount == u"0.00154686"_s); // 5000.50 / 3232674.128, 8 digits down
    CHECK(order->counterCurrency == u"BTC"_s);
    CHECK(order->address == cardOrder().wallet);
    CHECK(order->description.contains(u"2202"));
    // Moscow time read as such: the order was created just now.
    CHECK(std::abs(order->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    CHECK(order->rawAnswer.contains("\"order_id\":\"8090100\""));
}

TEST_CASE("GREENGO create refuses invalid input locally and sends nothing")
{
    Harness h;
    GreengoDirection direction;
    direction.name = u"Банковская карта RUB на Bitcoin BTC"_s;
    direction.enabled = true;
    direction.minAmount = Money::parse(u"300", u"RUB").value();
    direction.maxAmount = Money::parse(u"150000", u"RUB").value();

    struct Case
    {
        const char *what;
        std::function<void(GreengoOrderRequest &)> change;
        QString code;
    };
    const QList<Case> cases {
        {"unknown method", [](auto &r) { r.paymentMethod = u"qiwi"_s; }, u"greengo.invalid-payment-method"_s},
        {"empty wallet", [](auto &r) { r.wallet = u"  "_s; }, u"greengo.invalid-wallet"_s},
        {"wallet with a space", [](auto &r) { r.wallet = u"bc1q abc"_s; }, u"greengo.invalid-wallet"_s},
        {"no amount", [](auto &r) { r.fromAmount = Money(); }, u"greengo.invalid-amount"_s},
        {"zero", [](auto &r) { r.fromAmount = Money::parse(u"0", u"RUB").value(); }, u"greengo.invalid-amount"_s},
        {"three decimals",
         [](auto &r) {
             r.paymentMethod = u"kzt"_s;
             r.fromAmount = Money::parse(u"100.005", u"KZT").value();
         },
         u"greengo.invalid-amount"_s},
        {"wrong currency", [](auto &r) { r.fromAmount = Money::parse(u"5000", u"USD").value(); },
         u"greengo.invalid-currency"_s},
        {"below minimum",
         [&](auto &r) {
             r.direction = direction;
             r.fromAmount = Money::parse(u"299.99", u"RUB").value();
         },
         u"greengo.invalid-amount"_s},
        {"above maximum",
         [&](auto &r) {
             r.direction = direction;
             r.fromAmount = Money::parse(u"150000.01", u"RUB").value();
         },
         u"greengo.invalid-amount"_s},
        {"direction off",
         [&](auto &r) {
             r.direction = direction;
             r.direction->enabled = false;
         },
         u"greengo.invalid-direction"_s},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        GreengoOrderRequest request = cardOrder();
        c.change(request);
        const Result<TrackedTransaction> order = create(h, request);
        REQUIRE_FALSE(order.ok());
        CHECK(order.error().code == c.code);
        CHECK_FALSE(order.error().message.isEmpty());
    }
    CHECK(h.server.journal().isEmpty());

    GreengoOrderRequest withinLimits = cardOrder(u"300"_s);
    withinLimits.direction = direction;
    REQUIRE_OK(create(h, withinLimits));
    CHECK(h.count(CreatePath) == 1);
}

TEST_CASE("GREENGO check of many ids is one request and maps every status")
{
    Harness h;
    const QStringList words {u"unconfirmed"_s,  u"awaiting"_s, u"payed"_s,  u"completed"_s,
                             u"autocanceled"_s, u"canceled"_s, u"on_hold"_s};
    QStringList ids;
    for (const QString &word : words) {
        ids.append(createdId(h));
        REQUIRE(h.simulator.setStatus(ids.last(), word));
    }
    ids.append(u"999999"_s); // GREENGO never issued it
    h.server.clearJournal();

    const Result<QList<GreengoOrderCheck>> checks = check(h, ids);
    REQUIRE_OK(checks);
    CHECK(h.count(CheckPath) == 1);
    const QJsonObject sent = QJsonDocument::fromJson(h.server.journal().first().body).object();
    CHECK(sent.value(u"order_id").toArray() == QJsonArray::fromStringList(ids));

    REQUIRE(checks->size() == ids.size());
    const QList<TransactionStatus> expected {TransactionStatus::Pending,    TransactionStatus::Pending,
                                             TransactionStatus::Processing, TransactionStatus::Completed,
                                             TransactionStatus::Expired,    TransactionStatus::Cancelled,
                                             TransactionStatus::Unknown};
    for (qsizetype i = 0; i < words.size(); ++i) {
        const GreengoOrderCheck &one = checks->at(i);
        INFO(words.at(i).toStdString());
        REQUIRE(one.state == GreengoOrderCheck::State::Found);
        CHECK(one.orderId == ids.at(i));
        CHECK(one.order.providerId == ids.at(i));
        CHECK(one.order.providerStatus == words.at(i));
        CHECK(one.order.status == expected.at(i));
        CHECK(one.order.amount == u"5000.50"_s);
        CHECK(one.order.counterAmount == u"0.00154686"_s);
        CHECK(one.order.rawAnswer.contains(ids.at(i).toUtf8()));
    }
    const GreengoOrderCheck &missing = checks->last();
    CHECK(missing.state == GreengoOrderCheck::State::NotFound);
    REQUIRE(missing.error.has_value());
    CHECK(missing.error->code == u"greengo.not-found"_s);
    CHECK(missing.error->message.contains(u"999999"));
}

TEST_CASE("GREENGO check splits batches above the configured cap")
{
    GreengoOptions options;
    options.maxIdsPerRequest = 2;
    Harness h(options);
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids.append(createdId(h));
    ids.append(ids.first()); // a duplicate is asked once
    h.server.clearJournal();

    const Result<QList<GreengoOrderCheck>> checks = check(h, ids);
    REQUIRE_OK(checks);
    CHECK(h.count(CheckPath) == 3);
    REQUIRE(checks->size() == 5);
    for (qsizetype i = 0; i < 5; ++i) {
        CHECK(checks->at(i).orderId == ids.at(i));
        CHECK(checks->at(i).state == GreengoOrderCheck::State::Found);
    }
}

TEST_CASE("GREENGO check failing after its first batch marks only the rest failed")
{
    GreengoOptions options;
    options.maxIdsPerRequest = 2;
    ApiPolicy policy = fastPolicy();
    policy.rateLimit = {2.0, 1}; // half a second between requests: time to inject the fault
    Harness h(options, Secret, policy);
    QStringList ids;
    for (int i = 0; i < 4; ++i)
        ids.append(createdId(h));
    h.server.clearJournal();

    std::optional<Result<QList<GreengoOrderCheck>>> answer;
    h.adapter->checkOrders(ids, &h.context, [&](Result<QList<GreengoOrderCheck>> result) { answer = result; });
    REQUIRE(test::waitUntil([&] { return h.count(CheckPath) == 1; }));
    h.fault(SandboxFault::Kind::ServerError, CheckPath, -1);
    REQUIRE(test::waitUntil([&] { return answer.has_value(); }));
    REQUIRE_OK(*answer);
    const QList<GreengoOrderCheck> &checks = answer->value();
    REQUIRE(checks.size() == 4);
    CHECK(checks.at(0).state == GreengoOrderCheck::State::Found);
    CHECK(checks.at(1).state == GreengoOrderCheck::State::Found);
    for (qsizetype i = 2; i < 4; ++i) {
        CHECK(checks.at(i).state == GreengoOrderCheck::State::Failed);
        REQUIRE(checks.at(i).error.has_value());
        CHECK(checks.at(i).error->code == u"api.unavailable"_s);
    }
}

TEST_CASE("GREENGO cancel of many ids reports each outcome")
{
    for (const auto style : {GreengoCancelAnswerStyle::AsDocumented, GreengoCancelAnswerStyle::Numbers}) {
        INFO(int(style));
        GreengoOptions options;
        options.maxIdsPerRequest = 3;
        Harness h(options);
        h.simulator.setCancelAnswerStyle(style);
        const QString awaiting = createdId(h);
        const QString unconfirmed = createdId(h);
        const QString completed = createdId(h);
        REQUIRE(h.simulator.setStatus(awaiting, u"awaiting"_s));
        REQUIRE(h.simulator.setStatus(completed, u"completed"_s));
        h.server.clearJournal();

        const Result<QList<GreengoCancelOutcome>> outcomes = cancel(h, {awaiting, unconfirmed, completed, u"424242"_s});
        REQUIRE_OK(outcomes);
        CHECK(h.count(CancelPath) == 2);
        REQUIRE(outcomes->size() == 4);
        CHECK(outcomes->at(0).state == GreengoCancelOutcome::State::Cancelled);
        CHECK(outcomes->at(1).state == GreengoCancelOutcome::State::Cancelled);
        CHECK(outcomes->at(2).state == GreengoCancelOutcome::State::NotCancelled);
        CHECK(outcomes->at(3).state == GreengoCancelOutcome::State::NotCancelled);
        REQUIRE(outcomes->at(3).error.has_value());
        CHECK(outcomes->at(3).error->code == u"greengo.not-cancelled"_s);
        CHECK(outcomes->at(3).error->message.contains(u"424242"));

        const Result<QList<GreengoOrderCheck>> after = check(h, {awaiting, completed});
        REQUIRE_OK(after);
        CHECK(after->at(0).order.status == TransactionStatus::Cancelled);
        CHECK(after->at(1).order.status == TransactionStatus::Completed);
    }
}

TEST_CASE("GREENGO wrong secret surfaces as api.auth with a clear sentence")
{
    const QString wrong = u"wrong-greengo-secret-31"_s;
    Harness h({}, wrong);
    const auto directions = await<QList<GreengoDirection>>([&](auto done) { h.adapter->directions(&h.context, done); });
    const Result<TrackedTransaction> created = create(h, cardOrder());
    const Result<QList<GreengoOrderCheck>> checked = check(h, {u"8090056"_s});
    const Result<QList<GreengoCancelOutcome>> cancelled = cancel(h, {u"8090056"_s});
    REQUIRE_FALSE(directions.ok());
    REQUIRE_FALSE(created.ok());
    REQUIRE_FALSE(checked.ok());
    REQUIRE_FALSE(cancelled.ok());
    for (const Error &error : {directions.error(), created.error(), checked.error(), cancelled.error()}) {
        CHECK(error.code == u"api.auth"_s);
        CHECK(error.message
              == u"GREENGO refused the credentials Sarraf sent; check the keys saved for this provider."_s);
        CHECK_FALSE(error.logLine().contains(wrong));
    }
    CHECK(h.count(CreatePath) == 1); // refused, not retried
}

TEST_CASE("GREENGO refusals are surfaced with the provider's message")
{
    GreengoOptions options;
    options.paymentMethods.insert(u"qiwi"_s, u"RUB"_s); // allowed here, unknown to GREENGO
    Harness h(options);

    const Result<TrackedTransaction> tooMuch = create(h, cardOrder(u"150000000.01"_s));
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(tooMuch.error().code == u"greengo.refused"_s);
    CHECK(tooMuch.error().message == u"GREENGO refused the request: Сумма больше максимальной: 150000000"_s);

    GreengoOrderRequest qiwi = cardOrder();
    qiwi.paymentMethod = u"qiwi"_s;
    const Result<TrackedTransaction> unknownMethod = create(h, qiwi);
    REQUIRE_FALSE(unknownMethod.ok());
    CHECK(unknownMethod.error().code == u"greengo.refused"_s);
    CHECK(unknownMethod.error().message.contains(u"Неизвестный метод оплаты: qiwi"));
    CHECK(h.count(CreatePath) == 2);
}

TEST_CASE("GREENGO raw answers are stored without the secret")
{
    Harness h;
    GreengoOrderRequest request = cardOrder();
    request.wallet = u"bc1q"_s + Secret; // the provider echoes the wallet: a stand-in for a leak
    const Result<TrackedTransaction> order = create(h, request);
    REQUIRE_OK(order);
    CHECK_FALSE(order->rawAnswer.isEmpty());
    CHECK_FALSE(order->rawAnswer.contains(Secret.toUtf8()));
    CHECK(order->rawAnswer.contains(SecretRedactor::placeholder().toUtf8()));

    const Result<QList<GreengoOrderCheck>> checked = check(h, {order->providerId});
    REQUIRE_OK(checked);
    CHECK(checked->first().order.rawAnswer.contains(order->providerId.toUtf8()));
    CHECK_FALSE(checked->first().order.rawAnswer.contains(Secret.toUtf8()));
}

TEST_CASE("GREENGO malformed JSON is api.bad-answer")
{
    Harness h;
    const QString id = createdId(h);
    h.fault(SandboxFault::Kind::MalformedJson, CheckPath);
    const Result<QList<GreengoOrderCheck>> checked = check(h, {id});
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error().code == u"api.bad-answer"_s);
    CHECK(checked.error().message.contains(u"GREENGO"));

    h.fault(SandboxFault::Kind::MalformedJson, CreatePath);
    const Result<TrackedTransaction> created = create(h, cardOrder());
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == u"api.bad-answer"_s);
    CHECK(created.error().message.contains(u"unknown")); // the order may exist: say so
    CHECK(h.count(CreatePath) == 2);

    h.fault(SandboxFault::Kind::MalformedJson, CancelPath);
    const Result<QList<GreengoCancelOutcome>> cancelled = cancel(h, {id});
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().code == u"api.bad-answer"_s);
}

TEST_CASE("GREENGO create is never retried on 503 while check is")
{
    Harness h;
    h.fault(SandboxFault::Kind::ServerError, CreatePath);
    const Result<TrackedTransaction> created = create(h, cardOrder());
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == u"api.unavailable"_s);
    CHECK(h.count(CreatePath) == 1);

    const QString id = createdId(h);
    h.fault(SandboxFault::Kind::ServerError, CheckPath);
    REQUIRE_OK(check(h, {id}));
    CHECK(h.count(CheckPath) == 2);

    h.fault(SandboxFault::Kind::ServerError, CancelPath);
    const Result<QList<GreengoCancelOutcome>> cancelled = cancel(h, {id});
    REQUIRE_FALSE(cancelled.ok());
    CHECK(h.count(CancelPath) == 1);
}

TEST_CASE("GREENGO survives 429 5xx slow and dropped faults")
{
    ApiPolicy policy = fastPolicy();
    policy.timeout = 1s;
    {
        Harness h({}, Secret, policy);
        h.fault(SandboxFault::Kind::TooManyRequests, DirectionsPath);
        REQUIRE_OK(await<QList<GreengoDirection>>([&](auto done) { h.adapter->directions(&h.context, done); }));
        CHECK(h.count(DirectionsPath) == 2);
    }
    {
        Harness h({}, Secret, policy);
        h.fault(SandboxFault::Kind::ServerError, CheckPath, -1);
        const auto checked = check(h, {u"8090056"_s, u"8090055"_s});
        REQUIRE_FALSE(checked.ok());
        CHECK(checked.error().code == u"api.unavailable"_s);
        CHECK(h.count(CheckPath) == 3);
    }
    {
        Harness h({}, Secret, policy);
        h.fault(SandboxFault::Kind::Slow, CheckPath, -1, 1500);
        const auto checked = check(h, {u"8090056"_s});
        REQUIRE_FALSE(checked.ok());
        CHECK(checked.error().code == u"api.timeout"_s);
    }
    {
        Harness h({}, Secret, policy);
        h.fault(SandboxFault::Kind::DropConnection, CreatePath);
        const Result<TrackedTransaction> created = create(h, cardOrder());
        INFO("create requests received: " << h.count(CreatePath));
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().code == u"api.network"_s);
        CHECK(h.count(CreatePath) == 1);
        h.fault(SandboxFault::Kind::DropConnection, CheckPath);
        REQUIRE_OK(check(h, {u"8090056"_s})); // read-only: tried again
    }
}

TEST_CASE("GREENGO statuses map to Sarraf's normalised statuses")
{
    CHECK(GreengoAdapter::statusFor(u"unconfirmed") == TransactionStatus::Pending);
    CHECK(GreengoAdapter::statusFor(u"awaiting") == TransactionStatus::Pending);
    CHECK(GreengoAdapter::statusFor(u"payed") == TransactionStatus::Processing);
    CHECK(GreengoAdapter::statusFor(u"completed") == TransactionStatus::Completed);
    CHECK(GreengoAdapter::statusFor(u"autocanceled") == TransactionStatus::Expired);
    CHECK(GreengoAdapter::statusFor(u"canceled") == TransactionStatus::Cancelled);
    CHECK(GreengoAdapter::statusFor(u" Completed ") == TransactionStatus::Completed);
    CHECK(GreengoAdapter::statusFor(u"paid") == TransactionStatus::Unknown); // not a documented word
    CHECK(GreengoAdapter::statusFor(u"") == TransactionStatus::Unknown);
}

TEST_CASE("GREENGO order ids are validated before anything is sent")
{
    Harness h;
    for (const QStringList &ids :
         {QStringList {u""_s}, QStringList {u"80 90"_s}, QStringList {u"1"_s, QString(70, u'9')}}) {
        const auto checked = check(h, ids);
        REQUIRE_FALSE(checked.ok());
        CHECK(checked.error().code == u"greengo.invalid-order-id"_s);
        const auto cancelled = cancel(h, ids);
        REQUIRE_FALSE(cancelled.ok());
        CHECK(cancelled.error().code == u"greengo.invalid-order-id"_s);
    }
    const auto none = check(h, {});
    REQUIRE_OK(none);
    CHECK(none->isEmpty());
    CHECK(h.server.journal().isEmpty());
}

TEST_CASE("GREENGO simulator moves orders through the documented statuses")
{
    GreengoSimulator::Options options = quietSimulator();
    options.progress = true;
    options.confirmAfter = options.payAfter = options.completeAfter = 300ms;
    Harness h({}, Secret, fastPolicy(), options);
    const QString id = createdId(h);
    QStringList seen {u"unconfirmed"_s};
    REQUIRE(test::waitUntil(
        [&] {
            const QString now = h.simulator.status(id).value_or(QString());
            if (seen.last() != now)
                seen.append(now);
            return now == u"completed";
        },
        5000));
    CHECK(seen == QStringList {u"unconfirmed"_s, u"awaiting"_s, u"payed"_s, u"completed"_s});
    const auto checked = check(h, {id});
    REQUIRE_OK(checked);
    CHECK(checked->first().order.status == TransactionStatus::Completed);
}

TEST_CASE("GREENGO sandbox control route sets any status")
{
    Harness h;
    const QString id = createdId(h);
    auto setStatus = [&](const QString &orderId, const QString &status) {
        QUrl url = h.server.baseUrl();
        url.setPath(u"/_sandbox/greengo/orders/"_s + orderId + u"/status"_s);
        ApiRequest request
            = ApiRequest::postJson(u"/_sandbox/greengo/orders/{id}/status"_s, url,
                                   QJsonDocument(QJsonObject {{u"status"_s, status}}), ApiRequest::Effect::Changes);
        return await<ApiResponse>([&](auto done) { h.client->send(request, &h.context, done); });
    };
    REQUIRE_OK(setStatus(id, u"payed"_s));
    const auto checked = check(h, {id});
    REQUIRE_OK(checked);
    CHECK(checked->first().order.status == TransactionStatus::Processing);

    const Result<ApiResponse> unknown = setStatus(u"1"_s, u"payed"_s);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == u"api.client"_s);
}

TEST_CASE("GREENGO demo orders are realistic and checked in one request")
{
    Harness h;
    const QStringList ids = h.simulator.seedDemoOrders(20, 7);
    REQUIRE(ids.size() == 20);
    CHECK(h.simulator.seedDemoOrders(0).isEmpty());
    const auto checked = check(h, ids);
    REQUIRE_OK(checked);
    CHECK(h.count(CheckPath) == 1);
    QSet<QString> words;
    for (const GreengoOrderCheck &one : *checked) {
        REQUIRE(one.state == GreengoOrderCheck::State::Found);
        words.insert(one.order.providerStatus);
        CHECK(one.order.status != TransactionStatus::Unknown);
        CHECK(one.order.currency == u"RUB"_s);
        CHECK(one.order.counterCurrency == u"BTC"_s);
        CHECK(one.order.address.startsWith(u"bc1q"));
        CHECK(std::any_of(one.order.description.begin(), one.order.description.end(),
                          [](QChar c) { return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF; })); // a Russian name
    }
    CHECK(words.size() == 6); // every documented status
}
