// Imitates a Premium Exchanger site's user API v1 (provider-docs/003) on the sandbox: form-encoded
// POSTs under <prefix>/api/userapi/v1/<method>, API-LOGIN/API-KEY checks answered "Api disabled",
// the documented error answers on demand, directions with an exact-decimal calculator, bids whose
// statuses move on a timer or by a sandbox-only control route, and the partner programme (whose
// payouts are paid one progress step after they are requested).
//
// Where the document is silent the simulator picks, and the adapter must not depend on the pick:
// get_exchanges lists newest bid first, filters start_time/end_time on the time of the last status
// change, and returns everything when no limit is sent; cancel_bid and pay_bid answer the bare
// status word. Types are mixed on purpose, as real sites do: get_exchanges sends ids and amounts
// as JSON numbers and "error": 0, bid_info sends strings and "error": "0".
//
// Control routes (POST, form-encoded), for tests and for trying errors in `sarraf --sandbox`:
//   /_sandbox<prefix>/bids/<id>/status   status=<word>                  any word, known or not
//   /_sandbox<prefix>/answer             answer=<normal|api-disabled|empty|method-not-supported|
//                                        direction-not-found|no-bid>[&method=<method>]
#pragma once

#include "models/domain/Decimal.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

namespace sarraf {

class SandboxServer;
namespace pesim {
struct State;
}

class PremiumExchangerSimulator final
{
public:
    enum class Answer { Normal, ApiDisabled, Empty, MethodNotSupported, DirectionNotFound, NoBidExists };

    // Installs the routes; they keep the simulator's state alive, so this object may go first.
    explicit PremiumExchangerSimulator(SandboxServer &server,
                                       const QString &prefix = QStringLiteral("/premiumexchanger"));
    ~PremiumExchangerSimulator();

    static QString defaultLogin() { return QStringLiteral("sandbox-pe-login"); }
    static QString defaultKey() { return QStringLiteral("sandbox-pe-key-7f3a9c2e"); }
    // The direction that exists but is closed to the API: asking for it gets "Direction not found".
    static QString closedDirectionId() { return QStringLiteral("99"); }

    void setCredentials(const QString &login, const QString &key);
    void setAllowedMethods(const QStringList &methods); // empty: every method
    // Answers `answer` to `method` (every method when empty) until set back to Normal.
    void forceAnswer(Answer answer, const QString &method = QString());
    // With a step, a paid bid moves on by itself every step; zero: only the control route moves bids.
    void setProgressStep(std::chrono::milliseconds step);

    // Realistic bids (Russian names, cards, USDT/BTC/RUB via Sberbank and T-Bank), partner visits and
    // payouts, the same for the same seed.
    void seedDemoData(int bidCount = 40, unsigned seed = 20240601);
    bool setBidStatus(qint64 id, const QString &status);
    QString bidHash(qint64 id) const;
    QList<qint64> bidIds() const; // ascending
    // The partner programme: its balance in USDT, how many payouts were requested to an account (what
    // "sent twice" would show), and a payout's status (0 waiting, 1 paid, 2 cancelled).
    void setPartnerBalance(const Decimal &usdt);
    int partnerPayoutsTo(const QString &account) const;
    bool setPartnerPayoutStatus(qint64 id, int status);

private:
    std::shared_ptr<pesim::State> m_state;
};

} // namespace sarraf
