#include "providers/sandbox/SandboxServer.h"

#include "models/domain/LogCategories.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace sarraf {
namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: break;
    }
    return "UNKNOWN";
}

SandboxReply errorReply(int status, const QString &message)
{
    return SandboxReply::json(QJsonObject{{QStringLiteral("error"), message}}, status);
}

} // namespace

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SandboxReply SandboxReply::json(const QJsonValue &value, int status)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply SandboxReply::text(const QByteArray &body, int status)
{
    SandboxReply reply;
    reply.status = status;
    reply.contentType = "text/plain; charset=utf-8";
    reply.body = body;
    return reply;
}

SandboxServer::SandboxServer(QObject *parent) : QAbstractHttpServer(parent)
{
    addRoute("GET", QStringLiteral("/health"), [this](const SandboxRequest &) {
        return SandboxReply::json(QJsonObject{{QStringLiteral("sandbox"), true},
                                              {QStringLiteral("providers"), QJsonArray::fromStringList(m_simulated)}});
    });
    // Echoes what it received: the runtime's tests use it to see exactly what a client sent.
    addRoute("GET", QStringLiteral("/_sandbox/echo(/.*)?"), [](const SandboxRequest &request) {
        return SandboxReply::json(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                                              {QStringLiteral("path"), request.path},
                                              {QStringLiteral("body"), QString::fromUtf8(request.body)}});
    });
    addRoute("POST", QStringLiteral("/_sandbox/echo(/.*)?"), [](const SandboxRequest &request) {
        return SandboxReply::json(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                                              {QStringLiteral("path"), request.path},
                                              {QStringLiteral("body"), QString::fromUtf8(request.body)}});
    });
}

SandboxServer::~SandboxServer() = default;

Result<quint16> SandboxServer::listen(quint16 port)
{
    const quint16 bound = QAbstractHttpServer::listen(QHostAddress::LocalHost, port);
    if (bound == 0) {
        return makeError(QStringLiteral("sandbox.listen"),
                         tr("The sandbox could not listen on port %1 of this computer; another program may "
                            "be using it.").arg(port));
    }
    m_port = bound;
    qCInfo(lcSandbox) << "sandbox listening on" << baseUrl().toString();
    return bound;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QUrl SandboxServer::baseUrlFor(const QString &provider) const
{
    QUrl url = baseUrl();
    url.setPath(u'/' + provider);
    return url;
}

void SandboxServer::addRoute(const QByteArray &method, const QString &pattern, SandboxHandler handler)
{
    m_routes.append({method, QRegularExpression(QRegularExpression::anchoredPattern(pattern)), std::move(handler)});
}

void SandboxServer::addSimulatedProvider(const QString &name)
{
    if (!m_simulated.contains(name))
        m_simulated.append(name);
}

void SandboxServer::injectFault(const SandboxFault &fault)
{
    QMutexLocker lock(&m_mutex);
    m_faults.append(fault);
}

void SandboxServer::clearFaults()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

QList<SandboxJournalEntry> SandboxServer::journal() const
{
    QMutexLocker lock(&m_mutex);
    return m_journal;
}

int SandboxServer::requestCount(const QByteArray &method, const QString &pathPrefix) const
{
    QMutexLocker lock(&m_mutex);
    int count = 0;
    for (const SandboxJournalEntry &entry : m_journal)
        count += (entry.method == method && entry.path.startsWith(pathPrefix)) ? 1 : 0;
    return count;
}

void SandboxServer::clearJournal()
{
    QMutexLocker lock(&m_mutex);
    m_journal.clear();
}

std::optional<SandboxFault> SandboxServer::takeFault(const QString &path)
{
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SandboxFault &fault = m_faults[i];
        if (!path.startsWith(fault.pathPrefix))
            continue;
        const SandboxFault taken = fault;
        if (fault.times > 0 && --fault.times == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

SandboxReply SandboxServer::route(SandboxRequest &request) const
{
    bool pathKnown = false;
    for (const Route &candidate : m_routes) {
        const QRegularExpressionMatch match = candidate.pattern.match(request.path);
        if (!match.hasMatch())
            continue;
        pathKnown = true;
        if (candidate.method != request.method)
            continue;
        request.captures = match.capturedTexts().mid(1);
        return candidate.handler(request);
    }
    return pathKnown ? errorReply(405, QStringLiteral("Method not allowed"))
                     : errorReply(404, QStringLiteral("Not found: ") + request.path);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    SandboxRequest request;
    request.method = methodName(httpRequest.method());
    request.path = httpRequest.url().path();
    request.query = QUrlQuery(httpRequest.url());
    request.headers = httpRequest.headers();
    request.body = httpRequest.body();
    {
        QMutexLocker lock(&m_mutex);
        m_journal.append({request.method, request.path, request.body, QDateTime::currentDateTimeUtc()});
    }

    const std::optional<SandboxFault> fault = takeFault(request.path);
    if (fault) {
        qCInfo(lcSandbox) << "injecting fault" << int(fault->kind) << "into" << request.method << request.path;
        switch (fault->kind) {
        case SandboxFault::Kind::TooManyRequests: {
            SandboxReply reply = errorReply(429, QStringLiteral("Too many requests"));
            reply.headers.append({"Retry-After", QByteArray::number(fault->retryAfterSeconds)});
            respond(httpRequest, socket, reply, 0);
            return true;
        }
        case SandboxFault::Kind::ServerError:
            respond(httpRequest, socket, errorReply(fault->status, QStringLiteral("Simulated server error")), 0);
            return true;
        case SandboxFault::Kind::DropConnection:
            socket->abort();
            return true;
        case SandboxFault::Kind::AnswerLost:
            (void)route(request);
            socket->abort();
            return true;
        case SandboxFault::Kind::MalformedJson: {
            SandboxReply reply;
            reply.body = R"({"status": "ok", "data": [1, 2,)";
            respond(httpRequest, socket, reply, 0);
            return true;
        }
        case SandboxFault::Kind::Slow:
            respond(httpRequest, socket, route(request), fault->delayMilliseconds);
            return true;
        }
    }
    respond(httpRequest, socket, route(request), 0);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    respond(httpRequest, socket, errorReply(404, QStringLiteral("Not found")), 0);
}

void SandboxServer::respond(const QHttpServerRequest &request, QTcpSocket *socket, const SandboxReply &reply,
                            int delayMs)
{
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    auto write = [responder, reply, socket = QPointer<QTcpSocket>(socket)] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        responder->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
        responder->writeHeader("Content-Type", reply.contentType);
        responder->writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        responder->writeHeader("Server", "Sarraf sandbox");
        for (const auto &[key, value] : reply.headers)
            responder->writeHeader(key, value);
        responder->writeBody(reply.body);
    };
    if (delayMs <= 0)
        write();
    else
        QTimer::singleShot(delayMs, this, write);
}

} // namespace sarraf
