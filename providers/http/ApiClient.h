// The one HTTP runtime every provider adapter talks through: per-request timeout, retry with
// backoff for idempotent requests only, a circuit breaker, a rate limiter, metrics, logging
// without secrets, and failures classified into api.* errors that read well to support staff.
#pragma once

#include "models/domain/Result.h"
#include "providers/http/ApiError.h"
#include "providers/http/CircuitBreaker.h"
#include "providers/http/RateLimiter.h"
#include "providers/http/RetryPolicy.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace sarraf {

class ApiMetrics;

// How a provider is talked to; set from its document (limits) and its settings (timeout).
struct ApiPolicy
{
    std::chrono::milliseconds timeout {30000}; // per attempt, unless the request says otherwise
    RetrySettings retry;
    CircuitSettings circuit;
    RateLimit rateLimit; // no limit unless set
    QByteArray userAgent; // empty: "Sarraf/<version>"

    // For tests: the circuit's clock (ms) and the backoff's random source; empty means real ones.
    CircuitBreaker::Clock circuitClock;
    RetryPolicy::RandomSource random;
};

struct ApiRequest
{
    // Whether sending the request twice could do something twice. Adapters say it explicitly.
    enum class Effect {
        ReadOnly, // GET, and POSTs that only read (status checks, calculators, listings): retried
        Changes // creates, cancels or moves money: never retried automatically
    };

    QByteArray method = "GET";
    QString endpoint; // the metric and log label: the documented path with placeholders, "/invoices/{txid}"
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType;
    bool idempotent = false;
    std::optional<std::chrono::milliseconds> timeout;

    QList<QByteArray> secretHeaders; // names of headers in `headers` whose values are credentials
    QStringList secretValues; // other credentials the URL or the body carries
    // Non-2xx statuses (4xx other than 429 only) whose body the adapter reads itself, such as a
    // documented error object: they arrive as a successful ApiResponse and are never retried.
    QList<int> acceptedStatuses;

    static ApiRequest get(QString endpoint, QUrl url);
    static ApiRequest post(QString endpoint, QUrl url, QByteArray body, QByteArray contentType, Effect effect);
    static ApiRequest postJson(QString endpoint, QUrl url, const QJsonDocument &json, Effect effect);
    static ApiRequest postForm(QString endpoint, QUrl url, const QUrlQuery &form, Effect effect);

    void addHeader(const QByteArray &name, const QByteArray &value);
    // Adds the header and marks its value (and the credential after "Bearer "/"Basic ") as a secret.
    void addSecretHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
};

struct ApiResponse
{
    int httpStatus = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int attempts = 0;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
};

struct ApiJsonResponse
{
    ApiResponse response;
    QJsonDocument json; // read with exactjson::parse: every number is a string of its exact digits
};

class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    using Done = std::function<void(Result<ApiResponse>)>;
    using JsonDone = std::function<void(Result<ApiJsonResponse>)>;

    // name: the provider's stable name, the metrics' service label and the log category
    // "sarraf.providers.<name>". network and metrics are shared and must outlive the client.
    ApiClient(QString name, QString displayName, ApiPolicy policy, QNetworkAccessManager *network, ApiMetrics &metrics,
              QObject *parent = nullptr);
    ~ApiClient() override;

    const QString &name() const { return m_name; }
    const QString &displayName() const { return m_displayName; }
    const ApiPolicy &policy() const { return m_policy; }
    CircuitBreaker::State circuitState() const { return m_circuit.state(); }
    const CircuitBreaker &circuit() const { return m_circuit; }
    const RateLimiter &rateLimiter() const { return m_limiter; }
    ApiMetrics &metrics() const { return m_metrics; }
    const QLoggingCategory &logCategory() const { return *m_log; }

    // Returns at once. `done` runs exactly once, later, in `context`'s thread, unless `context`
    // (or this client) is destroyed first. 2xx (and acceptedStatuses) succeed; anything else is
    // the classified api.* error, retried first when the request is idempotent and the failure
    // is worth another try.
    void send(ApiRequest request, QObject *context, Done done);
    // As send(), and reads the body with exactjson::parse; an unreadable body is api.bad-answer.
    void sendJson(ApiRequest request, QObject *context, JsonDone done);

    // For adapters that find a well-formed answer they cannot use (a field missing, a status they
    // do not know is not this case): the api.bad-answer error, counted in the metrics.
    Error badAnswer(const ApiRequest &request, const QString &detail);
    // The error the runtime would have given for this answer, counted in the metrics: for an
    // accepted status whose body turned out not to be the documented error object.
    Error errorFor(const ApiRequest &request, const ApiResponse &response);
    // Reads a successful answer with exactjson::parse; an unreadable body is api.bad-answer.
    Result<ApiJsonResponse> readJson(const ApiRequest &request, ApiResponse response);
    // What the error sentences need to know about a request to this provider.
    ApiErrorContext errorContext(const ApiRequest &request) const;

Q_SIGNALS:
    void circuitStateChanged(sarraf::CircuitBreaker::State state);

private:
    struct Call
    {
        ApiRequest request;
        QPointer<QObject> context;
        Done done;
        int attempts = 0;
        bool timedOut = false; // the current attempt hit its deadline
        std::optional<Error> lastError;
    };
    using CallPtr = std::shared_ptr<Call>;

    void startAttempt(const CallPtr &call);
    void transmit(const CallPtr &call);
    void onFinished(const CallPtr &call, QNetworkReply *reply, qint64 startedNs);
    void rejectByCircuit(const CallPtr &call);
    void finish(const CallPtr &call, Result<ApiResponse> result);
    std::chrono::milliseconds timeoutFor(const ApiRequest &request) const;

    QString m_name;
    QString m_displayName;
    ApiPolicy m_policy;
    QNetworkAccessManager *m_network;
    ApiMetrics &m_metrics;
    QByteArray m_logName; // QLoggingCategory keeps the pointer, not a copy
    std::unique_ptr<QLoggingCategory> m_log;
    RetryPolicy m_retry;
    CircuitBreaker m_circuit;
    RateLimiter m_limiter;
    QElapsedTimer m_clock;
    QSet<QNetworkReply *> m_inFlight;
};

} // namespace sarraf
