#include "providers/callbacks/CallbackServer.h"

#include "models/domain/LogCategories.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

using namespace Qt::StringLiterals;

namespace sarraf {

CallbackServer::CallbackServer(QObject *parent) : QAbstractHttpServer(parent) {}

Result<quint16> CallbackServer::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = QAbstractHttpServer::listen(address, port);
    if (bound == 0)
        return makeError(u"callbacks.listen"_s,
                         tr("Sarraf could not listen for provider callbacks on %1 port %2; another program may be "
                            "using it.")
                             .arg(address.toString())
                             .arg(port));
    m_address = address;
    m_port = bound;
    qCInfo(lcProviders) << "listening for provider callbacks on" << address.toString() << bound;
    return bound;
}

QUrl CallbackServer::urlFor(const QString &path) const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_address.isLoopback() || m_address == QHostAddress::Any ? u"127.0.0.1"_s : m_address.toString());
    url.setPort(m_port);
    url.setPath(path);
    return url;
}

void CallbackServer::setHandler(const QString &path, const QByteArray &signatureHeader, Handler handler)
{
    m_routes.insert(path, {signatureHeader, std::move(handler)});
}

bool CallbackServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const auto route = m_routes.constFind(request.url().path());
    if (route == m_routes.constEnd() || request.method() != QHttpServerRequest::Method::Post) {
        answer(request, socket, 404);
        return true;
    }
    const QByteArray body = request.body();
    if (body.size() > MaxBody) {
        answer(request, socket, 413);
        return true;
    }
    Received received{body, {}, request.url().query()};
    for (const auto &[name, value] : request.headers()) {
        if (name.compare(route->signatureHeader, Qt::CaseInsensitive) == 0)
            received.signature = value;
    }
    answer(request, socket, route->handler(received));
    return true;
}

void CallbackServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    answer(request, socket, 404);
}

void CallbackServer::answer(const QHttpServerRequest &request, QTcpSocket *socket, int status)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    const QByteArray body = status == 200 ? QByteArrayLiteral("{\"ok\":true}") : QByteArrayLiteral("{\"ok\":false}");
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeBody(body);
}

} // namespace sarraf
