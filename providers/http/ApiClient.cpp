#include "providers/http/ApiClient.h"

#include "models/domain/ExactJson.h"
#include "models/domain/SecretRedactor.h"
#include "providers/http/ApiMetrics.h"

#include <QDateTime>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace sarraf {
namespace {

// A request body that can be read only once. Qt 6.4 sends a request again by itself when the
// connection drops before the answer starts, POSTs included, and a payout must never leave twice
// without a person deciding so. Qt resends only after rewinding the body; this one refuses to
// rewind, so Qt reports ContentReSendError instead of sending it a second time.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray bytes, QObject *parent) : QIODevice(parent), m_bytes(std::move(bytes))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_at + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_at >= m_bytes.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_bytes.size() - m_at);
        std::copy_n(m_bytes.constData() + m_at, count, data);
        m_at += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_at = 0;
};

QByteArray findHeader(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void registerSecret(const QString &secret)
{
    SecretRedactor &redactor = SecretRedactor::instance();
    redactor.registerSecret(secret);
    // The same secret may reach a log or an error body percent-encoded (a form or a query).
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    if (encoded != secret)
        redactor.registerSecret(encoded);
}

// A status the adapter reads itself: only a 4xx that is not a rate limit.
bool isAccepted(const ApiRequest &request, int status)
{
    return status >= 400 && status < 500 && status != 429 && request.acceptedStatuses.contains(status);
}

} // namespace

ApiRequest ApiRequest::get(QString endpoint, QUrl url)
{
    ApiRequest request;
    request.method = "GET";
    request.endpoint = std::move(endpoint);
    request.url = std::move(url);
    request.idempotent = true;
    return request;
}

ApiRequest ApiRequest::post(QString endpoint, QUrl url, QByteArray body, QByteArray contentType, Effect effect)
{
    ApiRequest request;
    request.method = "POST";
    request.endpoint = std::move(endpoint);
    request.url = std::move(url);
    request.body = std::move(body);
    request.contentType = std::move(contentType);
    request.idempotent = effect == Effect::ReadOnly;
    return request;
}

ApiRequest ApiRequest::postJson(QString endpoint, QUrl url, const QJsonDocument &json, Effect effect)
{
    return post(std::move(endpoint), std::move(url), json.toJson(QJsonDocument::Compact), "application/json", effect);
}

ApiRequest ApiRequest::postForm(QString endpoint, QUrl url, const QUrlQuery &form, Effect effect)
{
    // Each name and value percent-encoded on its own: QUrlQuery leaves '+' (and '&' inside a
    // value decoded from text) as they are, and a server reads a bare '+' as a space, so a client
    // secret with a '+' in it would be refused.
    QByteArray body;
    for (const auto &[name, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return post(std::move(endpoint), std::move(url), body, "application/x-www-form-urlencoded", effect);
}

void ApiRequest::addHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
}

void ApiRequest::addSecretHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    secretHeaders.append(name);
}

QByteArray ApiRequest::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

QByteArray ApiResponse::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

ApiClient::ApiClient(QString name, QString displayName, ApiPolicy policy, QNetworkAccessManager *network,
                     ApiMetrics &metrics, QObject *parent)
    : QObject(parent),
      m_name(std::move(name)),
      m_displayName(std::move(displayName)),
      m_policy(std::move(policy)),
      m_network(network),
      m_metrics(metrics),
      m_logName("sarraf.providers." + m_name.toLatin1()),
      m_log(std::make_unique<QLoggingCategory>(m_logName.constData(), QtInfoMsg)),
      m_retry(m_policy.retry, m_policy.random),
      m_circuit(m_policy.circuit, m_policy.circuitClock),
      m_limiter(m_policy.rateLimit)
{
    Q_ASSERT(m_network);
    if (m_policy.userAgent.isEmpty())
        m_policy.userAgent = QByteArrayLiteral("Sarraf/" SARRAF_VERSION);
    m_clock.start();
    m_metrics.setCircuitState(m_name, int(m_circuit.state()));
    connect(&m_circuit, &CircuitBreaker::stateChanged, this, [this](CircuitBreaker::State state) {
        m_metrics.setCircuitState(m_name, int(state));
        if (state == CircuitBreaker::State::Open)
            qCWarning(*m_log) << "circuit opened after" << m_circuit.consecutiveFailures()
                              << "consecutive failures; requests are refused for"
                              << m_circuit.settings().cooldown.count() << "ms";
        else
            qCInfo(*m_log).noquote() << "circuit" << CircuitBreaker::stateName(state);
        Q_EMIT circuitStateChanged(state);
    });
}

ApiClient::~ApiClient()
{
    // Replies belong to the shared manager: stop them so nothing answers into a dead client.
    const QSet<QNetworkReply *> replies = std::exchange(m_inFlight, {});
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

std::chrono::milliseconds ApiClient::timeoutFor(const ApiRequest &request) const
{
    return request.timeout.value_or(m_policy.timeout);
}

ApiErrorContext ApiClient::errorContext(const ApiRequest &request) const
{
    ApiErrorContext context;
    context.displayName = m_displayName;
    context.method = request.method;
    context.endpoint = request.endpoint;
    context.host
        = request.url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    context.idempotent = request.idempotent;
    context.timeout = timeoutFor(request);
    return context;
}

void ApiClient::send(ApiRequest request, QObject *context, Done done)
{
    Q_ASSERT(context);
    for (const auto &[name, value] : std::as_const(request.headers)) {
        bool secret = false;
        for (const QByteArray &secretName : std::as_const(request.secretHeaders))
            secret = secret || secretName.compare(name, Qt::CaseInsensitive) == 0;
        if (!secret)
            continue;
        const QString text = QString::fromUtf8(value);
        registerSecret(text);
        // "Bearer <token>": the credential alone may show up elsewhere too.
        const qsizetype space = text.indexOf(u' ');
        if (space > 0)
            registerSecret(text.mid(space + 1).trimmed());
    }
    for (const QString &secret : std::as_const(request.secretValues))
        registerSecret(secret);

    auto call = std::make_shared<Call>();
    call->request = std::move(request);
    call->context = context ? context : this;
    call->done = std::move(done);
    startAttempt(call);
}

void ApiClient::startAttempt(const CallPtr &call)
{
    if (!call->context)
        return; // nobody is waiting for the answer any more; send nothing further
    if (m_circuit.wouldReject()) {
        rejectByCircuit(call);
        return;
    }
    const bool waited = m_limiter.acquire(call->context.data(), [this, call] { transmit(call); });
    if (waited) {
        m_metrics.recordRateLimitExceeded(m_name);
        qCDebug(*m_log).noquote() << call->request.method << call->request.endpoint << "waits for the rate limit;"
                                  << m_limiter.waiting() << "waiting";
    }
}

void ApiClient::rejectByCircuit(const CallPtr &call)
{
    if (call->lastError) {
        // A retry that the circuit stops: the failure that led here says more than "paused".
        finish(call, *call->lastError);
        return;
    }
    m_metrics.recordError(m_name, call->request.endpoint, ApiError::errorType(ApiError::Kind::CircuitOpen));
    qCInfo(*m_log).noquote() << call->request.method << call->request.endpoint << "not sent: circuit"
                             << CircuitBreaker::stateName(m_circuit.state());
    finish(call, ApiError::circuitOpen(errorContext(call->request), m_circuit.remainingCooldown()));
}

void ApiClient::transmit(const CallPtr &call)
{
    // Checked again now that the token arrived: the circuit may have opened while we waited, and
    // this is where a half-open circuit hands out its single trial.
    if (!m_circuit.allowRequest()) {
        rejectByCircuit(call);
        return;
    }
    const ApiRequest &request = call->request;
    ++call->attempts;
    call->timedOut = false;

    const auto timeout = timeoutFor(request);
    QNetworkRequest networkRequest(request.url);
    // Qt's transfer timeout runs on a coarse timer that may fire up to 5% early; the precise
    // deadline below owns the timeout, and this one (a little later) only backs it up.
    networkRequest.setTransferTimeout(int(timeout.count() + timeout.count() / 10 + 50));
    // Never follow a redirect to another host with our credentials in the headers.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, m_policy.userAgent);
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);

    QNetworkReply *reply = nullptr;
    if (request.idempotent) {
        // Qt may send these again by itself after a dropped connection, which is harmless here.
        reply = request.method == "GET" && request.body.isEmpty()
            ? m_network->get(networkRequest)
            : m_network->sendCustomRequest(networkRequest, request.method, request.body);
    } else {
        // Unbuffered and not rewindable: see OneShotBody.
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        auto *body = new OneShotBody(request.body, nullptr);
        reply = m_network->sendCustomRequest(networkRequest, request.method, body);
        body->setParent(reply);
    }
    m_inFlight.insert(reply);

    const qint64 startedNs = m_clock.nsecsElapsed();
    // setTransferTimeout only notices silence; this deadline also ends an answer that trickles.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    deadline->setTimerType(Qt::PreciseTimer);
    connect(deadline, &QTimer::timeout, reply, [call, reply] {
        call->timedOut = true;
        reply->abort();
    });
    deadline->start(timeout);
    connect(reply, &QNetworkReply::finished, this,
            [this, call, reply, startedNs] { onFinished(call, reply, startedNs); });
}

void ApiClient::onFinished(const CallPtr &call, QNetworkReply *reply, qint64 startedNs)
{
    m_inFlight.remove(reply);
    reply->deleteLater();
    const ApiRequest &request = call->request;
    const auto duration = std::chrono::nanoseconds(m_clock.nsecsElapsed() - startedNs);
    const qint64 ms = std::chrono::duration_cast<std::chrono::milliseconds>(duration).count();

    ApiAttempt attempt;
    attempt.networkError = reply->error();
    attempt.networkErrorString = reply->errorString();
    attempt.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    attempt.timedOut = call->timedOut;
    attempt.body = reply->readAll();

    const std::optional<ApiError::Kind> kind = ApiError::classify(attempt);
    const bool accepted = kind && isAccepted(request, attempt.httpStatus);
    const QString statusLabel = attempt.httpStatus != 0 && !attempt.timedOut ? QString::number(attempt.httpStatus)
                                                                             : ApiError::errorType(*kind);
    m_metrics.recordRequest(m_name, request.endpoint, statusLabel,
                            std::chrono::duration_cast<std::chrono::microseconds>(duration));
    if (kind && !accepted)
        m_metrics.recordError(m_name, request.endpoint, ApiError::errorType(*kind));
    if (attempt.httpStatus == 429)
        m_metrics.recordRateLimitExceeded(m_name);
    if (kind && ApiError::isProviderUnwell(*kind))
        m_circuit.recordFailure();
    else
        m_circuit.recordSuccess();

    if (!kind || accepted) {
        qCDebug(*m_log).nospace().noquote() << request.method << ' ' << request.endpoint << " attempt "
                                            << call->attempts << ": " << attempt.httpStatus << " in " << ms << " ms";
        ApiResponse response;
        response.httpStatus = attempt.httpStatus;
        response.headers = reply->rawHeaderPairs();
        response.body = std::move(attempt.body);
        response.attempts = call->attempts;
        finish(call, std::move(response));
        return;
    }

    const std::optional<std::chrono::milliseconds> retryAfter
        = RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    const std::optional<std::chrono::seconds> retryAfterSeconds
        = retryAfter ? std::optional(std::chrono::ceil<std::chrono::seconds>(*retryAfter)) : std::nullopt;
    const ApiErrorContext context = errorContext(request);
    const RetryPolicy::Decision decision
        = m_retry.decide(call->attempts, request.method, request.idempotent, attempt, retryAfter);

    // Method, endpoint, outcome and timing only: never a body, a URL or a header value.
    auto logLine = [&](const QString &outcome) {
        qCInfo(*m_log).nospace().noquote()
            << request.method << ' ' << request.endpoint << " attempt " << call->attempts
            << " failed: " << ApiError::code(*kind) << " (HTTP " << attempt.httpStatus << ", "
            << ApiError::networkErrorName(attempt.networkError) << ") in " << ms << " ms; " << outcome;
    };

    switch (decision.action) {
    case RetryPolicy::Decision::Action::Retry:
        logLine(QStringLiteral("retrying in %1 ms").arg(decision.delay.count()));
        call->lastError = ApiError::fromAttempt(context, attempt, retryAfterSeconds);
        // Precise: a Retry-After is a minimum, and a coarse timer may fire early.
        QTimer::singleShot(decision.delay, Qt::PreciseTimer, this, [this, call] { startAttempt(call); });
        return;
    case RetryPolicy::Decision::Action::FailWaitTooLong:
        logLine(QStringLiteral("Retry-After is beyond the cap, not waiting"));
        finish(call, ApiError::rateLimited(context, retryAfterSeconds, ApiError::fromAttempt(context, attempt).detail));
        return;
    case RetryPolicy::Decision::Action::Fail:
        logLine(request.idempotent ? QStringLiteral("giving up")
                                   : QStringLiteral("not retried: the request is not idempotent"));
        finish(call, ApiError::fromAttempt(context, attempt, retryAfterSeconds));
        return;
    }
}

void ApiClient::finish(const CallPtr &call, Result<ApiResponse> result)
{
    QObject *context = call->context.data();
    if (!context)
        return;
    // Always queued: the caller never sees its callback run inside send(), and a callback that
    // deletes this client cannot pull the ground from under the code that called finish().
    QMetaObject::invokeMethod(
        context, [done = std::move(call->done), result = std::move(result)] { done(result); }, Qt::QueuedConnection);
}

void ApiClient::sendJson(ApiRequest request, QObject *context, JsonDone done)
{
    if (request.header("Accept").isEmpty())
        request.addHeader("Accept", "application/json");
    ApiRequest copy = request;
    send(std::move(request), context,
         [guard = QPointer<ApiClient>(this), copy = std::move(copy),
          done = std::move(done)](Result<ApiResponse> result) {
             if (!guard)
                 return; // as documented: no answer from a client that is gone
             if (!result) {
                 done(result.error());
                 return;
             }
             done(guard->readJson(copy, std::move(result).value()));
         });
}

Result<ApiJsonResponse> ApiClient::readJson(const ApiRequest &request, ApiResponse response)
{
    Result<QJsonDocument> json = exactjson::parse(response.body);
    if (!json) {
        return badAnswer(request,
                         QStringLiteral("HTTP %1; %2; body: %3")
                             .arg(response.httpStatus)
                             .arg(json.error().logLine(), ApiError::bodyExcerpt(response.body)));
    }
    return ApiJsonResponse {std::move(response), std::move(json).value()};
}

Error ApiClient::badAnswer(const ApiRequest &request, const QString &detail)
{
    m_metrics.recordError(m_name, request.endpoint, ApiError::errorType(ApiError::Kind::BadAnswer));
    qCInfo(*m_log).nospace().noquote() << request.method << ' ' << request.endpoint
                                       << " answer not usable: " << ApiError::code(ApiError::Kind::BadAnswer);
    return ApiError::badAnswer(errorContext(request), detail);
}

Error ApiClient::errorFor(const ApiRequest &request, const ApiResponse &response)
{
    ApiAttempt attempt;
    attempt.httpStatus = response.httpStatus;
    attempt.body = response.body;
    const ApiError::Kind kind = ApiError::classify(attempt).value_or(ApiError::Kind::BadAnswer);
    m_metrics.recordError(m_name, request.endpoint, ApiError::errorType(kind));
    return ApiError::fromAttempt(errorContext(request), attempt);
}

} // namespace sarraf
