// The sarrafctl commands that talk to providers: track, sync, verify-callback, and the sandbox that
// stands in for them.
#include "app/CtlCommands.h"

#include "app/CtlSupport.h"
#include "app/QuitOnSignal.h"
#include "app/SandboxProfile.h"

#include "models/domain/LogCategories.h"
#include "models/logging/LogFile.h"
#include "models/store/Database.h"
#include "models/store/TransactionStore.h"
#include "models/sync/CallbackImport.h"
#include "models/sync/SyncRun.h"
#include "providers/ProviderCatalog.h"
#include "providers/ProviderSettings.h"
#include "providers/credentials/CredentialStore.h"
#include "providers/cryptofuse/CryptofuseAdapter.h"
#include "providers/gitmix/GitmixAdapter.h"
#include "providers/sandbox/SandboxEnvironment.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sarraf {
namespace {

bool validFormat(const QString &format)
{
    return format == u"table" || format == u"csv" || format == u"json";
}

QJsonObject errorJson(const Error &error)
{
    return QJsonObject{{u"code"_s, error.code}, {u"message"_s, error.message}};
}

// Merges this run's provider metrics into the profile's file, so `providers list` (a later
// process) can show each provider's requests, errors and circuit state from its last run.
void saveMetrics(const Profile &profile, const ProviderRuntime &runtime)
{
    const QJsonObject snapshot = runtime.metricsSnapshot();
    QJsonObject merged;
    QFile existing(profile.providerMetricsPath());
    if (existing.open(QIODevice::ReadOnly))
        merged = QJsonDocument::fromJson(existing.readAll()).object();
    existing.close();
    QJsonObject services = merged.value(u"services"_s).toObject();
    const QJsonObject fresh = snapshot.value(u"services"_s).toObject();
    for (auto it = fresh.constBegin(); it != fresh.constEnd(); ++it) {
        QJsonObject service = it.value().toObject();
        service.insert(u"run_at"_s, snapshot.value(u"written_at"_s));
        services.insert(it.key(), service);
    }
    merged.insert(u"services"_s, services);
    merged.insert(u"prometheus"_s, snapshot.value(u"prometheus"_s));
    merged.insert(u"prometheus_at"_s, snapshot.value(u"written_at"_s));
    QSaveFile file(profile.providerMetricsPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(merged).toJson()) < 0 || !file.commit())
        qCWarning(lcStore).noquote() << "could not save the provider metrics to" << profile.providerMetricsPath() << ":"
                                     << file.errorString();
}

} // namespace

int CtlCommands::unknownProvider(const QString &name)
{
    return badUsage(u"unknown provider \"%1\"; known: %2"_s.arg(name, ProviderCatalog::names().join(u", ")));
}

std::optional<ProviderConfig> CtlCommands::loadConfig(const Profile &profile, const QString &provider)
{
    const ProviderSettings settings(profile.providerSettingsPath());
    QList<Result<ProviderConfig>> configs = ctl::waitFor<QList<Result<ProviderConfig>>>(
        [&](QObject *context, auto done) {
            ProviderRuntime::loadConfigs(m_context.profile, settings, {provider}, context, std::move(done));
        });
    if (!configs.constFirst()) {
        m_err << "sarrafctl: " << provider << ": " << configs.constFirst().error().message << '\n';
        return std::nullopt;
    }
    return *configs.constFirst();
}

int CtlCommands::track(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"format"_s, QString(), u"FORMAT"_s, u"table"_s});
    QString error;
    if (!parseOptions(parser, args, &error))
        return badUsage(error);
    const QStringList words = parser.positionalArguments();
    if (words.size() < 2)
        return badUsage(u"usage: track NAME ID... [--format table|csv|json]"_s);
    const QString name = words.constFirst();
    const QStringList ids = words.mid(1);
    const QString format = parser.value(u"format"_s);
    if (!validFormat(format))
        return badUsage(u"--format takes table, csv or json"_s);
    if (!ProviderCatalog::find(name))
        return unknownProvider(name);
    if (!ProviderRuntime::isSupported(name))
        return badUsage(ProviderConfigErrors::notSupported(ProviderCatalog::find(name)->displayName).message);

    Result<Profile> profile = openProfile();
    if (!profile)
        return badUsage(profile.error().message);
    Result<std::unique_ptr<Database>> database = Database::openSqlite(profile->databasePath());
    if (!database)
        return badUsage(database.error().message);
    TransactionStore store(**database);
    const std::optional<ProviderConfig> config = loadConfig(*profile, name);
    if (!config)
        return ProviderFailed;
    ProviderRuntime runtime;
    Result<ProviderConnector *> connector = runtime.configure(*config);
    if (!connector) {
        m_err << "sarrafctl: " << name << ": " << connector.error().message << '\n';
        return ProviderFailed;
    }
    const Result<TrackOutcome> outcome = ctl::waitFor<Result<TrackOutcome>>([&](QObject *context, auto done) {
        trackTransactions(store, **connector, ids, context, std::move(done));
    });
    saveMetrics(*profile, runtime);
    if (!outcome) {
        if (format == u"json")
            m_out << "[]\n"; // still parseable
        m_err << "sarrafctl: " << name << ": " << outcome.error().message << '\n';
        return ProviderFailed;
    }
    if (format != u"table" || !outcome->records.isEmpty())
        ctl::printRecords(m_out, outcome->records, format);
    for (const IdError &failed : outcome->idErrors)
        m_err << "sarrafctl: " << name << ": " << failed.id << ": " << failed.error.message << '\n';
    if (format == u"table") {
        m_out << name << ": " << outcome->records.size() << " of " << outcome->records.size() + outcome->idErrors.size()
              << " tracked (" << outcome->inserted << " new, " << outcome->changed << " changed).\n";
    }
    // An id that cannot be one of this provider's ids is bad input; one it does not know is its answer.
    const bool badId = std::any_of(outcome->idErrors.cbegin(), outcome->idErrors.cend(), [](const IdError &failed) {
        return failed.error.code.contains(u".invalid-");
    });
    return badId ? BadUsage : outcome->idErrors.isEmpty() ? Success : ProviderFailed;
}

int CtlCommands::sync(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"format"_s, QString(), u"FORMAT"_s, u"table"_s});
    QString error;
    if (!parseOptions(parser, args, &error))
        return badUsage(error);
    const QString format = parser.value(u"format"_s);
    if (format != u"table" && format != u"json")
        return badUsage(u"--format takes table or json"_s);
    QStringList names = parser.positionalArguments();
    for (const QString &name : names) {
        if (!ProviderCatalog::find(name))
            return unknownProvider(name);
        if (!ProviderRuntime::isSupported(name))
            return badUsage(ProviderConfigErrors::notSupported(ProviderCatalog::find(name)->displayName).message);
    }
    names.removeDuplicates();

    Result<Profile> profile = openProfile();
    if (!profile)
        return badUsage(profile.error().message);
    const ProviderSettings settings(profile->providerSettingsPath());
    if (names.isEmpty()) {
        for (const QString &name : ProviderCatalog::names()) {
            if (!settings.isEnabled(name))
                continue;
            if (ProviderRuntime::isSupported(name))
                names.append(name);
            else
                m_err << "sarrafctl: " << name << " is enabled but not synced: "
                      << ProviderConfigErrors::notSupported(ProviderCatalog::find(name)->displayName).message << '\n';
        }
        if (names.isEmpty()) {
            m_err << "sarrafctl: no provider is enabled in profile " << m_context.profile
                  << "; enable one with: sarrafctl providers set NAME --enable\n";
            if (format == u"json")
                m_out << "[]\n";
            return Success;
        }
    }
    Result<std::unique_ptr<Database>> database = Database::openSqlite(profile->databasePath());
    if (!database)
        return badUsage(database.error().message);
    TransactionStore store(**database);

    const QList<Result<ProviderConfig>> configs = ctl::waitFor<QList<Result<ProviderConfig>>>(
        [&](QObject *context, auto done) {
            ProviderRuntime::loadConfigs(m_context.profile, settings, names, context, std::move(done));
        });
    ProviderRuntime runtime;
    QList<ProviderConnector *> connectors;
    QList<SyncOutcome> outcomes;
    for (qsizetype i = 0; i < names.size(); ++i) {
        Result<ProviderConnector *> connector = configs[i] ? runtime.configure(*configs[i])
                                                           : Result<ProviderConnector *>(configs[i].error());
        if (connector) {
            connectors.append(*connector);
            continue;
        }
        // Shown by `providers list` as the provider's health, like any failed sync.
        (void)store.recordSyncStarted(names[i]);
        (void)store.recordSyncFinished(names[i], QString(), connector.error().message);
        SyncOutcome failed;
        failed.provider = names[i];
        failed.error = connector.error();
        outcomes.append(failed);
    }
    SyncRun run(store, connectors);
    (void)ctl::waitFor<bool>([&](QObject *context, auto done) {
        QObject::connect(&run, &SyncRun::finished, context, [done] { done(true); });
        run.start();
    });
    outcomes += run.outcomes();
    saveMetrics(*profile, runtime);

    bool anyFailed = false;
    QJsonArray json;
    for (const SyncOutcome &outcome : std::as_const(outcomes)) {
        // Ids the provider could not answer for count as a failure too, as in track.
        anyFailed = anyFailed || outcome.failed() || !outcome.idErrors.isEmpty();
        if (outcome.failed())
            m_err << "sarrafctl: " << outcome.provider << ": " << outcome.error->message << '\n';
        for (const IdError &failed : outcome.idErrors)
            m_err << "sarrafctl: " << outcome.provider << ": " << failed.id << ": " << failed.error.message << '\n';
        if (format == u"table" && !outcome.failed()) {
            m_out << outcome.provider << ": synced; " << outcome.refreshed << " refreshed, " << outcome.listed
                  << " listed, " << outcome.inserted << " new, " << outcome.changed << " changed status";
            if (!outcome.idErrors.isEmpty())
                m_out << ", " << outcome.idErrors.size() << " could not be looked up";
            m_out << ".\n";
        } else if (format == u"table") {
            m_out << outcome.provider << ": FAILED (see the error above).\n";
        }
        QJsonArray idErrors;
        for (const IdError &failed : outcome.idErrors)
            idErrors.append(QJsonObject{{u"id"_s, failed.id}, {u"error"_s, errorJson(failed.error)}});
        QJsonObject entry{{u"provider"_s, outcome.provider},
                          {u"ok"_s, !outcome.failed()},
                          {u"refreshed"_s, outcome.refreshed},
                          {u"listed"_s, outcome.listed},
                          {u"inserted"_s, outcome.inserted},
                          {u"changed"_s, outcome.changed},
                          {u"id_errors"_s, idErrors}};
        if (outcome.failed())
            entry.insert(u"error"_s, errorJson(*outcome.error));
        json.append(entry);
    }
    if (format == u"json")
        m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return anyFailed ? ProviderFailed : Success;
}

int CtlCommands::verifyCallback(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"signature"_s, QString(), u"SIG"_s});
    parser.addOption({u"import"_s, QString()});
    parser.addOption({u"format"_s, QString(), u"FORMAT"_s, u"table"_s});
    QString error;
    if (!parseOptions(parser, args, &error))
        return badUsage(error);
    const QStringList words = parser.positionalArguments();
    if (words.size() != 2)
        return badUsage(u"usage: verify-callback NAME FILE [--signature SIG] [--import] [--format table|csv|json]"_s);
    const QString &name = words[0];
    const QString format = parser.value(u"format"_s);
    if (!validFormat(format))
        return badUsage(u"--format takes table, csv or json"_s);
    if (!ProviderCatalog::find(name))
        return unknownProvider(name);
    if (name != u"gitmix" && name != u"cryptofuse")
        return badUsage(u"%1 sends no callbacks that Sarraf can check; gitmix and cryptofuse do"_s.arg(name));
    if (name == u"cryptofuse" && !parser.isSet(u"signature"_s))
        return badUsage(u"cryptofuse signs its webhooks in the X-Webhook-Signature header; pass that value with "
                        u"--signature"_s);

    QFile file(words[1]);
    const bool opened = words[1] == u"-" ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return badUsage(u"cannot read \"%1\": %2"_s.arg(words[1], file.errorString()));
    const QByteArray body = file.readAll();

    Result<Profile> profile = openProfile();
    if (!profile)
        return badUsage(profile.error().message);
    // Only the one secret that keys the signature is needed.
    const QString field = name == u"gitmix" ? u"api-key"_s : u"webhook-secret"_s;
    CredentialStore credentials(m_context.profile);
    const Result<QString> secret = ctl::waitFor<Result<QString>>([&](QObject *context, auto done) {
        credentials.read(name, field, context, std::move(done));
    });
    if (!secret) {
        m_err << "sarrafctl: " << name << ": " << secret.error().message << '\n';
        return ProviderFailed;
    }

    TrackedTransaction record;
    std::optional<CryptofuseWebhook> webhook;
    if (name == u"gitmix") {
        const Result<GitmixCallback> callback = GitmixAdapter::verifyCallback(body, *secret);
        if (!callback) {
            m_err << "sarrafctl: " << name << ": " << callback.error().message << '\n';
            return BadUsage;
        }
        record = callback->invoice.transaction;
    } else {
        const Result<CryptofuseWebhook> verified
            = CryptofuseAdapter::verifyWebhook(body, parser.value(u"signature"_s).toLatin1(), *secret);
        if (!verified) {
            m_err << "sarrafctl: " << name << ": " << verified.error().message << '\n';
            return BadUsage;
        }
        webhook = *verified;
        record = verified->transaction.record;
    }

    if (parser.isSet(u"import"_s)) {
        Result<std::unique_ptr<Database>> database = Database::openSqlite(profile->databasePath());
        if (!database)
            return badUsage(database.error().message);
        TransactionStore store(**database);
        if (webhook) {
            const Result<TrackedTransaction> kept = importCryptofuseWebhook(store, *webhook);
            if (!kept)
                return badUsage(kept.error().message);
            record = *kept;
        } else if (Result<UpsertOutcome> written = store.upsert(record, u"callback"_s); !written) {
            return badUsage(written.error().message);
        }
    }
    ctl::printRecords(m_out, {record}, format);
    if (format == u"table") {
        m_out << "Genuine: the " << (webhook ? "webhook" : "callback") << " is signed with " << name << "'s " << field
              << (parser.isSet(u"import"_s) ? "; stored.\n" : ".\n");
    }
    return Success;
}

int CtlCommands::sandbox(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"port"_s, QString(), u"N"_s, u"0"_s});
    parser.addOption({u"seed"_s, QString()});
    parser.addOption({u"configure"_s, QString()});
    QString error;
    if (!parseOptions(parser, args, &error))
        return badUsage(error);
    bool ok = false;
    const uint port = parser.value(u"port"_s).toUInt(&ok);
    if (!ok || port > 65535)
        return badUsage(u"--port takes a number from 0 to 65535"_s);
    if (!parser.positionalArguments().isEmpty())
        return badUsage(u"usage: sandbox [--port N] [--seed] [--configure]"_s);

    SandboxEnvironment sandbox;
    const Result<quint16> bound = sandbox.listen(quint16(port));
    if (!bound) {
        m_err << "sarrafctl: sandbox: " << bound.error().message << '\n';
        return ProviderFailed;
    }
    const QHash<QString, QStringList> seeded = parser.isSet(u"seed"_s) ? sandbox.seedDemoData()
                                                                      : QHash<QString, QStringList>();
    if (parser.isSet(u"configure"_s)) {
        if (const int status = configureSandboxProfile(sandbox, seeded); status != Success)
            return status;
    }
    QuitOnSignal quitOnSignal;
    m_out << "Sandbox listening on " << sandbox.baseUrl().toString() << " (stop with Ctrl+C)\n";
    for (const SandboxAccount &account : sandbox.accounts())
        m_out << "  " << account.provider.leftJustified(18) << account.baseUrl.toString() << '\n';
    if (!parser.isSet(u"configure"_s))
        m_out << "Point a profile at it (settings and keychain) with: sarrafctl --profile sandbox sandbox --configure\n";
    m_out.flush();
    const int status = QCoreApplication::exec();
    m_out << "Sandbox stopped.\n";
    return status;
}

int CtlCommands::configureSandboxProfile(SandboxEnvironment &sandbox, const QHash<QString, QStringList> &seeded)
{
    Result<Profile> profile = openProfile();
    if (!profile)
        return badUsage(profile.error().message);
    ProviderSettings settings(profile->providerSettingsPath());
    if (Outcome pointed = pointProfileAt(sandbox, settings); !pointed)
        return badUsage(pointed.error().message);
    // Later commands read the credentials from the keychain, as they would a real provider's.
    CredentialStore credentials(m_context.profile);
    for (const SandboxAccount &account : sandbox.accounts()) {
        for (auto it = account.secrets.cbegin(); it != account.secrets.cend(); ++it) {
            const Outcome written = ctl::waitFor<Outcome>([&](QObject *context, auto done) {
                credentials.write(account.provider, it.key(), it.value(), context, std::move(done));
            });
            if (!written) {
                m_err << "sarrafctl: " << account.provider << ": " << written.error().message << '\n';
                return ProviderFailed;
            }
        }
    }
    m_out << "Profile " << m_context.profile << " now uses this sandbox; its credentials are in the system keychain.\n";
    if (seeded.isEmpty())
        return Success;

    Result<std::unique_ptr<Database>> database = Database::openSqlite(profile->databasePath());
    if (!database)
        return badUsage(database.error().message);
    TransactionStore store(**database);
    ProviderRuntime runtime;
    if (Outcome configured = configureForSandbox(sandbox, runtime); !configured)
        return badUsage(configured.error().message);
    const DemoDataOutcome demo = ctl::waitFor<DemoDataOutcome>([&](QObject *context, auto done) {
        storeDemoData(store, runtime, seeded, context, std::move(done));
    });
    for (const QString &failure : demo.failures)
        m_err << "sarrafctl: " << failure << '\n';
    m_out << "Stored " << demo.stored << " demo transactions in profile " << m_context.profile << ".\n";
    return demo.failures.isEmpty() ? Success : ProviderFailed;
}

} // namespace sarraf
