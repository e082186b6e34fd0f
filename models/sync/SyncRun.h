// One sync of several providers: for each, refresh the transactions that are not final and list
// what is new since the stored cursor, writing each answer in one database transaction. The
// providers run concurrently; one that fails does not stop the others.
#pragma once

#include "models/domain/Result.h"
#include "providers/ProviderConnector.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace sarraf {

class TransactionStore;

struct IdError
{
    QString id;
    Error error;
};

struct SyncOutcome
{
    QString provider;
    int refreshed = 0;  // ids the provider answered for
    int listed = 0;     // records its listing returned
    int inserted = 0;   // new to Sarraf
    int changed = 0;    // status moved
    QList<IdError> idErrors;   // ids that could not be looked up, with the reason
    std::optional<Error> error; // the provider itself failed
    // Tracked transactions this sync moved into a final status (completed, failed, cancelled,
    // expired): what the desktop notifications announce.
    QList<TrackedTransaction> finished;

    bool failed() const { return error.has_value(); }
};

// What looking ids up by hand (`sarrafctl track`, "Look up by id") did.
struct TrackOutcome
{
    QList<TrackedTransaction> records; // as stored, in the order asked
    QList<IdError> idErrors;
    int inserted = 0;
    int changed = 0;
};

// Looks the ids up with the provider and stores every answer (source "lookup") in one database
// transaction. The outer error means the provider (or the store) failed; nothing was stored then.
void trackTransactions(TransactionStore &store, ProviderConnector &connector, const QStringList &ids,
                       QObject *context, std::function<void(Result<TrackOutcome>)> done);

class SyncRun final : public QObject
{
    Q_OBJECT
public:
    // The store and the connectors must outlive the run.
    SyncRun(TransactionStore &store, QList<ProviderConnector *> connectors, QObject *parent = nullptr);

    // How many unfinished transactions one sync refreshes per provider at most.
    void setRefreshLimit(int limit) { m_refreshLimit = limit; }
    void start();
    bool isFinished() const { return m_pending == 0 && m_started; }
    const QList<SyncOutcome> &outcomes() const { return m_outcomes; }

Q_SIGNALS:
    void providerFinished(const sarraf::SyncOutcome &outcome);
    void finished();

private:
    void refresh(qsizetype index);
    void list(qsizetype index);
    void store(qsizetype index, const QList<TrackedTransaction> &records, bool fromListing);
    void finishProvider(qsizetype index, std::optional<Error> error, const QString &cursor = {});

    TransactionStore &m_store;
    QList<QPointer<ProviderConnector>> m_connectors;
    QList<SyncOutcome> m_outcomes;
    QList<QString> m_cursors;
    int m_refreshLimit = 500;
    qsizetype m_pending = 0;
    bool m_started = false;
};

} // namespace sarraf
