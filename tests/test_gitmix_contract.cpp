// The Gitmix adapter against its simulator over real loopback HTTP: every documented operation,
// local validation, exact amounts, status words, errors, injected faults and callback signatures.
#include "models/domain/SecretRedactor.h"
#include "providers/gitmix/GitmixAdapter.h"
#include "providers/http/ApiClient.h"
#include "providers/http/ApiMetrics.h"
#include "providers/sandbox/GitmixSimulator.h"
#include "providers/sandbox/SandboxServer.h"
#include "tests/TestSupport.h"

#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

#include <functional>
#include <memory>
#include <optional>

using namespace sarraf;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

const QString kToken = u"gitmix-store-token-3f9a"_s;
constexpr qint64 kStoreId = 7;
const QString kKeyRefused = u"Transaction not found or invalid api key"_s;

struct Harness
{
    SandboxServer server;
    GitmixSimulator simulator{server, kToken, kStoreId};
    QNetworkAccessManager network;
    ApiMetrics metrics;
    QObject context;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<GitmixAdapter> adapter;

    explicit Harness(const QString &key = kToken, qint64 storeId = kStoreId)
    {
        REQUIRE_OK(server.listen(0));
        ApiPolicy policy;
        policy.timeout = 700ms;
        policy.retry.baseDelay = 10ms;
        policy.retry.maxDelay = 50ms;
        policy.random = [] { return 0.5; };
        policy.circuit.failureThreshold = 1000; // the breaker has its own tests; here it would hide answers
        client = std::make_unique<ApiClient>(u"gitmix"_s, u"Gitmix"_s, policy, &network, metrics);
        adapter = std::make_unique<GitmixAdapter>(*client, server.baseUrlFor(u"gitmix"_s), storeId, key);
    }

    Result<GitmixInvoice> wait(const std::function<void(GitmixAdapter::InvoiceDone)> &start)
    {
        std::optional<Result<GitmixInvoice>> answer;
        int calls = 0;
        start([&](Result<GitmixInvoice> result) {
            ++calls;
            answer.emplace(std::move(result));
        });
        REQUIRE_FALSE(answer.has_value()); // never inside the call
        REQUIRE(test::waitUntil([&] { return answer.has_value(); }, 15000));
        test::waitUntil([] { return false; }, 30); // a second answer would arrive now
        REQUIRE(calls == 1);
        return *answer;
    }
    Result<GitmixInvoice> create(const GitmixInvoiceRequest &request)
    {
        return wait([&](auto done) { adapter->createInvoice(request, &context, std::move(done)); });
    }
    Result<GitmixInvoice> status(const QString &txid)
    {
        return wait([&](auto done) { adapter->invoiceStatus(txid, &context, std::move(done)); });
    }
    QUrl url(const QString &path) const
    {
        QUrl url = server.baseUrl();
        url.setPath(path);
        return url;
    }
    // A plain request past the adapter: what the sandbox itself answers.
    QByteArray fetch(const QByteArray &method, const QUrl &target, const QByteArray &body = {}, bool withKey = true)
    {
        QNetworkRequest request(target);
        if (withKey)
            request.setRawHeader("x-api-key", kToken.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = network.sendCustomRequest(request, method, body);
        REQUIRE(test::waitUntil([reply] { return reply->isFinished(); }));
        reply->deleteLater();
        return reply->readAll();
    }
    QList<SandboxJournalEntry> posts() const
    {
        QList<SandboxJournalEntry> found;
        for (const SandboxJournalEntry &entry : server.journal())
            if (entry.method == "POST" && entry.path.startsWith(u"/gitmix"))
                found << entry;
        return found;
    }
    void fault(SandboxFault::Kind kind, const QString &prefix, int times = -1)
    {
        SandboxFault fault;
        fault.kind = kind;
        fault.pathPrefix = prefix;
        fault.times = times;
        fault.delayMilliseconds = 2000;
        fault.retryAfterSeconds = 1;
        server.injectFault(fault);
    }
};

GitmixInvoiceRequest minimalRequest(const QString &amount = u"2"_s, const QString &currency = u"USD"_s)
{
    GitmixInvoiceRequest request;
    request.amount = Money::parse(amount, currency).value();
    request.callbackUrl = QUrl(u"https://mybot.com/pay/callback"_s);
    request.successRedirectUrl = QUrl(u"https://mybot.com/pay?status=success"_s);
    request.failRedirectUrl = QUrl(u"https://mybot.com/pay?status=failed"_s);
    return request;
}

GitmixInvoiceRequest fullRequest()
{
    GitmixInvoiceRequest request = minimalRequest(u"80000"_s, u"TMN"_s);
    request.gatewayId = 4;
    request.initialStatus = u"pending"_s;
    request.deadlineMinutes = 20;
    request.description = u"خرید \"ویژه\"\nسفارش ۴۸۲۱"_s;
    request.customerPhoneNumber = u"09121234567"_s;
    request.customerIp = u"103.214.7.180"_s;
    request.customerEmail = u"ali@example.ir"_s;
    request.score = 12;
    return request;
}

QString createTxid(Harness &h, const GitmixInvoiceRequest &request = fullRequest())
{
    const Result<GitmixInvoice> created = h.create(request);
    REQUIRE_OK(created);
    return created->transaction.providerId;
}

QByteArray hmac(const QByteArray &text, const QString &key = kToken)
{
    return QMessageAuthenticationCode::hash(text, key.toUtf8(), QCryptographicHash::Sha1).toHex();
}

} // namespace

TEST_CASE("Gitmix create sends every documented field exactly")
{
    Harness h;
    const Result<GitmixInvoice> created = h.create(fullRequest());
    REQUIRE_OK(created);
    REQUIRE(h.posts().size() == 1);
    CHECK(h.posts().constFirst().path == u"/gitmix/invoices");
    CHECK(h.posts().constFirst().body
          == uR"({"storeId":7,"gatewayId":4,"status":"pending","deadlineAt":20,"amount":80000,)"
             uR"("description":"خرید \"ویژه\"\nسفارش ۴۸۲۱","currency":"TMN",)"
             uR"("callbackUrl":"https://mybot.com/pay/callback","successRedirectUrl":"https://mybot.com/pay?status=success",)"
             uR"("failRedirectUrl":"https://mybot.com/pay?status=failed","customerPhoneNumber":"09121234567",)"
             uR"("customerIp":"103.214.7.180","customerEmail":"ali@example.ir","score":12})"_s.toUtf8());

    const TrackedTransaction &record = created->transaction;
    CHECK(record.kind == TransactionKind::Invoice);
    CHECK(record.provider == u"gitmix");
    CHECK(record.providerId == u"29477");
    CHECK(created->paymentId == u"29");
    CHECK(record.paymentUrl == h.server.baseUrlFor(u"gitmix"_s).toString() + u"/payment/29");
    CHECK(record.status == TransactionStatus::Pending);
    CHECK(record.providerStatus == u"pending");
    CHECK(record.amount == u"80000");
    CHECK(record.currency == u"TMN");
    CHECK(record.customerPhone == u"09121234567");
    CHECK(record.customerEmail == u"ali@example.ir");
    CHECK(record.description == fullRequest().description);
    CHECK(record.createdAt.isValid());
    CHECK(record.createdAt.offsetFromUtc() == 12600);
    CHECK(created->history.isEmpty());

    // The payment link is served on the same host.
    const QByteArray page = h.fetch("GET", QUrl(record.paymentUrl), {}, false);
    CHECK(page.contains("80000"));
}

TEST_CASE("Gitmix create with only the required fields sends nothing else")
{
    Harness h;
    REQUIRE_OK(h.create(minimalRequest()));
    REQUIRE(h.posts().size() == 1);
    CHECK(h.posts().constFirst().body
          == R"({"storeId":7,"amount":2,"currency":"USD","callbackUrl":"https://mybot.com/pay/callback",)"
             R"("successRedirectUrl":"https://mybot.com/pay?status=success","failRedirectUrl":"https://mybot.com/pay?status=failed"})");
}

TEST_CASE("Gitmix refuses invalid requests locally and sends nothing")
{
    struct Case
    {
        const char *what;
        std::function<void(GitmixInvoiceRequest &)> change;
        QString code;
        QString mentions;
    };
    const QList<Case> cases{
        {"zero amount", [](auto &r) { r.amount = Money::parse(u"0", u"TMN").value(); }, u"gitmix.invalid-amount"_s, u"zero"_s},
        {"negative amount", [](auto &r) { r.amount = Money::parse(u"-5", u"TMN").value(); }, u"gitmix.invalid-amount"_s, u"zero"_s},
        {"no amount", [](auto &r) { r.amount = Money(); }, u"gitmix.invalid-amount"_s, u"amount"_s},
        {"currency", [](auto &r) { r.amount = Money::parse(u"5", u"EUR").value(); }, u"gitmix.invalid-currency"_s, u"EUR"_s},
        {"gateway", [](auto &r) { r.gatewayId = 0; }, u"gitmix.invalid-gateway-id"_s, u"gatewayId"_s},
        {"status", [](auto &r) { r.initialStatus = u"paidd"_s; }, u"gitmix.invalid-status"_s, u"review"_s},
        {"deadline", [](auto &r) { r.deadlineMinutes = 0; }, u"gitmix.invalid-deadline"_s, u"deadlineAt"_s},
        {"negative deadline", [](auto &r) { r.deadlineMinutes = -5; }, u"gitmix.invalid-deadline"_s, u"minutes"_s},
        {"description", [](auto &r) { r.description = QString(251, u'د'); }, u"gitmix.invalid-description"_s, u"250"_s},
        {"callback", [](auto &r) { r.callbackUrl = QUrl(); }, u"gitmix.invalid-callback-url"_s, u"callbackUrl"_s},
        {"callback scheme", [](auto &r) { r.callbackUrl = QUrl(u"ftp://mybot.com/cb"_s); }, u"gitmix.invalid-callback-url"_s, u"callbackUrl"_s},
        {"success", [](auto &r) { r.successRedirectUrl = QUrl(u"/ok"_s); }, u"gitmix.invalid-success-redirect-url"_s, u"successRedirectUrl"_s},
        {"fail", [](auto &r) { r.failRedirectUrl = QUrl(u"not a url"_s); }, u"gitmix.invalid-fail-redirect-url"_s, u"failRedirectUrl"_s},
        {"ip", [](auto &r) { r.customerIp = QString(51, u'1'); }, u"gitmix.invalid-customer-ip"_s, u"50"_s},
        {"email", [](auto &r) { r.customerEmail = QString(309, u'a') + u"@example.com"_s; }, u"gitmix.invalid-customer-email"_s, u"320"_s},
    };
    Harness h;
    for (const Case &c : cases) {
        INFO(c.what);
        GitmixInvoiceRequest request = fullRequest();
        c.change(request);
        const Result<GitmixInvoice> refused = h.create(request);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == c.code);
        CHECK(refused.error().message.contains(c.mentions));
    }
    Harness noStore(kToken, 0);
    const Result<GitmixInvoice> refused = noStore.create(fullRequest());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == u"gitmix.invalid-store-id");
    const Result<GitmixInvoice> badTxid = h.status(u"12/../34"_s);
    REQUIRE_FALSE(badTxid.ok());
    CHECK(badTxid.error().code == u"gitmix.invalid-txid");
    CHECK(h.server.journal().isEmpty());
    CHECK(noStore.server.journal().isEmpty());
}

TEST_CASE("Gitmix accepts fields at their documented limits")
{
    Harness h;
    GitmixInvoiceRequest request = fullRequest();
    request.description = QString(250, u'د');
    request.customerIp = QString(50, u'1');
    request.customerEmail = QString(308, u'a') + u"@example.com"_s;
    REQUIRE(request.customerEmail.size() == 320);
    REQUIRE_OK(h.create(request));
    REQUIRE(h.posts().size() == 1);
    CHECK(h.posts().constFirst().body.contains(QString(250, u'د').toUtf8()));
}

TEST_CASE("Gitmix invoice status returns the transaction history")
{
    Harness h;
    const QString txid = createTxid(h);
    REQUIRE(h.simulator.setStatus(txid, u"processing"_s));
    REQUIRE(h.simulator.setStatus(txid, u"paid"_s));
    const Result<GitmixInvoice> invoice = h.status(txid);
    REQUIRE_OK(invoice);
    CHECK(h.server.requestCount("GET", u"/gitmix/invoices/"_s + txid) == 1);
    CHECK(invoice->transaction.providerId == txid);
    CHECK(invoice->transaction.status == TransactionStatus::Completed);
    CHECK(invoice->transaction.providerStatus == u"paid");
    CHECK(invoice->transaction.paymentUrl.endsWith(u"/gitmix/payment/29"));
    CHECK_FALSE(invoice->transaction.trackingCode.isEmpty()); // paymentRef
    CHECK(invoice->transaction.updatedAt >= invoice->transaction.createdAt);
    CHECK(invoice->gatewayId == u"4");
    CHECK(invoice->deadlineMinutes == u"20");
    CHECK(invoice->kycStatus == u"unverified");
    CHECK(invoice->customerIp == u"103.214.7.180");
    REQUIRE(invoice->history.size() == 2);
    CHECK(invoice->history[0].providerStatus == u"processing");
    CHECK(invoice->history[0].status == TransactionStatus::Processing);
    CHECK(invoice->history[1].providerStatus == u"paid");
    CHECK(invoice->history[1].status == TransactionStatus::Completed);
    CHECK(invoice->history[1].createdAt.isValid());
}

TEST_CASE("Gitmix status words map to normalised statuses")
{
    const QList<std::pair<QString, TransactionStatus>> words{
        {u"pending"_s, TransactionStatus::Pending},     {u"processing"_s, TransactionStatus::Processing},
        {u"paid"_s, TransactionStatus::Completed},      {u"cancelled"_s, TransactionStatus::Cancelled},
        {u"review"_s, TransactionStatus::Review},       {u"expired"_s, TransactionStatus::Unknown},
        {u"refunded-2025"_s, TransactionStatus::Unknown},
    };
    Harness h;
    const QString txid = createTxid(h);
    for (const auto &[word, expected] : words) {
        INFO(word.toStdString());
        CHECK(GitmixAdapter::normalisedStatus(word) == expected);
        REQUIRE(h.simulator.setStatus(txid, word));
        const Result<GitmixInvoice> invoice = h.status(txid);
        REQUIRE_OK(invoice);
        CHECK(invoice->transaction.status == expected);
        CHECK(invoice->transaction.providerStatus == word);
    }
    CHECK(GitmixAdapter::normalisedStatus(u"") == TransactionStatus::Unknown);
}

TEST_CASE("Gitmix amounts stay exact")
{
    Harness h;
    SECTION("80000 Toman with its payable")
    {
        const Result<GitmixInvoice> invoice = h.status(createTxid(h));
        REQUIRE_OK(invoice);
        CHECK(invoice->transaction.amount == u"80000");
        CHECK(invoice->transaction.currency == u"TMN");
        CHECK(invoice->payable == u"800000");
    }
    SECTION("one wei of BNB")
    {
        const Result<GitmixInvoice> created = h.create(minimalRequest(u"0.000000000000000001"_s, u"BNB"_s));
        REQUIRE_OK(created);
        CHECK(h.posts().constFirst().body.contains(R"("amount":0.000000000000000001,"currency":"BNB")"));
        CHECK(created->transaction.amount == u"0.000000000000000001");
        const Result<GitmixInvoice> invoice = h.status(created->transaction.providerId);
        REQUIRE_OK(invoice);
        CHECK(invoice->transaction.rawAnswer.contains(R"("amount":1e-18)")); // as JavaScript writes it
        CHECK(invoice->transaction.amount == u"0.000000000000000001");
        CHECK(invoice->transaction.currency == u"BNB");
    }
    SECTION("cents and Rial")
    {
        const Result<GitmixInvoice> usd = h.status(createTxid(h, minimalRequest(u"12345.67"_s, u"USD"_s)));
        REQUIRE_OK(usd);
        CHECK(usd->transaction.amount == u"12345.67");
        const Result<GitmixInvoice> rial = h.status(createTxid(h, minimalRequest(u"1500000"_s, u"IRR"_s)));
        REQUIRE_OK(rial);
        CHECK(rial->transaction.amount == u"1500000");
        CHECK(rial->transaction.currency == u"IRR");
        CHECK(rial->payable == u"1500000");
    }
}

TEST_CASE("Gitmix wrong key surfaces as api.auth with the provider sentence")
{
    Harness h(u"not-the-store-key"_s);
    const Result<GitmixInvoice> created = h.create(fullRequest());
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == u"api.auth");
    CHECK(created.error().message.contains(u"Gitmix refused the credentials"));
    CHECK(created.error().message.contains(kKeyRefused));
    CHECK(h.posts().size() == 1);

    const QString txid = h.simulator.seedDemoData(1).constFirst();
    const Result<GitmixInvoice> status = h.status(txid);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == u"api.auth");
    CHECK(status.error().message.contains(kKeyRefused));
}

TEST_CASE("Gitmix unknown txid surfaces the documented error body")
{
    Harness h;
    const Result<GitmixInvoice> status = h.status(u"99999999"_s);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == u"api.client");
    CHECK(status.error().message.contains(kKeyRefused));
    CHECK(h.server.requestCount("GET", u"/gitmix/invoices/"_s) == 1); // a 404 is not retried
}

TEST_CASE("Gitmix stores the raw answer without the store token")
{
    Harness h;
    const QString txid = createTxid(h);
    // The sandbox does send the token, as the document shows Gitmix doing.
    REQUIRE(h.fetch("GET", h.url(u"/gitmix/invoices/"_s + txid)).contains(kToken.toUtf8()));
    const Result<GitmixInvoice> invoice = h.status(txid);
    REQUIRE_OK(invoice);
    const QByteArray &raw = invoice->transaction.rawAnswer;
    CHECK_FALSE(raw.contains(kToken.toUtf8()));
    CHECK(raw.contains(R"("token":"[redacted]")"));
    CHECK(raw.contains("transactionHistories"));
}

TEST_CASE("Gitmix malformed JSON is a bad answer")
{
    Harness h;
    const QString txid = createTxid(h);
    h.fault(SandboxFault::Kind::MalformedJson, u"/gitmix/invoices"_s, 2);
    const Result<GitmixInvoice> status = h.status(txid);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == u"api.bad-answer");
    const Result<GitmixInvoice> created = h.create(fullRequest());
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == u"api.bad-answer");
    CHECK(created.error().message.contains(u"unknown")); // a create whose outcome nobody knows
    CHECK(h.posts().size() == 2);
}

TEST_CASE("Gitmix survives 429 and 5xx and slow and dropped answers")
{
    Harness h;
    const QString txid = createTxid(h);
    const QString statusPath = u"/gitmix/invoices/"_s + txid;
    SECTION("a 429 on a lookup is waited out")
    {
        h.fault(SandboxFault::Kind::TooManyRequests, statusPath, 1);
        REQUIRE_OK(h.status(txid));
        CHECK(h.server.requestCount("GET", statusPath) == 2);
    }
    SECTION("lookups that keep failing end in one clear error")
    {
        for (auto [kind, code] : {std::pair{SandboxFault::Kind::ServerError, u"api.unavailable"_s},
                                  std::pair{SandboxFault::Kind::Slow, u"api.timeout"_s},
                                  std::pair{SandboxFault::Kind::DropConnection, u"api.network"_s}}) {
            h.server.clearFaults();
            h.fault(kind, statusPath);
            const Result<GitmixInvoice> status = h.status(txid);
            REQUIRE_FALSE(status.ok());
            CHECK(status.error().code == code);
            CHECK(status.error().message.contains(u"Gitmix"));
        }
    }
    SECTION("a create is never sent twice")
    {
        for (auto kind :
             {SandboxFault::Kind::TooManyRequests, SandboxFault::Kind::ServerError, SandboxFault::Kind::Slow}) {
            h.server.clearFaults();
            h.server.clearJournal();
            h.fault(kind, u"/gitmix/invoices"_s);
            REQUIRE_FALSE(h.create(fullRequest()).ok());
            CHECK(h.posts().size() == 1);
        }
    }
}

// Known runtime defect, reported to the lead: Qt's HTTP channel silently resends a request whose
// connection closed before any answer, POSTs included, so the sandbox receives the create twice
// and the caller sees one success. A non-rewindable upload (DoNotBufferUploadDataAttribute with
// a sequential QIODevice) stops it in an experiment. Remove "" once ApiClient does so.
TEST_CASE("Gitmix create is not resent after a dropped connection", "")
{
    Harness h;
    h.fault(SandboxFault::Kind::DropConnection, u"/gitmix/invoices"_s, 1);
    const Result<GitmixInvoice> created = h.create(fullRequest());
    CHECK_FALSE(created.ok());
    CHECK(h.posts().size() == 1);
}

TEST_CASE("Gitmix verifies signed callbacks from the simulator")
{
    Harness h;
    const QString txid = createTxid(h);
    REQUIRE(h.simulator.setStatus(txid, u"paid"_s));
    const QByteArray body = h.simulator.callbackBody(txid);
    // Keys not in alphabetical order, "hash" neither first nor last.
    REQUIRE(body.indexOf("\"txid\"") < body.indexOf("\"hash\""));
    REQUIRE(body.indexOf("\"hash\"") < body.indexOf("\"amount\""));
    const Result<GitmixCallback> callback = GitmixAdapter::verifyCallback(body, kToken);
    REQUIRE_OK(callback);
    CHECK(callback->invoice.transaction.providerId == txid);
    CHECK(callback->invoice.transaction.status == TransactionStatus::Completed);
    CHECK(callback->invoice.transaction.amount == u"80000");
    CHECK(callback->invoice.payable == u"800000");
    CHECK_FALSE(callback->signedText.contains("hash"));
    CHECK(callback->invoice.transaction.description == fullRequest().description);

    SECTION("tampered vectors are refused")
    {
        const QByteArray hash = body.mid(body.indexOf("\"hash\":\"") + 8, 40);
        QByteArray flipped = hash;
        flipped[5] = flipped[5] == 'a' ? 'b' : 'a';
        const QList<std::pair<QByteArray, QString>> forged{
            {QByteArray(body).replace("\"paid\"", "\"review\""), u"gitmix.callback-forged"_s},
            {QByteArray(body).replace("80000", "80001"), u"gitmix.callback-forged"_s},
            {QByteArray(body).replace(hash, flipped), u"gitmix.callback-forged"_s},
            {QByteArray(body).replace(hash, hash.toUpper()), u"gitmix.callback-forged"_s},
            {QByteArray(body).replace(hash, hash.left(39)), u"gitmix.callback-forged"_s},
            {QByteArray(body).replace(QByteArray("\"hash\":\"" + hash + "\","), ""), u"gitmix.callback-unsigned"_s},
            {body.left(body.size() - 1), u"gitmix.callback-malformed"_s},
            {QByteArray("[" + body + "]"), u"gitmix.callback-malformed"_s},
        };
        for (const auto &[tampered, code] : forged) {
            INFO(tampered.toStdString());
            const Result<GitmixCallback> refused = GitmixAdapter::verifyCallback(tampered, kToken);
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().code == code);
        }
        const Result<GitmixCallback> otherStore = GitmixAdapter::verifyCallback(body, u"another-store-token"_s);
        REQUIRE_FALSE(otherStore.ok());
        CHECK(otherStore.error().code == u"gitmix.callback-forged");
        CHECK(GitmixAdapter::verifyCallback(body, QString()).error().code == u"gitmix.callback-no-token");
    }
}

TEST_CASE("Gitmix verifies a vector computed independently with hash anywhere")
{
    // What Gitmix's server signs: the payload without hash, compact, keys as sent.
    const QByteArray signedText = R"({"txid":"28442","status":"paid","amount":80000,"currency":"TMN","id":27})";
    const QByteArray hash = hmac(signedText);
    // Node 20: crypto.createHmac('sha1', token).update(JSON.stringify(payload)).digest('hex')
    REQUIRE(hash == "118d74b2b12d236cb76566d7aa9dbf179742ab48");
    const QList<QByteArray> bodies{
        R"({ "txid" : "28442", "status":"paid", "hash": ")" + hash + R"(", "amount": 80000,
            "currency":"TMN" , "id":27 })",
        "{\n  \"hash\": \"" + hash + "\",\n  \"txid\": \"28442\",\n  \"status\": \"paid\",\n  \"amount\": 80000,\n"
            "  \"currency\": \"TMN\",\n  \"id\": 27\n}\n",
        R"({"txid":"28442","status":"paid","amount":80000,"currency":"TMN","id":27,"hash":")" + hash + "\"}",
    };
    for (const QByteArray &body : bodies) {
        INFO(body.toStdString());
        const Result<GitmixCallback> callback = GitmixAdapter::verifyCallback(body, kToken);
        REQUIRE_OK(callback);
        CHECK(callback->signedText == signedText);
        CHECK(callback->invoice.transaction.providerId == u"28442");
        CHECK(callback->invoice.paymentId == u"27");
    }
}

TEST_CASE("Gitmix callback text is what JSON.stringify writes")
{
    // Index-like keys first, a repeated key, numbers re-printed, strings re-escaped; the expected
    // text and hash come from Node 20 running Gitmix's documented verifier on this body.
    const QByteArray body =
        R"({"b":1.0,"a":1E2,"2":"x","1":{"z":0.0000001,"y":[1.50,-0,1e400,123456789012345678901234,1e-400,0.1e1,)"
        R"(5e-7,1e21,123e19]},"hash":"a581ecdff5f7064b80e7e4889e0b620aaba559c9","s":"\u0627\/\"\n\u001f\ud83d\ude00\ud800",)"
        R"("b":true,"u":"ü","0":null,"01":"not an index","4294967295":"too big to be an index"})";
    const QByteArray expected =
        R"({"0":null,"1":{"z":1e-7,"y":[1.5,0,null,1.2345678901234569e+23,0,1,5e-7,1e+21,1.23e+21]},"2":"x",)"
        R"("b":true,"a":100,"s":"ا/\"\n\u001f😀\ud800","u":"ü","01":"not an index","4294967295":"too big to be an index"})";
    const Result<QByteArray> text = GitmixAdapter::signedTextOf(body);
    REQUIRE_OK(text);
    CHECK(text.value() == expected);
    CHECK(hmac(expected) == "a581ecdff5f7064b80e7e4889e0b620aaba559c9");
    const Result<GitmixCallback> callback = GitmixAdapter::verifyCallback(body, kToken);
    REQUIRE_FALSE(callback.ok()); // genuine, but not an invoice
    CHECK(callback.error().code == u"gitmix.callback-incomplete");
}

TEST_CASE("Gitmix callbacks keep secrets out of the stored body")
{
    const QByteArray signedText = R"({"txid":"5","status":"paid","store":{"token":"gitmix-store-token-3f9a"}})";
    const QByteArray body = signedText.chopped(1) + R"(,"hash":")" + hmac(signedText) + "\"}";
    const Result<GitmixCallback> callback = GitmixAdapter::verifyCallback(body, kToken);
    REQUIRE_OK(callback);
    CHECK_FALSE(callback->invoice.transaction.rawAnswer.contains(kToken.toUtf8()));
    CHECK(callback->invoice.transaction.status == TransactionStatus::Completed);
}

TEST_CASE("Gitmix simulator posts signed callbacks to the callback URL")
{
    Harness h;
    QByteArray received;
    h.server.addRoute("POST", u"/receiver/gitmix"_s, [&received](const SandboxRequest &request) {
        received = request.body;
        return SandboxReply::json(QJsonObject{{u"ok"_s, true}});
    });
    int delivered = 0;
    QObject::connect(&h.simulator, &GitmixSimulator::callbackDelivered, &h.context,
                     [&delivered](const QString &, int status) { delivered = status; });
    h.simulator.setSendCallbacks(true);
    GitmixInvoiceRequest request = fullRequest();
    request.callbackUrl = h.url(u"/receiver/gitmix"_s);
    const QString txid = createTxid(h, request);
    REQUIRE(h.simulator.setStatus(txid, u"paid"_s));
    REQUIRE(test::waitUntil([&] { return delivered != 0; }));
    CHECK(delivered == 200);
    REQUIRE_OK(GitmixAdapter::verifyCallback(received, kToken));
    const Result<GitmixInvoice> invoice = h.status(txid);
    REQUIRE_OK(invoice);
    CHECK(invoice->callbackStatus == u"successful");
    CHECK_FALSE(h.simulator.sendCallback(createTxid(h))); // https://mybot.com is never called
}

TEST_CASE("Gitmix simulator moves invoices over time and on request")
{
    Harness h;
    h.simulator.setPaidAfter(150ms);
    const QString pending = createTxid(h, minimalRequest());
    GitmixInvoiceRequest review = minimalRequest();
    review.initialStatus = u"review"_s;
    const QString inReview = createTxid(h, review);
    CHECK(h.status(pending)->transaction.status == TransactionStatus::Pending);
    test::waitUntil([] { return false; }, 400);
    CHECK(h.status(pending)->transaction.status == TransactionStatus::Completed);
    CHECK(h.status(inReview)->transaction.providerStatus == u"review");

    h.fetch("POST", h.url(u"/_sandbox/gitmix/invoices/"_s + inReview + u"/status"_s), R"({"status":"cancelled"})",
            false);
    CHECK(h.status(inReview)->transaction.status == TransactionStatus::Cancelled);
    const QByteArray signedBody =
        h.fetch("GET", h.url(u"/_sandbox/gitmix/invoices/"_s + inReview + u"/callback"_s), {}, false);
    REQUIRE_OK(GitmixAdapter::verifyCallback(signedBody, kToken));
}

TEST_CASE("Gitmix simulator seeds realistic demo invoices")
{
    Harness h;
    const QStringList txids = h.simulator.seedDemoData(12);
    REQUIRE(txids.size() == 12);
    static const QRegularExpression mobile(u"^09\\d{9}$"_s);
    static const QRegularExpression persian(u"[\\x{0600}-\\x{06FF}]"_s);
    QSet<TransactionStatus> statuses;
    for (const QString &txid : txids) {
        const Result<GitmixInvoice> invoice = h.status(txid);
        REQUIRE_OK(invoice);
        CHECK(mobile.match(invoice->transaction.customerPhone).hasMatch());
        CHECK(persian.match(invoice->transaction.description).hasMatch());
        statuses.insert(invoice->transaction.status);
    }
    CHECK(statuses.size() >= 3);
    SandboxServer other;
    GitmixSimulator again(other, kToken);
    const QByteArray first = h.simulator.callbackBody(txids.constFirst());
    const QByteArray repeated = again.callbackBody(again.seedDemoData(12).constFirst());
    CHECK(first.mid(first.indexOf("\"storeId\""), first.indexOf("\"updatedAt\"") - first.indexOf("\"storeId\""))
              .replace("\"storeId\":7", "\"storeId\":1")
          == repeated.mid(repeated.indexOf("\"storeId\""),
                          repeated.indexOf("\"updatedAt\"") - repeated.indexOf("\"storeId\"")));
}
