#include "models/sync/ProviderHealth.h"

#include "models/table/DisplayText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sarraf {

ProviderHealthModel::ProviderHealthModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ProviderHealthModel::setHealth(const QList<ProviderHealth> &health)
{
    bool sameProviders = health.size() == m_rows.size();
    for (qsizetype i = 0; sameProviders && i < health.size(); ++i)
        sameProviders = health[i].provider == m_rows[i].provider;
    if (!sameProviders) {
        beginResetModel();
        m_rows = health;
        endResetModel();
        return;
    }
    m_rows = health;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

ProviderHealthModel::State ProviderHealthModel::stateOf(const ProviderHealth &h)
{
    if (!h.enabled)
        return State::Disabled;
    if (!h.setupProblem.isEmpty())
        return State::NotSetUp;
    if (h.circuit == u"open")
        return State::Paused;
    if (!h.lastStartedAt.isValid())
        return State::NotSyncedYet;
    if (!h.lastError.isEmpty())
        return State::Failing;
    return State::Working;
}

QString ProviderHealthModel::stateText(State state)
{
    switch (state) {
    case State::Disabled: return tr("Switched off");
    case State::NotSetUp: return tr("Not set up");
    case State::NotSyncedYet: return tr("Not synced yet");
    case State::Working: return tr("Working");
    case State::Failing: return tr("Failing");
    case State::Paused: return tr("Paused after errors");
    }
    return QString();
}

int ProviderHealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProviderHealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString rateText(const RateLimit &limit)
{
    if (limit.perSecond <= 0)
        return ProviderHealthModel::tr("No limit");
    const QLocale locale;
    // Whole requests per minute read better than fractions per second (100/min, not 1.67/s).
    const qint64 perMinute = qRound64(limit.perSecond * 60.0);
    //: %1 requests per minute, %2 requests that may leave at once.
    return ProviderHealthModel::tr("%1 a minute, %2 at once").arg(locale.toString(perMinute), locale.toString(limit.burst));
}

QString circuitText(const QString &circuit)
{
    if (circuit == u"closed")
        return ProviderHealthModel::tr("Closed");
    if (circuit == u"open")
        return ProviderHealthModel::tr("Open: paused");
    if (circuit == u"half-open")
        return ProviderHealthModel::tr("Half-open: testing");
    return ProviderHealthModel::tr("Not used yet");
}

} // namespace

QVariant ProviderHealthModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ProviderHealth &h = m_rows[index.row()];
    const State state = stateOf(h);
    switch (role) {
    case StateRole: return int(state);
    case ProviderRole: return h.provider;
    case ProblemRole:
        if (state == State::NotSetUp)
            return h.setupProblem;
        if (state == State::Failing || (state == State::Paused && !h.lastError.isEmpty()))
            return h.lastError;
        return QString();
    case Qt::TextAlignmentRole:
        if (index.column() >= RequestsColumn && index.column() <= RateLimitedColumn)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StateColumn)
            return data(index, ProblemRole);
        if (index.column() == CircuitColumn)
            return tr("Closed: requests go through. Open: requests are paused for a while because the provider "
                      "kept failing. Half-open: one request tests whether it works again.");
        if (index.column() == LastSuccessColumn && h.lastStartedAt.isValid())
            return tr("Last sync started %1").arg(display::dateTime(h.lastStartedAt.toLocalTime(), display::TimeDetail::Long));
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    const QLocale locale;
    switch (Column(index.column())) {
    case ProviderColumn: return display::providerName(h.provider);
    case StateColumn: return stateText(state);
    case LastSuccessColumn:
        return h.lastSuccessAt.isValid() ? display::dateTime(h.lastSuccessAt.toLocalTime()) : tr("Never");
    case RequestsColumn: return h.used ? locale.toString(h.requests) : QString();
    case ErrorsColumn: return h.used ? locale.toString(h.errors) : QString();
    case RateLimitedColumn: return h.used ? locale.toString(h.rateLimited) : QString();
    case CircuitColumn: return h.enabled ? circuitText(h.circuit) : QString();
    case RateColumn: return rateText(h.rateLimit);
    case ColumnCount: break;
    }
    return {};
}

QVariant ProviderHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ProviderColumn: return tr("Provider");
    case StateColumn: return tr("State");
    case LastSuccessColumn: return tr("Last good sync");
    case RequestsColumn: return tr("Requests");
    case ErrorsColumn: return tr("Errors");
    case RateLimitedColumn: return tr("Held by rate limit");
    case CircuitColumn: return tr("Circuit breaker");
    case RateColumn: return tr("Rate limit");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sarraf
