// The local provider simulator on loopback: `sarraf --sandbox`, `sarrafctl sandbox` and the
// contract tests talk to it instead of real providers. Each provider's simulator registers its
// routes here as it is written.
#pragma once

#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace sarraf {

class SandboxServer final : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);

    // Listens on 127.0.0.1; port 0 picks a free one. Returns the port.
    Result<quint16> listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    // Providers whose simulator is served; their base-url in the sandbox profile is baseUrl()/name.
    QStringList simulatedProviders() const { return m_simulated; }

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    QStringList m_simulated;
};

} // namespace sarraf
