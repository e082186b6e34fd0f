#include "providers/http/RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace sarraf {

RetryPolicy::RetryPolicy(RetrySettings settings, RandomSource random)
    : m_settings(settings),
      m_random(random ? std::move(random) : RandomSource([] { return QRandomGenerator::global()->generateDouble(); }))
{ }

bool RetryPolicy::isRetryable(const QByteArray &method, const ApiAttempt &attempt)
{
    const std::optional<ApiError::Kind> kind = ApiError::classify(attempt);
    if (!kind)
        return false;
    switch (*kind) {
    case ApiError::Kind::Timeout:
    case ApiError::Kind::RateLimited: return true;
    case ApiError::Kind::Network:
        // A certificate that was refused once is refused again.
        return attempt.networkError != QNetworkReply::SslHandshakeFailedError;
    case ApiError::Kind::Unavailable: {
        const int status = attempt.httpStatus;
        if (status == 502 || status == 503 || status == 504)
            return true;
        // A 500 on a reading POST usually means the request itself upsets the server.
        return status == 500 && method == "GET";
    }
    case ApiError::Kind::Auth:
    case ApiError::Kind::Client:
    case ApiError::Kind::BadAnswer:
    case ApiError::Kind::CircuitOpen: return false;
    }
    return false;
}

std::chrono::milliseconds RetryPolicy::backoff(int retryIndex) const
{
    using std::chrono::milliseconds;
    const qint64 base = std::max<qint64>(0, m_settings.baseDelay.count());
    const qint64 limit = std::max<qint64>(0, m_settings.maxDelay.count());
    // Shift with a bound so a large attempt number cannot overflow.
    const qint64 exponential = retryIndex >= 30 ? limit : std::min(limit, base << std::max(0, retryIndex));
    const double fraction = std::clamp(m_random(), 0.0, 1.0);
    return milliseconds(std::min<qint64>(exponential, qint64(fraction * double(exponential))));
}

RetryPolicy::Decision RetryPolicy::decide(int attemptsMade, const QByteArray &method, bool idempotent,
                                          const ApiAttempt &attempt,
                                          std::optional<std::chrono::milliseconds> retryAfter) const
{
    using Action = Decision::Action;
    if (!idempotent || !isRetryable(method, attempt))
        return {Action::Fail, {}};
    if (retryAfter && *retryAfter > m_settings.retryAfterCap)
        return {Action::FailWaitTooLong, *retryAfter};
    if (attemptsMade >= m_settings.maxAttempts)
        return {Action::Fail, {}};
    const std::chrono::milliseconds delay = backoff(attemptsMade - 1);
    return {Action::Retry, retryAfter ? std::max(delay, *retryAfter) : delay};
}

std::optional<std::chrono::milliseconds> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional(std::chrono::milliseconds(seconds * 1000)) : std::nullopt;

    // HTTP dates are always GMT and always in English (RFC 9110, 5.6.7).
    // The weekday is redundant and Qt refuses a date whose weekday disagrees (RFC 850's two-digit
    // years always do), so only the part after the comma is read.
    const QLocale c = QLocale::c();
    QDateTime at;
    const qsizetype comma = text.indexOf(u',');
    if (comma > 0) {
        const QString date = text.mid(comma + 1).trimmed();
        at = c.toDateTime(date, QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'")); // IMF-fixdate
        if (!at.isValid()) {
            at = c.toDateTime(date, QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'")); // RFC 850
            if (at.isValid() && at.date().year() < 1970)
                at = at.addYears(100);
        }
    }
    if (!at.isValid())
        at = QDateTime::fromString(text.simplified(), Qt::RFC2822Date); // asctime: "Sun Nov 6 08:49:37 1994"
    if (!at.isValid())
        return std::nullopt;
    at = QDateTime(at.date(), at.time(), Qt::UTC);
    return std::chrono::milliseconds(std::max<qint64>(0, nowUtc.msecsTo(at)));
}

} // namespace sarraf
