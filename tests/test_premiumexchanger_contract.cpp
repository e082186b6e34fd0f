// The Premium Exchanger adapter against its simulator over real loopback HTTP: every method of
// provider-docs/003, its headers and form bodies byte for byte, every documented error, paging,
// filters, statuses, exact amounts, loose JSON types, and the runtime's fault policies.
#include "models/domain/SecretRedactor.h"
#include "providers/http/ApiClient.h"
#include "providers/http/ApiMetrics.h"
#include "providers/premiumexchanger/PremiumExchangerAdapter.h"
#include "providers/sandbox/PremiumExchangerSimulator.h"
#include "providers/sandbox/SandboxServer.h"
#include "tests/TestSupport.h"

#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTimeZone>

#include <memory>
#include <optional>

using namespace sarraf;
using namespace std::chrono_literals;

namespace {

const QString prefix = QStringLiteral("/premiumexchanger/api/userapi/v1/");

struct Harness
{
    SandboxServer server;
    QNetworkAccessManager network;
    ApiMetrics metrics;
    QObject context;
    std::unique_ptr<PremiumExchangerSimulator> simulator;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<PremiumExchangerAdapter> adapter;

    explicit Harness(QString language = QStringLiteral("ru"), std::chrono::milliseconds timeout = 2s,
                     QString site = QStringLiteral("premiumexchanger"), PremiumExchangerOptions options = {})
    {
        REQUIRE_OK(server.listen(0));
        simulator = std::make_unique<PremiumExchangerSimulator>(server);
        ApiPolicy policy;
        policy.timeout = timeout;
        policy.retry.baseDelay = 20ms;
        policy.retry.maxDelay = 100ms;
        policy.random = [] { return 0.5; };
        policy.circuit.failureThreshold = 50; // the fault tests count attempts, not the breaker
        client = std::make_unique<ApiClient>(QStringLiteral("premiumexchanger"), QStringLiteral("Premium Exchanger"),
                                             policy, &network, metrics);
        adapter = std::make_unique<PremiumExchangerAdapter>(*client, server.baseUrlFor(site),
                                                            PremiumExchangerSimulator::defaultLogin(),
                                                            PremiumExchangerSimulator::defaultKey(), language, options);
    }

    void fault(SandboxFault::Kind kind, const QString &method, int times = 1, int delayMs = 0)
    {
        SandboxFault fault;
        fault.kind = kind;
        fault.pathPrefix = prefix + method;
        fault.times = times;
        fault.delayMilliseconds = delayMs;
        server.injectFault(fault);
    }
    QByteArray lastBody(const QString &method) const
    {
        const QList<SandboxJournalEntry> journal = server.journal();
        for (auto it = journal.crbegin(); it != journal.crend(); ++it)
            if (it->path == prefix + method)
                return it->body;
        return "(not sent)";
    }
    int sent(const QString &method) const { return server.requestCount("POST", prefix + method); }
};

// Starts a call and waits for its one answer; fails the test if it never comes or comes twice.
template<typename T, typename Start> Result<T> await(Start start)
{
    std::optional<Result<T>> result;
    int calls = 0;
    start([&](Result<T> answer) {
        ++calls;
        result.emplace(std::move(answer));
    });
    REQUIRE(test::waitUntil([&] { return result.has_value(); }));
    QCoreApplication::processEvents();
    REQUIRE(calls == 1);
    return std::move(*result);
}

Result<PremiumExchangerBid> createBid(Harness &h, const QString &apiId = QStringLiteral("crm-1"))
{
    PremiumExchangerBidRequest request;
    request.directionId = QStringLiteral("1");
    request.amount = Decimal::parse(u"10000.50").value();
    request.apiId = apiId;
    request.fromAccount = QStringLiteral("2202 2063 1234 5678");
    request.cardHolder = QStringLiteral("Иван Петров");
    request.toAccount = QStringLiteral("TQ5mWz1nXc8rJ4vHq2LbUeY7sKpD9aFgRt");
    request.customFields = {{PremiumExchangerBidRequest::FirstName, QStringLiteral("Иван")},
                            {PremiumExchangerBidRequest::LastName, QStringLiteral("Петров")},
                            {PremiumExchangerBidRequest::Phone, QStringLiteral("+7 900 123-45-67")},
                            {PremiumExchangerBidRequest::Email, QStringLiteral("ivan+pe@mail.ru")}};
    return await<PremiumExchangerBid>([&](auto done) { h.adapter->createBid(request, &h.context, done); });
}

Result<PremiumExchangerBid> bidInfo(Harness &h, const QString &id, const QString &hash = {})
{
    return await<PremiumExchangerBid>([&](auto done) { h.adapter->bidInfo(id, hash, &h.context, done); });
}

QMutex capturedMutex;
QStringList captured;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&capturedMutex);
    captured.append(message);
}

} // namespace

TEST_CASE("Premium Exchanger sends API-LOGIN API-KEY and API-LANG and never logs the key", "[premiumexchanger]")
{
    Harness h(QStringLiteral("ru"), 2s, QStringLiteral("headers"));
    QList<QPair<QByteArray, QByteArray>> headers;
    h.server.addRoute("POST", QStringLiteral("/headers/api/userapi/v1/test"), [&headers](const SandboxRequest &request) {
        headers = request.headers;
        SandboxReply reply;
        reply.body
            = R"({"error":0,"error_text":"","data":{"ip":"127.0.0.1","user_id":0,"locale":"ru_RU","partner_id":0}})";
        return reply;
    });
    {
        QMutexLocker lock(&capturedMutex);
        captured.clear();
    }
    QLoggingCategory::setFilterRules(QStringLiteral("sarraf.providers.premiumexchanger.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    const auto info = await<PremiumExchangerTestInfo>([&](auto done) { h.adapter->test(&h.context, done); });
    // A refusal too: its detail must not carry the key either.
    Harness h2; // the simulator expecting other credentials answers "Api disabled"
    h2.simulator->setCredentials(QStringLiteral("someone-else"), QStringLiteral("another-key-123"));
    const auto refused = await<PremiumExchangerTestInfo>([&](auto done) { h2.adapter->test(&h2.context, done); });
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    REQUIRE_OK(info);
    CHECK(info->userId == u"0");
    const auto header = [&headers](const char *name) {
        for (const auto &[key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return QByteArray("(absent)");
    };
    CHECK(header("API-LOGIN") == PremiumExchangerSimulator::defaultLogin().toUtf8());
    CHECK(header("API-KEY") == PremiumExchangerSimulator::defaultKey().toUtf8());
    CHECK(header("API-LANG") == "ru_RU");
    CHECK(header("Content-Type") == "application/x-www-form-urlencoded");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == u"premiumexchanger.api-disabled");

    const QString key = PremiumExchangerSimulator::defaultKey();
    CHECK(SecretRedactor::instance().redact(key) == SecretRedactor::placeholder());
    CHECK_FALSE(refused.error().detail.contains(key));
    CHECK_FALSE(refused.error().message.contains(key));
    QMutexLocker lock(&capturedMutex);
    INFO(captured.join(u'\n').toStdString());
    CHECK(captured.filter(QStringLiteral("/api/userapi/v1/test")).size() >= 2); // the calls were logged
    for (const QString &line : std::as_const(captured))
        CHECK_FALSE(line.contains(key));
}

TEST_CASE("Premium Exchanger API-LANG follows the language setting", "[premiumexchanger]")
{
    for (const auto &[setting, sent] :
         {std::pair {"en", "en_US"}, std::pair {"ru_RU", "ru_RU"}, std::pair {"ru-ru", "ru_RU"}}) {
        Harness h {QString::fromLatin1(setting)};
        CHECK(h.adapter->languageHeader() == sent);
        const auto info = await<PremiumExchangerTestInfo>([&](auto done) { h.adapter->test(&h.context, done); });
        REQUIRE_OK(info);
        CHECK(info->locale == QString::fromLatin1(sent));
        CHECK(info->userId == u"17"); // a JSON number, read exactly
        CHECK(info->partnerId == u"7");
    }
    Harness none {QString()};
    CHECK(none.adapter->languageHeader().isEmpty());
}

TEST_CASE("Premium Exchanger form bodies are encoded byte for byte", "[premiumexchanger]")
{
    Harness h;
    PremiumExchangerBidRequest request;
    request.directionId = QStringLiteral("1");
    request.amount = Decimal::parse(u"10000.50").value();
    request.apiId = QStringLiteral("crm-1 &x");
    request.callbackUrl = QUrl(QStringLiteral("https://crm.example/pe?x=1"));
    request.fromAccount = QStringLiteral("2202 2063 1234 5678");
    request.cardHolder = QStringLiteral("Иван Петров");
    request.toAccount = QStringLiteral("TQ5mWz1nXc8rJ4vHq2LbUeY7sKpD9aFgRt");
    request.customFields = {{1, QStringLiteral("Иван")},
                            {3, QStringLiteral("Петров")},
                            {4, QStringLiteral("+7 900 123-45-67")},
                            {6, QStringLiteral("ivan+pe@mail.ru")}};
    const auto bid = await<PremiumExchangerBid>([&](auto done) { h.adapter->createBid(request, &h.context, done); });
    REQUIRE_OK(bid);
    CHECK(h.lastBody(QStringLiteral("create_bid"))
          == "direction_id=1&api_id=crm-1%20%26x&calc_amount=10000.50&calc_action=1"
             "&callback_url=https%3A%2F%2Fcrm.example%2Fpe%3Fx%3D1&account1=2202%202063%201234%205678"
             "&cfgive8=%D0%98%D0%B2%D0%B0%D0%BD%20%D0%9F%D0%B5%D1%82%D1%80%D0%BE%D0%B2"
             "&account2=TQ5mWz1nXc8rJ4vHq2LbUeY7sKpD9aFgRt&cf1=%D0%98%D0%B2%D0%B0%D0%BD"
             "&cf3=%D0%9F%D0%B5%D1%82%D1%80%D0%BE%D0%B2&cf4=%2B7%20900%20123-45-67&cf6=ivan%2Bpe%40mail.ru");
    CHECK(bid->transaction.customerName == QStringLiteral("Иван Петров"));
    CHECK(bid->transaction.customerPhone == u"+7 900 123-45-67");
    CHECK(bid->transaction.customerEmail == u"ivan+pe@mail.ru");
    CHECK(bid->transaction.address == u"TQ5mWz1nXc8rJ4vHq2LbUeY7sKpD9aFgRt");
    CHECK(bid->apiId == u"crm-1 &x");

    // cd: the cd = 1 fields URL-encoded into one value, which the form then encodes again.
    PremiumExchangerCalcRequest calc {QStringLiteral("1"),
                                      Decimal::fromInteger(10000),
                                      PremiumExchangerAmountSide::Give,
                                      {{QStringLiteral("cf6"), QStringLiteral("a+b@x.ru")}}};
    REQUIRE_OK(await<PremiumExchangerQuote>([&](auto done) { h.adapter->calculate(calc, &h.context, done); }));
    CHECK(h.lastBody(QStringLiteral("get_calc"))
          == "direction_id=1&calc_amount=10000&calc_action=1&cd=cf6%3Da%252Bb%2540x.ru");
    REQUIRE_OK(await<PremiumExchangerTestInfo>([&](auto done) { h.adapter->test(&h.context, done); }));
    CHECK(h.lastBody(QStringLiteral("test")).isEmpty());
}

TEST_CASE("Premium Exchanger lists currencies and directions and reads a direction", "[premiumexchanger]")
{
    Harness h;
    const auto currencies = await<PremiumExchangerCurrencyLists>([&](auto done) {
        h.adapter->directionCurrencies({QStringLiteral("1"), QString()}, &h.context, done);
    });
    REQUIRE_OK(currencies);
    CHECK(h.lastBody(QStringLiteral("get_direction_currencies")) == "currency_id_give=1");
    REQUIRE(currencies->give.size() == 1);
    CHECK(currencies->give[0].title == QStringLiteral("Сбербанк RUB"));
    REQUIRE(currencies->get.size() == 2);

    const auto directions = await<QList<PremiumExchangerDirectionSummary>>(
        [&](auto done) { h.adapter->directions({}, &h.context, done); });
    REQUIRE_OK(directions);
    CHECK(directions->size() == 5); // direction 99 is closed to the API
    CHECK(directions->at(0).id == u"1");
    CHECK(directions->at(0).give.id == u"1");
    CHECK(directions->at(0).get.title == u"Tether TRC20 USDT");
    CHECK(h.lastBody(QStringLiteral("get_directions")).isEmpty());
    const auto filtered = await<QList<PremiumExchangerDirectionSummary>>([&](auto done) {
        h.adapter->directions({QString(), QStringLiteral("2")}, &h.context, done);
    });
    REQUIRE_OK(filtered);
    CHECK(filtered->size() == 2);
    CHECK(h.lastBody(QStringLiteral("get_directions")) == "currency_id_get=2");

    const auto direction = await<PremiumExchangerDirection>(
        [&](auto done) { h.adapter->direction(QStringLiteral("1"), &h.context, done); });
    REQUIRE_OK(direction);
    CHECK(h.lastBody(QStringLiteral("get_direction")) == "direction_id=1");
    CHECK(direction->quote.giveCurrency == u"RUB");
    CHECK(direction->quote.rateGive.toString() == u"96.85");
    CHECK(direction->quote.reserve.amountText() == u"48210.55");
    REQUIRE(direction->quote.minGive.has_value());
    CHECK(direction->quote.minGive->amountText() == u"5000");
    CHECK(direction->timelineText == QStringLiteral("Обмен занимает от 5 до 30 минут."));
    REQUIRE(direction->giveFields.size() == 2);
    CHECK(direction->giveFields[0].name == u"account1");
    CHECK(direction->giveFields[0].required);
    CHECK(direction->directionFields.size() == 2);
    CHECK_FALSE(direction->directionFields[1].required);
    const auto open = await<PremiumExchangerDirection>(
        [&](auto done) { h.adapter->direction(QStringLiteral("2"), &h.context, done); });
    REQUIRE_OK(open);
    CHECK_FALSE(open->quote.maxGive.has_value()); // "no": no limit
}

TEST_CASE("Premium Exchanger calculator amounts are exact for every calc_action", "[premiumexchanger]")
{
    Harness h;
    const auto calc = [&h](const char *direction, const char *amount, PremiumExchangerAmountSide side) {
        PremiumExchangerCalcRequest request {
            QString::fromLatin1(direction), Decimal::parse(QString::fromLatin1(amount)).value(), side, {}};
        return await<PremiumExchangerQuote>([&](auto done) { h.adapter->calculate(request, &h.context, done); });
    };
    const auto give = calc("1", "10000.50", PremiumExchangerAmountSide::Give);
    REQUIRE_OK(give);
    CHECK(give->give.amountText() == u"10000.50");
    CHECK(give->give.currency() == u"RUB");
    CHECK(give->get.amountText() == u"103.25");
    CHECK(give->get.currency() == u"USDT");
    CHECK(give->giveWithFee.amountText() == u"10050.51");
    CHECK(give->getWithFee.amountText() == u"102.25");
    CHECK(give->feeGiveText == u"0.5%");
    CHECK_FALSE(give->amountChanged);
    CHECK(h.lastBody(QStringLiteral("get_calc")) == "direction_id=1&calc_amount=10000.50&calc_action=1");

    const auto get = calc("1", "100", PremiumExchangerAmountSide::Get);
    REQUIRE_OK(get);
    CHECK(get->give.amountText() == u"9685.00");
    CHECK(get->get.amountText() == u"100.00");
    const auto giveFee = calc("1", "10050", PremiumExchangerAmountSide::GiveWithFee);
    REQUIRE_OK(giveFee);
    CHECK(giveFee->give.amountText() == u"10000.00");
    const auto getFee = calc("1", "100", PremiumExchangerAmountSide::GetWithFee);
    REQUIRE_OK(getFee);
    CHECK(getFee->give.amountText() == u"9781.85");
    CHECK(getFee->get.amountText() == u"101.00");
    CHECK(h.lastBody(QStringLiteral("get_calc")) == "direction_id=1&calc_amount=100&calc_action=4");

    const auto small = calc("1", "1000", PremiumExchangerAmountSide::Give);
    REQUIRE_OK(small);
    CHECK(small->amountChanged);
    CHECK(small->give.amountText() == u"5000.00");
    const auto btc = calc("3", "0.01234567", PremiumExchangerAmountSide::Give);
    REQUIRE_OK(btc);
    CHECK(btc->give.amountText() == u"0.01234567");
    CHECK(btc->get.amountText() == u"79164.13");
    CHECK(btc->rateGet.toString() == u"6412300");
}

TEST_CASE("Premium Exchanger creates reads pays and cancels bids", "[premiumexchanger]")
{
    Harness h;
    const auto created = createBid(h);
    REQUIRE_OK(created);
    const TrackedTransaction &t = created->transaction;
    CHECK(t.kind == TransactionKind::Order);
    CHECK(t.provider == u"premiumexchanger");
    CHECK(t.status == TransactionStatus::Pending);
    CHECK(t.providerStatus == u"new");
    CHECK(t.amount == u"10000.50");
    CHECK(t.currency == u"RUB");
    CHECK(t.counterAmount == u"103.25");
    CHECK(t.counterCurrency == u"USDT");
    CHECK(t.description == QStringLiteral("Сбербанк \u2192 Tether TRC20"));
    CHECK(created->statusTitle == QStringLiteral("Новая заявка"));
    CHECK(created->actions.cancelByApi());
    CHECK(created->actions.payByApi());
    REQUIRE(created->actions.payAmount.has_value());
    CHECK(created->actions.payAmount->amountText() == u"10000.50");
    CHECK(t.trackingCode == created->hash);
    CHECK(t.paymentUrl.endsWith(created->hash));
    CHECK(t.createdAt.isValid());
    CHECK_FALSE(t.rawAnswer.isEmpty());

    const auto byId = bidInfo(h, t.providerId);
    REQUIRE_OK(byId);
    CHECK(h.lastBody(QStringLiteral("bid_info")) == "id=" + t.providerId.toUtf8());
    CHECK(byId->hash == created->hash);
    const auto byHash = bidInfo(h, QString(), created->hash);
    REQUIRE_OK(byHash);
    CHECK(byHash->transaction.providerId == t.providerId);
    const auto tracked
        = await<TrackedTransaction>([&](auto done) { h.adapter->track(created->hash, &h.context, done); });
    REQUIRE_OK(tracked);
    CHECK(tracked->providerId == t.providerId);
    const auto trackedById
        = await<TrackedTransaction>([&](auto done) { h.adapter->track(t.providerId, &h.context, done); });
    REQUIRE_OK(trackedById);
    CHECK(trackedById->amount == u"10000.50");

    const auto paid
        = await<PremiumExchangerStatusAnswer>([&](auto done) { h.adapter->payBid(created->hash, &h.context, done); });
    REQUIRE_OK(paid);
    CHECK(h.lastBody(QStringLiteral("pay_bid")) == "hash=" + created->hash.toUtf8());
    CHECK(paid->providerStatus == u"techpay");
    CHECK(paid->status == TransactionStatus::Processing);
    const auto late = await<PremiumExchangerStatusAnswer>(
        [&](auto done) { h.adapter->cancelBid(created->hash, &h.context, done); });
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().code == u"premiumexchanger.refused");
    CHECK(late.error().message.contains(QStringLiteral("Действие недоступно"))); // the provider's own text

    const auto second = createBid(h, QStringLiteral("crm-2"));
    REQUIRE_OK(second);
    const auto cancelled
        = await<PremiumExchangerStatusAnswer>([&](auto done) { h.adapter->cancelBid(second->hash, &h.context, done); });
    REQUIRE_OK(cancelled);
    CHECK(cancelled->status == TransactionStatus::Cancelled);
    CHECK(cancelled->providerStatus == u"cancel");
}

TEST_CASE("Premium Exchanger bid statuses map to normalised statuses and unknown words stay Unknown",
          "[premiumexchanger]")
{
    Harness h;
    const auto created = createBid(h);
    REQUIRE_OK(created);
    const qint64 id = created->transaction.providerId.toLongLong();
    using S = TransactionStatus;
    const QList<std::pair<const char *, S>> expected {
        {"new", S::Pending},        {"techpay", S::Processing}, {"payed", S::Processing},   {"coldpay", S::Processing},
        {"realpay", S::Processing}, {"verify", S::Review},      {"payouterror", S::Review}, {"partpay", S::Partial},
        {"success", S::Completed},  {"cancel", S::Cancelled},   {"delete", S::Cancelled},   {"error", S::Failed},
        {"frozen", S::Unknown},     {"SUCCESS", S::Completed}};
    for (const auto &[word, status] : expected) {
        REQUIRE(h.simulator->setBidStatus(id, QString::fromLatin1(word)));
        const auto bid = bidInfo(h, created->transaction.providerId);
        REQUIRE_OK(bid);
        INFO(word);
        CHECK(bid->transaction.status == status);
        CHECK(bid->transaction.providerStatus == QString::fromLatin1(word));
    }
    // The sandbox-only control route moves a bid too.
    QNetworkRequest control(
        QUrl(h.server.baseUrl().toString() + QStringLiteral("/_sandbox/premiumexchanger/bids/%1/status").arg(id)));
    control.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    QNetworkReply *reply = h.network.post(control, "status=verify");
    REQUIRE(test::waitUntil([reply] { return reply->isFinished(); }));
    CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
    reply->deleteLater();
    const auto reviewed = bidInfo(h, created->transaction.providerId);
    REQUIRE_OK(reviewed);
    CHECK(reviewed->transaction.status == S::Review);
}

TEST_CASE("Premium Exchanger documented errors each have their own code and sentence", "[premiumexchanger]")
{
    Harness h;
    using A = PremiumExchangerSimulator::Answer;
    const QList<std::tuple<A, const char *, const char *>> cases {
        {A::ApiDisabled, "premiumexchanger.api-disabled", "Api disabled"},
        {A::Empty, "premiumexchanger.empty-answer", ""},
        {A::NoBidExists, "premiumexchanger.no-bid", "No bid exists"},
        {A::MethodNotSupported, "premiumexchanger.method-not-supported", "Method not supported"},
        {A::DirectionNotFound, "premiumexchanger.direction-not-found", "Direction not found"}};
    QSet<QString> sentences;
    for (const auto &[answer, code, said] : cases) {
        h.simulator->forceAnswer(answer);
        const auto result = await<PremiumExchangerTestInfo>([&](auto done) { h.adapter->test(&h.context, done); });
        h.simulator->forceAnswer(A::Normal);
        INFO(code);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == QString::fromLatin1(code));
        CHECK(result.error().message.contains(u"Premium Exchanger"));
        CHECK(result.error().detail.contains(QString::fromLatin1(said)));
        sentences.insert(result.error().message);
    }
    CHECK(sentences.size() == cases.size());
    CHECK(h.sent(QStringLiteral("test")) == cases.size()); // refusals are answers: never retried

    // The same errors as the simulator gives them on its own.
    const auto direction = await<PremiumExchangerDirection>(
        [&](auto done) { h.adapter->direction(PremiumExchangerSimulator::closedDirectionId(), &h.context, done); });
    REQUIRE_FALSE(direction.ok());
    CHECK(direction.error().code == u"premiumexchanger.direction-not-found");
    const auto missing = bidInfo(h, QStringLiteral("999999"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == u"premiumexchanger.no-bid");
    h.simulator->setAllowedMethods({QStringLiteral("test")});
    const auto notAllowed
        = await<PremiumExchangerPartnerInfo>([&](auto done) { h.adapter->partnerInfo(&h.context, done); });
    REQUIRE_FALSE(notAllowed.ok());
    CHECK(notAllowed.error().code == u"premiumexchanger.method-not-supported");
    CHECK(notAllowed.error().message.contains(u"get_partner_info"));
    h.simulator->setAllowedMethods({});

    // An empty answer to a change: the outcome is unknown, and the sentence says so.
    h.simulator->forceAnswer(A::Empty, QStringLiteral("create_bid"));
    const auto emptyCreate = createBid(h);
    REQUIRE_FALSE(emptyCreate.ok());
    CHECK(emptyCreate.error().code == u"premiumexchanger.empty-answer");
    CHECK(emptyCreate.error().message.contains(u"unknown"));
    CHECK(h.metrics.errors(QStringLiteral("premiumexchanger"), QStringLiteral("/api/userapi/v1/create_bid"),
                           QStringLiteral("empty-answer"))
          == 1);
}

TEST_CASE("Premium Exchanger listing pages through get_exchanges and collects every bid exactly once",
          "[premiumexchanger]")
{
    PremiumExchangerOptions options;
    options.pageSize = 10;
    Harness h(QStringLiteral("ru"), 2s, QStringLiteral("premiumexchanger"), options);
    h.simulator->seedDemoData(47);
    const auto listing
        = await<PremiumExchangerListing>([&](auto done) { h.adapter->listExchanges({}, &h.context, done); });
    REQUIRE_OK(listing);
    CHECK(listing->pages == 5);
    QList<qint64> ids;
    qint64 newest = 0;
    for (const PremiumExchangerBid &bid : listing->bids) {
        ids.append(bid.transaction.providerId.toLongLong());
        newest = std::max(newest, bid.transaction.updatedAt.toSecsSinceEpoch());
        CHECK_FALSE(bid.history.isEmpty());
    }
    std::sort(ids.begin(), ids.end());
    CHECK(ids == h.simulator->bidIds());
    CHECK(listing->next.changedSince == newest - 300);
    QList<QByteArray> bodies;
    for (const SandboxJournalEntry &entry : h.server.journal())
        bodies.append(entry.body);
    CHECK(bodies
          == QList<QByteArray> {"status_history=1&limit=10&offset=0", "status_history=1&limit=10&offset=10",
                                "status_history=1&limit=10&offset=20", "status_history=1&limit=10&offset=30",
                                "status_history=1&limit=10&offset=40"});

    // From the cursor: only what changed since, the cursor in start_time.
    h.server.clearJournal();
    REQUIRE(h.simulator->setBidStatus(1003, QStringLiteral("success")));
    const auto next
        = await<PremiumExchangerListing>([&](auto done) { h.adapter->listExchanges(listing->next, &h.context, done); });
    REQUIRE_OK(next);
    CHECK(h.lastBody(QStringLiteral("get_exchanges"))
          == "start_time=" + QByteArray::number(listing->next.changedSince) + "&status_history=1&limit=10&offset=0");
    bool found = false;
    for (const PremiumExchangerBid &bid : next->bids)
        found = found
            || (bid.transaction.providerId == u"1003" && bid.transaction.status == TransactionStatus::Completed);
    CHECK(found);
    CHECK(next->bids.size() < 47);
    CHECK(next->next.changedSince >= listing->next.changedSince);
}

TEST_CASE("Premium Exchanger get_exchanges filters reach the server and shape the answer", "[premiumexchanger]")
{
    Harness h;
    h.simulator->seedDemoData(12);
    const auto mine = createBid(h, QStringLiteral("crm-filter"));
    REQUIRE_OK(mine);
    PremiumExchangerExchangeFilter filter;
    filter.from = QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::utc());
    filter.to = QDateTime::currentDateTimeUtc().addSecs(60);
    filter.ip = QStringLiteral("127.0.0.1");
    filter.bidId = mine->transaction.providerId;
    filter.apiId = QStringLiteral("crm-filter");
    filter.withStatusHistory = true;
    filter.limit = 5;
    filter.offset = 0;
    const auto page
        = await<QList<PremiumExchangerBid>>([&](auto done) { h.adapter->exchanges(filter, &h.context, done); });
    REQUIRE_OK(page);
    CHECK(h.lastBody(QStringLiteral("get_exchanges"))
          == "start_time=1700000000&end_time=" + QByteArray::number(filter.to->toSecsSinceEpoch())
              + "&ip=127.0.0.1&id=" + filter.bidId.toUtf8() + "&api_id=crm-filter&status_history=1&limit=5&offset=0");
    REQUIRE(page->size() == 1);
    const PremiumExchangerBid &bid = page->first();
    CHECK(bid.transaction.providerId == filter.bidId);
    CHECK(bid.apiId == u"crm-filter");
    CHECK(bid.transaction.amount == u"10000.50"); // a JSON number in the listing, exact
    CHECK(bid.rateGive->toString() == u"96.85");
    CHECK(bid.history.size() == 1);
    CHECK(bid.exchangeSuccess == u"1");

    PremiumExchangerExchangeFilter byApiId;
    byApiId.apiId = QStringLiteral("nobody");
    const auto none
        = await<QList<PremiumExchangerBid>>([&](auto done) { h.adapter->exchanges(byApiId, &h.context, done); });
    REQUIRE_OK(none);
    CHECK(none->isEmpty());
    PremiumExchangerExchangeFilter paged;
    paged.limit = 4;
    paged.offset = 10;
    const auto tail
        = await<QList<PremiumExchangerBid>>([&](auto done) { h.adapter->exchanges(paged, &h.context, done); });
    REQUIRE_OK(tail);
    CHECK(tail->size() == 3); // 13 bids, newest first, 10 skipped
    CHECK(tail->last().transaction.providerId == u"1001");
}

TEST_CASE("Premium Exchanger refuses bad input before sending anything", "[premiumexchanger]")
{
    Harness h;
    PremiumExchangerBidRequest bad;
    bad.directionId = QStringLiteral("1; drop");
    bad.amount = Decimal::fromInteger(100);
    const auto expectInvalid = [](auto result) {
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == u"premiumexchanger.invalid-input");
        CHECK_FALSE(result.error().message.isEmpty());
    };
    expectInvalid(await<PremiumExchangerBid>([&](auto done) { h.adapter->createBid(bad, &h.context, done); }));
    bad.directionId = QStringLiteral("1");
    bad.amount = Decimal();
    expectInvalid(await<PremiumExchangerBid>([&](auto done) { h.adapter->createBid(bad, &h.context, done); }));
    bad.amount = Decimal::fromInteger(100);
    bad.callbackUrl = QUrl(QStringLiteral("ftp://crm.example/x"));
    expectInvalid(await<PremiumExchangerBid>([&](auto done) { h.adapter->createBid(bad, &h.context, done); }));
    bad.callbackUrl = QUrl();
    bad.customFields = {{100, QStringLiteral("x")}};
    expectInvalid(await<PremiumExchangerBid>([&](auto done) { h.adapter->createBid(bad, &h.context, done); }));
    bad.customFields.clear();
    bad.otherFields = {{QStringLiteral("calc_amount"), QStringLiteral("1")}};
    expectInvalid(await<PremiumExchangerBid>([&](auto done) { h.adapter->createBid(bad, &h.context, done); }));
    expectInvalid(await<PremiumExchangerStatusAnswer>(
        [&](auto done) { h.adapter->cancelBid(QStringLiteral("a b"), &h.context, done); }));
    expectInvalid(
        await<PremiumExchangerStatusAnswer>([&](auto done) { h.adapter->payBid(QString(), &h.context, done); }));
    expectInvalid(
        await<PremiumExchangerBid>([&](auto done) { h.adapter->bidInfo(QString(), QString(), &h.context, done); }));
    expectInvalid(await<QString>([&](auto done) {
        h.adapter->requestPartnerPayout(QStringLiteral("x"), QStringLiteral("acc"), &h.context, done);
    }));
    expectInvalid(await<QString>([&](auto done) {
        h.adapter->requestPartnerPayout(QStringLiteral("2"), QStringLiteral("  "), &h.context, done);
    }));
    PremiumExchangerExchangeFilter filter;
    filter.ip = QStringLiteral("999.1.1.1");
    expectInvalid(
        await<QList<PremiumExchangerBid>>([&](auto done) { h.adapter->exchanges(filter, &h.context, done); }));
    filter.ip.clear();
    filter.from = QDateTime::currentDateTimeUtc();
    filter.to = filter.from->addSecs(-1);
    expectInvalid(
        await<QList<PremiumExchangerBid>>([&](auto done) { h.adapter->exchanges(filter, &h.context, done); }));
    PremiumExchangerExchangeFilter offset; // the document gives partner exchanges no offset
    offset.offset = 10;
    expectInvalid(
        await<QList<PremiumExchangerBid>>([&](auto done) { h.adapter->partnerExchanges(offset, &h.context, done); }));
    CHECK(h.server.journal().isEmpty());
}

TEST_CASE("Premium Exchanger partner info links exchanges and payouts", "[premiumexchanger]")
{
    Harness h;
    h.simulator->seedDemoData(30);
    const auto info = await<PremiumExchangerPartnerInfo>([&](auto done) { h.adapter->partnerInfo(&h.context, done); });
    REQUIRE_OK(info);
    CHECK(info->partnerId == u"7");
    CHECK(info->balance.toString() == u"245.37");
    CHECK(info->minPayout.toString() == u"10");
    REQUIRE(info->currencies.size() == 2);
    CHECK(info->currencies[0].commission == u"1 USDT");

    PremiumExchangerExchangeFilter visitsFilter;
    visitsFilter.ip = QStringLiteral("185.12.45.7");
    visitsFilter.limit = 5;
    const auto visits = await<QList<PremiumExchangerPartnerVisit>>(
        [&](auto done) { h.adapter->partnerLinks(visitsFilter, &h.context, done); });
    REQUIRE_OK(visits);
    CHECK(h.lastBody(QStringLiteral("get_partner_links")) == "ip=185.12.45.7&limit=5");
    REQUIRE(visits->size() == 1);
    CHECK(visits->first().referrer == u"https://t.me/obmen_channel");
    CHECK(visits->first().at == QDateTime::fromSecsSinceEpoch(1717000000, QTimeZone::utc()));

    PremiumExchangerExchangeFilter partnerFilter;
    partnerFilter.withStatusHistory = true;
    const auto exchanges = await<QList<PremiumExchangerBid>>(
        [&](auto done) { h.adapter->partnerExchanges(partnerFilter, &h.context, done); });
    REQUIRE_OK(exchanges);
    REQUIRE_FALSE(exchanges->isEmpty());
    for (const PremiumExchangerBid &bid : *exchanges) {
        REQUIRE(bid.partnerReward.has_value());
        CHECK(bid.accrued == (bid.transaction.providerStatus == u"success" ? u"1" : u"0"));
    }

    const auto payouts
        = await<QList<PartnerPayout>>([&](auto done) { h.adapter->partnerPayouts({}, &h.context, done); });
    REQUIRE_OK(payouts);
    REQUIRE(payouts->size() == 2);
    CHECK(payouts->at(0).status == TransactionStatus::Completed);
    CHECK(payouts->at(0).amount.amountText() == u"120.50");
    CHECK(payouts->at(0).amount.currency() == u"USDT");
    CHECK(payouts->at(1).status == TransactionStatus::Processing);
    CHECK(payouts->at(1).amount.currency() == u"RUB");
    REQUIRE(payouts->at(1).originalAmount.has_value());
    CHECK(payouts->at(1).originalAmount->amountText() == u"79.60");
    CHECK(payouts->at(1).provider == u"premiumexchanger");

    const auto payoutId = await<QString>([&](auto done) {
        h.adapter->requestPartnerPayout(QStringLiteral("2"), QStringLiteral("TQ5mWz1nXc8rJ4vHq2LbUeY7sKpD9aFgRt"),
                                        &h.context, done);
    });
    REQUIRE_OK(payoutId);
    CHECK(h.lastBody(QStringLiteral("add_partner_payout")) == "method_id=2&account=TQ5mWz1nXc8rJ4vHq2LbUeY7sKpD9aFgRt");
    PremiumExchangerExchangeFilter byId;
    byId.bidId = *payoutId;
    const auto mine
        = await<QList<PartnerPayout>>([&](auto done) { h.adapter->partnerPayouts(byId, &h.context, done); });
    REQUIRE_OK(mine);
    REQUIRE(mine->size() == 1);
    CHECK(mine->first().amount.amountText() == u"245.37");
    const auto again = await<QString>([&](auto done) {
        h.adapter->requestPartnerPayout(QStringLiteral("2"), QStringLiteral("TQ5mWz1nXc8rJ4vHq2LbUeY7sKpD9aFgRt"),
                                        &h.context, done);
    });
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == u"premiumexchanger.refused");
}

TEST_CASE("Premium Exchanger accepts loose JSON types from real servers", "[premiumexchanger]")
{
    Harness h(QStringLiteral("en"), 2s, QStringLiteral("loose"));
    h.server.addRoute("POST", QStringLiteral("/loose/api/userapi/v1/bid_info"), [](const SandboxRequest &) {
        SandboxReply reply;
        reply.body
            = R"({"error":false,"error_text":null,"data":{"id":5001,"hash":"abc123","status":"success",)"
              R"("amount_give":1.5E3,"amount_get":"0.01543000","currency_code_give":"rub","currency_code_get":"BTC",)"
              R"("course_give":6698500,"course_get":"1","api_actions":{"pay_amount":1500,"cancel":"disabled"}}})";
        return reply;
    });
    h.server.addRoute("POST", QStringLiteral("/loose/api/userapi/v1/get_exchanges"), [](const SandboxRequest &) {
        SandboxReply reply;
        reply.body
            = R"({"error":"0","data":{"items":{"7":{"id":"7","time":"1717000000","status":"new","amount_give":"100",)"
              R"("amount_get":0.1,"currency_code_give":"USDT","currency_code_get":"USDT","exchange_success":false,)"
              R"("statuses":{"0":{"time":1716990000,"status":"new"}}}}}})";
        return reply;
    });
    h.server.addRoute("POST", QStringLiteral("/loose/api/userapi/v1/cancel_bid"), [](const SandboxRequest &) {
        SandboxReply reply;
        reply.body = R"({"error":0,"data":{"status":"cancel"}})";
        return reply;
    });
    const auto bid = bidInfo(h, QStringLiteral("5001"));
    REQUIRE_OK(bid);
    CHECK(bid->transaction.providerId == u"5001");
    CHECK(bid->transaction.amount == u"1500");
    CHECK(bid->transaction.currency == u"RUB");
    CHECK(bid->transaction.counterAmount == u"0.01543000");
    CHECK(bid->transaction.status == TransactionStatus::Completed);
    CHECK(bid->rateGive->toString() == u"6698500");
    CHECK(bid->actions.payAmount->amountText() == u"1500");
    CHECK_FALSE(bid->actions.cancelByApi());

    const auto list = await<QList<PremiumExchangerBid>>([&](auto done) { h.adapter->exchanges({}, &h.context, done); });
    REQUIRE_OK(list);
    REQUIRE(list->size() == 1);
    CHECK(list->first().transaction.counterAmount == u"0.1");
    CHECK(list->first().transaction.updatedAt == QDateTime::fromSecsSinceEpoch(1717000000, QTimeZone::utc()));
    CHECK(list->first().transaction.createdAt == QDateTime::fromSecsSinceEpoch(1716990000, QTimeZone::utc()));
    CHECK(list->first().exchangeSuccess == u"0");
    const auto cancelled = await<PremiumExchangerStatusAnswer>(
        [&](auto done) { h.adapter->cancelBid(QStringLiteral("abc123"), &h.context, done); });
    REQUIRE_OK(cancelled);
    CHECK(cancelled->status == TransactionStatus::Cancelled);
}

TEST_CASE("Premium Exchanger malformed truncated and unusable answers are api.bad-answer", "[premiumexchanger]")
{
    Harness h(QStringLiteral("ru"), 2s, QStringLiteral("broken"));
    h.server.addRoute("POST", QStringLiteral("/broken/api/userapi/v1/get_calc"), [](const SandboxRequest &) {
        SandboxReply reply;
        reply.body = R"({"error":0,"error_text":"","data":{"currency_code_give":"RUB","sum_gi)";
        return reply;
    });
    h.server.addRoute("POST", QStringLiteral("/broken/api/userapi/v1/get_partner_info"), [](const SandboxRequest &) {
        SandboxReply reply;
        reply.body = R"({"error":0,"data":{"partner_id":"7","balance":"12,50","min_payout":"10"}})";
        return reply;
    });
    h.server.addRoute("POST", QStringLiteral("/broken/api/userapi/v1/get_direction"), [](const SandboxRequest &) {
        SandboxReply reply;
        reply.body = R"(["not", "an", "envelope"])";
        return reply;
    });
    SandboxFault malformed;
    malformed.kind = SandboxFault::Kind::MalformedJson;
    malformed.pathPrefix = QStringLiteral("/broken/api/userapi/v1/test");
    h.server.injectFault(malformed);
    const auto garbled = await<PremiumExchangerTestInfo>([&](auto done) { h.adapter->test(&h.context, done); });
    REQUIRE_FALSE(garbled.ok());
    CHECK(garbled.error().code == u"api.bad-answer");
    const auto truncated = await<PremiumExchangerQuote>([&](auto done) {
        h.adapter->calculate({QStringLiteral("1"), Decimal::fromInteger(10000), PremiumExchangerAmountSide::Give, {}},
                             &h.context, done);
    });
    REQUIRE_FALSE(truncated.ok());
    CHECK(truncated.error().code == u"api.bad-answer");
    const auto comma = await<PremiumExchangerPartnerInfo>([&](auto done) { h.adapter->partnerInfo(&h.context, done); });
    REQUIRE_FALSE(comma.ok());
    CHECK(comma.error().code == u"api.bad-answer");
    CHECK(comma.error().detail.contains(u"balance"));
    const auto array = await<PremiumExchangerDirection>(
        [&](auto done) { h.adapter->direction(QStringLiteral("1"), &h.context, done); });
    REQUIRE_FALSE(array.ok());
    CHECK(array.error().code == u"api.bad-answer");
}

TEST_CASE("Premium Exchanger changes are never retried on 503 while reads are", "[premiumexchanger]")
{
    Harness h;
    h.fault(SandboxFault::Kind::ServerError, QStringLiteral("create_bid"));
    const auto created = createBid(h);
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == u"api.unavailable");
    CHECK(h.sent(QStringLiteral("create_bid")) == 1);
    h.fault(SandboxFault::Kind::DropConnection, QStringLiteral("pay_bid"));
    const auto paid = await<PremiumExchangerStatusAnswer>(
        [&](auto done) { h.adapter->payBid(QStringLiteral("abc"), &h.context, done); });
    REQUIRE_FALSE(paid.ok());
    CHECK(paid.error().code == u"api.network");
    CHECK(h.sent(QStringLiteral("pay_bid")) == 1);
    h.fault(SandboxFault::Kind::ServerError, QStringLiteral("add_partner_payout"));
    const auto payout = await<QString>([&](auto done) {
        h.adapter->requestPartnerPayout(QStringLiteral("2"), QStringLiteral("acc"), &h.context, done);
    });
    REQUIRE_FALSE(payout.ok());
    CHECK(h.sent(QStringLiteral("add_partner_payout")) == 1);

    h.fault(SandboxFault::Kind::ServerError, QStringLiteral("get_directions"));
    REQUIRE_OK(await<QList<PremiumExchangerDirectionSummary>>(
        [&](auto done) { h.adapter->directions({}, &h.context, done); }));
    CHECK(h.sent(QStringLiteral("get_directions")) == 2);
    h.fault(SandboxFault::Kind::DropConnection, QStringLiteral("get_exchanges"));
    REQUIRE_OK(await<QList<PremiumExchangerBid>>([&](auto done) { h.adapter->exchanges({}, &h.context, done); }));
    CHECK(h.sent(QStringLiteral("get_exchanges")) == 2);
}

TEST_CASE("Premium Exchanger survives 429 slow answers and dropped connections without hanging", "[premiumexchanger]")
{
    Harness h(QStringLiteral("ru"), 400ms);
    h.fault(SandboxFault::Kind::TooManyRequests, QStringLiteral("get_partner_info"));
    REQUIRE_OK(await<PremiumExchangerPartnerInfo>([&](auto done) { h.adapter->partnerInfo(&h.context, done); }));
    CHECK(h.sent(QStringLiteral("get_partner_info")) == 2);
    h.fault(SandboxFault::Kind::Slow, QStringLiteral("test"), -1, 1000);
    const auto slow = await<PremiumExchangerTestInfo>([&](auto done) { h.adapter->test(&h.context, done); });
    REQUIRE_FALSE(slow.ok());
    CHECK(slow.error().code == u"api.timeout");
    CHECK(h.sent(QStringLiteral("test")) == 3);
    h.server.clearFaults();
    h.fault(SandboxFault::Kind::DropConnection, QStringLiteral("bid_info"), -1);
    const auto dropped = bidInfo(h, QStringLiteral("1001"));
    REQUIRE_FALSE(dropped.ok());
    CHECK(dropped.error().code == u"api.network");
    h.server.clearFaults();
    REQUIRE_OK(await<PremiumExchangerTestInfo>([&](auto done) { h.adapter->test(&h.context, done); }));
}

TEST_CASE("Premium Exchanger stored raw answers are redacted", "[premiumexchanger]")
{
    Harness h(QStringLiteral("ru"), 2s, QStringLiteral("leaky"));
    // A site that echoes the key back inside the bid (a debug field left on).
    h.server.addRoute("POST", QStringLiteral("/leaky/api/userapi/v1/bid_info"), [](const SandboxRequest &request) {
        SandboxReply reply;
        reply.body = R"({"error":0,"data":{"id":"9","status":"new","amount_give":"1","amount_get":"1",)"
                     R"("currency_code_give":"USDT","currency_code_get":"USDT","debug":")"
            + request.header("API-KEY") + R"("}})";
        return reply;
    });
    const auto bid = bidInfo(h, QStringLiteral("9"));
    REQUIRE_OK(bid);
    CHECK_FALSE(bid->transaction.rawAnswer.contains(PremiumExchangerSimulator::defaultKey().toUtf8()));
    CHECK(bid->transaction.rawAnswer.contains("[redacted]"));
}

TEST_CASE("Premium Exchanger simulator moves paid bids on by itself", "[premiumexchanger]")
{
    Harness h;
    h.simulator->setProgressStep(50ms);
    const auto created = createBid(h);
    REQUIRE_OK(created);
    REQUIRE_OK(
        await<PremiumExchangerStatusAnswer>([&](auto done) { h.adapter->payBid(created->hash, &h.context, done); }));
    QElapsedTimer waited;
    waited.start();
    REQUIRE(test::waitUntil([&] { return waited.elapsed() > 200; }));
    const auto later = bidInfo(h, created->transaction.providerId);
    REQUIRE_OK(later);
    CHECK(later->transaction.status == TransactionStatus::Completed);
    PremiumExchangerExchangeFilter filter;
    filter.bidId = created->transaction.providerId;
    filter.withStatusHistory = true;
    const auto listed
        = await<QList<PremiumExchangerBid>>([&](auto done) { h.adapter->exchanges(filter, &h.context, done); });
    REQUIRE_OK(listed);
    REQUIRE(listed->size() == 1);
    QStringList words;
    for (const PremiumExchangerStatusStep &step : listed->first().history)
        words.append(step.status);
    CHECK(words
          == QStringList {QStringLiteral("new"), QStringLiteral("techpay"), QStringLiteral("payed"),
                          QStringLiteral("success")});
}
