#include "models/sync/SyncScheduler.h"

#include "models/domain/LogCategories.h"
#include "models/store/Database.h"
#include "models/store/TransactionStore.h"
#include "models/sync/SyncRun.h"
#include "models/table/DisplayText.h"
#include "providers/ProviderCatalog.h"
#include "providers/ProviderSettings.h"

#include <QJsonObject>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace sarraf {

// Everything that touches the database and the network, in the scheduler's thread.
class SyncWorker final : public QObject
{
    Q_OBJECT
public:
    SyncWorker(QString databasePath, SyncScheduler::Source source)
        : m_databasePath(std::move(databasePath)), m_source(std::move(source))
    {
    }

    void setInterval(std::chrono::seconds interval)
    {
        ensureTimer();
        if (interval.count() > 0)
            m_timer->start(std::chrono::duration_cast<std::chrono::milliseconds>(interval));
        else
            m_timer->stop();
    }

    void requestSync()
    {
        if (m_running) {
            m_again = true; // one more right after, with what changed meanwhile
            return;
        }
        m_running = true;
        if (!openStore())
            return;
        ++m_active;
        withConfigs([this](const QStringList &names, const QList<Result<ProviderConfig>> &configs) { run(names, configs); });
    }

    // Asks every enabled provider about one id at once and stores what any of them knows.
    void lookUp(const QString &id)
    {
        if (!m_store && !openStore()) {
            Q_EMIT lookedUp(id, {}, {});
            return;
        }
        ++m_active;
        withConfigs([this, id](const QStringList &names, const QList<Result<ProviderConfig>> &configs) {
            auto pending = std::make_shared<int>(0);
            auto found = std::make_shared<QStringList>();   // "provider/kind"
            auto failures = std::make_shared<QStringList>(); // "Provider: sentence" for providers that failed
            QList<ProviderConnector *> connectors;
            for (qsizetype i = 0; i < configs.size(); ++i) {
                Result<ProviderConnector *> connector = configs[i] ? connectorFor(*configs[i])
                                                                   : Result<ProviderConnector *>(configs[i].error());
                if (connector)
                    connectors.append(*connector);
                else
                    failures->append(names.value(i) + u": "_s + connector.error().message);
            }
            *pending = int(connectors.size());
            if (connectors.isEmpty()) {
                --m_active;
                return Q_EMIT lookedUp(id, {}, *failures);
            }
            for (ProviderConnector *connector : connectors) {
                const QString provider = connector->provider();
                trackTransactions(*m_store, *connector, {id}, this,
                                  [this, id, provider, pending, found, failures](Result<TrackOutcome> outcome) {
                                      if (!outcome)
                                          failures->append(provider + u": "_s + outcome.error().message);
                                      else
                                          for (const TrackedTransaction &record : outcome->records)
                                              found->append(provider + u'/' + transactionKindKey(record.kind));
                                      if (--*pending == 0) {
                                          --m_active;
                                          Q_EMIT lookedUp(id, *found, *failures);
                                      }
                                  });
            }
        });
    }

    // Tracks known ids per provider (the sandbox's demo data), then syncs, so listings come in too.
    void trackThenSync(const QHash<QString, QStringList> &ids)
    {
        if (!m_store && !openStore())
            return;
        ++m_active;
        withConfigs([this, ids](const QStringList &, const QList<Result<ProviderConfig>> &configs) {
            auto pending = std::make_shared<int>(1); // released after the loop, so an empty set finishes too
            auto stored = std::make_shared<int>(0);
            auto failures = std::make_shared<QStringList>();
            const auto finishOne = [this, pending, stored, failures] {
                if (--*pending > 0)
                    return;
                --m_active;
                Q_EMIT tracked(*stored, *failures);
                requestSync();
            };
            for (const Result<ProviderConfig> &config : configs) {
                if (!config || ids.value(config->provider).isEmpty())
                    continue;
                Result<ProviderConnector *> connector = connectorFor(*config);
                if (!connector) {
                    failures->append(config->provider + u": "_s + connector.error().message);
                    continue;
                }
                ++*pending;
                const QString provider = config->provider;
                trackTransactions(*m_store, **connector, ids.value(provider), this,
                                  [provider, stored, failures, finishOne](Result<TrackOutcome> outcome) {
                                      if (outcome)
                                          *stored += int(outcome->records.size());
                                      else
                                          failures->append(provider + u": "_s + outcome.error().message);
                                      finishOne();
                                  });
            }
            finishOne();
        });
    }

    // One provider, one id: "Refresh now" in the details pane.
    void refresh(const QString &provider, const QString &providerId)
    {
        refreshThen(provider, providerId, [this, provider, providerId](bool ok, const QString &message) {
            Q_EMIT refreshed(provider, providerId, ok, message);
        });
    }

    // Sent once; whatever the answer, the transaction is refreshed afterwards, so a cancel whose
    // outcome is unknown (a dropped connection) shows what the provider really did. One answer,
    // cancelled, comes after that refresh and carries the cancel's own outcome.
    void cancel(const TrackedTransaction &record)
    {
        ++m_active; // before connectorFor(), so a changed setting cannot rebuild a client in use
        withConnector(record.provider, [this, record](Result<ProviderConnector *> connector) {
            if (!connector) {
                --m_active;
                return Q_EMIT cancelled(record.provider, record.providerId, false, connector.error().message);
            }
            (*connector)->cancel(record, this, [this, record](Outcome outcome) {
                refreshThen(record.provider, record.providerId, [this, record, outcome](bool, const QString &) {
                    --m_active;
                    Q_EMIT storeMayHaveChanged();
                    Q_EMIT cancelled(record.provider, record.providerId, bool(outcome),
                                     outcome ? QString() : outcome.error().message);
                });
            });
        });
    }

    void create(const CreateRequest &request)
    {
        ++m_active;
        withConnector(request.provider, [this, request](Result<ProviderConnector *> connector) {
            if (!connector) {
                --m_active;
                return Q_EMIT created(false, TrackedTransaction{}, connector.error().message, false);
            }
            (*connector)->create(request, this, [this, request](Result<TrackedTransaction> answer) {
                --m_active;
                if (!answer) {
                    const bool unknown = createOutcomeUnknown(answer.error());
                    QString message = answer.error().message;
                    if (unknown)
                        message = SyncScheduler::tr("%1 did not answer clearly, so it may have created it all the "
                                                    "same. Look it up before creating it again. (%2)")
                                      .arg(display::providerName(request.provider), message);
                    return Q_EMIT created(false, TrackedTransaction{}, message, unknown);
                }
                Result<UpsertOutcome> stored = m_store->upsert(*answer, u"create"_s);
                Q_EMIT storeMayHaveChanged();
                // Created all the same: ok, so nothing offers to send it again; the message says
                // it is not in the local database.
                if (!stored)
                    return Q_EMIT created(true, *answer,
                                          SyncScheduler::tr("%1 created %2, but Sarraf could not save it: %3")
                                              .arg(display::providerName(request.provider), answer->providerId,
                                                   stored.error().message),
                                          false);
                Q_EMIT created(true, *answer, QString(), false);
            });
        });
    }

    void reportHealth()
    {
        if (!m_store && !openStore())
            return;
        ++m_active;
        // Every supported provider, enabled or not; the configurations of the enabled ones say
        // whether they are set up.
        withConfigs([this](const QStringList &names, const QList<Result<ProviderConfig>> &configs) {
            --m_active;
            const QJsonObject services = m_runtime.metricsSnapshot().value(u"services"_s).toObject();
            QList<ProviderHealth> health;
            for (const QString &provider : ProviderRuntime::supportedProviders()) {
                ProviderHealth h;
                h.provider = provider;
                const qsizetype index = names.indexOf(provider);
                h.enabled = index >= 0;
                if (h.enabled && !configs[index])
                    h.setupProblem = configs[index].error().message;
                if (const Result<SyncState> state = m_store->syncState(provider)) {
                    h.lastStartedAt = state->lastStartedAt;
                    h.lastSuccessAt = state->lastSuccessAt;
                    h.lastError = state->lastError;
                }
                if (services.contains(provider)) {
                    const QJsonObject counters = services.value(provider).toObject();
                    h.used = true;
                    h.requests = counters.value(u"requests"_s).toInteger();
                    h.errors = counters.value(u"errors"_s).toInteger();
                    h.rateLimited = counters.value(u"rate_limit_exceeded"_s).toInteger();
                    h.circuit = counters.value(u"circuit_state"_s).toString();
                }
                h.rateLimit = ProviderRuntime::policyFor(provider).rateLimit;
                if (m_source.rateLimit)
                    h.rateLimit = *m_source.rateLimit;
                health.append(h);
            }
            Q_EMIT healthReported(health);
        });
    }

Q_SIGNALS:
    void healthReported(const QList<sarraf::ProviderHealth> &health);
    void created(bool ok, const sarraf::TrackedTransaction &record, const QString &message, bool outcomeUnknown);
    void storeMayHaveChanged();
    void refreshed(const QString &provider, const QString &providerId, bool ok, const QString &message);
    void cancelled(const QString &provider, const QString &providerId, bool ok, const QString &message);
    void tracked(int stored, const QStringList &failures);
    void lookedUp(const QString &id, const QStringList &found, const QStringList &failures);
    void started(const QStringList &providers);
    void providerSynced(const QString &provider, bool ok, const QString &message);
    void finished(int failedProviders, bool wrote);
    void transactionsFinished(const QList<sarraf::TrackedTransaction> &records);

private:
    using ConfigsReady = std::function<void(const QStringList &, const QList<Result<ProviderConfig>> &)>;
    // The fixed configurations, or the profile's enabled providers read from settings and keychain.
    void withConfigs(ConfigsReady ready)
    {
        if (!m_source.fixed.isEmpty()) {
            QList<Result<ProviderConfig>> configs;
            QStringList names;
            for (const ProviderConfig &config : std::as_const(m_source.fixed)) {
                configs.append(config);
                names.append(config.provider);
            }
            return ready(names, configs);
        }
        QStringList enabled;
        const ProviderSettings settings(m_source.settingsPath);
        for (const QString &name : ProviderRuntime::supportedProviders()) {
            if (settings.isEnabled(name))
                enabled.append(name);
        }
        ProviderRuntime::loadConfigs(m_source.profile, settings, enabled, this,
                                     [enabled, ready = std::move(ready)](QList<Result<ProviderConfig>> configs) {
                                         ready(enabled, configs);
                                     });
    }

    // Looks one id up again and stores the answer; done(ok, why not).
    void refreshThen(const QString &provider, const QString &providerId, std::function<void(bool, const QString &)> done)
    {
        ++m_active;
        withConnector(provider, [this, provider, providerId, done](Result<ProviderConnector *> connector) {
            if (!connector) {
                --m_active;
                return done(false, connector.error().message);
            }
            trackTransactions(*m_store, **connector, {providerId}, this,
                              [this, done](Result<TrackOutcome> outcome) {
                                  --m_active;
                                  if (!outcome)
                                      return done(false, outcome.error().message);
                                  if (!outcome->idErrors.isEmpty())
                                      return done(false, outcome->idErrors.constFirst().error.message);
                                  done(true, QString());
                              });
        });
    }

    // The connector of one enabled provider, or why there is none.
    void withConnector(const QString &provider, std::function<void(Result<ProviderConnector *>)> ready)
    {
        if (!m_store && !openStore())
            return ready(makeError(u"sync.store"_s, SyncScheduler::tr("The local database cannot be opened.")));
        withConfigs([this, provider, ready = std::move(ready)](const QStringList &names,
                                                                const QList<Result<ProviderConfig>> &configs) {
            const qsizetype index = names.indexOf(provider);
            if (index < 0)
                return ready(makeError(u"sync.provider-disabled"_s,
                                       SyncScheduler::tr("%1 is not enabled in this profile.")
                                           .arg(display::providerName(provider))));
            if (!configs[index])
                return ready(configs[index].error());
            ready(connectorFor(*configs[index]));
        });
    }

    void ensureTimer()
    {
        if (!m_timer) {
            m_timer = new QTimer(this);
            connect(m_timer, &QTimer::timeout, this, &SyncWorker::requestSync);
        }
    }

    bool openStore()
    {
        if (m_store)
            return true;
        Result<std::unique_ptr<Database>> opened = Database::openSqlite(m_databasePath);
        if (!opened) {
            m_running = false;
            Q_EMIT started({});
            Q_EMIT providerSynced(QString(), false, opened.error().message);
            Q_EMIT finished(1, false);
            return false;
        }
        m_database = std::move(opened).value();
        m_store = std::make_unique<TransactionStore>(*m_database);
        return true;
    }

    // Rebuilds a provider's client only when its configuration changed, so its circuit breaker
    // and rate limiter carry over from one sync to the next.
    Result<ProviderConnector *> connectorFor(const ProviderConfig &config)
    {
        const ProviderConfig &known = m_configured[config.provider];
        ProviderConnector *existing = m_runtime.connector(config.provider);
        if (existing && known.baseUrl == config.baseUrl && known.settings == config.settings
            && known.secrets == config.secrets)
            return existing;
        // Rebuilding destroys the client, and with it the answers another sync or lookup still
        // waits for: a changed setting waits until this is the only one running.
        if (existing && m_active > 1)
            return existing;
        ApiPolicy policy = ProviderRuntime::policyFor(config.provider);
        if (m_source.rateLimit)
            policy.rateLimit = *m_source.rateLimit;
        Result<ProviderConnector *> built = m_runtime.configure(config, policy);
        if (built)
            m_configured[config.provider] = config;
        return built;
    }

    // names[i] is the provider configs[i] is for, whether or not it could be read.
    void run(const QStringList &providers, const QList<Result<ProviderConfig>> &configs)
    {
        QList<ProviderConnector *> connectors;
        QList<std::pair<QString, QString>> unusable; // provider, why
        for (qsizetype i = 0; i < configs.size(); ++i) {
            const Result<ProviderConfig> &config = configs[i];
            Result<ProviderConnector *> connector = config ? connectorFor(*config)
                                                           : Result<ProviderConnector *>(config.error());
            if (connector)
                connectors.append(*connector);
            else
                unusable.append({providers.value(i), connector.error().message});
        }
        // Every provider is named as started, so the ones that cannot even start are reported too.
        Q_EMIT started(providers);
        const int failed = int(unusable.size());
        for (const auto &[provider, why] : std::as_const(unusable)) {
            // Shown as the provider's health, like any failed sync.
            (void)m_store->recordSyncStarted(provider);
            (void)m_store->recordSyncFinished(provider, QString(), why);
            Q_EMIT providerSynced(provider, false, why);
        }
        auto *sync = new SyncRun(*m_store, connectors, this);
        if (m_source.refreshLimit)
            sync->setRefreshLimit(*m_source.refreshLimit);
        connect(sync, &SyncRun::providerFinished, this, [this](const SyncOutcome &outcome) {
            Q_EMIT providerSynced(outcome.provider, !outcome.failed(),
                                  outcome.failed() ? outcome.error->message : QString());
        });
        connect(sync, &SyncRun::finished, this, [this, sync, failed] {
            int failures = failed;
            bool wrote = false;
            QList<TrackedTransaction> finishedRecords;
            for (const SyncOutcome &outcome : sync->outcomes()) {
                failures += outcome.failed() ? 1 : 0;
                wrote = wrote || outcome.inserted > 0 || outcome.refreshed > 0 || outcome.listed > 0;
                finishedRecords.append(outcome.finished);
            }
            if (!finishedRecords.isEmpty())
                Q_EMIT transactionsFinished(finishedRecords);
            sync->deleteLater();
            m_running = false;
            --m_active;
            Q_EMIT finished(failures, wrote);
            reportHealth();
            if (m_again) {
                m_again = false;
                requestSync();
            }
        });
        sync->start();
    }

    QString m_databasePath;
    SyncScheduler::Source m_source;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TransactionStore> m_store;
    ProviderRuntime m_runtime{this};
    QHash<QString, ProviderConfig> m_configured;
    QTimer *m_timer = nullptr;
    bool m_running = false;
    bool m_again = false;
    int m_active = 0; // syncs and lookups in flight
};

SyncScheduler::SyncScheduler(QString databasePath, Source source, QObject *parent) : QObject(parent)
{
    m_worker = new SyncWorker(std::move(databasePath), std::move(source));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::started, this, [this](const QStringList &providers) {
        m_syncing = true;
        Q_EMIT syncStarted(providers);
    });
    connect(m_worker, &SyncWorker::providerSynced, this, &SyncScheduler::providerSynced);
    connect(m_worker, &SyncWorker::tracked, this, [this](int stored, const QStringList &failures) {
        if (stored > 0)
            Q_EMIT storeChanged();
        Q_EMIT tracked(stored, failures);
    });
    connect(m_worker, &SyncWorker::lookedUp, this,
            [this](const QString &id, const QStringList &found, const QStringList &failures) {
                if (!found.isEmpty())
                    Q_EMIT storeChanged();
                Q_EMIT lookedUp(id, found, failures);
            });
    connect(m_worker, &SyncWorker::finished, this, [this](int failed, bool wrote) {
        m_syncing = false;
        if (wrote)
            Q_EMIT storeChanged();
        Q_EMIT syncFinished(failed);
    });
    connect(m_worker, &SyncWorker::refreshed, this,
            [this](const QString &provider, const QString &id, bool ok, const QString &message) {
                if (ok)
                    Q_EMIT storeChanged();
                Q_EMIT refreshed(provider, id, ok, message);
            });
    connect(m_worker, &SyncWorker::storeMayHaveChanged, this, &SyncScheduler::storeChanged);
    connect(m_worker, &SyncWorker::cancelled, this, &SyncScheduler::cancelled);
    connect(m_worker, &SyncWorker::created, this, &SyncScheduler::created);
    connect(m_worker, &SyncWorker::healthReported, this, &SyncScheduler::healthReported);
    connect(m_worker, &SyncWorker::transactionsFinished, this, &SyncScheduler::transactionsFinished);
    m_thread.setObjectName(u"sync"_s);
    m_thread.start();
    setInterval(std::chrono::minutes(2));
}

SyncScheduler::~SyncScheduler()
{
    m_thread.quit();
    m_thread.wait();
}

void SyncScheduler::setInterval(std::chrono::seconds interval)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, interval] { worker->setInterval(interval); });
}

void SyncScheduler::lookUp(const QString &id)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id = id.trimmed()] { worker->lookUp(id); });
}

void SyncScheduler::refresh(const QString &provider, const QString &providerId)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, provider, id = providerId.trimmed()] {
        worker->refresh(provider, id);
    });
}

void SyncScheduler::cancel(const TrackedTransaction &record)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, record] { worker->cancel(record); });
}

void SyncScheduler::create(const CreateRequest &request)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request] { worker->create(request); });
}

void SyncScheduler::reportHealth()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->reportHealth(); });
}

void SyncScheduler::trackThenSync(const QHash<QString, QStringList> &ids)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ids] { worker->trackThenSync(ids); });
}

void SyncScheduler::syncNow()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->requestSync(); });
}

} // namespace sarraf

#include "SyncScheduler.moc"
