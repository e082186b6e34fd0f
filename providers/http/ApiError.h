// Turns every way a provider request can fail into a sarraf::Error with a stable api.* code, one
// translated sentence naming the provider, and technical detail for the log.
#pragma once

#include "models/domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

#include <chrono>
#include <optional>

namespace sarraf {

// What the sentences and the detail need to know about the request that failed.
struct ApiErrorContext
{
    QString displayName; // "GREENGO": a proper name, shown as it is
    QByteArray method; // "GET"
    QString endpoint; // metric label, "/invoices/{txid}"
    QString host; // "api.greengo.example"; never the query, which may carry keys
    bool idempotent = false;
    std::chrono::milliseconds timeout {30000};
};

// One finished attempt as the network layer saw it.
struct ApiAttempt
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    int httpStatus = 0; // 0: no HTTP answer arrived
    bool timedOut = false; // our own deadline (or Qt's transfer timeout) ended it
    QByteArray body;
};

class ApiError final
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind { Timeout, Network, Auth, RateLimited, Unavailable, Client, BadAnswer, CircuitOpen };

    // "api.timeout", ...; stable: adapters, the store and tests compare them.
    static QString code(Kind kind);
    // The metric's error_type label: the code without "api." ("timeout", "rate-limited", ...).
    static QString errorType(Kind kind);
    static std::optional<Kind> kindOf(const Error &error);

    // std::nullopt when the attempt succeeded (an HTTP 2xx).
    static std::optional<Kind> classify(const ApiAttempt &attempt);
    // Only failures that say the provider is unwell move the circuit breaker.
    static bool isProviderUnwell(Kind kind);

    // The error for a failed attempt. retryAfter: what a 429 asked us to wait, for the sentence.
    static Error fromAttempt(const ApiErrorContext &context, const ApiAttempt &attempt,
                             std::optional<std::chrono::seconds> retryAfter = std::nullopt);
    // A 429 whose Retry-After is longer than we are willing to wait.
    static Error rateLimited(const ApiErrorContext &context, std::optional<std::chrono::seconds> retryAfter,
                             const QString &detail);
    static Error circuitOpen(const ApiErrorContext &context, std::chrono::milliseconds retryIn);
    // A 2xx answer whose body is not what the adapter expects; detail says why (never the secret).
    static Error badAnswer(const ApiErrorContext &context, const QString &detail);

    // The enum name ("ConnectionRefusedError") for the log.
    static QString networkErrorName(QNetworkReply::NetworkError error);
    // At most this many bytes of an answer's body go into detail, redacted.
    static constexpr qsizetype BodyExcerptBytes = 500;
    static QString bodyExcerpt(const QByteArray &body);

private:
    static QString detailFor(const ApiErrorContext &context, const ApiAttempt &attempt);
    static QString waitSentence(std::chrono::seconds wait);
    static QString badAnswerSentence(const ApiErrorContext &context);
};

} // namespace sarraf
