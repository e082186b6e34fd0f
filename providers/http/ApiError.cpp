#include "providers/http/ApiError.h"

#include "models/domain/SecretRedactor.h"

#include <QMetaEnum>

#include <cmath>

namespace sarraf {
namespace {

int secondsRoundedUp(std::chrono::milliseconds duration)
{
    return int(std::max<qint64>(1, (duration.count() + 999) / 1000));
}

// Errors after which the request may or may not have reached the provider: for a request that
// changes something the sentence must say the outcome is unknown.
bool mayHaveArrived(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError: return false;
    default: return true;
    }
}

} // namespace

QString ApiError::code(Kind kind)
{
    return QStringLiteral("api.") + errorType(kind);
}

QString ApiError::errorType(Kind kind)
{
    switch (kind) {
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Auth: return QStringLiteral("auth");
    case Kind::RateLimited: return QStringLiteral("rate-limited");
    case Kind::Unavailable: return QStringLiteral("unavailable");
    case Kind::Client: return QStringLiteral("client");
    case Kind::BadAnswer: return QStringLiteral("bad-answer");
    case Kind::CircuitOpen: return QStringLiteral("circuit-open");
    }
    return QStringLiteral("unknown");
}

std::optional<ApiError::Kind> ApiError::kindOf(const Error &error)
{
    for (Kind kind : {Kind::Timeout, Kind::Network, Kind::Auth, Kind::RateLimited, Kind::Unavailable, Kind::Client,
                      Kind::BadAnswer, Kind::CircuitOpen}) {
        if (error.code == code(kind))
            return kind;
    }
    return std::nullopt;
}

std::optional<ApiError::Kind> ApiError::classify(const ApiAttempt &attempt)
{
    using E = QNetworkReply::NetworkError;
    const E error = attempt.networkError;
    if (attempt.timedOut || error == E::TimeoutError || error == E::ProxyTimeoutError
        || error == E::OperationCanceledError) // the runtime only cancels a reply when its time is up
        return Kind::Timeout;

    const int status = attempt.httpStatus;
    if (status != 0) {
        // The HTTP status is the provider's own word; Qt's enum only echoes it (a 429 arrives as
        // UnknownContentError, a 502 as UnknownServerError).
        if (status >= 200 && status < 300)
            return error == E::NoError ? std::nullopt : std::optional(Kind::Network); // body cut off
        if (status == 401 || status == 403)
            return Kind::Auth;
        if (status == 429)
            return Kind::RateLimited;
        if (status == 407)
            return Kind::Network; // a proxy on our side refused, not the provider
        if (status >= 500 && status < 600)
            return Kind::Unavailable;
        if (status >= 400 && status < 500)
            return Kind::Client;
        return Kind::BadAnswer; // 1xx, a 3xx redirect Sarraf does not follow, or nonsense
    }

    switch (error) {
    case E::NoError: return Kind::BadAnswer; // finished without any HTTP answer
    case E::ConnectionRefusedError:
    case E::RemoteHostClosedError:
    case E::HostNotFoundError:
    case E::SslHandshakeFailedError:
    case E::TemporaryNetworkFailureError:
    case E::NetworkSessionFailedError:
    case E::BackgroundRequestNotAllowedError:
    case E::UnknownNetworkError:
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyNotFoundError:
    case E::ProxyAuthenticationRequiredError:
    case E::UnknownProxyError:
    case E::ProtocolUnknownError: // a base URL with a scheme Qt cannot speak
        return Kind::Network;
    case E::TooManyRedirectsError:
    case E::InsecureRedirectError:
    case E::ProtocolInvalidOperationError:
    case E::ProtocolFailure: return Kind::BadAnswer;
    case E::ContentAccessDenied:
    case E::AuthenticationRequiredError: return Kind::Auth;
    case E::ContentReSendError: // the connection dropped and Qt would have had to send it again
        return Kind::Network;
    case E::ContentOperationNotPermittedError:
    case E::ContentNotFoundError:
    case E::ContentConflictError:
    case E::ContentGoneError:
    case E::UnknownContentError: return Kind::Client;
    case E::InternalServerError:
    case E::OperationNotImplementedError:
    case E::ServiceUnavailableError:
    case E::UnknownServerError: return Kind::Unavailable;
    case E::TimeoutError:
    case E::ProxyTimeoutError:
    case E::OperationCanceledError: return Kind::Timeout;
    }
    return Kind::Network; // an enum value newer than this code: the transport failed somehow
}

bool ApiError::isProviderUnwell(Kind kind)
{
    return kind == Kind::Timeout || kind == Kind::Network || kind == Kind::Unavailable || kind == Kind::RateLimited;
}

QString ApiError::networkErrorName(QNetworkReply::NetworkError error)
{
    const char *name = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error);
    return name ? QString::fromLatin1(name) : QString::number(int(error));
}

QString ApiError::bodyExcerpt(const QByteArray &body)
{
    // Redact the whole body first so a secret cut in half at the limit cannot slip through.
    const QByteArray redacted = SecretRedactor::instance().redact(body);
    QString text = QString::fromUtf8(redacted.left(BodyExcerptBytes));
    if (redacted.size() > BodyExcerptBytes)
        text += QStringLiteral("...");
    return text;
}

QString ApiError::detailFor(const ApiErrorContext &context, const ApiAttempt &attempt)
{
    QStringList parts;
    parts << QString::fromLatin1(context.method) + u' ' + context.host + context.endpoint;
    if (attempt.httpStatus != 0)
        parts << QStringLiteral("HTTP %1").arg(attempt.httpStatus);
    if (attempt.timedOut)
        parts << QStringLiteral("no answer within %1 ms").arg(context.timeout.count());
    if (attempt.networkError != QNetworkReply::NoError)
        parts << networkErrorName(attempt.networkError) + QStringLiteral(": ") + attempt.networkErrorString;
    if (!attempt.body.isEmpty())
        parts << QStringLiteral("body: ") + bodyExcerpt(attempt.body);
    return SecretRedactor::instance().redact(parts.join(QStringLiteral("; ")));
}

QString ApiError::waitSentence(std::chrono::seconds wait)
{
    if (wait.count() >= 120) {
        const int minutes = int((wait.count() + 59) / 60);
        return tr("%1 is receiving too many requests from Sarraf; try again in %n minute(s).", nullptr, minutes);
    }
    return tr("%1 is receiving too many requests from Sarraf; try again in %n second(s).", nullptr,
              int(std::max<qint64>(1, wait.count())));
}

Error ApiError::rateLimited(const ApiErrorContext &context, std::optional<std::chrono::seconds> retryAfter,
                            const QString &detail)
{
    const QString message = retryAfter
        ? waitSentence(*retryAfter).arg(context.displayName)
        : tr("%1 is receiving too many requests from Sarraf; try again in a minute.").arg(context.displayName);
    return makeError(code(Kind::RateLimited), message, detail);
}

Error ApiError::circuitOpen(const ApiErrorContext &context, std::chrono::milliseconds retryIn)
{
    return makeError(code(Kind::CircuitOpen),
                     tr("Sarraf paused requests to %1 because it failed several times in a row; nothing was "
                        "sent, try again in %n second(s).",
                        nullptr, secondsRoundedUp(retryIn))
                         .arg(context.displayName),
                     QString::fromLatin1(context.method) + u' ' + context.host + context.endpoint
                         + QStringLiteral("; circuit open, not sent"));
}

QString ApiError::badAnswerSentence(const ApiErrorContext &context)
{
    return context.idempotent
        ? tr("%1 sent an answer Sarraf cannot read; nothing was changed.").arg(context.displayName)
        : tr("%1 sent an answer Sarraf cannot read, so the result of the request is unknown; check it with %1 "
             "before trying again.")
              .arg(context.displayName);
}

Error ApiError::badAnswer(const ApiErrorContext &context, const QString &detail)
{
    return makeError(code(Kind::BadAnswer), badAnswerSentence(context),
                     SecretRedactor::instance().redact(QString::fromLatin1(context.method) + u' ' + context.host
                                                       + context.endpoint + QStringLiteral("; ") + detail));
}

Error ApiError::fromAttempt(const ApiErrorContext &context, const ApiAttempt &attempt,
                            std::optional<std::chrono::seconds> retryAfter)
{
    const Kind kind = classify(attempt).value_or(Kind::BadAnswer);
    const QString detail = detailFor(context, attempt);
    const QString &name = context.displayName;
    const int seconds = secondsRoundedUp(context.timeout);
    QString message;
    switch (kind) {
    case Kind::Timeout:
        message = context.idempotent
            ? tr("%1 did not answer within %n second(s); nothing was changed.", nullptr, seconds).arg(name)
            : tr("%1 did not answer within %n second(s), so it is unknown whether the request was carried out; "
                 "check it with %1 before trying again.",
                 nullptr, seconds)
                  .arg(name);
        break;
    case Kind::Network:
        if (attempt.networkError == QNetworkReply::SslHandshakeFailedError) {
            message = tr("The secure connection to %1 failed because its certificate was not accepted; nothing "
                         "was sent.")
                          .arg(name);
        } else if (!mayHaveArrived(attempt.networkError)) {
            message = tr("Sarraf could not connect to %1; nothing was sent. Check this computer's internet "
                         "connection and the provider's address in Settings.")
                          .arg(name);
        } else if (context.idempotent) {
            message = tr("The connection to %1 was lost before it answered; nothing was changed.").arg(name);
        } else {
            message = tr("The connection to %1 was lost before it answered, so it is unknown whether the request "
                         "was carried out; check it with %1 before trying again.")
                          .arg(name);
        }
        break;
    case Kind::Auth:
        message = tr("%1 refused the credentials Sarraf sent; check the keys saved for this provider.").arg(name);
        break;
    case Kind::RateLimited: return rateLimited(context, retryAfter, detail);
    case Kind::Unavailable:
        message = context.idempotent
            ? tr("%1 is having a problem on its side; nothing was changed, try again later.").arg(name)
            : tr("%1 reported a problem on its side, so it is not certain whether the request was carried out; "
                 "check it with %1 before trying again.")
                  .arg(name);
        break;
    case Kind::Client:
        message = attempt.httpStatus != 0
            ? tr("%1 refused the request as invalid (HTTP status %2).").arg(name).arg(attempt.httpStatus)
            : tr("%1 refused the request as invalid.").arg(name);
        break;
    case Kind::BadAnswer: message = badAnswerSentence(context); break;
    case Kind::CircuitOpen: return circuitOpen(context, {}); // never produced by an attempt
    }
    return makeError(code(kind), message, detail);
}

} // namespace sarraf
