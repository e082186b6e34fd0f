#include "models/payouts/PayoutSender.h"

#include "models/domain/LogCategories.h"
#include "models/store/TransactionStore.h"
#include "models/table/DisplayText.h"

using namespace Qt::StringLiterals;

namespace sarraf {
namespace {

Error senderError(const QString &code, const QString &message)
{
    return makeError(u"payout."_s + code, message);
}

// The provider's answer written down; the payout as it stands afterwards.
Result<Payout> record(PayoutStore &store, qint64 id, const PayoutAnswer &answer)
{
    Result<Payout> submitted = store.recordSubmitted(id, answer.reference, answer.detail);
    if (!submitted || answer.state == PayoutState::Submitted)
        return submitted;
    if (answer.state == PayoutState::Completed)
        return store.recordCompleted(id, answer.detail);
    return store.recordFailed(id, answer.detail);
}

} // namespace

PayoutSender::PayoutSender(PayoutStore &store, Connectors connectors, TransactionStore *transactions, QObject *parent)
    : QObject(parent), m_store(store), m_connectors(std::move(connectors)), m_transactions(transactions)
{
}

PayoutOrder PayoutSender::orderFor(const Payout &payout)
{
    return PayoutOrder{payout.destinationKind, payout.destination, payout.method, payout.amount,
                       payout.idempotencyKey, QUrl()};
}

void PayoutSender::setCallbackUrl(const QString &provider, const QUrl &url)
{
    m_callbackUrls.insert(provider, url);
}

PayoutOrder PayoutSender::order(const Payout &payout) const
{
    PayoutOrder o = orderFor(payout);
    QUrl url = m_callbackUrls.value(payout.provider);
    if (url.isValid() && !url.isEmpty()) {
        url.setQuery(u"payout="_s + payout.idempotencyKey);
        o.callbackUrl = url;
    }
    return o;
}

Result<PayoutConnector *> PayoutSender::connectorFor(const QString &provider, const QString &destinationKind) const
{
    PayoutConnector *connector = m_connectors ? m_connectors(provider) : nullptr;
    if (!connector)
        return senderError(u"no-connector"_s,
                           tr("Sarraf cannot reach %1 for payouts: set the provider up in this profile (it pays out "
                              "through Cryptofuse and Premium Exchanger).")
                               .arg(display::providerName(provider)));
    if (!connector->destinationKinds().contains(destinationKind))
        return senderError(u"bad-destination"_s, tr("%1 does not pay out to a destination of kind \"%2\"; it pays to: %3.")
                                                     .arg(display::providerName(provider), destinationKind,
                                                          connector->destinationKinds().join(u", ")));
    return connector;
}

Result<std::pair<Payout, PayoutConnector *>> PayoutSender::prepare(qint64 id) const
{
    Result<std::optional<Payout>> found = m_store.find(id);
    if (!found)
        return found.error();
    if (!*found)
        return senderError(u"not-found"_s, tr("There is no payout %1.").arg(id));
    Result<PayoutConnector *> connector = connectorFor((*found)->provider, (*found)->destinationKind);
    if (!connector)
        return connector.error();
    return std::pair{**found, *connector};
}

void PayoutSender::preview(const PayoutRequest &request, Callback<PayoutCheckResult> done)
{
    Result<PayoutConnector *> connector = connectorFor(request.provider, request.destinationKind);
    if (!connector)
        return done(connector.error());
    (*connector)->check(PayoutOrder{request.destinationKind, request.destination.trimmed(), request.method.trimmed(),
                                    request.amount, QString(), QUrl()},
                        this, std::move(done));
}

void PayoutSender::check(qint64 id, Callback<Payout> done)
{
    Result<std::pair<Payout, PayoutConnector *>> prepared = prepare(id);
    if (!prepared)
        return done(prepared.error());
    const auto &[payout, connector] = *prepared;
    // Refused before the provider is asked, as recordCheck would refuse its answer.
    if (Outcome checkable = PayoutStore::checkable(payout); !checkable)
        return done(checkable.error());
    connector->check(orderFor(payout), this, [this, id, done](Result<PayoutCheckResult> result) {
        if (!result)
            return done(result.error());
        done(m_store.recordCheck(id, PayoutCheck{result->valid, result->summary, result->fee, result->net, {}, {}}));
    });
}

void PayoutSender::send(qint64 id, Callback<Payout> done)
{
    Result<std::pair<Payout, PayoutConnector *>> prepared = prepare(id);
    if (!prepared)
        return done(prepared.error());
    // The intent and the idempotency key are stored before anything leaves.
    Result<Payout> sending = m_store.beginSubmit(id);
    if (!sending)
        return done(sending.error());
    PayoutConnector *connector = prepared->second;
    connector->send(order(*sending), this, [this, id, provider = connector->provider(),
                                               done](Result<PayoutAnswer> answer) {
        if (answer) {
            Result<Payout> recorded = record(m_store, id, *answer);
            if (!recorded)
                // Still submitting in the store: the next start makes it needs_reconciliation.
                return done(senderError(u"answer-not-saved"_s,
                                        tr("%1 accepted payout %2 as %3, but Sarraf could not save that: %4 The "
                                           "payout will need reconciliation; it will not be sent again.")
                                            .arg(display::providerName(provider))
                                            .arg(id)
                                            .arg(answer->reference, recorded.error().message)));
            if (answer->record && m_transactions) {
                // The withdrawal among the transactions, where the provider's webhooks find it.
                if (Result<UpsertOutcome> kept = m_transactions->upsert(*answer->record, u"create"_s); !kept)
                    qCWarning(lcStore).noquote() << "payout" << id << ": the provider's record" << answer->reference
                                                 << "was not kept with the transactions:" << kept.error().logLine();
            }
            return done(recorded);
        }
        if (payoutOutcomeUnknown(answer.error()))
            return done(m_store.recordUnknownOutcome(
                id, tr("Whether %1 received the payout is unknown: %2")
                        .arg(display::providerName(provider), answer.error().message)));
        done(m_store.recordFailed(id, answer.error().message));
    });
}

Result<std::optional<PayoutAnswer>> PayoutSender::storedAnswer(const Payout &payout) const
{
    if (!m_transactions || payout.providerReference.isEmpty())
        return std::optional<PayoutAnswer>();
    Result<std::optional<StoredTransaction>> stored
        = m_transactions->find(payout.provider, TransactionKind::Withdrawal, payout.providerReference);
    if (!stored)
        return stored.error();
    if (!*stored)
        return std::optional<PayoutAnswer>();
    const TrackedTransaction &withdrawal = (*stored)->record;
    const std::optional<PayoutState> state = PayoutStates::outcomeOf(withdrawal.status);
    if (!state)
        return std::optional<PayoutAnswer>();
    //: %1 provider, %2 withdrawal id, %3 its status word
    return std::optional<PayoutAnswer>(PayoutAnswer{
        *state, withdrawal.providerId,
        tr("%1's verified webhook reports withdrawal %2 as \"%3\".")
            .arg(display::providerName(payout.provider), withdrawal.providerId, withdrawal.providerStatus),
        std::nullopt});
}

void PayoutSender::followUp(qint64 id, Callback<Payout> done)
{
    Result<std::pair<Payout, PayoutConnector *>> prepared = prepare(id);
    if (!prepared)
        return done(prepared.error());
    const auto &[payout, connector] = *prepared;
    if (payout.state != PayoutState::Submitted)
        return done(payout); // nothing to ask: not sent, settled, or waiting for a person
    connector->status(orderFor(payout), payout.providerReference, this,
                      [this, payout, done](Result<std::optional<PayoutAnswer>> answer) {
        if (!answer)
            return done(answer.error());
        std::optional<PayoutAnswer> news = *answer;
        if (!news) {
            Result<std::optional<PayoutAnswer>> stored = storedAnswer(payout);
            if (!stored)
                return done(stored.error());
            news = *stored;
        }
        if (!news || news->state == PayoutState::Submitted)
            return done(payout);
        done(news->state == PayoutState::Completed ? m_store.recordCompleted(payout.id, news->detail)
                                                   : m_store.recordFailed(payout.id, news->detail));
    });
}

PayoutSighting PayoutSender::withStoredSightings(const Payout &payout, PayoutSighting sighting) const
{
    if (!m_transactions || !payout.sendingSince.isValid())
        return sighting;
    TransactionQuery query;
    query.kind = TransactionKind::Withdrawal;
    query.provider = payout.provider;
    query.createdFrom = payout.sendingSince.addSecs(-300);
    query.currency = payout.amount.currency();
    query.limit = 50;
    Result<QList<StoredTransaction>> stored = m_transactions->list(query);
    if (!stored)
        return sighting;
    // Withdrawals of this amount since sending began: those naming this address are candidates
    // (narrowed() decides); a webhook that names no address is only mentioned, for the person.
    QStringList unnamed;
    for (const StoredTransaction &row : std::as_const(*stored)) {
        const Result<Money> amount = Money::parse(row.record.amount, row.record.currency);
        if (!amount || !(*amount == payout.amount))
            continue;
        if (row.record.address == payout.destination)
            sighting.candidates.append(PayoutAnswer{
                PayoutStates::outcomeOf(row.record.status).value_or(PayoutState::Submitted), row.record.providerId,
                tr("withdrawal %1 of %2 to this address, status \"%3\", from a verified webhook")
                    .arg(row.record.providerId, payout.amount.amountText(), row.record.providerStatus),
                std::nullopt});
        else if (row.record.address.isEmpty())
            unnamed.append(row.record.providerId);
    }
    if (!unnamed.isEmpty())
        sighting.summary += u' '
                            + tr("Verified webhooks report withdrawals of this amount since sending began that name "
                                 "no address: %1. A person must tell whether one of them is this payout.")
                                  .arg(unnamed.join(u", "));
    return sighting;
}

Result<PayoutSighting> PayoutSender::narrowed(const Payout &payout, PayoutSighting sighting) const
{
    // Another payout to the same destination whose answer was lost too could be any of the
    // candidates just as well: then only a person can tell them apart.
    Result<QList<Payout>> unresolved = m_store.list(PayoutState::NeedsReconciliation);
    if (!unresolved)
        return unresolved.error();
    Result<QList<Payout>> sending = m_store.list(PayoutState::Submitting);
    if (!sending)
        return sending.error();
    QStringList rivals;
    for (const Payout &other : *unresolved + *sending) {
        if (other.id != payout.id && other.provider == payout.provider && other.destination == payout.destination
            && other.method == payout.method)
            rivals.append(QString::number(other.id));
    }

    QList<PayoutAnswer> unclaimed;
    QStringList others;
    for (const PayoutAnswer &candidate : std::as_const(sighting.candidates)) {
        Result<std::optional<Payout>> claimed = m_store.findByReference(payout.provider, candidate.reference);
        if (!claimed)
            return claimed.error();
        if (*claimed && (*claimed)->id != payout.id)
            others.append(tr("%1 is payout %2").arg(candidate.reference).arg((*claimed)->id));
        else
            unclaimed.append(candidate);
    }
    if (!others.isEmpty())
        sighting.summary += u' ' + tr("Sarraf knows some of them as other payouts: %1.").arg(others.join(u", "));
    if (!rivals.isEmpty() && !unclaimed.isEmpty()) {
        sighting.found = PayoutSighting::Found::CannotTell;
        sighting.answer.reset();
        sighting.summary += u' '
                            + tr("Payouts %1 went to the same destination and their answers are unknown too: a "
                                 "person must tell which provider payout belongs to which.")
                                  .arg(rivals.join(u", "));
        return sighting;
    }
    if (unclaimed.size() == 1) {
        sighting.found = PayoutSighting::Found::Yes;
        sighting.answer = unclaimed.constFirst();
    } else {
        sighting.found = unclaimed.isEmpty() ? PayoutSighting::Found::No : PayoutSighting::Found::CannotTell;
        sighting.answer.reset();
    }
    return sighting;
}

void PayoutSender::investigate(qint64 id, Callback<PayoutSighting> done)
{
    Result<std::pair<Payout, PayoutConnector *>> prepared = prepare(id);
    if (!prepared)
        return done(prepared.error());
    const auto &[payout, connector] = *prepared;
    if (payout.state != PayoutState::NeedsReconciliation)
        return done(senderError(u"wrong-state"_s,
                                tr("Payout %1 is %2; only a payout that needs reconciliation is looked for.")
                                    .arg(id)
                                    .arg(PayoutStates::displayName(payout.state))));
    // Payouts from before sending times were kept: their request is the earliest they can have left.
    const QDateTime since = payout.sendingSince.isValid() ? payout.sendingSince : payout.requestedAt;
    connector->findSent(orderFor(payout), since, this, [this, payout, done](Result<PayoutSighting> sighting) {
        if (!sighting)
            return done(sighting.error());
        if (sighting->found == PayoutSighting::Found::CannotTell) {
            // The provider cannot list: what its imported webhooks say is all there is to go on.
            const PayoutSighting stored = withStoredSightings(payout, *sighting);
            if (stored.candidates.isEmpty())
                return done(stored);
            Result<PayoutSighting> narrowedDown = narrowed(payout, stored);
            if (!narrowedDown)
                return done(narrowedDown);
            PayoutSighting found = *narrowedDown;
            if (found.found == PayoutSighting::Found::Yes)
                found.summary += u' ' + tr("A verified webhook reports %1.").arg(found.answer->detail);
            else if (found.found == PayoutSighting::Found::No)
                found.found = PayoutSighting::Found::CannotTell; // not a full list: absence proves nothing
            return done(found);
        }
        if (sighting->found == PayoutSighting::Found::Yes)
            return done(narrowed(payout, *sighting));
        done(sighting);
    });
}

} // namespace sarraf
