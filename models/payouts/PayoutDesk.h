// The payout desk for the GUI: PayoutStore, PayoutSender and the providers' payout connectors run
// on a worker thread with their own database connection and network access, so the window never
// waits for SQLite or a provider. Every call returns at once; its callback runs later on the
// desk's thread (the GUI's), and not at all once the desk is gone. After a move that changed
// something, changed() tells the pages to read again.
#pragma once

#include "models/domain/Result.h"
#include "models/payouts/AuditLog.h"
#include "models/payouts/PayoutStore.h"
#include "providers/PayoutConnector.h"
#include "providers/ProviderRuntime.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>

#include <functional>

namespace sarraf {

class PayoutWorker;

// What the Payouts page shows: every payout, the limits, and what was approved today per currency.
struct PayoutSnapshot
{
    QList<Payout> payouts;
    PayoutLimits limits;
    QHash<QString, Decimal> approvedToday; // per currency, by the local day
    QDate today;
};

struct AuditSnapshot
{
    AuditVerification verification;
    QList<AuditRow> latest; // newest first
};

class PayoutDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayoutDesk)
public:
    template<typename T> using Callback = std::function<void(Result<T>)>;

    explicit PayoutDesk(QString databasePath, QObject *parent = nullptr);
    ~PayoutDesk() override;

    // Who acts from now on: the profile's operator name. Empty: nobody may act.
    void setOperatorName(const QString &name);
    QString operatorName() const { return m_operator; }
    // The providers that pay out, as the profile configures them (secrets read from the keychain).
    void setProviderConfigs(const QList<ProviderConfig> &configs);

    // Listens for the providers' webhooks (Cryptofuse's, signed with its webhook secret): payouts sent
    // from then on carry the callback address, and a webhook that settles one completes it. Gives
    // the address listened on.
    void listenForCallbacks(const QHostAddress &address, quint16 port, const QString &cryptofuseWebhookSecret,
                            Callback<QUrl> done);
    void snapshot(Callback<PayoutSnapshot> done);
    void audit(int latestRows, Callback<AuditSnapshot> done);
    // What the provider says about a destination and amount, without storing anything: for the
    // request dialog while the person types.
    void preview(const PayoutRequest &request, Callback<PayoutCheckResult> done);
    // Stores the request, then asks the provider about it (a check that could not be made leaves
    // the payout requested and unchecked, and says so in the error).
    void request(const PayoutRequest &request, Callback<Payout> done);
    void check(qint64 id, Callback<Payout> done);
    void approve(qint64 id, Callback<Payout> done);
    void reject(qint64 id, const QString &reason, Callback<Payout> done);
    void send(qint64 id, Callback<Payout> done);
    void followUp(qint64 id, Callback<Payout> done);
    void investigate(qint64 id, Callback<PayoutSighting> done);
    void reconcile(qint64 id, PayoutState outcome, const QString &reference, const QString &checked,
                   Callback<Payout> done);

Q_SIGNALS:
    void changed();
    void operatorNameChanged(const QString &name);

private:
    enum class Changes { Never, OnSuccess, Always };
    // Runs `work` on the worker; hands its result back here, then says changed() as told.
    template<typename T>
    void run(std::function<void(PayoutWorker &, Callback<T>)> work, Callback<T> done, Changes changes);

    QString m_operator;
    QThread m_thread;
    PayoutWorker *m_worker; // lives in m_thread; deleted there
};

} // namespace sarraf
