#include "providers/http/ApiMetrics.h"

#include <QSet>

namespace sarraf {
namespace {

// Label values escaped as the text format requires: backslash, double quote and line feed.
QString escapeLabel(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'"', QStringLiteral("\\\""));
    escaped.replace(u'\n', QStringLiteral("\\n"));
    return escaped;
}

QString labels(std::initializer_list<std::pair<const char *, QString>> pairs)
{
    QStringList parts;
    for (const auto &[name, value] : pairs)
        parts << QString::fromLatin1(name) + QStringLiteral("=\"") + escapeLabel(value) + u'"';
    return u'{' + parts.join(u',') + u'}';
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

void header(QString &out, const char *name, const char *type, const char *help)
{
    out += QStringLiteral("# HELP ") + QLatin1String(name) + u' ' + QLatin1String(help) + u'\n';
    out += QStringLiteral("# TYPE ") + QLatin1String(name) + u' ' + QLatin1String(type) + u'\n';
}

} // namespace

const QList<double> &ApiMetrics::durationBuckets()
{
    static const QList<double> buckets {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};
    return buckets;
}

void ApiMetrics::recordRequest(const QString &service, const QString &endpoint, const QString &status,
                               std::chrono::microseconds duration)
{
    const double seconds = double(duration.count()) / 1e6;
    QMutexLocker lock(&m_mutex);
    ++m_requests[{service, endpoint, status}];
    Histogram &histogram = m_durations[{service, endpoint}];
    const QList<double> &bounds = durationBuckets();
    if (histogram.buckets.isEmpty())
        histogram.buckets.fill(0, bounds.size());
    for (qsizetype i = 0; i < bounds.size(); ++i) {
        if (seconds <= bounds[i]) {
            ++histogram.buckets[i];
            break;
        }
    }
    ++histogram.count;
    histogram.sumSeconds += seconds;
}

void ApiMetrics::recordError(const QString &service, const QString &endpoint, const QString &errorType)
{
    QMutexLocker lock(&m_mutex);
    ++m_errors[{service, endpoint, errorType}];
}

void ApiMetrics::setCircuitState(const QString &service, int state)
{
    QMutexLocker lock(&m_mutex);
    m_circuit[service] = state;
}

void ApiMetrics::recordRateLimitExceeded(const QString &service)
{
    QMutexLocker lock(&m_mutex);
    ++m_rateLimited[service];
}

quint64 ApiMetrics::requests(const QString &service, const QString &endpoint, const QString &status) const
{
    QMutexLocker lock(&m_mutex);
    return m_requests.value({service, endpoint, status});
}

quint64 ApiMetrics::requests(const QString &service) const
{
    QMutexLocker lock(&m_mutex);
    quint64 total = 0;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        total += std::get<0>(it.key()) == service ? it.value() : 0;
    return total;
}

quint64 ApiMetrics::errors(const QString &service, const QString &endpoint, const QString &errorType) const
{
    QMutexLocker lock(&m_mutex);
    return m_errors.value({service, endpoint, errorType});
}

quint64 ApiMetrics::errors(const QString &service) const
{
    QMutexLocker lock(&m_mutex);
    quint64 total = 0;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        total += std::get<0>(it.key()) == service ? it.value() : 0;
    return total;
}

quint64 ApiMetrics::durationCount(const QString &service, const QString &endpoint) const
{
    QMutexLocker lock(&m_mutex);
    return m_durations.value({service, endpoint}).count;
}

double ApiMetrics::durationSumSeconds(const QString &service, const QString &endpoint) const
{
    QMutexLocker lock(&m_mutex);
    return m_durations.value({service, endpoint}).sumSeconds;
}

std::optional<int> ApiMetrics::circuitState(const QString &service) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_circuit.constFind(service);
    return it == m_circuit.cend() ? std::nullopt : std::optional(it.value());
}

quint64 ApiMetrics::rateLimitExceeded(const QString &service) const
{
    QMutexLocker lock(&m_mutex);
    return m_rateLimited.value(service);
}

QStringList ApiMetrics::services() const
{
    QMutexLocker lock(&m_mutex);
    QSet<QString> names;
    for (const RequestKey &key : m_requests.keys())
        names.insert(std::get<0>(key));
    for (const ErrorKey &key : m_errors.keys())
        names.insert(std::get<0>(key));
    for (const QString &name : m_circuit.keys())
        names.insert(name);
    for (const QString &name : m_rateLimited.keys())
        names.insert(name);
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    return sorted;
}

QString ApiMetrics::prometheusText() const
{
    QMutexLocker lock(&m_mutex);
    QString out;

    header(out, "external_api_requests_total", "counter", "Requests sent to a provider, by answer status.");
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        const auto &[service, endpoint, status] = it.key();
        out += QStringLiteral("external_api_requests_total")
            + labels({{"service", service}, {"endpoint", endpoint}, {"status", status}}) + u' '
            + QString::number(it.value()) + u'\n';
    }

    header(out, "external_api_request_duration_seconds", "histogram", "Time from sending a request to its answer.");
    const QList<double> &bounds = durationBuckets();
    for (auto it = m_durations.cbegin(); it != m_durations.cend(); ++it) {
        const auto &[service, endpoint] = it.key();
        const Histogram &histogram = it.value();
        quint64 cumulative = 0;
        for (qsizetype i = 0; i < bounds.size(); ++i) {
            cumulative += histogram.buckets.value(i);
            out += QStringLiteral("external_api_request_duration_seconds_bucket")
                + labels({{"service", service}, {"endpoint", endpoint}, {"le", number(bounds[i])}}) + u' '
                + QString::number(cumulative) + u'\n';
        }
        out += QStringLiteral("external_api_request_duration_seconds_bucket")
            + labels({{"service", service}, {"endpoint", endpoint}, {"le", QStringLiteral("+Inf")}}) + u' '
            + QString::number(histogram.count) + u'\n';
        out += QStringLiteral("external_api_request_duration_seconds_sum")
            + labels({{"service", service}, {"endpoint", endpoint}}) + u' ' + number(histogram.sumSeconds) + u'\n';
        out += QStringLiteral("external_api_request_duration_seconds_count")
            + labels({{"service", service}, {"endpoint", endpoint}}) + u' ' + QString::number(histogram.count) + u'\n';
    }

    header(out, "external_api_errors_total", "counter", "Failed requests to a provider, by kind of failure.");
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const auto &[service, endpoint, errorType] = it.key();
        out += QStringLiteral("external_api_errors_total")
            + labels({{"service", service}, {"endpoint", endpoint}, {"error_type", errorType}}) + u' '
            + QString::number(it.value()) + u'\n';
    }

    header(out, "circuit_breaker_state", "gauge", "Circuit breaker per provider: 0 closed, 1 open, 2 half-open.");
    for (auto it = m_circuit.cbegin(); it != m_circuit.cend(); ++it)
        out += QStringLiteral("circuit_breaker_state") + labels({{"service", it.key()}}) + u' '
            + QString::number(it.value()) + u'\n';

    header(out, "rate_limit_exceeded_total", "counter",
           "Requests held back by Sarraf's rate limiter or refused by the provider with 429.");
    for (auto it = m_rateLimited.cbegin(); it != m_rateLimited.cend(); ++it)
        out += QStringLiteral("rate_limit_exceeded_total") + labels({{"service", it.key()}}) + u' '
            + QString::number(it.value()) + u'\n';
    return out;
}

} // namespace sarraf
