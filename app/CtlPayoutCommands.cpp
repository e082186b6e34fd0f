// sarrafctl payouts ... and sarrafctl audit verify: finance's workflow from a script. Every action
// names its operator (--operator); the store refuses what the workflow does not allow, and its
// sentence is printed as it is.
#include "app/CtlCommands.h"

#include "app/CtlSupport.h"

#include "models/payouts/AuditLog.h"
#include "models/payouts/PayoutStore.h"
#include "models/store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sarraf {
namespace {

QJsonObject payoutJson(const Payout &p)
{
    QJsonObject o{{u"id"_s, p.id},
                  {u"provider"_s, p.provider},
                  {u"destination_kind"_s, p.destinationKind},
                  {u"destination"_s, p.destination},
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
    QList<QStringList> rows{{u"ID"_s, u"STATE"_s, u"AMOUNT"_s, u"CURRENCY"_s, u"PROVIDER"_s, u"DESTINATION"_s,
                             u"REQUESTED BY"_s, u"APPROVED BY"_s}};
    for (const Payout &p : payouts)
        rows.append({QString::number(p.id), PayoutStates::key(p.state), p.amount.amountText(), p.amount.currency(),
                     p.provider, p.destination, p.requestedBy, p.approvers.join(u", "_s)});
    ctl::printTable(out, rows);
}

} // namespace

int CtlCommands::payouts(const QStringList &args)
{
    const QString sub = args.value(0);
    static const QStringList subs{u"list"_s,      u"request"_s, u"approve"_s, u"reject"_s,
                                  u"reconcile"_s, u"limits"_s,  u"submit"_s};
    if (!subs.contains(sub))
        return badUsage(u"\"payouts\" needs one of: %1"_s.arg(subs.join(u", "_s)));
    if (sub == u"submit")
        return notYet(u"payouts submit"_s, u"the providers' payout requests (issue 5, next part)"_s);

    QCommandLineParser parser;
    parser.addOption({u"operator"_s, QString(), u"NAME"_s});
    parser.addOption({u"format"_s, QString(), u"FORMAT"_s, u"table"_s});
    parser.addOption({u"state"_s, QString(), u"STATE"_s});
    parser.addOption({u"provider"_s, QString(), u"NAME"_s});
    parser.addOption({u"kind"_s, QString(), u"KIND"_s, u"address"_s});
    parser.addOption({u"to"_s, QString(), u"DESTINATION"_s});
    parser.addOption({u"amount"_s, QString(), u"AMOUNT"_s});
    parser.addOption({u"currency"_s, QString(), u"CODE"_s});
    parser.addOption({u"fee"_s, QString(), u"AMOUNT"_s});
    parser.addOption({u"note"_s, QString(), u"TEXT"_s});
    parser.addOption({u"reason"_s, QString(), u"TEXT"_s});
    parser.addOption({u"outcome"_s, QString(), u"STATE"_s});
    parser.addOption({u"reference"_s, QString(), u"ID"_s});
    parser.addOption({u"checked"_s, QString(), u"TEXT"_s});
    parser.addOption({u"single-approval-up-to"_s, QString(), u"AMOUNT"_s});
    parser.addOption({u"daily"_s, QString(), u"AMOUNT"_s});
    QString error;
    if (!parseOptions(parser, args.mid(1), &error))
        return badUsage(error);
    const QString format = parser.value(u"format"_s);
    if (format != u"table" && format != u"json")
        return badUsage(u"--format takes table or json"_s);
    const QStringList positional = parser.positionalArguments();
    const QString operatorName = parser.value(u"operator"_s).trimmed();
    if (sub != u"list" && !(sub == u"limits" && positional.isEmpty()) && operatorName.isEmpty())
        return badUsage(u"payouts %1 needs --operator NAME: every action on money records who took it"_s.arg(sub));

    Result<std::unique_ptr<Database>> database = openProfileDatabase();
    if (!database)
        return badUsage(database.error().message);
    PayoutStore store(**database, operatorName);
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
        request.amount = *amount;
        if (parser.isSet(u"fee"_s)) {
            Result<Money> fee = Money::parse(parser.value(u"fee"_s).trimmed(), currency);
            if (!fee)
                return badUsage(u"--fee: "_s + fee.error().message);
            request.fee = *fee;
        }
        request.note = parser.value(u"note"_s);
        return done(store.request(request));
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
    const std::optional<qint64> payoutId = id();
    if (!payoutId)
        return badUsage(u"usage: payouts %1 ID [options]; ID is the payout's number"_s.arg(sub));
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
