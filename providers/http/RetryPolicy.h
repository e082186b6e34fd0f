// Decides whether a failed provider request is tried again and after how long: exponential
// backoff with full jitter, Retry-After honoured as a minimum, and only for idempotent requests.
#pragma once

#include "providers/http/ApiError.h"

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

namespace sarraf {

struct RetrySettings
{
    int maxAttempts = 3; // including the first
    std::chrono::milliseconds baseDelay {500};
    std::chrono::milliseconds maxDelay {8000};
    // A Retry-After longer than this is not waited for: the call fails and says when to try again.
    std::chrono::seconds retryAfterCap {60};
};

class RetryPolicy final
{
public:
    // Uniform in [0, 1); injectable so tests get exact delays.
    using RandomSource = std::function<double()>;

    struct Decision
    {
        enum class Action {
            Retry, // wait `delay`, then send again
            Fail, // report the attempt's error
            FailWaitTooLong // a Retry-After beyond the cap: report api.rate-limited with the wait
        };
        Action action = Action::Fail;
        std::chrono::milliseconds delay {0};
    };

    explicit RetryPolicy(RetrySettings settings = {}, RandomSource random = {});

    const RetrySettings &settings() const { return m_settings; }

    // attemptsMade counts the attempts already sent, the failed one included (so >= 1).
    // A request that is not idempotent is never retried: a money-moving request that timed out
    // may have been carried out, and only a person or a status check may decide to send it again.
    Decision decide(int attemptsMade, const QByteArray &method, bool idempotent, const ApiAttempt &attempt,
                    std::optional<std::chrono::milliseconds> retryAfter) const;

    // Failures worth another try: the provider was slow, unreachable or overloaded, not wrong.
    static bool isRetryable(const QByteArray &method, const ApiAttempt &attempt);

    // Full jitter: uniform(0, min(maxDelay, baseDelay * 2^retryIndex)); retryIndex 0 is the first retry.
    std::chrono::milliseconds backoff(int retryIndex) const;

    // Retry-After as delta-seconds or as an HTTP-date (IMF-fixdate, RFC 850 or asctime); a date in
    // the past gives 0. std::nullopt when absent or unreadable.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

private:
    RetrySettings m_settings;
    RandomSource m_random;
};

} // namespace sarraf
