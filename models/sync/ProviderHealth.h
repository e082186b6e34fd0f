// The Providers page's table: per supported provider whether it is enabled and set up, how its
// last sync went (times and the error in words), and what its client did since Sarraf started:
// requests, errors, waits for the rate limit, the circuit breaker's state and the rate it is held
// to. The rows come from SyncScheduler::reportHealth(), read on the sync thread.
#pragma once

#include "providers/http/RateLimiter.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QMetaType>

namespace sarraf {

struct ProviderHealth
{
    QString provider;
    bool enabled = false;
    QString setupProblem;     // why it cannot be used (a missing secret); empty when it can
    QDateTime lastStartedAt;  // of its last sync
    QDateTime lastSuccessAt;
    QString lastError;        // of the last sync; empty when it went well
    bool used = false;        // whether its client exists: counters below are since then
    qint64 requests = 0;
    qint64 errors = 0;
    qint64 rateLimited = 0;   // requests that waited for or were refused by the rate limiter
    QString circuit;          // "closed", "open", "half-open"; empty before first use
    RateLimit rateLimit;      // what it is held to
};

class ProviderHealthModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ProviderColumn,
        StateColumn,
        LastSuccessColumn,
        RequestsColumn,
        ErrorsColumn,
        RateLimitedColumn,
        CircuitColumn,
        RateColumn,
        ColumnCount
    };
    enum class State { Disabled, NotSetUp, NotSyncedYet, Working, Failing, Paused };
    enum Role {
        StateRole = Qt::UserRole + 1, // int(State)
        ProviderRole,                 // the stable name
        ProblemRole                   // the sentence to show under the table: why it fails, or ""
    };

    explicit ProviderHealthModel(QObject *parent = nullptr);

    // Rows keep their place when the same providers come again, so the selection stays put.
    void setHealth(const QList<ProviderHealth> &health);
    const QList<ProviderHealth> &health() const { return m_rows; }
    static State stateOf(const ProviderHealth &health);
    static QString stateText(State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProviderHealth> m_rows;
};

} // namespace sarraf

Q_DECLARE_METATYPE(sarraf::ProviderHealth)
