#include "providers/sandbox/SandboxServer.h"

#include "models/domain/LogCategories.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>

namespace sarraf {

SandboxServer::SandboxServer(QObject *parent) : QObject(parent)
{
    m_server.route(QStringLiteral("/health"), QHttpServerRequest::Method::Get, [this]() {
        return QJsonObject{{QStringLiteral("sandbox"), true},
                           {QStringLiteral("providers"), QJsonArray::fromStringList(m_simulated)}};
    });
    m_server.afterRequest([](QHttpServerResponse &&response) {
        response.setHeader("Server", "Sarraf sandbox");
        return std::move(response);
    });
}

Result<quint16> SandboxServer::listen(quint16 port)
{
    const quint16 bound = m_server.listen(QHostAddress::LocalHost, port);
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

} // namespace sarraf
