#include "models/payouts/PayoutDesk.h"

#include "models/domain/LogCategories.h"
#include "models/payouts/PayoutSender.h"
#include "providers/callbacks/CallbackServer.h"
#include "providers/cryptofuse/CryptofuseAdapter.h"
#include "models/store/Database.h"
#include "models/store/TransactionStore.h"
#include "models/sync/CallbackImport.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace sarraf {

// Everything that touches the database or the network, in the worker thread.
class PayoutWorker final : public QObject
{
public:
    explicit PayoutWorker(QString path) : m_path(std::move(path)) {}

    Outcome ensureOpen()
    {
        if (m_database)
            return Done{};
        Result<std::unique_ptr<Database>> opened = Database::openSqlite(m_path);
        if (!opened)
            return opened.error();
        m_database = std::move(opened).value();
        m_transactions = std::make_unique<TransactionStore>(*m_database);
        rebuild();
        return Done{};
    }
    void setOperatorName(const QString &name)
    {
        m_operator = name;
        if (m_database)
            rebuild();
    }
    void setConfigs(const QList<ProviderConfig> &configs)
    {
        if (m_runtime)
            m_retiredRuntimes.push_back(std::move(m_runtime));
        m_runtime = std::make_unique<ProviderRuntime>();
        for (const ProviderConfig &config : configs)
            (void)m_runtime->configure(config);
        if (m_database)
            rebuild();
    }

    // Cryptofuse's webhooks: verified, kept with the transactions, and a payout they settle followed up.
    Result<QUrl> startCallbacks(const QHostAddress &address, quint16 port, const QString &cryptofuseSecret,
                                std::function<void()> notify)
    {
        m_callbacks = std::make_unique<CallbackServer>();
        Result<quint16> bound = m_callbacks->listen(address, port);
        if (!bound) {
            m_callbacks.reset();
            return bound.error();
        }
        m_cryptofuseSecret = cryptofuseSecret;
        m_notify = std::move(notify);
        m_callbacks->setHandler(u"/callbacks/cryptofuse"_s, CryptofuseAdapter::signatureHeader(),
                                [this](const CallbackServer::Received &received) { return takeCryptofuse(received); });
        m_callbackUrl = m_callbacks->urlFor(u"/callbacks/cryptofuse"_s);
        if (m_sender)
            m_sender->setCallbackUrl(u"cryptofuse"_s, m_callbackUrl);
        return m_callbackUrl;
    }

    PayoutStore &store() { return *m_store; }
    PayoutSender &sender() { return *m_sender; }
    Database &database() { return *m_database; }
    PayoutConnector *connector(const QString &provider) const
    {
        return m_runtime ? m_runtime->payoutConnector(provider) : nullptr;
    }

private:
    void rebuild()
    {
        // A request may be on its way through the old sender and runtime: they stay alive to take its
        // answer, and are let go with the worker.
        if (m_sender)
            m_retired.push_back(std::move(m_sender));
        if (m_store)
            m_retiredStores.push_back(std::move(m_store));
        m_store = std::make_unique<PayoutStore>(*m_database, m_operator);
        m_sender = std::make_unique<PayoutSender>(
            *m_store, [this](const QString &provider) { return connector(provider); }, m_transactions.get());
        if (m_callbackUrl.isValid())
            m_sender->setCallbackUrl(u"cryptofuse"_s, m_callbackUrl);
    }

    int takeCryptofuse(const CallbackServer::Received &received)
    {
        if (!ensureOpen())
            return 503;
        const Result<CryptofuseWebhook> webhook
            = CryptofuseAdapter::verifyWebhook(received.body, received.signature, m_cryptofuseSecret);
        if (!webhook) {
            qCWarning(lcProviders).noquote() << "a Cryptofuse callback was refused:" << webhook.error().logLine();
            return webhook.error().code == u"cryptofuse.webhook-invalid" ? 400 : 401;
        }
        const Result<TrackedTransaction> kept = importCryptofuseWebhook(*m_transactions, *webhook);
        if (!kept) {
            qCWarning(lcStore).noquote() << "a Cryptofuse callback was not kept:" << kept.error().logLine();
            // About another transaction than its id says: not readable. Anything else: Cryptofuse sends it again.
            return kept.error().code == u"cryptofuse.webhook-other-transaction" ? 400 : 500;
        }
        const TrackedTransaction &record = *kept;
        if (record.kind == TransactionKind::Withdrawal) {
            const Result<std::optional<Payout>> payout
                = m_store->findByReference(CryptofuseAdapter::providerName(), record.providerId);
            if (payout && *payout && (*payout)->state == PayoutState::Submitted)
                m_sender->followUp((*payout)->id, [notify = m_notify](const Result<Payout> &) {
                    if (notify)
                        notify();
                });
        }
        if (m_notify)
            m_notify();
        return 200;
    }

    QString m_path;
    QString m_operator;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TransactionStore> m_transactions;
    std::unique_ptr<ProviderRuntime> m_runtime;
    std::unique_ptr<CallbackServer> m_callbacks;
    QString m_cryptofuseSecret;
    QUrl m_callbackUrl;
    std::function<void()> m_notify;
    std::unique_ptr<PayoutStore> m_store;
    std::unique_ptr<PayoutSender> m_sender;
    // Destroyed last (members go in reverse): senders before the stores and runtimes they use.
    std::vector<std::unique_ptr<ProviderRuntime>> m_retiredRuntimes;
    std::vector<std::unique_ptr<PayoutStore>> m_retiredStores;
    std::vector<std::unique_ptr<PayoutSender>> m_retired;
};

PayoutDesk::PayoutDesk(QString databasePath, QObject *parent)
    : QObject(parent), m_worker(new PayoutWorker(std::move(databasePath)))
{
    m_thread.setObjectName(u"payout desk"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

PayoutDesk::~PayoutDesk()
{
    m_thread.quit();
    m_thread.wait();
}

void PayoutDesk::setOperatorName(const QString &name)
{
    m_operator = name.trimmed();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, name = m_operator] { worker->setOperatorName(name); });
    Q_EMIT operatorNameChanged(m_operator);
}

void PayoutDesk::setProviderConfigs(const QList<ProviderConfig> &configs)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, configs] { worker->setConfigs(configs); });
}

template<typename T>
void PayoutDesk::run(std::function<void(PayoutWorker &, Callback<T>)> work, Callback<T> done, Changes changes)
{
    QPointer<PayoutDesk> self(this);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, work = std::move(work), done = std::move(done), self,
                                         changes] {
        if (Outcome opened = worker->ensureOpen(); !opened) {
            QMetaObject::invokeMethod(self, [self, done, error = opened.error()] {
                if (self)
                    done(error);
            });
            return;
        }
        work(*worker, [self, done, changes](Result<T> result) {
            QMetaObject::invokeMethod(self, [self, done, changes, result = std::move(result)] {
                if (!self)
                    return;
                // A failed request or send may still have stored something (the request, the intent).
                const bool changed = changes == Changes::Always || (changes == Changes::OnSuccess && result.ok());
                done(result);
                if (changed && self)
                    Q_EMIT self->changed();
            });
        });
    });
}

void PayoutDesk::listenForCallbacks(const QHostAddress &address, quint16 port, const QString &cryptofuseWebhookSecret,
                                    Callback<QUrl> done)
{
    QPointer<PayoutDesk> self(this);
    run<QUrl>(
        [=](PayoutWorker &w, Callback<QUrl> finish) {
            finish(w.startCallbacks(address, port, cryptofuseWebhookSecret, [self] {
                QMetaObject::invokeMethod(self, [self] {
                    if (self)
                        Q_EMIT self->changed();
                });
            }));
        },
        std::move(done), Changes::Never);
}

void PayoutDesk::snapshot(Callback<PayoutSnapshot> done)
{
    run<PayoutSnapshot>(
        [](PayoutWorker &w, Callback<PayoutSnapshot> finish) {
            // Payouts a crash left sending long ago need reconciliation; a send under way stays.
            if (Result<QList<qint64>> recovered = w.store().recoverInterrupted(); !recovered)
                return finish(recovered.error());
            PayoutSnapshot snapshot;
            Result<QList<Payout>> payouts = w.store().list();
            if (!payouts)
                return finish(payouts.error());
            snapshot.payouts = *payouts;
            Result<PayoutLimits> limits = w.store().limits();
            if (!limits)
                return finish(limits.error());
            snapshot.limits = *limits;
            snapshot.today = QDate::currentDate();
            QSet<QString> currencies;
            for (const Payout &p : std::as_const(snapshot.payouts))
                currencies.insert(p.amount.currency());
            for (const QString &currency : std::as_const(currencies)) {
                Result<Decimal> approved = w.store().approvedOn(currency, snapshot.today);
                if (!approved)
                    return finish(approved.error());
                snapshot.approvedToday.insert(currency, *approved);
            }
            finish(snapshot);
        },
        std::move(done), Changes::Never);
}

void PayoutDesk::audit(int latestRows, Callback<AuditSnapshot> done)
{
    run<AuditSnapshot>(
        [latestRows](PayoutWorker &w, Callback<AuditSnapshot> finish) {
            const QSqlDatabase db = w.database().connection();
            Result<AuditVerification> verified = AuditLog::verify(db);
            if (!verified)
                return finish(verified.error());
            Result<QList<AuditRow>> rows = AuditLog::latest(db, latestRows);
            if (!rows)
                return finish(rows.error());
            finish(AuditSnapshot{*verified, *rows});
        },
        std::move(done), Changes::Never);
}

void PayoutDesk::preview(const PayoutRequest &request, Callback<PayoutCheckResult> done)
{
    run<PayoutCheckResult>(
        [request](PayoutWorker &w, Callback<PayoutCheckResult> finish) { w.sender().preview(request, std::move(finish)); },
        std::move(done), Changes::Never);
}

void PayoutDesk::request(const PayoutRequest &request, Callback<Payout> done)
{
    run<Payout>(
        [request](PayoutWorker &w, Callback<Payout> finish) {
            Result<Payout> requested = w.store().request(request);
            if (!requested)
                return finish(requested);
            w.sender().check(requested->id, [finish, id = requested->id](Result<Payout> checked) {
                if (checked)
                    return finish(checked);
                Error error = checked.error();
                //: %1 payout number, %2 why the provider could not be asked
                error.message = PayoutSender::tr("Payout %1 is requested, but the provider could not check it: %2 "
                                                 "Check it again before anyone approves it.")
                                    .arg(id)
                                    .arg(checked.error().message);
                finish(error);
            });
        },
        std::move(done), Changes::Always);
}

void PayoutDesk::check(qint64 id, Callback<Payout> done)
{
    run<Payout>([id](PayoutWorker &w, Callback<Payout> finish) { w.sender().check(id, std::move(finish)); },
                std::move(done), Changes::OnSuccess);
}

void PayoutDesk::approve(qint64 id, Callback<Payout> done)
{
    run<Payout>([id](PayoutWorker &w, Callback<Payout> finish) { finish(w.store().approve(id)); }, std::move(done),
                Changes::OnSuccess);
}

void PayoutDesk::reject(qint64 id, const QString &reason, Callback<Payout> done)
{
    run<Payout>([id, reason](PayoutWorker &w, Callback<Payout> finish) { finish(w.store().reject(id, reason)); },
                std::move(done), Changes::OnSuccess);
}

void PayoutDesk::send(qint64 id, Callback<Payout> done)
{
    run<Payout>([id](PayoutWorker &w, Callback<Payout> finish) { w.sender().send(id, std::move(finish)); },
                std::move(done), Changes::Always);
}

void PayoutDesk::followUp(qint64 id, Callback<Payout> done)
{
    run<Payout>([id](PayoutWorker &w, Callback<Payout> finish) { w.sender().followUp(id, std::move(finish)); },
                std::move(done), Changes::OnSuccess);
}

void PayoutDesk::investigate(qint64 id, Callback<PayoutSighting> done)
{
    run<PayoutSighting>(
        [id](PayoutWorker &w, Callback<PayoutSighting> finish) { w.sender().investigate(id, std::move(finish)); },
        std::move(done), Changes::Never);
}

void PayoutDesk::reconcile(qint64 id, PayoutState outcome, const QString &reference, const QString &checked,
                           Callback<Payout> done)
{
    run<Payout>(
        [=](PayoutWorker &w, Callback<Payout> finish) { finish(w.store().reconcile(id, outcome, reference, checked)); },
        std::move(done), Changes::OnSuccess);
}

} // namespace sarraf
