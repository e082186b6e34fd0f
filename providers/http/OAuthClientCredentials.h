// Supplies OAuth2 client-credentials access tokens for one provider (Cryptofuse's POST /o/token/):
// fetched once for any number of concurrent callers, cached until shortly before they expire,
// refreshed once when the provider answers 401, and never logged.
#pragma once

#include "models/domain/Result.h"
#include "providers/http/ApiClient.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

namespace sarraf {

struct OAuthSettings
{
    QUrl tokenUrl; // base-url + "/o/token/"
    QString endpoint = QStringLiteral("/o/token/"); // metrics and log label
    QString clientId;
    QString clientSecret;
    QString scope; // "read write" for Cryptofuse; empty: not sent
    // A token is replaced this long before it expires (at most half its lifetime), so a request
    // never leaves with a token that dies on the way.
    std::chrono::seconds refreshMargin {60};
    // Milliseconds on a monotonic clock; tests inject one to reach expiry without waiting.
    std::function<qint64()> clock;
};

class OAuthClientCredentials final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthClientCredentials)

public:
    using TokenDone = std::function<void(Result<QString>)>;

    // client must outlive this object; its policy (timeout, circuit, rate limit) applies to the
    // token request too.
    OAuthClientCredentials(ApiClient &client, OAuthSettings settings, QObject *parent = nullptr);

    // A valid access token: the cached one, or one fetched now. Concurrent callers share a single
    // fetch. `done` runs later in `context`'s thread unless `context` is destroyed first.
    // Errors: those of ApiClient, and api.auth when the provider refuses the client id or secret.
    void token(QObject *context, TokenDone done);
    // Forget `rejectedToken` after the provider refused it, so the next token() fetches a new one.
    // A token that was already replaced (another request refreshed first) is left alone.
    void invalidate(const QString &rejectedToken);
    bool hasValidToken() const;
    int fetchCount() const { return m_fetches; } // token requests sent so far

    // ApiClient::send with "Authorization: Bearer <token>". A 401 is answered by fetching a new
    // token and sending once more (a 401 means the provider did not act on the request, so this
    // is safe even for a request that changes something); a second 401 is api.auth.
    void send(ApiRequest request, QObject *context, ApiClient::Done done);
    void sendJson(ApiRequest request, QObject *context, ApiClient::JsonDone done);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        TokenDone done;
    };

    void fetch();
    void settle(Result<QString> result);
    void sendAuthorized(ApiRequest request, QObject *context, ApiClient::Done done, bool refreshed);
    Result<QString> readToken(const ApiRequest &request, const ApiResponse &response, qint64 requestedAt);
    qint64 now() const { return m_settings.clock(); }

    QPointer<ApiClient> m_client;
    OAuthSettings m_settings;
    QString m_token;
    qint64 m_validUntil = 0;
    bool m_fetching = false;
    int m_fetches = 0;
    QList<Waiter> m_waiters;
};

} // namespace sarraf
