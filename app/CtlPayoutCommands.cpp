// sarrafctl payouts ... and sarrafctl audit verify: finance's workflow from a script. Every action
// names its operator (--operator); the store refuses what the workflow does not allow, and its
// sentence is printed as it is.
#include "app/CtlCommands.h"

#include "app/CtlSupport.h"

#include "models/payouts/AuditLog.h"
#include "models/payouts/PayoutSender.h"
#include "models/payouts/PayoutStore.h"
#include "models/store/Database.h"
#include "models/store/TransactionStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <utility>

using namespace Qt::StringLiterals;

namespace sarraf {
namespace {

QJsonObject payoutJson(const Payout &p)
{
    QJsonObject o{{u"id"_s, p.id},
                  {u"provider"_s, p.provider},
                  {u"destination_kind"_s, p.destinationKind},
                  {u"destination"_s, p.destination},
                  {u"method"_s, p.method},
                  {u"amount"_s, p.amount.amountText()},
                  {u"currency"_s, p.amount.currency()},
                  {u"state"_s, PayoutStates::key(p.state)},
                  {u"requested_by"_s, p.requestedBy},
                  {u"requested_at"_s, ctl::isoOrEmpty(p.requestedAt)},
                  {u"approvers"_s, QJsonArray::fromStringList(p.approvers)},
                  {u"idempotency_key"_s, p.idempotencyKey},
                  {u"provider_reference"_s, p.providerReference},
                  {u"reason"_s, p.reason},
                  {u"updated_at"_s, ctl::isoOrEmpty(p.updatedAt)}};
    o.insert(u"fee"_s, p.fee ? QJsonValue(p.fee->amountText()) : QJsonValue());
    if (p.check) {
        o.insert(u"check"_s, QJsonObject{{u"valid"_s, p.check->valid},
                                         {u"summary"_s, p.check->summary},
                                         {u"net"_s, p.check->net ? QJsonValue(p.check->net->amountText()) : QJsonValue()},
                                         {u"checked_by"_s, p.check->checkedBy},
                                         {u"checked_at"_s, ctl::isoOrEmpty(p.check->checkedAt)}});
    } else {
        o.insert(u"check"_s, QJsonValue());
    }
    o.insert(u"sending_since"_s, ctl::isoOrEmpty(p.sendingSince));
    return o;
}

void printPayouts(QTextStream &out, const QList<Payout> &payouts, const QString &format)
{
    if (format == u"json") {
        QJsonArray array;
        for (const Payout &p : payouts)
            array.append(payoutJson(p));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return;
    }
    QList<QStringList> rows{{u"ID"_s, u"STATE"_s, u"AMOUNT"_s, u"CURRENCY"_s, u"FEE"_s, u"PROVIDER"_s,
                             u"DESTINATION"_s, u"CHECKED"_s, u"REQUESTED BY"_s, u"APPROVED BY"_s, u"REFERENCE"_s}};
    for (const Payout &p : payouts)
        rows.append({QString::number(p.id), PayoutStates::key(p.state), p.amount.amountText(), p.amount.currency(),
                     p.fee ? p.fee->amountText() : u"-"_s, p.provider, p.destination,
                     !p.check ? u"no"_s : p.check->valid ? u"valid"_s : u"NOT VALID"_s, p.requestedBy,
                     p.approvers.join(u", "_s), p.providerReference});
    ctl::printTable(out, rows);
    // What the provider said, under the table: an approver reads it before approving.
    for (const Payout &p : payouts) {
        if (p.check && payouts.size() == 1)
            out << "\n" << p.provider << " (checked by " << p.check->checkedBy << "): " << p.check->summary << '\n';
        if (!p.reason.isEmpty() && payouts.size() == 1)
            out << "Note: " << p.reason << '\n';
    }
}

// The providers' payout connectors, configured on first use from the profile's settings and keychain.
class SenderSetup
{
public:
    using Load = std::function<std::optional<ProviderConfig>(const QString &provider)>;
    explicit SenderSetup(Load load) : m_load(std::move(load)) {}

    PayoutConnector *connector(const QString &provider)
    {
        if (PayoutConnector *ready = m_runtime.payoutConnector(provider))
            return ready;
        if (m_failed.contains(provider) || !ProviderRuntime::isSupported(provider))
            return nullptr;
        const std::optional<ProviderConfig> config = m_load(provider);
        if (!config) {
            m_failed.insert(provider);
            return nullptr;
        }
        if (Result<ProviderConnector *> configured = m_runtime.configure(*config); !configured) {
            m_failed.insert(provider);
            m_errors.append(provider + u": "_s + configured.error().message);
            return nullptr;
        }
        return m_runtime.payoutConnector(provider);
    }
    QStringList takeErrors() { return std::exchange(m_errors, {}); }
    ProviderRuntime &runtime() { return m_runtime; }

private:
    Load m_load;
    ProviderRuntime m_runtime;
    QSet<QString> m_failed;
    QStringList m_errors;
};

} // namespace

int CtlCommands::payouts(const QStringList &args)
{
    const QString sub = args.value(0);
    static const QStringList subs{u"list"_s,   u"request"_s,   u"check"_s,       u"approve"_s,
                                  u"reject"_s, u"submit"_s,    u"follow-up"_s,   u"investigate"_s,
                                  u"recover"_s, u"reconcile"_s, u"limits"_s};
    if (!subs.contains(sub))
        return badUsage(u"\"payouts\" needs one of: %1"_s.arg(subs.join(u", "_s)));

    QCommandLineParser parser;
    parser.addOption({u"operator"_s, QString(), u"NAME"_s});
    parser.addOption({u"format"_s, QString(), u"FORMAT"_s, u"table"_s});
    parser.addOption({u"state"_s, QString(), u"STATE"_s});
    parser.addOption({u"provider"_s, QString(), u"NAME"_s});
    parser.addOption({u"kind"_s, QString(), u"KIND"_s, u"address"_s});
    parser.addOption({u"to"_s, QString(), u"DESTINATION"_s});
    parser.addOption({u"amount"_s, QString(), u"AMOUNT"_s});
    parser.addOption({u"currency"_s, QString(), u"CODE"_s});
    parser.addOption({u"method"_s, QString(), u"ID"_s});
    parser.addOption({u"note"_s, QString(), u"TEXT"_s});
    parser.addOption({u"reason"_s, QString(), u"TEXT"_s});
    parser.addOption({u"outcome"_s, QString(), u"STATE"_s});
    parser.addOption({u"reference"_s, QString(), u"ID"_s});
    parser.addOption({u"checked"_s, QString(), u"TEXT"_s});
    parser.addOption({u"single-approval-up-to"_s, QString(), u"AMOUNT"_s});
    parser.addOption({u"daily"_s, QString(), u"AMOUNT"_s});
    parser.addOption({u"older-than"_s, QString(), u"SECONDS"_s});
    QString error;
    if (!parseOptions(parser, args.mid(1), &error))
        return badUsage(error);
    const QString format = parser.value(u"format"_s);
    if (format != u"table" && format != u"json")
        return badUsage(u"--format takes table or json"_s);
    const QStringList positional = parser.positionalArguments();
    const QString operatorName = parser.value(u"operator"_s).trimmed();
    if (sub != u"list" && sub != u"investigate" && !(sub == u"limits" && positional.isEmpty())
        && operatorName.isEmpty())
        return badUsage(u"payouts %1 needs --operator NAME: every action on money records who took it"_s.arg(sub));

    Result<Profile> profile = openProfile();
    if (!profile)
        return badUsage(profile.error().message);
    Result<std::unique_ptr<Database>> database = Database::openSqlite(profile->databasePath());
    if (!database)
        return badUsage(database.error().message);
    PayoutStore store(**database, operatorName);
    TransactionStore transactions(**database);
    SenderSetup setup([&](const QString &provider) { return loadConfig(*profile, provider); });
    PayoutSender sender(store, [&setup](const QString &provider) { return setup.connector(provider); }, &transactions);
    // Runs one of the sender's moves to its end; a refusal by the workflow is bad input (2), a
    // provider that could not be reached or configured a provider failure (1).
    const auto run = [&](const std::function<void(PayoutSender::Callback<Payout>)> &start) -> Result<Payout> {
        return ctl::waitFor<Result<Payout>>([&](QObject *, auto finished) { start(std::move(finished)); });
    };
    const auto failureExit = [&](const Error &failure) {
        for (const QString &line : setup.takeErrors())
            m_err << "sarrafctl: " << line << '\n';
        m_err << "sarrafctl: " << failure.message << '\n';
        return failure.code.startsWith(u"payout.") && failure.code != u"payout.no-connector"
                       && failure.code != u"payout.answer-not-saved"
                   ? int(BadUsage)
                   : int(ProviderFailed);
    };
    const auto done = [&](const Result<Payout> &result) {
        if (!result)
            return badUsage(result.error().message);
        printPayouts(m_out, {*result}, format);
        return int(Success);
    };
    const auto id = [&]() -> std::optional<qint64> {
        bool ok = false;
        const qint64 value = positional.value(0).toLongLong(&ok);
        if (positional.size() != 1 || !ok || value <= 0)
            return std::nullopt;
        return value;
    };

    if (sub == u"list") {
        std::optional<PayoutState> state;
        if (parser.isSet(u"state"_s)) {
            state = PayoutStates::fromKey(parser.value(u"state"_s));
            if (!state) {
                QStringList keys;
                for (PayoutState s : PayoutStates::All)
                    keys.append(PayoutStates::key(s));
                return badUsage(u"unknown state \"%1\"; states are: %2"_s.arg(parser.value(u"state"_s),
                                                                               keys.join(u", "_s)));
            }
        }
        const Result<QList<Payout>> payouts = store.list(state);
        if (!payouts)
            return badUsage(payouts.error().message);
        printPayouts(m_out, *payouts, format);
        return Success;
    }
    if (sub == u"request") {
        const QString currency = parser.value(u"currency"_s).trimmed().toUpper();
        Result<Money> amount = Money::parse(parser.value(u"amount"_s).trimmed(), currency);
        if (!amount)
            return badUsage(u"--amount and --currency: "_s + amount.error().message);
        PayoutRequest request;
        request.provider = parser.value(u"provider"_s);
        request.destinationKind = parser.value(u"kind"_s);
        request.destination = parser.value(u"to"_s);
        request.method = parser.value(u"method"_s);
        request.amount = *amount;
        request.note = parser.value(u"note"_s);
        const Result<Payout> requested = store.request(request);
        if (!requested)
            return done(requested);
        // Approval needs the provider's word on the destination: asked at once.
        const Result<Payout> checked
            = run([&](auto finished) { sender.check(requested->id, std::move(finished)); });
        if (!checked) {
            printPayouts(m_out, {*requested}, format);
            m_err << "sarrafctl: payout " << requested->id << " is requested but not checked with " << request.provider
                  << "; run \"sarrafctl payouts check " << requested->id << "\" when it can be reached.\n";
            return failureExit(checked.error());
        }
        return done(checked);
    }
    if (sub == u"follow-up" && positional.isEmpty()) {
        const Result<QList<Payout>> submitted = store.list(PayoutState::Submitted);
        if (!submitted)
            return badUsage(submitted.error().message);
        QList<Payout> results;
        int exit = Success;
        for (const Payout &p : std::as_const(*submitted)) {
            const Result<Payout> followed = run([&](auto finished) { sender.followUp(p.id, std::move(finished)); });
            if (!followed)
                exit = std::max(exit, failureExit(followed.error()));
            results.append(followed ? *followed : p);
        }
        printPayouts(m_out, results, format);
        return exit;
    }
    if (sub == u"limits") {
        if (positional.isEmpty()) {
            const Result<PayoutLimits> limits = store.limits();
            if (!limits)
                return badUsage(limits.error().message);
            QStringList currencies = limits->singleApprovalUpTo.keys() + limits->dailyLimit.keys();
            currencies.sort();
            currencies.removeDuplicates();
            QList<QStringList> rows{{u"CURRENCY"_s, u"SINGLE APPROVAL UP TO"_s, u"DAILY LIMIT"_s}};
            for (const QString &c : std::as_const(currencies))
                rows.append({c, limits->singleApprovalUpTo.contains(c) ? limits->singleApprovalUpTo[c].toString()
                                                                        : u"- (two approvals always)"_s,
                             limits->dailyLimit.contains(c) ? limits->dailyLimit[c].toString() : u"- (none)"_s});
            ctl::printTable(m_out, rows);
            return Success;
        }
        if (positional.size() != 1)
            return badUsage(u"usage: payouts limits [CURRENCY --single-approval-up-to AMOUNT --daily AMOUNT]"_s);
        std::optional<Decimal> single, daily;
        for (const auto &[option, into] : {std::pair{u"single-approval-up-to"_s, &single}, std::pair{u"daily"_s, &daily}}) {
            if (!parser.isSet(option))
                continue;
            Result<Decimal> value = Decimal::parse(parser.value(option).trimmed());
            if (!value)
                return badUsage(u"--"_s + option + u": "_s + value.error().message);
            *into = *value;
        }
        const Result<PayoutLimits> changed = store.setLimits(positional.constFirst(), single, daily);
        if (!changed)
            return badUsage(changed.error().message);
        return Success;
    }
    // A payout a crash left sending may have reached the provider: it needs reconciliation, and
    // nothing here sends it again. Only those sending for longer than any request takes, so a send
    // under way in the window or another script is left alone.
    const auto recover = [&](std::chrono::seconds olderThan) -> std::optional<int> {
        const Result<QList<qint64>> recovered = store.recoverInterrupted(olderThan);
        if (!recovered)
            return badUsage(recovered.error().message);
        for (const qint64 interrupted : std::as_const(*recovered))
            m_err << "sarrafctl: payout " << interrupted
                  << " was being sent when Sarraf stopped; it needs reconciliation and was not sent again.\n";
        return std::nullopt;
    };
    if (sub == u"recover") {
        bool ok = true;
        const qint64 seconds = parser.isSet(u"older-than"_s) ? parser.value(u"older-than"_s).toLongLong(&ok)
                                                              : PayoutStore::LiveSendLimit.count();
        if (!ok || seconds < 0)
            return badUsage(u"--older-than takes a number of seconds"_s);
        if (const std::optional<int> failed = recover(std::chrono::seconds(seconds)))
            return *failed;
        return Success;
    }
    if (sub == u"submit") {
        if (const std::optional<int> failed = recover(PayoutStore::LiveSendLimit))
            return *failed;
        QList<qint64> ids;
        for (const QString &word : positional) {
            bool ok = false;
            const qint64 value = word.toLongLong(&ok);
            if (!ok || value <= 0)
                return badUsage(u"usage: payouts submit ID... --operator NAME; \"%1\" is not a payout number"_s.arg(word));
            ids.append(value);
        }
        if (ids.isEmpty())
            return badUsage(u"usage: payouts submit ID... --operator NAME"_s);
        QList<Payout> results;
        int exit = Success;
        for (const qint64 payoutId : std::as_const(ids)) {
            const Result<Payout> sent = run([&](auto finished) { sender.send(payoutId, std::move(finished)); });
            if (!sent) {
                exit = std::max(exit, failureExit(sent.error()));
                continue;
            }
            results.append(*sent);
            if (sent->state == PayoutState::NeedsReconciliation || sent->state == PayoutState::Failed) {
                m_err << "sarrafctl: payout " << sent->id << " is " << PayoutStates::key(sent->state) << ": "
                      << sent->reason << '\n';
                exit = std::max(exit, int(ProviderFailed));
            }
        }
        printPayouts(m_out, results, format);
        return exit;
    }
    const std::optional<qint64> payoutId = id();
    if (!payoutId)
        return badUsage(u"usage: payouts %1 ID [options]; ID is the payout's number"_s.arg(sub));
    if (sub == u"check" || sub == u"follow-up") {
        const Result<Payout> result = run([&](auto finished) {
            if (sub == u"check")
                sender.check(*payoutId, std::move(finished));
            else
                sender.followUp(*payoutId, std::move(finished));
        });
        if (!result)
            return failureExit(result.error());
        return done(result);
    }
    if (sub == u"investigate") {
        const Result<PayoutSighting> sighting = ctl::waitFor<Result<PayoutSighting>>(
            [&](QObject *, auto finished) { sender.investigate(*payoutId, std::move(finished)); });
        if (!sighting)
            return failureExit(sighting.error());
        static const char *const found[] = {"yes", "no", "cannot-tell"};
        if (format == u"json") {
            QJsonObject o{{u"id"_s, *payoutId},
                          {u"found"_s, QLatin1StringView(found[int(sighting->found)])},
                          {u"summary"_s, sighting->summary}};
            o.insert(u"state"_s, sighting->answer ? QJsonValue(PayoutStates::key(sighting->answer->state)) : QJsonValue());
            o.insert(u"reference"_s, sighting->answer ? QJsonValue(sighting->answer->reference) : QJsonValue());
            m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else {
            m_out << "Found at the provider: " << found[int(sighting->found)] << '\n' << sighting->summary << '\n';
            if (sighting->answer)
                m_out << "Provider's state: " << PayoutStates::key(sighting->answer->state)
                      << ", reference: " << sighting->answer->reference << '\n';
            m_out << "Settle it with: sarrafctl payouts reconcile " << *payoutId
                  << " --operator NAME --outcome submitted|completed|failed --checked \"what you checked\"\n";
        }
        return Success;
    }
    if (sub == u"approve")
        return done(store.approve(*payoutId));
    if (sub == u"reject")
        return done(store.reject(*payoutId, parser.value(u"reason"_s)));
    // reconcile
    const std::optional<PayoutState> outcome = PayoutStates::fromKey(parser.value(u"outcome"_s));
    if (!outcome
        || (*outcome != PayoutState::Submitted && *outcome != PayoutState::Completed && *outcome != PayoutState::Failed))
        return badUsage(u"payouts reconcile needs --outcome submitted, completed or failed"_s);
    return done(store.reconcile(*payoutId, *outcome, parser.value(u"reference"_s), parser.value(u"checked"_s)));
}

int CtlCommands::audit(const QStringList &args)
{
    if (args.value(0) != u"verify")
        return badUsage(u"\"audit\" needs: verify"_s);
    QCommandLineParser parser;
    parser.addOption({u"format"_s, QString(), u"FORMAT"_s, u"table"_s});
    QString error;
    if (!parseOptions(parser, args.mid(1), &error))
        return badUsage(error);
    const QString format = parser.value(u"format"_s);
    if (format != u"table" && format != u"json")
        return badUsage(u"--format takes table or json"_s);
    Result<std::unique_ptr<Database>> database = openProfileDatabase();
    if (!database)
        return badUsage(database.error().message);
    const Result<AuditVerification> verified = AuditLog::verify((*database)->connection());
    if (!verified) {
        // A log that cannot be read is not a log that verifies.
        m_err << "sarrafctl: " << verified.error().logLine() << '\n';
        return ProviderFailed;
    }
    if (format == u"json") {
        QJsonObject o{{u"intact"_s, verified->intact()}, {u"rows"_s, verified->rows}};
        o.insert(u"broken_at"_s, verified->brokenAt ? QJsonValue(*verified->brokenAt) : QJsonValue());
        o.insert(u"problem"_s, verified->problem);
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else if (verified->intact()) {
        m_out << "The audit log is intact: " << verified->rows << " rows checked.\n";
    } else {
        m_out << "The audit log is BROKEN at row " << *verified->brokenAt << ": " << verified->problem << '\n';
    }
    if (!verified->intact())
        m_err << "sarrafctl: audit log broken at row " << *verified->brokenAt << ": " << verified->problem << '\n';
    return verified->intact() ? Success : ProviderFailed;
}

} // namespace sarraf
