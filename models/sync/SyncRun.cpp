#include "models/sync/SyncRun.h"

#include "models/domain/LogCategories.h"
#include "models/store/TransactionStore.h"

#include <QTimer>

namespace sarraf {

void trackTransactions(TransactionStore &store, ProviderConnector &connector, const QStringList &ids,
                       QObject *context, std::function<void(Result<TrackOutcome>)> done)
{
    QStringList distinct;
    for (const QString &id : ids) {
        if (!distinct.contains(id.trimmed()))
            distinct.append(id.trimmed());
    }
    connector.lookUp(distinct, context, [&store, done = std::move(done)](Result<QList<LookupResult>> answer) {
        if (!answer)
            return done(answer.error());
        TrackOutcome outcome;
        for (const LookupResult &result : *answer) {
            if (result.record)
                outcome.records.append(*result.record);
            else
                outcome.idErrors.append({result.id, result.record.error()});
        }
        if (!outcome.records.isEmpty()) {
            Result<QList<UpsertOutcome>> written = store.upsertAll(outcome.records, QStringLiteral("lookup"));
            if (!written)
                return done(written.error());
            for (const UpsertOutcome &upsert : *written) {
                outcome.inserted += upsert.inserted ? 1 : 0;
                outcome.changed += (upsert.statusChanged && !upsert.inserted) ? 1 : 0;
            }
        }
        done(outcome);
    });
}

SyncRun::SyncRun(TransactionStore &store, QList<ProviderConnector *> connectors, QObject *parent)
    : QObject(parent), m_store(store)
{
    for (ProviderConnector *connector : connectors) {
        m_connectors.append(connector);
        SyncOutcome outcome;
        outcome.provider = connector->provider();
        m_outcomes.append(outcome);
        m_cursors.append(QString());
    }
}

void SyncRun::start()
{
    m_started = true;
    m_pending = m_connectors.size();
    if (m_pending == 0) {
        QTimer::singleShot(0, this, &SyncRun::finished);
        return;
    }
    for (qsizetype i = 0; i < m_connectors.size(); ++i)
        refresh(i);
}

void SyncRun::refresh(qsizetype index)
{
    const QString provider = m_outcomes[index].provider;
    if (Outcome started = m_store.recordSyncStarted(provider); !started)
        return finishProvider(index, started.error());
    Result<SyncState> state = m_store.syncState(provider);
    if (!state)
        return finishProvider(index, state.error());
    m_cursors[index] = state->cursor;
    QList<TransactionKind> kinds;
    for (TransactionKind kind : {TransactionKind::Invoice, TransactionKind::Order, TransactionKind::Withdrawal}) {
        if (m_connectors[index] && m_connectors[index]->canLookUp(kind))
            kinds.append(kind);
    }
    Result<QStringList> ids = kinds.isEmpty() ? Result<QStringList>(QStringList())
                                              : m_store.refreshCandidates(provider, m_refreshLimit, kinds);
    if (!ids)
        return finishProvider(index, ids.error());
    if (ids->isEmpty())
        return list(index);
    m_connectors[index]->lookUp(*ids, this, [this, index](Result<QList<LookupResult>> answer) {
        if (!answer)
            return finishProvider(index, answer.error());
        QList<TrackedTransaction> records;
        QStringList unanswered;
        for (const LookupResult &result : *answer) {
            if (result.record) {
                records.append(*result.record);
            } else {
                m_outcomes[index].idErrors.append({result.id, result.record.error()});
                unanswered.append(result.id);
            }
        }
        // So that ids the provider cannot answer for do not hold the front of the queue forever.
        if (Outcome marked = m_store.markChecked(m_outcomes[index].provider, unanswered); !marked)
            return finishProvider(index, marked.error());
        m_outcomes[index].refreshed += int(records.size());
        store(index, records, false);
        if (m_outcomes[index].failed())
            return;
        list(index);
    });
}

void SyncRun::list(qsizetype index)
{
    ProviderConnector *connector = m_connectors[index];
    if (!connector || !connector->canList())
        return finishProvider(index, std::nullopt, m_cursors[index]);
    connector->listSince(m_cursors[index], this, [this, index](Result<Listing> listing) {
        if (!listing)
            return finishProvider(index, listing.error());
        m_outcomes[index].listed += int(listing->records.size());
        store(index, listing->records, true);
        if (m_outcomes[index].failed())
            return;
        finishProvider(index, std::nullopt, listing->nextCursor.isEmpty() ? m_cursors[index] : listing->nextCursor);
    });
}

void SyncRun::store(qsizetype index, const QList<TrackedTransaction> &records, bool fromListing)
{
    if (records.isEmpty())
        return;
    Result<QList<UpsertOutcome>> written = m_store.upsertAll(records, QStringLiteral("sync"));
    if (!written) {
        finishProvider(index, written.error());
        return;
    }
    for (qsizetype i = 0; i < written->size(); ++i) {
        const UpsertOutcome &outcome = written->at(i);
        m_outcomes[index].inserted += outcome.inserted ? 1 : 0;
        // A record first seen in a listing has no earlier status to move from.
        const bool moved = outcome.statusChanged && !(fromListing && outcome.inserted);
        m_outcomes[index].changed += moved ? 1 : 0;
        if (moved && !outcome.inserted && TransactionStatuses::isFinal(records.at(i).status))
            m_outcomes[index].finished.append(records.at(i));
    }
}

void SyncRun::finishProvider(qsizetype index, std::optional<Error> error, const QString &cursor)
{
    SyncOutcome &outcome = m_outcomes[index];
    if (outcome.failed())
        return; // already reported
    outcome.error = std::move(error);
    (void)m_store.recordSyncFinished(outcome.provider, cursor, outcome.error ? outcome.error->message : QString());
    if (outcome.error)
        qCWarning(lcStore).noquote() << "sync of" << outcome.provider << "failed:" << outcome.error->logLine();
    else
        qCInfo(lcStore).noquote() << "sync of" << outcome.provider << "done:" << outcome.refreshed << "refreshed,"
                                  << outcome.listed << "listed," << outcome.inserted << "new," << outcome.changed
                                  << "changed";
    Q_EMIT providerFinished(outcome);
    if (--m_pending == 0)
        Q_EMIT finished();
}

} // namespace sarraf
