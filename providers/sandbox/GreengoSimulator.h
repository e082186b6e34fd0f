// A local imitation of GREENGO's API v2 (provider document 004) served by the SandboxServer under
// /greengo: directions, order create, batch check and batch cancel, the Api-Secret check, orders
// that move through the documented statuses over time, and seedable demo orders for the GUI.
//
// The document gives no error answers. The simulator refuses a wrong or missing Api-Secret with
// HTTP 401 and, like every other refusal, answers in the endpoint's own success shape turned
// negative: {"response": "error", "message": ...} for create, {"result": "false", "message": ...}
// for the rest; invalid input is refused with HTTP 400. Unknown ids are left out of check and
// cancel answers, and only unconfirmed or awaiting orders can be cancelled.
//
// A sandbox-only route, POST /_sandbox/greengo/orders/{id}/status with {"status": "payed"}, sets
// any status word (also undocumented ones) and stops that order's automatic progression.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

namespace sarraf {

class SandboxServer;

// How the cancel answer lists ids: as the document prints them ({8090056}, not valid JSON), or
// as a plain array of numbers, the likeliest reading of what a real server sends.
enum class GreengoCancelAnswerStyle { AsDocumented, Numbers };

// Outside the class only because GCC rejects "= {}" for a nested struct with member initializers.
struct GreengoSimulatorOptions
{
    QString apiSecret = QStringLiteral("sandbox-greengo-api-secret");
    // Orders created through the API move unconfirmed -> awaiting -> payed -> completed after these
    // delays; false keeps them where they are until told otherwise.
    bool progress = true;
    std::chrono::milliseconds confirmAfter {3000};
    std::chrono::milliseconds payAfter {45000};
    std::chrono::milliseconds completeAfter {30000};
    GreengoCancelAnswerStyle cancelStyle = GreengoCancelAnswerStyle::AsDocumented;
    qint64 firstOrderId = 8090100;
};

class GreengoSimulator final
{
public:
    using CancelAnswerStyle = GreengoCancelAnswerStyle;
    using Options = GreengoSimulatorOptions;

    // Registers the routes on server; they keep the simulator's state alive, so this object may
    // go before the server.
    explicit GreengoSimulator(SandboxServer &server, Options options = {});
    ~GreengoSimulator();
    Q_DISABLE_COPY_MOVE(GreengoSimulator)

    QString apiSecret() const;
    void setCancelAnswerStyle(CancelAnswerStyle style);

    // Adds count realistic orders (RUB card payments turning into BTC) in every documented status,
    // the open ones progressing from now. The same seed gives the same orders. Returns their ids.
    QStringList seedDemoOrders(int count, quint32 seed = 1);
    // Any word; stops the order's automatic progression. False for an unknown id.
    bool setStatus(const QString &orderId, const QString &status);
    // The current status, after any progression due; nothing for an unknown id.
    std::optional<QString> status(const QString &orderId) const;
    QStringList orderIds() const;

    struct State; // shared with the route handlers

private:
    std::shared_ptr<State> m_state;
};

} // namespace sarraf
