// The real sarrafctl binary, run as a child process with its own data folder per test: usage and
// exit codes, provider settings, secrets into the real keychain (and into no file), listing a
// seeded store as JSON and CSV, the sandbox over loopback HTTP, and a damaged database left alone.
// The secrets case needs the private D-Bus session with an unlocked gnome-keyring that the
// project's test command sets up.
#include "CtlTestSupport.h"

#include "models/domain/Records.h"
#include "models/store/Database.h"
#include "models/store/TransactionStore.h"
#include "providers/credentials/CredentialStore.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;
using namespace sarraf;
using namespace sarraf::test;

namespace {

QJsonObject providerIn(const QJsonArray &providers, const QString &name)
{
    for (const QJsonValue &value : providers) {
        if (value.toObject().value(u"provider"_s).toString() == name)
            return value.toObject();
    }
    FAIL("no provider " << name.toStdString() << " in the list");
    return {};
}

QStringList idsOf(const QJsonArray &rows)
{
    QStringList ids;
    for (const QJsonValue &row : rows)
        ids.append(row.toObject().value(u"id"_s).toString());
    ids.sort();
    return ids;
}

// RFC 4180: fields may be quoted, a quote inside is doubled, records end with CRLF.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

TrackedTransaction transaction(TransactionKind kind, const QString &provider, const QString &id,
                               TransactionStatus status, const QString &providerStatus, const QString &amount,
                               const QString &currency)
{
    TrackedTransaction t;
    t.kind = kind;
    t.provider = provider;
    t.providerId = id;
    t.status = status;
    t.providerStatus = providerStatus;
    t.amount = amount;
    t.currency = currency;
    return t;
}

} // namespace

TEST_CASE("sarrafctl: help lists every command and usage errors exit 2 on standard error", "[sarrafctl]")
{
    const Ran help = runRaw({u"--help"_s});
    INFO(help.describe());
    CHECK(help.exitCode == 0);
    CHECK(help.err.isEmpty());
    for (const QString &command : {u"providers list"_s, u"providers set"_s, u"secrets set"_s, u"track"_s, u"sync"_s,
                                   u"list invoices|orders|withdrawals|prices"_s, u"verify-callback"_s, u"sandbox"_s,
                                   u"payouts list"_s, u"payouts request"_s, u"payouts approve|reject"_s,
                                   u"payouts reconcile"_s, u"payouts limits"_s, u"audit verify"_s, u"--data-dir"_s,
                                   u"--profile"_s}) {
        INFO(command.toStdString());
        CHECK(help.out.contains(command));
    }

    const Ran version = runRaw({u"--version"_s});
    INFO(version.describe());
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == u"sarrafctl "_s + QStringLiteral(SARRAF_VERSION));
    CHECK(QRegularExpression(u"^sarrafctl \\d+\\.\\d+\\.\\d+$"_s).match(version.out.trimmed()).hasMatch());

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QStringList data{u"--data-dir"_s, dir.path()};
    struct Misuse
    {
        QStringList arguments;
        QString named; // what the message must mention; empty: only that there is one
    };
    const QList<Misuse> misuses = {
        {data, {}},                                                          // no command at all
        {{}, {}},                                                            // no arguments at all
        {data + QStringList{u"frobnicate"_s}, u"frobnicate"_s},              // unknown command
        {data + QStringList{u"--frobnicate"_s, u"list"_s}, u"--frobnicate"_s}, // unknown global option
        {data + QStringList{u"list"_s, u"invoices"_s, u"--frobnicate"_s}, u"frobnicate"_s}, // unknown command option
        {data + QStringList{u"providers"_s}, u"providers"_s},                // a command missing its verb
        {data + QStringList{u"secrets"_s, u"get"_s, u"gitmix"_s}, u"secrets"_s},
        {data + QStringList{u"payouts"_s}, u"payouts"_s},
        {data + QStringList{u"payouts"_s, u"approve"_s, u"seven"_s, u"--operator"_s, u"bob"_s}, u"ID"_s},
        {data + QStringList{u"payouts"_s, u"limits"_s, u"USDT"_s, u"--operator"_s, u"bob"_s}, u"limit"_s},
        {data + QStringList{u"audit"_s}, u"verify"_s},
        {{u"--data-dir"_s}, u"--data-dir"_s},                                // an option missing its value
    };
    for (const Misuse &misuse : misuses) {
        const Ran ran = runRaw(misuse.arguments);
        INFO("sarrafctl " << misuse.arguments.join(u' ').toStdString() << "\n" << ran.describe());
        CHECK(ran.exitCode == 2);
        CHECK_FALSE(ran.err.trimmed().isEmpty());
        CHECK(ran.out.isEmpty());
        if (!misuse.named.isEmpty())
            CHECK(ran.err.contains(misuse.named));
    }
}

TEST_CASE("sarrafctl: providers set saves plain settings that providers list shows as JSON", "[sarrafctl][providers]")
{
    const Ctl ctl;
    const Ran set = ctl.run({u"providers"_s, u"set"_s, u"gitmix"_s, u"--base-url"_s, u"https://pay.example.com"_s,
                             u"--set"_s, u"store-id=42"_s, u"--enable"_s});
    INFO(set.describe());
    REQUIRE(set.exitCode == 0);

    const Ran listed = ctl.run({u"providers"_s, u"list"_s, u"--format"_s, u"json"_s});
    INFO(listed.describe());
    REQUIRE(listed.exitCode == 0);
    const QJsonArray providers = jsonArrayOf(listed);
    const QJsonObject gitmix = providerIn(providers, u"gitmix"_s);
    CHECK(gitmix.value(u"base_url"_s).toString() == u"https://pay.example.com");
    CHECK(gitmix.value(u"enabled"_s) == QJsonValue(true));
    CHECK(gitmix.value(u"settings"_s).toObject().value(u"store-id"_s).toString() == u"42");
    CHECK(gitmix.value(u"secret_fields"_s).toArray().contains(u"api-key"_s));
    // Nothing else changed: another provider keeps its defaults.
    const QJsonObject cryptofuse = providerIn(providers, u"cryptofuse"_s);
    CHECK(cryptofuse.value(u"enabled"_s) == QJsonValue(false));

    const Ran disabled = ctl.run({u"providers"_s, u"set"_s, u"gitmix"_s, u"--disable"_s});
    INFO(disabled.describe());
    REQUIRE(disabled.exitCode == 0);
    const QJsonObject after = providerIn(jsonArrayOf(ctl.run({u"providers"_s, u"list"_s, u"--format"_s, u"json"_s})),
                                         u"gitmix"_s);
    CHECK(after.value(u"enabled"_s) == QJsonValue(false));
    CHECK(after.value(u"settings"_s).toObject().value(u"store-id"_s).toString() == u"42");
}

TEST_CASE("sarrafctl: a refused providers set exits 2 and writes none of its changes", "[sarrafctl][providers]")
{
    const Ctl ctl;
    const Ran set = ctl.run({u"providers"_s, u"set"_s, u"gitmix"_s, u"--base-url"_s, u"https://pay.example.com"_s,
                             u"--set"_s, u"store-id=42"_s, u"--enable"_s});
    INFO(set.describe());
    REQUIRE(set.exitCode == 0);
    const QByteArray iniBefore = test::fileDigest(ctl.providersIni());
    REQUIRE_FALSE(iniBefore.isEmpty());
    const QString listBefore = ctl.run({u"providers"_s, u"list"_s, u"--format"_s, u"json"_s}).out;

    struct Refusal
    {
        const char *what;
        QStringList arguments;
        QString named; // the message must name the offending part
    };
    // Each refused command starts with a valid change, which must not be written either.
    const QList<Refusal> refusals = {
        {"a secret through --set",
         {u"gitmix"_s, u"--base-url"_s, u"https://other.example.com"_s, u"--set"_s, u"store-id=99"_s, u"--set"_s,
          u"api-key=x"_s},
         u"api-key"_s},
        {"an unknown provider", {u"nosuch"_s, u"--set"_s, u"store-id=99"_s, u"--enable"_s}, u"nosuch"_s},
        {"a bad base URL", {u"gitmix"_s, u"--set"_s, u"store-id=99"_s, u"--base-url"_s, u"not a url"_s}, u"not a url"_s},
        {"a bad URL after a good setting",
         {u"finnotech"_s, u"--set"_s, u"client-id=abc"_s, u"--set"_s, u"proxy-url=ftp//nowhere"_s, u"--enable"_s},
         u"ftp//nowhere"_s},
        {"an unknown key", {u"gitmix"_s, u"--set"_s, u"store-id=99"_s, u"--set"_s, u"colour=blue"_s, u"--disable"_s},
         u"colour"_s},
        {"--set without =", {u"gitmix"_s, u"--set"_s, u"store-id=99"_s, u"--set"_s, u"store-id"_s}, u"store-id"_s},
        {"--enable with --disable", {u"gitmix"_s, u"--set"_s, u"store-id=99"_s, u"--enable"_s, u"--disable"_s}, {}},
    };
    for (const Refusal &refusal : refusals) {
        const Ran ran = ctl.run(QStringList{u"providers"_s, u"set"_s} + refusal.arguments);
        INFO(refusal.what << "\n" << ran.describe());
        CHECK(ran.exitCode == 2);
        CHECK_FALSE(ran.err.trimmed().isEmpty());
        if (!refusal.named.isEmpty())
            CHECK(ran.err.contains(refusal.named));
        CHECK(test::fileDigest(ctl.providersIni()) == iniBefore);
    }

    QFile ini(ctl.providersIni());
    REQUIRE(ini.open(QIODevice::ReadOnly));
    const QByteArray stored = ini.readAll();
    INFO(stored.toStdString());
    CHECK_FALSE(stored.contains("api-key"));
    CHECK_FALSE(stored.contains("other.example.com"));
    CHECK_FALSE(stored.contains("finnotech"));
    CHECK_FALSE(stored.contains("99"));
    CHECK(ctl.run({u"providers"_s, u"list"_s, u"--format"_s, u"json"_s}).out == listBefore);
}

TEST_CASE("sarrafctl: secrets set stores the value from standard input in the keychain and in no file",
          "[sarrafctl][secrets][keychain]")
{
    INFO("this test needs the private D-Bus session with an unlocked gnome-keyring of the project's test command");
    REQUIRE_FALSE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty());

    const Ctl ctl(uniqueProfile());
    const SecretsRemovedAtEnd cleanup(
        ctl.profile(), {{u"gitmix"_s, u"api-key"_s}, {u"gitmix"_s, u"store-id"_s}, {u"nosuch"_s, u"x"_s}});
    // Settings and a log exist, so the walk below has the files a secret could leak into.
    const Ran settings = ctl.run({u"providers"_s, u"set"_s, u"gitmix"_s, u"--set"_s, u"store-id=42"_s, u"--enable"_s});
    INFO(settings.describe());
    REQUIRE(settings.exitCode == 0);

    const QString secret = u"gmx_live_"_s + QUuid::createUuid().toString(QUuid::Id128);
    const Ran stored = ctl.run({u"secrets"_s, u"set"_s, u"gitmix"_s, u"api-key"_s}, secret.toUtf8() + '\n');
    INFO(stored.describe());
    REQUIRE(stored.exitCode == 0);
    CHECK_FALSE(stored.out.contains(secret));
    CHECK(stored.err.isEmpty()); // success is quiet on standard error; the log has the details

    // The keychain holds exactly the value, without the newline that ended it.
    const Result<QString> readBack = readSecret(ctl.profile(), u"gitmix"_s, u"api-key"_s);
    REQUIRE_OK(readBack);
    CHECK(*readBack == secret);

    // The keychain write is in the profile's log, and the value is in no file at all.
    QFile log(ctl.logPath());
    REQUIRE(log.open(QIODevice::ReadOnly));
    const QByteArray logText = log.readAll();
    INFO("log:\n" << logText.toStdString());
    CHECK(logText.contains("/gitmix/api-key"));
    int walked = 0;
    QDirIterator files(ctl.dataDir(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        INFO(path.toStdString());
        CHECK_FALSE(bytes.contains(secret.toUtf8()));
        CHECK_FALSE(bytes.contains(QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)));
        CHECK_FALSE(bytes.contains(secret.toUtf8().toBase64()));
        ++walked;
    }
    CHECK(walked >= 2); // at least providers.ini and the log

    // A field that is not a secret, and a provider that does not exist, are refused and store nothing.
    const Ran notSecret = ctl.run({u"secrets"_s, u"set"_s, u"gitmix"_s, u"store-id"_s}, "7\n");
    INFO(notSecret.describe());
    CHECK(notSecret.exitCode == 2);
    CHECK(notSecret.err.contains(u"store-id"));
    const Result<QString> storeId = readSecret(ctl.profile(), u"gitmix"_s, u"store-id"_s);
    REQUIRE_FALSE(storeId.ok());
    CHECK(storeId.error().code == u"credentials.not-set");

    const Ran noProvider = ctl.run({u"secrets"_s, u"set"_s, u"nosuch"_s, u"x"_s}, "value-for-nobody\n");
    INFO(noProvider.describe());
    CHECK(noProvider.exitCode == 2);
    CHECK(noProvider.err.contains(u"nosuch"));
    const Result<QString> nobody = readSecret(ctl.profile(), u"nosuch"_s, u"x"_s);
    REQUIRE_FALSE(nobody.ok());
    CHECK(nobody.error().code == u"credentials.not-set");

    const Ran empty = ctl.run({u"secrets"_s, u"set"_s, u"gitmix"_s, u"api-key"_s}, "\n");
    INFO(empty.describe());
    CHECK(empty.exitCode == 2);
    const Result<QString> unchanged = readSecret(ctl.profile(), u"gitmix"_s, u"api-key"_s);
    REQUIRE_OK(unchanged);
    CHECK(*unchanged == secret);

    REQUIRE_OK(removeSecret(ctl.profile(), u"gitmix"_s, u"api-key"_s));
    const Result<QString> removed = readSecret(ctl.profile(), u"gitmix"_s, u"api-key"_s);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().code == u"credentials.not-set");
}

TEST_CASE("sarrafctl: list prints the seeded store as JSON and CSV and filters by status provider and search",
          "[sarrafctl][list]")
{
    const Ctl ctl(u"shop"_s);
    const QDateTime created(QDate(2026, 11, 1), QTime(10, 0, 0, 250), Qt::UTC);
    const QDateTime updated(QDate(2026, 11, 1), QTime(10, 5, 30), Qt::UTC);
    const QString bnbAmount = u"0.123456789012345678"_s;
    const QString quotedName = u"Ali \"the payer\", Tehran"_s;
    {
        Result<std::unique_ptr<Database>> database = Database::openSqlite(ctl.databasePath());
        REQUIRE_OK(database);
        TransactionStore store(**database);

        TrackedTransaction paid = transaction(TransactionKind::Invoice, u"gitmix"_s, u"GM-1001"_s,
                                              TransactionStatus::Completed, u"paid"_s, u"1500000"_s, u"TMN"_s);
        paid.customerName = u"مریم احمدی"_s;
        paid.description = u"شارژ کیف پول — wallet top-up"_s;
        TrackedTransaction waiting = transaction(TransactionKind::Invoice, u"gitmix"_s, u"GM-1002"_s,
                                                 TransactionStatus::Pending, u"waiting"_s, u"250000"_s, u"TMN"_s);
        waiting.customerName = u"Reza"_s;
        TrackedTransaction bnb = transaction(TransactionKind::Invoice, u"cryptofuse"_s, u"CF-77"_s,
                                             TransactionStatus::Processing, u"confirming"_s, bnbAmount, u"BNB"_s);
        bnb.customerName = quotedName;
        TrackedTransaction order = transaction(TransactionKind::Order, u"greengo"_s, u"GG-5"_s,
                                               TransactionStatus::Completed, u"done"_s, u"0.00256657"_s, u"BTC"_s);
        for (TrackedTransaction *t : {&paid, &waiting, &bnb, &order}) {
            t->createdAt = created;
            t->updatedAt = updated;
            REQUIRE_OK(store.upsert(*t, u"lookup"_s));
        }
    } // the Database is closed before the CLI opens the file

    const Ran all = ctl.run({u"list"_s, u"invoices"_s, u"--format"_s, u"json"_s});
    INFO(all.describe());
    REQUIRE(all.exitCode == 0);
    const QJsonArray rows = jsonArrayOf(all);
    CHECK(idsOf(rows) == QStringList{u"CF-77"_s, u"GM-1001"_s, u"GM-1002"_s}); // the order is not an invoice
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        INFO(QJsonDocument(row).toJson().toStdString());
        for (const QString &key : {u"provider"_s, u"kind"_s, u"id"_s, u"status"_s, u"provider_status"_s, u"amount"_s,
                                   u"currency"_s, u"created_at"_s, u"updated_at"_s})
            CHECK(row.value(key).isString());
        CHECK(row.value(u"kind"_s).toString() == u"invoice");
        CHECK(QDateTime::fromString(row.value(u"created_at"_s).toString(), Qt::ISODateWithMs) == created);
        CHECK(QDateTime::fromString(row.value(u"updated_at"_s).toString(), Qt::ISODateWithMs) == updated);
        CHECK(row.value(u"created_at"_s).toString().endsWith(u'Z'));
        const QString id = row.value(u"id"_s).toString();
        if (id == u"CF-77") {
            CHECK(row.value(u"provider"_s).toString() == u"cryptofuse");
            CHECK(row.value(u"amount"_s).toString() == bnbAmount); // every one of the 18 decimals
            CHECK(row.value(u"currency"_s).toString() == u"BNB");
            CHECK(row.value(u"status"_s).toString() == u"processing");
            CHECK(row.value(u"provider_status"_s).toString() == u"confirming");
        } else if (id == u"GM-1001") {
            CHECK(row.value(u"provider"_s).toString() == u"gitmix");
            CHECK(row.value(u"amount"_s).toString() == u"1500000");
            CHECK(row.value(u"currency"_s).toString() == u"TMN");
            CHECK(row.value(u"status"_s).toString() == u"completed");
            CHECK(row.value(u"provider_status"_s).toString() == u"paid");
            CHECK(row.value(u"customer_name"_s).toString() == u"مریم احمدی");
            CHECK(row.value(u"description"_s).toString() == u"شارژ کیف پول — wallet top-up");
        }
    }

    auto idsFor = [&ctl](const QStringList &options) {
        const Ran ran = ctl.run(QStringList{u"list"_s, u"invoices"_s, u"--format"_s, u"json"_s} + options);
        INFO(ran.describe());
        REQUIRE(ran.exitCode == 0);
        return idsOf(jsonArrayOf(ran));
    };
    CHECK(idsFor({u"--status"_s, u"completed"_s}) == QStringList{u"GM-1001"_s});
    CHECK(idsFor({u"--status"_s, u"pending"_s}) == QStringList{u"GM-1002"_s});
    CHECK(idsFor({u"--provider"_s, u"cryptofuse"_s}) == QStringList{u"CF-77"_s});
    CHECK(idsFor({u"--provider"_s, u"gitmix"_s}) == QStringList{u"GM-1001"_s, u"GM-1002"_s});
    CHECK(idsFor({u"--search"_s, u"کیف پول"_s}) == QStringList{u"GM-1001"_s});
    CHECK(idsFor({u"--search"_s, u"the payer"_s}) == QStringList{u"CF-77"_s});
    CHECK(idsFor({u"--provider"_s, u"gitmix"_s, u"--status"_s, u"cancelled"_s}).isEmpty());
    {
        const Ran orders = ctl.run({u"list"_s, u"orders"_s, u"--format"_s, u"json"_s});
        INFO(orders.describe());
        REQUIRE(orders.exitCode == 0);
        const QJsonArray orderRows = jsonArrayOf(orders);
        REQUIRE(orderRows.size() == 1);
        CHECK(orderRows[0].toObject().value(u"kind"_s).toString() == u"order");
        CHECK(orderRows[0].toObject().value(u"amount"_s).toString() == u"0.00256657");
    }

    const Ran csv = ctl.run({u"list"_s, u"invoices"_s, u"--format"_s, u"csv"_s, u"--provider"_s, u"cryptofuse"_s});
    INFO(csv.describe());
    REQUIRE(csv.exitCode == 0);
    // The field with a comma and quotes is quoted, its quotes doubled.
    CHECK(csv.out.contains(u"\"Ali \"\"the payer\"\", Tehran\""_s));
    const QList<QStringList> records = parseCsv(csv.out);
    REQUIRE(records.size() == 2);
    const QStringList header = records[0];
    for (const QString &column : {u"provider"_s, u"kind"_s, u"id"_s, u"status"_s, u"provider_status"_s, u"amount"_s,
                                  u"currency"_s, u"created_at"_s, u"updated_at"_s})
        CHECK(header.contains(column));
    REQUIRE(records[1].size() == header.size());
    auto cell = [&](const QString &column) { return records[1].value(header.indexOf(column)); };
    CHECK(cell(u"id"_s) == u"CF-77");
    CHECK(cell(u"amount"_s) == bnbAmount);
    CHECK(cell(u"status"_s) == u"processing");
    CHECK(records[1].contains(quotedName));

    const Ran bogus = ctl.run({u"list"_s, u"invoices"_s, u"--status"_s, u"bogus"_s});
    INFO(bogus.describe());
    CHECK(bogus.exitCode == 2);
    CHECK(bogus.out.isEmpty());
    CHECK(bogus.err.contains(u"bogus"));
    for (const QString &status : {u"pending"_s, u"processing"_s, u"completed"_s, u"partial"_s, u"cancelled"_s,
                                  u"expired"_s, u"failed"_s, u"review"_s, u"unknown"_s})
        CHECK(bogus.err.contains(status));

    const Ran badProvider = ctl.run({u"list"_s, u"invoices"_s, u"--provider"_s, u"nosuch"_s});
    INFO(badProvider.describe());
    CHECK(badProvider.exitCode == 2);
    CHECK(badProvider.err.contains(u"nosuch"));

    const Ran badFormat = ctl.run({u"list"_s, u"invoices"_s, u"--format"_s, u"xml"_s});
    INFO(badFormat.describe());
    CHECK(badFormat.exitCode == 2);
}

TEST_CASE("sarrafctl: list prices is not available yet and exits 2 saying so", "[sarrafctl]")
{
    const Ctl ctl;
    const Ran ran = ctl.run({u"list"_s, u"prices"_s});
    INFO(ran.describe());
    CHECK(ran.exitCode == 2);
    CHECK(ran.out.isEmpty());
    CHECK(ran.err.contains(u"\"list prices\""_s));
    CHECK(ran.err.contains(u"not available"));
}

TEST_CASE("sarrafctl: sandbox serves the simulator health over loopback HTTP and stops cleanly on SIGTERM", "[sarrafctl][sandbox]")
{
    const Ctl ctl;
    QProcess sandbox;
    sandbox.start(sarrafctlPath(), ctl.global() + QStringList{u"sandbox"_s, u"--port"_s, u"0"_s});
    REQUIRE(sandbox.waitForStarted(processLimitMs));

    static const QRegularExpression listening(u"Sandbox listening on (http://127\\.0\\.0\\.1:(\\d+))"_s);
    QString out;
    QRegularExpressionMatch match;
    const bool announced = test::waitUntil(
        [&] {
            out += QString::fromUtf8(sandbox.readAllStandardOutput());
            match = listening.match(out);
            return match.hasMatch() || sandbox.state() == QProcess::NotRunning;
        },
        processLimitMs);
    INFO("stdout: " << out.toStdString() << "\nstderr: " << sandbox.readAllStandardError().toStdString());
    REQUIRE(announced);
    REQUIRE(match.hasMatch());
    const int port = match.captured(2).toInt();
    CHECK(port > 0);
    CHECK(port <= 65535);

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(match.captured(1) + u"/health"_s));
    request.setTransferTimeout(10000);
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    REQUIRE(test::waitUntil([&reply] { return reply->isFinished(); }, processLimitMs));
    INFO("network error: " << reply->errorString().toStdString());
    REQUIRE(reply->error() == QNetworkReply::NoError);
    CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
    CHECK(reply->header(QNetworkRequest::ContentTypeHeader).toString().contains(u"json"));
    QJsonParseError error{};
    const QJsonDocument health = QJsonDocument::fromJson(reply->readAll(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(health.isObject());
    CHECK(health.object().value(u"sandbox"_s) == QJsonValue(true));
    // Every Providers I simulator is served, each under its own base address.
    test::waitUntil([&] {
        out += QString::fromUtf8(sandbox.readAllStandardOutput());
        return out.contains(u"/greengo"_s);
    });
    for (const QString &provider : {u"gitmix"_s, u"cryptofuse"_s, u"premiumexchanger"_s, u"greengo"_s})
        CHECK(out.contains(match.captured(1) + u'/' + provider));

    sandbox.terminate();
    if (!sandbox.waitForFinished(10000)) {
        sandbox.kill();
        sandbox.waitForFinished(5000);
        FAIL("the sandbox did not stop on SIGTERM");
    }
    // SIGTERM ends the event loop: a normal exit that says so, not a death by signal.
    CHECK(sandbox.exitStatus() == QProcess::NormalExit);
    CHECK(sandbox.exitCode() == 0);
    CHECK(sandbox.readAllStandardOutput().contains("Sandbox stopped."));
}

TEST_CASE("sarrafctl: a damaged database makes list exit 2 and leaves the file byte for byte", "[sarrafctl][store]")
{
    const Ctl ctl;
    REQUIRE(QDir().mkpath(ctl.profileDir()));
    QByteArray garbage(64 * 1024, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
    {
        QFile file(ctl.databasePath());
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(garbage) == garbage.size());
    }
    const QByteArray before = test::fileDigest(ctl.databasePath());

    for (const QString &format : {u"table"_s, u"json"_s}) {
        const Ran ran = ctl.run({u"list"_s, u"invoices"_s, u"--format"_s, format});
        INFO(ran.describe());
        CHECK(ran.exitCode == 2);
        CHECK(ran.out.isEmpty());
        CHECK(ran.err.contains(QDir::toNativeSeparators(ctl.databasePath())));
        CHECK(QRegularExpression(u"(has|have|was|were) not (been )?changed"_s).match(ran.err).hasMatch());
    }
    CHECK(test::fileDigest(ctl.databasePath()) == before);
    QFile file(ctl.databasePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == garbage);
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        CHECK_FALSE(QFileInfo::exists(ctl.databasePath() + QLatin1String(suffix)));
}
