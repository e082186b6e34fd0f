#include "providers/http/OAuthClientCredentials.h"

#include "models/domain/ExactJson.h"
#include "models/domain/SecretRedactor.h"
#include "providers/http/ApiMetrics.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

namespace sarraf {

OAuthClientCredentials::OAuthClientCredentials(ApiClient &client, OAuthSettings settings, QObject *parent)
    : QObject(parent), m_client(&client), m_settings(std::move(settings))
{
    if (!m_settings.clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_settings.clock = [timer] { return timer->elapsed(); };
    }
    SecretRedactor::instance().registerSecret(m_settings.clientSecret);
}

bool OAuthClientCredentials::hasValidToken() const
{
    return !m_token.isEmpty() && now() < m_validUntil;
}

void OAuthClientCredentials::token(QObject *context, TokenDone done)
{
    if (hasValidToken()) {
        QMetaObject::invokeMethod(
            context, [done = std::move(done), token = m_token] { done(token); }, Qt::QueuedConnection);
        return;
    }
    m_waiters.append({QPointer<QObject>(context), std::move(done)});
    if (!m_fetching)
        fetch();
}

void OAuthClientCredentials::invalidate(const QString &rejectedToken)
{
    if (!m_token.isEmpty() && rejectedToken == m_token) {
        m_token.clear();
        m_validUntil = 0;
    }
}

void OAuthClientCredentials::fetch()
{
    if (!m_client) {
        settle(makeError(QStringLiteral("api.network"), tr("The connection for this provider was closed.")));
        return;
    }
    m_fetching = true;
    ++m_fetches;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), m_settings.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_settings.clientSecret);
    if (!m_settings.scope.isEmpty())
        form.addQueryItem(QStringLiteral("scope"), m_settings.scope);
    // Asking for a token again creates nothing anyone cares about: safe to retry.
    ApiRequest request
        = ApiRequest::postForm(m_settings.endpoint, m_settings.tokenUrl, form, ApiRequest::Effect::ReadOnly);
    request.secretValues << m_settings.clientId << m_settings.clientSecret; // both are keychain fields
    // RFC 6749 answers a refused client with 400 invalid_client (or 401): read both ourselves.
    request.acceptedStatuses = {400, 401};
    request.addHeader("Accept", "application/json");
    const qint64 requestedAt = now();
    qCDebug(m_client->logCategory()) << "fetching an access token";
    m_client->send(request, this, [this, request, requestedAt](Result<ApiResponse> result) {
        settle(result ? readToken(request, *result, requestedAt) : Result<QString>(result.error()));
    });
}

Result<QString> OAuthClientCredentials::readToken(const ApiRequest &request, const ApiResponse &response,
                                                  qint64 requestedAt)
{
    if (!m_client)
        return makeError(QStringLiteral("api.network"), tr("The connection for this provider was closed."));
    ApiClient &client = *m_client;
    if (response.httpStatus == 400 || response.httpStatus == 401) {
        // The error object is optional here: a proxy in front of the provider may answer in HTML.
        const Result<QJsonDocument> body = exactjson::parse(response.body);
        const QString error = body ? body->object().value(QStringLiteral("error")).toString() : QString();
        const QString detail = QStringLiteral("POST %1; HTTP %2; error: %3")
                                   .arg(request.endpoint)
                                   .arg(response.httpStatus)
                                   .arg(error.isEmpty() ? QStringLiteral("(none)") : error);
        if (response.httpStatus == 401 || error == u"invalid_client" || error == u"unauthorized_client") {
            client.metrics().recordError(client.name(), request.endpoint, ApiError::errorType(ApiError::Kind::Auth));
            return makeError(ApiError::code(ApiError::Kind::Auth),
                             tr("%1 refused Sarraf's client id or client secret; check the ones saved for this "
                                "provider.")
                                 .arg(client.displayName()),
                             detail);
        }
        return client.errorFor(request, response);
    }

    Result<ApiJsonResponse> answer = client.readJson(request, response);
    if (!answer)
        return answer.error();
    const QJsonObject object = answer->json.object();

    const QString token = object.value(QStringLiteral("access_token")).toString();
    const QString type = object.value(QStringLiteral("token_type")).toString();
    if (token.isEmpty() || (!type.isEmpty() && type.compare(u"bearer", Qt::CaseInsensitive) != 0))
        return client.badAnswer(request, QStringLiteral("no bearer access_token in the token answer"));
    SecretRedactor::instance().registerSecret(token);

    // Without expires_in the lifetime is unknown: assume a short one rather than a long one.
    qint64 lifetime = 300;
    if (object.contains(QStringLiteral("expires_in"))) {
        const Result<qint64> seconds = exactjson::integerFromJson(object.value(QStringLiteral("expires_in")));
        if (!seconds || *seconds <= 0)
            return client.badAnswer(request, QStringLiteral("expires_in is not a positive whole number"));
        lifetime = *seconds;
    }
    const qint64 margin = std::min<qint64>(m_settings.refreshMargin.count(), lifetime / 2);
    // Counted from when we asked, not when the answer came: the provider's clock started earlier.
    m_validUntil = requestedAt + (lifetime - margin) * 1000;
    m_token = token;
    qCInfo(client.logCategory()) << "access token received, valid for" << lifetime << "s";
    return token;
}

void OAuthClientCredentials::settle(Result<QString> result)
{
    m_fetching = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (!waiter.context)
            continue;
        QMetaObject::invokeMethod(
            waiter.context.data(), [done = waiter.done, result] { done(result); }, Qt::QueuedConnection);
    }
}

void OAuthClientCredentials::send(ApiRequest request, QObject *context, ApiClient::Done done)
{
    sendAuthorized(std::move(request), context, std::move(done), false);
}

void OAuthClientCredentials::sendAuthorized(ApiRequest request, QObject *context, ApiClient::Done done, bool refreshed)
{
    QPointer<OAuthClientCredentials> guard(this);
    token(context, [guard, request, context, done = std::move(done), refreshed](Result<QString> token) mutable {
        if (!token) {
            done(token.error());
            return;
        }
        if (!guard || !guard->m_client)
            return;
        ApiRequest authorized = request;
        authorized.headers.removeIf([](const QPair<QByteArray, QByteArray> &header) {
            return header.first.compare("Authorization", Qt::CaseInsensitive) == 0;
        });
        authorized.addSecretHeader("Authorization", "Bearer " + token->toUtf8());
        const bool callerReads401 = request.acceptedStatuses.contains(401);
        if (!callerReads401)
            authorized.acceptedStatuses.append(401);
        guard->m_client->send(authorized, context,
                              [guard, request = std::move(request), authorized, context, done = std::move(done),
                               refreshed, rejected = *token, callerReads401](Result<ApiResponse> result) mutable {
                                  if (!result || result->httpStatus != 401 || callerReads401) {
                                      done(std::move(result));
                                      return;
                                  }
                                  if (!guard || !guard->m_client)
                                      return;
                                  if (refreshed) {
                                      // The provider refused a brand-new token too: the credentials are wrong, and
                                      // asking again would only loop.
                                      done(guard->m_client->errorFor(authorized, *result));
                                      return;
                                  }
                                  qCInfo(guard->m_client->logCategory()).noquote()
                                      << request.method << request.endpoint
                                      << "answered 401; fetching a new access token once";
                                  guard->invalidate(rejected);
                                  guard->sendAuthorized(std::move(request), context, std::move(done), true);
                              });
    });
}

void OAuthClientCredentials::sendJson(ApiRequest request, QObject *context, ApiClient::JsonDone done)
{
    if (request.header("Accept").isEmpty())
        request.addHeader("Accept", "application/json");
    const ApiRequest copy = request;
    QPointer<ApiClient> client = m_client;
    send(std::move(request), context, [client, copy, done = std::move(done)](Result<ApiResponse> result) {
        if (!result) {
            done(result.error());
            return;
        }
        if (client)
            done(client->readJson(copy, std::move(result).value()));
    });
}

} // namespace sarraf
