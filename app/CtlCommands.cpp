#include "app/CtlCommands.h"

#include "app/CtlSupport.h"

#include "models/Profile.h"
#include "models/logging/LogFile.h"
#include "models/store/Database.h"
#include "models/store/TransactionStore.h"
#include "providers/ProviderCatalog.h"
#include "providers/ProviderSettings.h"
#include "providers/credentials/CredentialStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace sarraf {

using ctl::isoOrEmpty;
using ctl::printTable;

// The per-command options parser: the command's words without the command itself.
bool CtlCommands::parseOptions(QCommandLineParser &parser, const QStringList &args, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (parser.parse(QStringList{QStringLiteral("sarrafctl")} + args))
        return true;
    *error = parser.errorText();
    return false;
}

namespace {

std::optional<TransactionKind> kindFromPlural(const QString &word)
{
    if (word == u"invoices")
        return TransactionKind::Invoice;
    if (word == u"orders")
        return TransactionKind::Order;
    if (word == u"withdrawals")
        return TransactionKind::Withdrawal;
    return std::nullopt;
}

} // namespace

CtlCommands::CtlCommands(CtlContext context, QTextStream &out, QTextStream &err)
    : m_context(std::move(context)), m_out(out), m_err(err)
{
}

QString CtlCommands::usage()
{
    return QStringLiteral(
        "Usage: sarrafctl [--data-dir DIR] [--profile NAME] COMMAND ...\n"
        "\n"
        "Commands:\n"
        "  providers list [--format table|json] [--metrics] configured providers, health, circuit state;\n"
        "                                                   --metrics prints the last run's metrics\n"
        "  providers set NAME [--base-url URL] [--set KEY=VALUE]... [--enable|--disable]\n"
        "  secrets set NAME FIELD                           the value is read from standard input\n"
        "  track NAME ID... [--format table|csv|json]       look transactions up by provider id and cache them\n"
        "  sync [NAME...] [--format table|json]             refresh and list, as the GUI's sync does\n"
        "                                                   (without names: every enabled provider)\n"
        "  list invoices|orders|withdrawals|prices [--provider NAME] [--status S] [--search TEXT]\n"
        "       [--format table|csv|json] [--limit N]\n"
        "  verify-callback NAME FILE [--signature SIG] [--import] [--format table|csv|json]\n"
        "                                                   check a received callback body (FILE - reads stdin);\n"
        "                                                   --import stores what a genuine one says\n"
        "  payouts list [--state S] [--format table|json]\n"
        "  payouts request --operator NAME --provider NAME --to DESTINATION [--kind KIND] --amount A\n"
        "       --currency CODE [--method ID] [--note TEXT] ask for a payout; the provider checks the\n"
        "                                                   destination and estimates the fee at once\n"
        "  payouts check ID --operator NAME                 ask the provider about the destination again\n"
        "  payouts approve|reject ID --operator NAME [--reason TEXT]\n"
        "                                                   another person than the requester approves;\n"
        "                                                   a rejection needs --reason\n"
        "  payouts submit ID... --operator NAME             send approved payouts, each exactly once\n"
        "  payouts follow-up [ID...] --operator NAME        ask what became of sent payouts\n"
        "  payouts investigate ID                           look for a payout whose answer was lost\n"
        "  payouts recover --operator NAME [--older-than S] payouts left sending for S seconds (default 180)\n"
        "                                                   by a crash need reconciliation\n"
        "  payouts reconcile ID --operator NAME --outcome submitted|completed|failed [--reference R]\n"
        "       --checked TEXT                              settle a payout that needs reconciliation\n"
        "  payouts limits [CURRENCY --operator NAME [--single-approval-up-to A] [--daily A]]\n"
        "                                                   show or change a currency's limits\n"
        "  audit verify [--format table|json]               check the audit log's hash chain (exit 1: broken)\n"
        "  sandbox [--port N] [--seed] [--configure]        serve the provider simulators until interrupted;\n"
        "                                                   --seed adds demo data, --configure points the\n"
        "                                                   profile (settings and keychain) at them\n"
        "\n"
        "Global options:\n"
        "  --data-dir DIR   where profiles keep their data (default: %1)\n"
        "  --profile NAME   the profile to use (default: default; the simulator's is sandbox)\n"
        "  -h, --help       show this help\n"
        "  -v, --version    show the version\n"
        "\n"
        "Exit status: 0 success, 1 a provider or the system keychain failed or the audit log is broken\n"
        "(one line each on standard error), 2 bad usage or bad input (a refused payout action too).\n")
        .arg(Profile::defaultDataDirectory());
}

Result<Profile> CtlCommands::openProfile()
{
    Result<Profile> profile = Profile::open(m_context.dataDirectory, m_context.profile);
    if (profile) {
        LogFile::Options log;
        log.directory = profile->logDirectory();
        log.alsoStandardError = true;
        if (Outcome installed = LogFile::install(log); !installed)
            m_err << "sarrafctl: " << installed.error().message << '\n';
    }
    return profile;
}

Result<std::unique_ptr<Database>> CtlCommands::openProfileDatabase()
{
    Result<Profile> profile = openProfile();
    if (!profile)
        return profile.error();
    return Database::openSqlite(profile->databasePath());
}

int CtlCommands::badUsage(const QString &message)
{
    m_err << "sarrafctl: " << message << '\n';
    return BadUsage;
}

int CtlCommands::notYet(const QString &command, const QString &arrivesWith)
{
    m_err << "sarrafctl: \"" << command << "\" is not available in this version yet; it arrives with "
          << arrivesWith << ".\n";
    return BadUsage;
}

int CtlCommands::run(const QStringList &words)
{
    const QString command = words.value(0);
    const QString sub = words.value(1);
    if (command == u"providers" && sub == u"list")
        return providersList(words.mid(2));
    if (command == u"providers" && sub == u"set")
        return providersSet(words.mid(2));
    if (command == u"secrets" && sub == u"set")
        return secretsSet(words.mid(2));
    if (command == u"list")
        return list(words.mid(1));
    if (command == u"sandbox")
        return sandbox(words.mid(1));
    if (command == u"track")
        return track(words.mid(1));
    if (command == u"sync")
        return sync(words.mid(1));
    if (command == u"verify-callback")
        return verifyCallback(words.mid(1));
    if (command == u"payouts")
        return payouts(words.mid(1));
    if (command == u"audit")
        return audit(words.mid(1));
    if (command == u"providers" || command == u"secrets")
        return badUsage(QStringLiteral("\"%1\" needs one of: %2").arg(command,
                        command == u"providers" ? QStringLiteral("list, set") : QStringLiteral("set")));
    return badUsage(QStringLiteral("unknown command \"%1\"; see sarrafctl --help").arg(command));
}

int CtlCommands::providersList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), QString(), QStringLiteral("FORMAT"), QStringLiteral("table")});
    parser.addOption({QStringLiteral("metrics"), QString()});
    QString error;
    if (!parseOptions(parser, args, &error))
        return badUsage(error);
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"table" && format != u"json")
        return badUsage(QStringLiteral("--format takes table or json"));
    if (!parser.positionalArguments().isEmpty())
        return badUsage(QStringLiteral("providers list takes no names"));
    Result<Profile> profile = openProfile();
    if (!profile)
        return badUsage(profile.error().message);
    // The metrics of each provider's last sync or track run in this profile (file 000's names).
    QJsonObject metrics;
    if (QFile file(profile->providerMetricsPath()); file.open(QIODevice::ReadOnly))
        metrics = QJsonDocument::fromJson(file.readAll()).object();
    if (parser.isSet(QStringLiteral("metrics"))) {
        if (!metrics.contains(QStringLiteral("prometheus"))) {
            m_err << "sarrafctl: no sync or track has run in profile " << m_context.profile << " yet, so there are no metrics\n";
            return Success;
        }
        m_out << "# Provider metrics of the last sync or track run, at "
              << metrics.value(QStringLiteral("prometheus_at")).toString() << '\n'
              << metrics.value(QStringLiteral("prometheus")).toString();
        return Success;
    }
    const QJsonObject lastRuns = metrics.value(QStringLiteral("services")).toObject();

    const ProviderSettings settings(profile->providerSettingsPath());
    // Health is what the last sync of this profile found; the circuit state lives in the process
    // that syncs, so a fresh CLI process reports the breaker only for providers it contacted.
    Result<std::unique_ptr<Database>> database = Database::openSqlite(profile->databasePath());
    if (!database)
        return badUsage(database.error().message);
    const TransactionStore store(**database);
    QJsonArray json;
    QList<QStringList> rows{{QStringLiteral("PROVIDER"), QStringLiteral("ENABLED"), QStringLiteral("BASE URL"),
                             QStringLiteral("SETTINGS"), QStringLiteral("HEALTH"), QStringLiteral("LAST RUN")}};
    for (const ProviderInfo &info : ProviderCatalog::all()) {
        QStringList values;
        QJsonObject settingsJson;
        for (const ProviderField &field : info.settings) {
            if (field.key == u"base-url")
                continue;
            const QString value = settings.value(info.name, field.key);
            settingsJson.insert(field.key, value);
            if (!value.isEmpty())
                values.append(field.key + u'=' + value);
        }
        const bool enabled = settings.isEnabled(info.name);
        const QString baseUrl = settings.baseUrl(info.name);
        const Result<SyncState> state = store.syncState(info.name);
        QString health = QStringLiteral("never synced");
        QJsonObject healthJson{{QStringLiteral("state"), QStringLiteral("unknown")}};
        if (state && !state->lastError.isEmpty()) {
            health = QStringLiteral("failing: ") + state->lastError;
            healthJson = {{QStringLiteral("state"), QStringLiteral("failing")},
                          {QStringLiteral("last_error"), state->lastError},
                          {QStringLiteral("last_success_at"), isoOrEmpty(state->lastSuccessAt)}};
        } else if (state && state->lastSuccessAt.isValid()) {
            health = QStringLiteral("ok, last synced ") + isoOrEmpty(state->lastSuccessAt);
            healthJson = {{QStringLiteral("state"), QStringLiteral("ok")},
                          {QStringLiteral("last_success_at"), isoOrEmpty(state->lastSuccessAt)}};
        }
        const QJsonObject lastRun = lastRuns.value(info.name).toObject();
        const QString lastRunText = lastRun.isEmpty()
            ? QStringLiteral("-")
            : QStringLiteral("%1 requests, %2 errors, %3 waits for the rate limit, circuit %4")
                  .arg(lastRun.value(QStringLiteral("requests")).toInteger())
                  .arg(lastRun.value(QStringLiteral("errors")).toInteger())
                  .arg(lastRun.value(QStringLiteral("rate_limit_exceeded")).toInteger())
                  .arg(lastRun.value(QStringLiteral("circuit_state")).toString());
        rows.append({info.name, enabled ? QStringLiteral("yes") : QStringLiteral("no"),
                     baseUrl.isEmpty() ? QStringLiteral("(not set)") : baseUrl, values.join(u' '), health, lastRunText});
        QStringList secretFields;
        for (const ProviderField &field : info.secrets)
            secretFields.append(field.key);
        json.append(QJsonObject{{QStringLiteral("provider"), info.name},
                                {QStringLiteral("name"), info.displayName},
                                {QStringLiteral("enabled"), enabled},
                                {QStringLiteral("base_url"), baseUrl},
                                {QStringLiteral("settings"), settingsJson},
                                {QStringLiteral("secret_fields"), QJsonArray::fromStringList(secretFields)},
                                {QStringLiteral("health"), healthJson},
                                {QStringLiteral("last_run"), lastRun}});
    }
    if (format == u"json")
        m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    else
        printTable(m_out, rows);
    return Success;
}

int CtlCommands::providersSet(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("base-url"), QString(), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("set"), QString(), QStringLiteral("KEY=VALUE")});
    parser.addOption({QStringLiteral("enable"), QString()});
    parser.addOption({QStringLiteral("disable"), QString()});
    QString error;
    if (!parseOptions(parser, args, &error))
        return badUsage(error);
    if (parser.positionalArguments().size() != 1)
        return badUsage(QStringLiteral("usage: providers set NAME [--base-url URL] [--set KEY=VALUE]... [--enable|--disable]"));
    if (parser.isSet(QStringLiteral("enable")) && parser.isSet(QStringLiteral("disable")))
        return badUsage(QStringLiteral("--enable and --disable cannot be used together"));
    const QString name = parser.positionalArguments().constFirst();
    if (!ProviderCatalog::find(name))
        return badUsage(QStringLiteral("unknown provider \"%1\"; known: %2").arg(name, ProviderCatalog::names().join(u", ")));

    QList<QPair<QString, QString>> assignments;
    if (parser.isSet(QStringLiteral("base-url")))
        assignments.append({QStringLiteral("base-url"), parser.value(QStringLiteral("base-url"))});
    for (const QString &pair : parser.values(QStringLiteral("set"))) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0)
            return badUsage(QStringLiteral("--set takes KEY=VALUE, not \"%1\"").arg(pair));
        assignments.append({pair.left(equals), pair.mid(equals + 1)});
    }
    Result<Profile> profile = openProfile();
    if (!profile)
        return badUsage(profile.error().message);
    ProviderSettings settings(profile->providerSettingsPath());
    // Check every change before making any, so a refused command leaves the settings as they were.
    for (const auto &[key, value] : assignments) {
        if (Outcome checked = settings.check(name, key, value); !checked)
            return badUsage(checked.error().message);
    }
    for (const auto &[key, value] : assignments)
        (void)settings.setValue(name, key, value);
    if (parser.isSet(QStringLiteral("enable")) || parser.isSet(QStringLiteral("disable")))
        (void)settings.setEnabled(name, parser.isSet(QStringLiteral("enable")));
    if (Outcome saved = settings.sync(); !saved)
        return badUsage(saved.error().message);
    m_out << "Saved the settings of " << name << " in profile " << m_context.profile << ".\n";
    return Success;
}

int CtlCommands::secretsSet(const QStringList &args)
{
    if (args.size() != 2)
        return badUsage(QStringLiteral("usage: secrets set NAME FIELD (the value is read from standard input)"));
    const QString &name = args[0];
    const QString &field = args[1];
    const std::optional<ProviderInfo> info = ProviderCatalog::find(name);
    if (!info)
        return badUsage(QStringLiteral("unknown provider \"%1\"; known: %2").arg(name, ProviderCatalog::names().join(u", ")));
    QStringList fields;
    for (const ProviderField &secret : info->secrets)
        fields.append(secret.key);
    if (!fields.contains(field)) {
        return badUsage(fields.isEmpty() ? QStringLiteral("%1 has no secrets").arg(name)
                                         : QStringLiteral("%1 has no secret called \"%2\"; its secrets are: %3")
                                               .arg(name, field, fields.join(u", ")));
    }
    // The profile's log records the keychain write (never the value: the credential store registers
    // it with the redactor first), as every other profile command logs there.
    Result<Profile> profile = openProfile();
    if (!profile)
        return badUsage(profile.error().message);

    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return badUsage(QStringLiteral("cannot read standard input"));
    QString value = QString::fromUtf8(input.readAll());
    if (value.endsWith(u'\n'))
        value.chop(1);
    if (value.endsWith(u'\r'))
        value.chop(1);
    if (value.isEmpty())
        return badUsage(QStringLiteral("no value on standard input; nothing was stored"));

    CredentialStore store(m_context.profile);
    const std::optional<Outcome> outcome = ctl::waitFor<Outcome>([&](QObject *context, auto done) {
        store.write(name, field, value, context, std::move(done));
    });
    if (!*outcome) {
        m_err << "sarrafctl: " << name << ": " << outcome->error().message << '\n';
        return ProviderFailed;
    }
    m_out << "Stored " << field << " for " << name << " in the system keychain (profile " << m_context.profile
          << ").\n";
    return Success;
}

int CtlCommands::list(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("provider"), QString(), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("status"), QString(), QStringLiteral("S")});
    parser.addOption({QStringLiteral("search"), QString(), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("format"), QString(), QStringLiteral("FORMAT"), QStringLiteral("table")});
    parser.addOption({QStringLiteral("limit"), QString(), QStringLiteral("N"), QStringLiteral("1000")});
    QString error;
    if (!parseOptions(parser, args, &error))
        return badUsage(error);
    const QStringList what = parser.positionalArguments();
    if (what.size() != 1)
        return badUsage(QStringLiteral("usage: list invoices|orders|withdrawals|prices [options]"));
    if (what.constFirst() == u"prices")
        return notYet(QStringLiteral("list prices"), QStringLiteral("the price feeds"));
    const std::optional<TransactionKind> kind = kindFromPlural(what.constFirst());
    if (!kind)
        return badUsage(QStringLiteral("list takes invoices, orders, withdrawals or prices, not \"%1\"").arg(what.constFirst()));

    TransactionQuery query;
    query.kind = kind;
    query.provider = parser.value(QStringLiteral("provider"));
    if (!query.provider.isEmpty() && !ProviderCatalog::find(query.provider))
        return badUsage(QStringLiteral("unknown provider \"%1\"; known: %2").arg(query.provider, ProviderCatalog::names().join(u", ")));
    if (parser.isSet(QStringLiteral("status"))) {
        query.status = TransactionStatuses::fromKey(parser.value(QStringLiteral("status")));
        if (!query.status) {
            QStringList keys;
            for (TransactionStatus status : TransactionStatuses::All)
                keys.append(TransactionStatuses::key(status));
            return badUsage(QStringLiteral("unknown status \"%1\"; statuses are: %2")
                                .arg(parser.value(QStringLiteral("status")), keys.join(u", ")));
        }
    }
    query.search = parser.value(QStringLiteral("search"));
    bool limitOk = false;
    query.limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || query.limit < 1)
        return badUsage(QStringLiteral("--limit takes a positive whole number"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"table" && format != u"csv" && format != u"json")
        return badUsage(QStringLiteral("--format takes table, csv or json"));

    Result<std::unique_ptr<Database>> database = openProfileDatabase();
    if (!database)
        return badUsage(database.error().message);
    const TransactionStore store(**database);
    const Result<QList<StoredTransaction>> rows = store.list(query);
    if (!rows)
        return badUsage(rows.error().logLine());

    QList<TrackedTransaction> records;
    for (const StoredTransaction &row : *rows)
        records.append(row.record);
    ctl::printRecords(m_out, records, format);
    return Success;
}

} // namespace sarraf
