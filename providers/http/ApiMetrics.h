// The provider metrics file 000 asks every integration to expose ("Monitoring"), kept in one
// thread-safe registry that the UI and `sarrafctl providers list` read and that prints itself in
// the Prometheus text exposition format.
//
//   external_api_requests_total{service, endpoint, status}      counter, one per attempt sent;
//       status is the HTTP status ("200", "503") or, without an answer, "timeout" / "network"
//   external_api_request_duration_seconds{service, endpoint}    histogram of attempt durations
//   external_api_errors_total{service, endpoint, error_type}    counter, one per failed attempt
//       and per call refused unsent; error_type is the api.* code without "api." ("timeout",
//       "network", "auth", "rate-limited", "unavailable", "client", "bad-answer", "circuit-open")
//   circuit_breaker_state{service}                              gauge: 0 closed, 1 open, 2 half-open
//   rate_limit_exceeded_total{service}                          counter: requests that had to wait
//       for Sarraf's own limiter, plus 429 answers from the provider
#pragma once

#include <QList>
#include <QMap>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>
#include <tuple>

namespace sarraf {

class ApiMetrics final
{
    Q_DISABLE_COPY_MOVE(ApiMetrics)

public:
    ApiMetrics() = default;

    // Upper bounds in seconds; provider calls take from tens of milliseconds to the 30 s timeout.
    static const QList<double> &durationBuckets();

    void recordRequest(const QString &service, const QString &endpoint, const QString &status,
                       std::chrono::microseconds duration);
    void recordError(const QString &service, const QString &endpoint, const QString &errorType);
    void setCircuitState(const QString &service, int state);
    void recordRateLimitExceeded(const QString &service);

    // Single values for the UI and the tests; zero (or nullopt) for series never recorded.
    quint64 requests(const QString &service, const QString &endpoint, const QString &status) const;
    quint64 requests(const QString &service) const; // over every endpoint and status
    quint64 errors(const QString &service, const QString &endpoint, const QString &errorType) const;
    quint64 errors(const QString &service) const;
    quint64 durationCount(const QString &service, const QString &endpoint) const;
    double durationSumSeconds(const QString &service, const QString &endpoint) const;
    std::optional<int> circuitState(const QString &service) const;
    quint64 rateLimitExceeded(const QString &service) const;
    QStringList services() const;

    QString prometheusText() const;

private:
    using RequestKey = std::tuple<QString, QString, QString>; // service, endpoint, status
    using ErrorKey = std::tuple<QString, QString, QString>; // service, endpoint, error_type
    using EndpointKey = std::pair<QString, QString>; // service, endpoint

    struct Histogram
    {
        QList<quint64> buckets; // non-cumulative counts per bound of durationBuckets()
        quint64 count = 0;
        double sumSeconds = 0;
    };

    mutable QMutex m_mutex;
    QMap<RequestKey, quint64> m_requests;
    QMap<EndpointKey, Histogram> m_durations;
    QMap<ErrorKey, quint64> m_errors;
    QMap<QString, int> m_circuit;
    QMap<QString, quint64> m_rateLimited;
};

} // namespace sarraf
