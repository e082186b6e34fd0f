// Where providers report by webhook: a small HTTP endpoint Sarraf listens on (loopback for the
// sandbox; an address a reverse proxy forwards to in production). Each provider's path has a
// handler that verifies the signature over the received bytes before anything is read, and answers
// with the HTTP status the provider should see: 200 taken, 401 not genuine, 400 not readable.
#pragma once

#include "models/domain/Result.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QUrl>

#include <functional>

namespace sarraf {

class CallbackServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Received
    {
        QByteArray body;
        QByteArray signature; // the value of the handler's signature header
        QString query;        // what came after '?', such as the payout a callback is about
    };
    using Handler = std::function<int(const Received &)>;

    static constexpr qsizetype MaxBody = 1024 * 1024;

    explicit CallbackServer(QObject *parent = nullptr);

    Result<quint16> listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_port; }
    // http://<address>:<port><path>, for the provider's callback_url.
    QUrl urlFor(const QString &path) const;
    void setHandler(const QString &path, const QByteArray &signatureHeader, Handler handler);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route
    {
        QByteArray signatureHeader;
        Handler handler;
    };
    void answer(const QHttpServerRequest &request, QTcpSocket *socket, int status);

    QHash<QString, Route> m_routes;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace sarraf
