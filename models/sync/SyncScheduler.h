// Keeps the store up to date: syncs every enabled provider on an interval and on demand (F5),
// on a worker thread that owns its own database connection, provider runtime and network access,
// so the GUI thread only receives progress. Providers sync concurrently, each within its rate
// limit; one that fails does not stop the others and is reported in words.
#pragma once

#include "models/sync/ProviderHealth.h"
#include "providers/CreateRequest.h"
#include "providers/ProviderRuntime.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <chrono>

namespace sarraf {

class SyncWorker;

class SyncScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncScheduler)

public:
    // Where the providers' configurations come from.
    struct Source
    {
        // The profile's settings file and keychain entries: read again before every sync, so a
        // changed setting or secret takes effect without a restart.
        QString profile;
        QString settingsPath;
        // Or fixed configurations (the in-process sandbox), with the policy to use for them.
        QList<ProviderConfig> fixed;
        std::optional<RateLimit> rateLimit;
        // How many unfinished transactions a sync asks each provider about; SyncRun's default
        // otherwise (the least recently checked first).
        std::optional<int> refreshLimit;
    };

    SyncScheduler(QString databasePath, Source source, QObject *parent = nullptr);
    ~SyncScheduler() override;

    // Every interval a sync starts by itself; zero turns that off. Default: two minutes.
    void setInterval(std::chrono::seconds interval);
    void syncNow();
    // Tracks these ids of each provider (known from elsewhere, such as the sandbox's demo data) on
    // the worker thread, then syncs. Answers with tracked, then the sync's signals.
    void trackThenSync(const QHash<QString, QStringList> &ids);
    // Asks every enabled provider that can look ids up about this one and stores what they know.
    void lookUp(const QString &id);
    // Asks one provider about one of its transactions again ("Refresh now"); answers with refreshed.
    void refresh(const QString &provider, const QString &providerId);
    // Cancels a GREENGO order or Premium Exchanger bid (cancellableAtProvider()), once, never
    // retried, then refreshes it so the store shows what the provider now says; answers with
    // cancelled once that refresh is done (no refreshed signal for it).
    void cancel(const TrackedTransaction &record);
    // Creates an invoice, payment or order at its provider (CreateRules), once, never retried,
    // and stores what the provider answered; answers with created.
    void create(const sarraf::CreateRequest &request);
    // Reads every supported provider's health on the sync thread (settings, keychain, the last
    // sync's state and the clients' counters); answers with healthReported. Also sent after
    // every sync by itself.
    void reportHealth();
    bool isSyncing() const { return m_syncing; }

Q_SIGNALS:
    void syncStarted(const QStringList &providers);
    // One provider's result: ok, or the sentence that says why not.
    void providerSynced(const QString &provider, bool ok, const QString &message);
    void syncFinished(int failedProviders);
    void storeChanged(); // rows were written: the tables read again
    // Tracked transactions a sync moved into a final status, for desktop notifications.
    void transactionsFinished(const QList<sarraf::TrackedTransaction> &records);
    // found: "provider/kind" of each record stored ("gitmix/invoice"); failures: "provider: sentence"
    // for providers that could not answer (an id a provider does not know is not a failure).
    void lookedUp(const QString &id, const QStringList &found, const QStringList &failures);
    // failures: "provider: sentence" for providers that could not answer.
    void tracked(int stored, const QStringList &failures);
    // ok, or the sentence that says why not.
    void refreshed(const QString &provider, const QString &providerId, bool ok, const QString &message);
    void cancelled(const QString &provider, const QString &providerId, bool ok, const QString &message);
    // ok: created; record is what the provider answered, and message is empty once it is stored
    // (otherwise it says Sarraf could not save it). Not ok: message says why, and outcomeUnknown
    // that the provider may have created it all the same.
    void created(bool ok, const sarraf::TrackedTransaction &record, const QString &message, bool outcomeUnknown);
    void healthReported(const QList<sarraf::ProviderHealth> &health);

private:
    QThread m_thread;
    SyncWorker *m_worker = nullptr; // lives in m_thread
    bool m_syncing = false;
};

} // namespace sarraf
