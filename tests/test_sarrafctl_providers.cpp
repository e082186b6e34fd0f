// sarrafctl against the four Providers I simulators over real loopback HTTP: the sandbox runs in
// this test process with fresh random credentials, the real sarrafctl binary runs as a child with
// its secrets in the real keychain (the private, unlocked gnome-keyring of the test command).
// Proves track, sync, list and verify-callback end to end, that a failing provider does not stop
// the others, and that no configured secret appears in any file Sarraf writes.
#include "CtlSandboxSupport.h"

#include "models/store/Database.h"
#include "models/store/TransactionStore.h"
#include "providers/cryptofuse/CryptofuseAdapter.h"
#include "providers/gitmix/GitmixAdapter.h"
#include "providers/greengo/GreengoAdapter.h"
#include "providers/sandbox/CryptofuseSimulator.h"
#include "providers/sandbox/GitmixSimulator.h"
#include "providers/sandbox/GreengoSimulator.h"
#include "providers/sandbox/PremiumExchangerSimulator.h"
#include "providers/sandbox/SandboxEnvironment.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <tuple>

using namespace Qt::StringLiterals;
using namespace sarraf;
using namespace sarraf::test;

namespace {

QJsonObject byId(const QJsonArray &rows, const QString &id)
{
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(u"id"_s).toString() == id)
            return row.toObject();
    }
    FAIL("no row with id " << id.toStdString());
    return {};
}

QJsonObject byProvider(const QJsonArray &rows, const QString &provider)
{
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(u"provider"_s).toString() == provider)
            return row.toObject();
    }
    FAIL("no entry for " << provider.toStdString());
    return {};
}

// The ids of the rows sync should refresh: those not in a final status.
QStringList openIds(const QJsonArray &rows)
{
    QStringList ids;
    for (const QJsonValue &row : rows) {
        const std::optional<TransactionStatus> status
            = TransactionStatuses::fromKey(row.toObject().value(u"status"_s).toString());
        REQUIRE(status.has_value());
        if (!TransactionStatuses::isFinal(*status))
            ids.append(row.toObject().value(u"id"_s).toString());
    }
    return ids;
}

int unfinished(const QJsonArray &rows)
{
    return int(openIds(rows).size());
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}


SandboxEnvironment::Options fixedStatuses()
{
    SandboxEnvironment::Options options;
    options.randomCredentials = true;
    options.progress = false; // statuses move only when the test moves them
    return options;
}

// The sandbox with fixed statuses and random credentials, demo data, and a fresh profile set up
// for it through sarrafctl itself; its keychain entries are removed at the end.
class Sandboxed final
{
public:
    Sandboxed()
    {
        requireKeychain();
        REQUIRE_OK(m_sandbox.listen());
        m_seeded = m_sandbox.seedDemoData();
        m_cleanup.emplace(m_ctl.profile(), secretEntries(m_sandbox));
        configure(m_ctl, m_sandbox);
    }
    Q_DISABLE_COPY_MOVE(Sandboxed)

    std::tuple<SandboxEnvironment &, const QHash<QString, QStringList> &, const Ctl &> parts()
    {
        return {m_sandbox, m_seeded, m_ctl};
    }

private:
    SandboxEnvironment m_sandbox{fixedStatuses()};
    QHash<QString, QStringList> m_seeded;
    Ctl m_ctl{uniqueProfile()};
    std::optional<SecretsRemovedAtEnd> m_cleanup;
};

} // namespace

TEST_CASE("sarrafctl: track sync and list work against the sandbox and no secret reaches any file",
          "[sarrafctl][providers][keychain]")
{
    Sandboxed fixture;
    auto [sandbox, seeded, ctl] = fixture.parts();

    // Track what each provider without a listing knows, as support staff would by id.
    const QStringList gitmixIds = seeded.value(u"gitmix"_s).mid(0, 6);
    const QStringList greengoIds = seeded.value(u"greengo"_s).mid(0, 8);
    const QStringList cryptofuseIds = seeded.value(u"cryptofuse"_s);
    REQUIRE(gitmixIds.size() == 6);
    REQUIRE(greengoIds.size() == 8);
    REQUIRE_FALSE(cryptofuseIds.isEmpty());
    QHash<QString, int> toRefresh;
    QHash<QString, QStringList> open;
    for (const auto &[provider, ids] : {std::pair{u"gitmix"_s, gitmixIds}, std::pair{u"greengo"_s, greengoIds},
                                        std::pair{u"cryptofuse"_s, cryptofuseIds}}) {
        const Ran tracked = ctl.run(QStringList{u"track"_s, provider} + ids + QStringList{u"--format"_s, u"json"_s});
        INFO(tracked.describe());
        REQUIRE(tracked.exitCode == 0);
        const QJsonArray rows = jsonArrayOf(tracked);
        CHECK(rows.size() == ids.size());
        toRefresh.insert(provider, unfinished(rows));
        open.insert(provider, openIds(rows));
        for (const QJsonValue &row : rows) {
            const QJsonObject object = row.toObject();
            CHECK(object.value(u"provider"_s).toString() == provider);
            CHECK(ids.contains(object.value(u"id"_s).toString()));
            // Exact decimal text, never a JSON number that went through a double.
            CHECK(object.value(u"amount"_s).isString());
            CHECK_FALSE(object.value(u"currency"_s).toString().isEmpty());
            CHECK(QDateTime::fromString(object.value(u"created_at"_s).toString(), Qt::ISODateWithMs).isValid());
        }
    }

    // The providers move on; one sync brings every change in, and lists Premium Exchanger's bids.
    // Seeded with some of each status; the two moved below are among those still open.
    REQUIRE(open.value(u"gitmix"_s).size() >= 2);
    REQUIRE(open.value(u"greengo"_s).size() >= 1);
    const QString paidId = open.value(u"gitmix"_s)[0];
    const QString strangeId = open.value(u"gitmix"_s)[1];
    const QString completedId = open.value(u"greengo"_s)[0];
    REQUIRE(sandbox.gitmix().setStatus(paidId, u"paid"_s));
    REQUIRE(sandbox.gitmix().setStatus(strangeId, u"brand-new-word"_s));
    REQUIRE(sandbox.greengo().setStatus(completedId, u"completed"_s));
    const Ran synced = ctl.run({u"sync"_s, u"--format"_s, u"json"_s});
    INFO(synced.describe());
    REQUIRE(synced.exitCode == 0);
    const QJsonArray outcomes = jsonArrayOf(synced);
    REQUIRE(outcomes.size() == 4);
    for (const QJsonValue &outcome : outcomes)
        CHECK(outcome.toObject().value(u"ok"_s).toBool());
    for (const QString &provider : {u"gitmix"_s, u"greengo"_s, u"cryptofuse"_s})
        CHECK(byProvider(outcomes, provider).value(u"refreshed"_s).toInt() == toRefresh.value(provider));
    CHECK(byProvider(outcomes, u"gitmix"_s).value(u"changed"_s).toInt() == 2);
    CHECK(byProvider(outcomes, u"greengo"_s).value(u"changed"_s).toInt() == 1);
    CHECK(byProvider(outcomes, u"premiumexchanger"_s).value(u"listed"_s).toInt()
          == sandbox.premiumExchanger().bidIds().size());

    const Ran invoices = ctl.run({u"list"_s, u"invoices"_s, u"--provider"_s, u"gitmix"_s, u"--format"_s, u"json"_s});
    INFO(invoices.describe());
    REQUIRE(invoices.exitCode == 0);
    const QJsonArray gitmixRows = jsonArrayOf(invoices);
    CHECK(gitmixRows.size() == gitmixIds.size());
    const QJsonObject paid = byId(gitmixRows, paidId);
    CHECK(paid.value(u"status"_s).toString() == u"completed");
    CHECK(paid.value(u"provider_status"_s).toString() == u"paid");
    // A word Sarraf does not know is kept and never guessed.
    const QJsonObject strange = byId(gitmixRows, strangeId);
    CHECK(strange.value(u"status"_s).toString() == u"unknown");
    CHECK(strange.value(u"provider_status"_s).toString() == u"brand-new-word");

    const Ran orders = ctl.run({u"list"_s, u"orders"_s, u"--format"_s, u"json"_s, u"--limit"_s, u"1000"_s});
    INFO(orders.describe());
    REQUIRE(orders.exitCode == 0);
    const QJsonArray orderRows = jsonArrayOf(orders);
    CHECK(orderRows.size() == greengoIds.size() + sandbox.premiumExchanger().bidIds().size());
    const QJsonObject completed = byId(orderRows, completedId);
    CHECK(completed.value(u"status"_s).toString() == u"completed");
    CHECK(completed.value(u"provider_status"_s).toString() == u"completed");

    // The listing's cursor is stored for the next sync, and a second sync changes nothing.
    {
        Result<std::unique_ptr<Database>> database = Database::openSqlite(ctl.databasePath());
        REQUIRE_OK(database);
        const Result<SyncState> state = TransactionStore(**database).syncState(u"premiumexchanger"_s);
        REQUIRE_OK(state);
        CHECK(state->cursor.toLongLong() > 0);
    }
    const Ran again = ctl.run({u"sync"_s, u"--format"_s, u"json"_s});
    INFO(again.describe());
    REQUIRE(again.exitCode == 0);
    for (const QJsonValue &outcome : jsonArrayOf(again)) {
        CHECK(outcome.toObject().value(u"changed"_s).toInt() == 0);
        CHECK(outcome.toObject().value(u"inserted"_s).toInt() == 0);
    }

    // The runtime's metrics of the last run, per provider and as file 000 names them.
    const Ran providers = ctl.run({u"providers"_s, u"list"_s, u"--format"_s, u"json"_s});
    INFO(providers.describe());
    REQUIRE(providers.exitCode == 0);
    for (const QString &provider : SandboxEnvironment::providers()) {
        const QJsonObject lastRun = byProvider(jsonArrayOf(providers), provider).value(u"last_run"_s).toObject();
        INFO(provider.toStdString());
        CHECK(lastRun.value(u"requests"_s).toInteger() > 0);
        CHECK(lastRun.value(u"errors"_s).toInteger() == 0);
        CHECK(lastRun.value(u"circuit_state"_s).toString() == u"closed");
    }
    const Ran metrics = ctl.run({u"providers"_s, u"list"_s, u"--metrics"_s});
    INFO(metrics.describe());
    REQUIRE(metrics.exitCode == 0);
    for (const char *series : {"external_api_requests_total{service=\"gitmix\"", "external_api_request_duration_seconds",
                               "circuit_breaker_state{service=\"greengo\"}"})
        CHECK(metrics.out.contains(QLatin1StringView(series)));

    // Every secret was used by the requests above, and none is in any file of the data folder.
    QStringList secrets;
    for (const SandboxAccount &account : sandbox.accounts())
        secrets += account.secrets.values();
    int walked = 0;
    bool sawLog = false;
    QDirIterator files(ctl.dataDir(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        sawLog = sawLog || (path.endsWith(u".log") && bytes.contains("sync of gitmix"));
        ++walked;
        for (const QString &secret : std::as_const(secrets)) {
            INFO(path.toStdString() << " must not contain a secret");
            CHECK_FALSE(bytes.contains(secret.toUtf8()));
            CHECK_FALSE(bytes.contains(QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)));
            CHECK_FALSE(bytes.contains(secret.toUtf8().toBase64()));
        }
    }
    CHECK(walked >= 3); // providers.ini, the database (and its WAL) and the log
    CHECK(sawLog);
}

TEST_CASE("sarrafctl: sync goes on past failing providers and exits 1 naming each of them",
          "[sarrafctl][providers][keychain]")
{
    Sandboxed fixture;
    auto [sandbox, seeded, ctl] = fixture.parts();
    const QStringList gitmixIds = seeded.value(u"gitmix"_s).mid(0, 5);
    const QStringList greengoIds = seeded.value(u"greengo"_s).mid(0, 5);
    int gitmixOpen = 0;
    for (const auto &[provider, ids] : {std::pair{u"gitmix"_s, gitmixIds}, std::pair{u"greengo"_s, greengoIds}}) {
        const Ran tracked = ctl.run(QStringList{u"track"_s, provider} + ids + QStringList{u"--format"_s, u"json"_s});
        INFO(tracked.describe());
        REQUIRE(tracked.exitCode == 0);
        const int open = unfinished(jsonArrayOf(tracked));
        REQUIRE(open > 0);
        if (provider == u"gitmix")
            gitmixOpen = open;
    }
    // Then GREENGO's secret is changed to a wrong one, Cryptofuse's is removed, and Premium
    // Exchanger switches its API off.
    const Ran wrong = ctl.run({u"secrets"_s, u"set"_s, u"greengo"_s, u"api-secret"_s}, "not-the-secret-at-all\n");
    INFO(wrong.describe());
    REQUIRE(wrong.exitCode == 0);
    REQUIRE_OK(removeSecret(ctl.profile(), u"cryptofuse"_s, u"client-secret"_s));
    sandbox.premiumExchanger().forceAnswer(PremiumExchangerSimulator::Answer::ApiDisabled);

    const Ran synced = ctl.run({u"sync"_s, u"--format"_s, u"json"_s});
    INFO(synced.describe());
    CHECK(synced.exitCode == 1);
    const QJsonArray outcomes = jsonArrayOf(synced);
    REQUIRE(outcomes.size() == 4);
    CHECK(byProvider(outcomes, u"gitmix"_s).value(u"ok"_s).toBool());
    CHECK(byProvider(outcomes, u"gitmix"_s).value(u"refreshed"_s).toInt() == gitmixOpen);
    for (const QString &failed : {u"greengo"_s, u"cryptofuse"_s, u"premiumexchanger"_s}) {
        const QJsonObject outcome = byProvider(outcomes, failed);
        INFO(failed.toStdString());
        CHECK_FALSE(outcome.value(u"ok"_s).toBool());
        CHECK_FALSE(outcome.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
        // One line on standard error per failure, naming the provider.
        const QStringList lines = synced.err.split(u'\n', Qt::SkipEmptyParts);
        CHECK(std::count_if(lines.cbegin(), lines.cend(), [&](const QString &line) {
                  return line.startsWith(u"sarrafctl: "_s + failed + u": "_s);
              }) == 1);
    }
    // What a support person reads says what to do.
    CHECK(synced.err.contains(u"sarrafctl secrets set cryptofuse client-secret"_s));
    CHECK(byProvider(outcomes, u"greengo"_s).value(u"error"_s).toObject().value(u"message"_s).toString()
              .contains(u"GREENGO"));

    // providers list shows the failures as each provider's health.
    const Ran listed = ctl.run({u"providers"_s, u"list"_s, u"--format"_s, u"json"_s});
    INFO(listed.describe());
    REQUIRE(listed.exitCode == 0);
    const QJsonArray providers = jsonArrayOf(listed);
    CHECK(byProvider(providers, u"gitmix"_s).value(u"health"_s).toObject().value(u"state"_s).toString() == u"ok");
    for (const QString &failed : {u"greengo"_s, u"cryptofuse"_s, u"premiumexchanger"_s})
        CHECK(byProvider(providers, failed).value(u"health"_s).toObject().value(u"state"_s).toString() == u"failing");

    // Naming providers syncs only those.
    const Ran one = ctl.run({u"sync"_s, u"gitmix"_s});
    INFO(one.describe());
    CHECK(one.exitCode == 0);
    CHECK(one.out.startsWith(u"gitmix: synced"_s));
    CHECK_FALSE(one.out.contains(u"greengo"));
}

TEST_CASE("sarrafctl: track stores the ids a provider knows and names each one it does not",
          "[sarrafctl][providers][keychain]")
{
    Sandboxed fixture;
    auto [sandbox, seeded, ctl] = fixture.parts();

    const QString known = seeded.value(u"greengo"_s).constFirst();
    const Ran tracked = ctl.run({u"track"_s, u"greengo"_s, known, u"999999999"_s, u"--format"_s, u"json"_s});
    INFO(tracked.describe());
    CHECK(tracked.exitCode == 1);
    const QJsonArray rows = jsonArrayOf(tracked);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].toObject().value(u"id"_s).toString() == known);
    CHECK(tracked.err.contains(u"sarrafctl: greengo: 999999999: "_s));

    const Ran listed = ctl.run({u"list"_s, u"orders"_s, u"--format"_s, u"json"_s});
    INFO(listed.describe());
    REQUIRE(listed.exitCode == 0);
    CHECK(jsonArrayOf(listed).size() == 1);

    // Premium Exchanger is tracked by bid id or by hash.
    const qint64 bid = sandbox.premiumExchanger().bidIds().constFirst();
    const Ran byHash = ctl.run({u"track"_s, u"premiumexchanger"_s, sandbox.premiumExchanger().bidHash(bid),
                                u"--format"_s, u"json"_s});
    INFO(byHash.describe());
    CHECK(byHash.exitCode == 0);
    CHECK(jsonArrayOf(byHash).at(0).toObject().value(u"id"_s).toString() == QString::number(bid));

    const QList<QStringList> misuses{{u"track"_s, u"gitmix"_s},
                                     {u"track"_s, u"nosuch"_s, u"1"_s},
                                     {u"track"_s, u"exonyx"_s, u"1"_s},
                                     {u"sync"_s, u"nosuch"_s},
                                     {u"sync"_s, u"--format"_s, u"csv"_s}};
    for (const QStringList &misuse : misuses) {
        const Ran ran = ctl.run(misuse);
        INFO(ran.describe());
        CHECK(ran.exitCode == 2);
        CHECK(ran.out.isEmpty());
        CHECK_FALSE(ran.err.isEmpty());
    }
}

TEST_CASE("sarrafctl: verify-callback accepts genuine Gitmix and Cryptofuse callbacks and refuses tampered ones",
          "[sarrafctl][providers][keychain]")
{
    Sandboxed fixture;
    auto [sandbox, seeded, ctl] = fixture.parts();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    // Gitmix: the hash inside the body, HMAC-SHA1 keyed with the store's API key.
    const QString txid = seeded.value(u"gitmix"_s).constFirst();
    REQUIRE(sandbox.gitmix().setStatus(txid, u"paid"_s));
    const QByteArray body = sandbox.gitmix().callbackBody(txid);
    REQUIRE_FALSE(body.isEmpty());
    const Ran genuine = ctl.run({u"verify-callback"_s, u"gitmix"_s, writeFile(dir, u"genuine.json"_s, body),
                                 u"--import"_s, u"--format"_s, u"json"_s});
    INFO(genuine.describe());
    REQUIRE(genuine.exitCode == 0);
    const QJsonObject record = jsonArrayOf(genuine).at(0).toObject();
    CHECK(record.value(u"id"_s).toString() == txid);
    CHECK(record.value(u"status"_s).toString() == u"completed");
    const Ran imported = ctl.run({u"list"_s, u"invoices"_s, u"--format"_s, u"json"_s});
    INFO(imported.describe());
    CHECK(byId(jsonArrayOf(imported), txid).value(u"provider_status"_s).toString() == u"paid");

    QByteArray tampered = body;
    tampered.replace("\"paid\"", "\"cancelled\"");
    REQUIRE(tampered != body);
    const Ran forged = ctl.run({u"verify-callback"_s, u"gitmix"_s, writeFile(dir, u"forged.json"_s, tampered)});
    INFO(forged.describe());
    CHECK(forged.exitCode == 2);
    CHECK(forged.out.isEmpty());
    CHECK(forged.err.startsWith(u"sarrafctl: gitmix: "_s));

    // Cryptofuse: HMAC-SHA256 of the raw body in the X-Webhook-Signature header.
    const QString payment = seeded.value(u"cryptofuse"_s).constFirst();
    const Result<CryptofuseSimulator::Webhook> webhook = sandbox.cryptofuse().webhookFor(payment);
    REQUIRE_OK(webhook);
    const QString webhookFile = writeFile(dir, u"webhook.json"_s, webhook->body);
    const Ran signedOk = ctl.run({u"verify-callback"_s, u"cryptofuse"_s, webhookFile, u"--signature"_s,
                                  QString::fromLatin1(webhook->signature)});
    INFO(signedOk.describe());
    CHECK(signedOk.exitCode == 0);
    CHECK(signedOk.out.contains(payment));
    QByteArray wrongSignature = webhook->signature;
    wrongSignature[0] = wrongSignature[0] == '0' ? '1' : '0';
    const Ran badSignature = ctl.run({u"verify-callback"_s, u"cryptofuse"_s, webhookFile, u"--signature"_s,
                                      QString::fromLatin1(wrongSignature)});
    INFO(badSignature.describe());
    CHECK(badSignature.exitCode == 2);
    CHECK(badSignature.err.startsWith(u"sarrafctl: cryptofuse: "_s));
    const Ran unsignedRun = ctl.run({u"verify-callback"_s, u"cryptofuse"_s, webhookFile});
    INFO(unsignedRun.describe());
    CHECK(unsignedRun.exitCode == 2);
    CHECK(unsignedRun.err.contains(u"--signature"));
    // Imported, a webhook moves the tracked payment on; the same webhook again changes nothing.
    const QString waiting = [&] {
        for (const QString &id : seeded.value(u"cryptofuse"_s)) {
            const Ran one = ctl.run({u"track"_s, u"cryptofuse"_s, id, u"--format"_s, u"json"_s});
            if (one.exitCode == 0 && jsonArrayOf(one).at(0).toObject().value(u"status"_s).toString() == u"pending")
                return id;
        }
        return QString();
    }();
    REQUIRE_FALSE(waiting.isEmpty());
    const Result<CryptofuseSimulator::Webhook> completedHook
        = sandbox.cryptofuse().setPaymentStatus(waiting, u"completed"_s, u"full"_s);
    REQUIRE_OK(completedHook);
    const QString completedFile = writeFile(dir, u"completed.json"_s, completedHook->body);
    for (int round = 0; round < 2; ++round) {
        const Ran applied = ctl.run({u"verify-callback"_s, u"cryptofuse"_s, completedFile, u"--signature"_s,
                                     QString::fromLatin1(completedHook->signature), u"--import"_s});
        INFO(applied.describe());
        CHECK(applied.exitCode == 0);
    }
    const Ran afterWebhook = ctl.run({u"list"_s, u"invoices"_s, u"--provider"_s, u"cryptofuse"_s, u"--format"_s, u"json"_s});
    INFO(afterWebhook.describe());
    const QJsonObject completedPayment = byId(jsonArrayOf(afterWebhook), waiting);
    CHECK(completedPayment.value(u"status"_s).toString() == u"completed");
    CHECK_FALSE(completedPayment.value(u"amount"_s).toString().isEmpty()); // kept from the tracked record

    const Ran noCallbacks = ctl.run({u"verify-callback"_s, u"greengo"_s, webhookFile});
    INFO(noCallbacks.describe());
    CHECK(noCallbacks.exitCode == 2);
}

TEST_CASE("sarrafctl: sync survives every injected fault without hanging and recovers when it clears",
          "[sarrafctl][providers][keychain][faults]")
{
    Sandboxed fixture;
    auto [sandbox, seeded, ctl] = fixture.parts();
    const Ran tracked = ctl.run(QStringList{u"track"_s, u"gitmix"_s} + seeded.value(u"gitmix"_s).mid(0, 12));
    INFO(tracked.describe());
    REQUIRE(tracked.exitCode == 0);

    struct Case
    {
        const char *name;
        SandboxFault fault;
    };
    auto fault = [](SandboxFault::Kind kind) {
        SandboxFault f;
        f.kind = kind;
        f.pathPrefix = u"/gitmix"_s;
        f.times = -1;
        f.retryAfterSeconds = 1;
        return f;
    };
    const QList<Case> cases{{"429 with Retry-After", fault(SandboxFault::Kind::TooManyRequests)},
                            {"503", fault(SandboxFault::Kind::ServerError)},
                            {"dropped connections", fault(SandboxFault::Kind::DropConnection)},
                            {"malformed JSON", fault(SandboxFault::Kind::MalformedJson)}};
    for (const Case &c : cases) {
        INFO("fault: " << c.name);
        sandbox.server().clearFaults();
        sandbox.server().injectFault(c.fault);
        const Ran failed = ctl.run({u"sync"_s, u"gitmix"_s, u"greengo"_s});
        INFO(failed.describe());
        CHECK(failed.exitCode == 1);
        CHECK(failed.err.contains(QRegularExpression(u"(^|\\n)sarrafctl: gitmix: "_s)));
        CHECK(failed.out.contains(u"greengo: synced"_s));
    }
    // Answers slower than the provider's timeout setting end as a timeout, not a hang.
    sandbox.server().clearFaults();
    SandboxFault slow = fault(SandboxFault::Kind::Slow);
    slow.delayMilliseconds = 4000;
    sandbox.server().injectFault(slow);
    const Ran setTimeout = ctl.run({u"providers"_s, u"set"_s, u"gitmix"_s, u"--set"_s, u"timeout=1"_s});
    INFO(setTimeout.describe());
    REQUIRE(setTimeout.exitCode == 0);
    const Ran timedOut = ctl.run({u"sync"_s, u"gitmix"_s, u"--format"_s, u"json"_s});
    INFO(timedOut.describe());
    CHECK(timedOut.exitCode == 1);
    CHECK(byProvider(jsonArrayOf(timedOut), u"gitmix"_s).value(u"error"_s).toObject().value(u"code"_s).toString()
          == u"api.timeout");
    const Ran badTimeout = ctl.run({u"providers"_s, u"set"_s, u"gitmix"_s, u"--set"_s, u"timeout=soon"_s});
    INFO(badTimeout.describe());
    CHECK(badTimeout.exitCode == 2);

    sandbox.server().clearFaults();
    const Ran recovered = ctl.run({u"sync"_s, u"gitmix"_s});
    INFO(recovered.describe());
    CHECK(recovered.exitCode == 0);
    CHECK(recovered.out.startsWith(u"gitmix: synced"_s));
}

TEST_CASE("sarrafctl: a GREENGO batch refused half way through a sync fails GREENGO once instead of each id",
          "[sarrafctl][providers][keychain][faults]")
{
    Sandboxed fixture;
    auto [sandbox, seeded, ctl] = fixture.parts();
    // More ids than one GREENGO request carries, so the sync sends several batches.
    const QStringList ids = seeded.value(u"greengo"_s);
    REQUIRE(ids.size() > 50);
    const Ran tracked = ctl.run(QStringList{u"track"_s, u"greengo"_s} + ids);
    INFO(tracked.describe());
    REQUIRE(tracked.exitCode == 0);
    for (const QString &id : ids)
        REQUIRE(sandbox.greengo().setStatus(id, u"awaiting"_s)); // all open, so all are refreshed

    SandboxFault outage;
    outage.kind = SandboxFault::Kind::ServerError;
    outage.pathPrefix = u"/greengo"_s;
    outage.times = 3; // every attempt at the first batch; the next batch would be answered
    sandbox.server().injectFault(outage);
    const Ran synced = ctl.run({u"sync"_s, u"greengo"_s});
    INFO(synced.describe());
    CHECK(synced.exitCode == 1);
    const QStringList lines = synced.err.split(u'\n', Qt::SkipEmptyParts);
    CHECK(std::count_if(lines.cbegin(), lines.cend(),
                        [](const QString &line) { return line.startsWith(u"sarrafctl: greengo: "_s); })
          == 1);

    // An id that cannot be a GREENGO id is bad input; the others are still tracked.
    sandbox.server().clearFaults();
    const Ran bad = ctl.run({u"track"_s, u"greengo"_s, ids.constFirst(), u"not an id"_s});
    INFO(bad.describe());
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(u"not an id"_s));
    CHECK(bad.out.contains(ids.constFirst()));
}
