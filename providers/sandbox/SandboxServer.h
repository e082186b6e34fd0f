// The local provider simulator on loopback: `sarraf --sandbox`, `sarrafctl sandbox` and the
// contract tests talk to it instead of real providers. Each provider's simulator registers its
// routes under /<provider>/...; faults (429 with Retry-After, 5xx, slow answers, dropped
// connections, malformed JSON) can be injected to prove the HTTP runtime's policies, and every
// request received is kept in a journal so tests can prove what was (not) sent.
#pragma once

#include "models/domain/Result.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMutex>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace sarraf {

struct SandboxRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QStringList captures; // the route pattern's capture groups

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
};

struct SandboxReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static SandboxReply json(const QJsonValue &value, int status = 200);
    static SandboxReply text(const QByteArray &body, int status = 200);
};

using SandboxHandler = std::function<SandboxReply(const SandboxRequest &)>;

struct SandboxFault
{
    // AnswerLost: the provider carries the request out, then the connection drops before its answer.
    enum class Kind { TooManyRequests, ServerError, Slow, DropConnection, MalformedJson, AnswerLost };
    Kind kind = Kind::ServerError;
    QString pathPrefix;         // applies to paths starting with this; empty: every path
    int times = 1;              // how many matching requests it hits; -1: all of them
    int retryAfterSeconds = 1;  // TooManyRequests: the Retry-After header
    int status = 503;           // ServerError
    int delayMilliseconds = 0;  // Slow: the normal answer, this much later
};

struct SandboxJournalEntry
{
    QByteArray method;
    QString path;
    QByteArray body;
    QDateTime receivedAt;
};

class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1; port 0 picks a free one. Returns the port.
    Result<quint16> listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    // The base-url a provider's settings take in the sandbox profile: baseUrl()/<provider>.
    QUrl baseUrlFor(const QString &provider) const;

    // pattern: a regular expression matched against the whole path, e.g. "/gitmix/invoices/(\\d+)".
    void addRoute(const QByteArray &method, const QString &pattern, SandboxHandler handler);
    void addSimulatedProvider(const QString &name);
    QStringList simulatedProviders() const { return m_simulated; }

    void injectFault(const SandboxFault &fault);
    void clearFaults();

    QList<SandboxJournalEntry> journal() const;
    int requestCount(const QByteArray &method, const QString &pathPrefix) const;
    void clearJournal();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        SandboxHandler handler;
    };

    SandboxReply route(SandboxRequest &request) const;
    std::optional<SandboxFault> takeFault(const QString &path);
    void respond(const QHttpServerRequest &request, QTcpSocket *socket, const SandboxReply &reply, int delayMs);

    QList<Route> m_routes;
    QStringList m_simulated;
    quint16 m_port = 0;
    mutable QMutex m_mutex; // faults and journal are read and changed by tests on other threads
    QList<SandboxFault> m_faults;
    QList<SandboxJournalEntry> m_journal;
};

} // namespace sarraf
