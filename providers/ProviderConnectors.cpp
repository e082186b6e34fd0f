#include "providers/ProviderConnectors.h"

#include "providers/CreateRequestMapping.h"
#include "providers/ProviderCatalog.h"

#include "providers/cryptofuse/CryptofuseAdapter.h"
#include "providers/gitmix/GitmixAdapter.h"
#include "providers/greengo/GreengoAdapter.h"
#include "providers/http/ApiError.h"
#include "providers/premiumexchanger/PremiumExchangerAdapter.h"

#include <QPointer>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace sarraf {

bool isProviderFailure(const Error &error)
{
    if (const std::optional<ApiError::Kind> kind = ApiError::kindOf(error)) {
        switch (*kind) {
        case ApiError::Kind::Timeout:
        case ApiError::Kind::Network:
        case ApiError::Kind::Auth:
        case ApiError::Kind::RateLimited:
        case ApiError::Kind::Unavailable:
        case ApiError::Kind::CircuitOpen:
            return true;
        case ApiError::Kind::Client:
        case ApiError::Kind::BadAnswer:
            return false;
        }
    }
    // Refusals of the whole account rather than of one id.
    static const QStringList accountWide{
        PremiumExchangerAdapter::errorCode(PremiumExchangerAdapter::Refusal::ApiDisabled),
        PremiumExchangerAdapter::errorCode(PremiumExchangerAdapter::Refusal::MethodNotSupported),
        PremiumExchangerAdapter::errorCode(PremiumExchangerAdapter::Refusal::EmptyAnswer),
        u"greengo.refused"_s,
    };
    return accountWide.contains(error.code);
}

namespace {

using Fetch = std::function<void(const QString &id, QObject *context,
                                  std::function<void(Result<TrackedTransaction>)> done)>;

// Looks ids up with one request each, a few in flight at once (the provider's rate limiter paces
// them). Once the provider itself fails, no further id is asked and the failure is the answer.
class EachId final : public std::enable_shared_from_this<EachId>
{
public:
    static constexpr int InFlight = 4;

    EachId(QStringList ids, QPointer<QObject> context, Fetch fetch, ProviderConnector::LookupDone done)
        : m_ids(std::move(ids)), m_context(std::move(context)), m_fetch(std::move(fetch)), m_done(std::move(done))
    {
        m_results.resize(size_t(m_ids.size()));
    }

    void start()
    {
        if (m_ids.isEmpty())
            return finish();
        for (int i = 0; i < InFlight; ++i)
            next();
    }

private:
    void next()
    {
        if (m_failure || m_next >= m_ids.size() || !m_context)
            return;
        const qsizetype index = m_next++;
        ++m_running;
        auto self = shared_from_this();
        m_fetch(m_ids[index], m_context, [self, index](Result<TrackedTransaction> answer) {
            --self->m_running;
            if (!answer && isProviderFailure(answer.error()) && !self->m_failure)
                self->m_failure = answer.error();
            self->m_results[size_t(index)] = std::move(answer);
            if (self->m_running == 0 && (self->m_failure || self->m_next >= self->m_ids.size()))
                return self->finish();
            self->next();
        });
    }

    void finish()
    {
        if (m_failure)
            return m_done(*m_failure);
        // Not one id answered and the answers were unreadable: the provider is failing, not the ids.
        const bool noneAnswered = std::none_of(m_results.cbegin(), m_results.cend(),
                                               [](const auto &result) { return result && result->ok(); });
        if (noneAnswered) {
            for (const auto &result : m_results) {
                if (result && !result->ok() && ApiError::kindOf(result->error()) == ApiError::Kind::BadAnswer)
                    return m_done(result->error());
            }
        }
        QList<LookupResult> list;
        for (qsizetype i = 0; i < m_ids.size(); ++i)
            list.append({m_ids[i], m_results[size_t(i)].value_or(Result<TrackedTransaction>(Error{}))});
        m_done(list);
    }

    QStringList m_ids;
    QPointer<QObject> m_context;
    Fetch m_fetch;
    ProviderConnector::LookupDone m_done;
    std::vector<std::optional<Result<TrackedTransaction>>> m_results;
    std::optional<Error> m_failure;
    qsizetype m_next = 0;
    int m_running = 0;
};

// A failure before the request that creates was sent: nothing can exist at the provider, whatever
// kind of failure it was (a timeout reading the limits is not a timeout creating).
Error notSent(const Error &cause)
{
    Error error = cause;
    error.code = u"create.not-sent"_s;
    error.message = ProviderConnector::tr("Nothing was sent: the provider's limits could not be read. %1")
                        .arg(cause.message);
    return error;
}

void answerLater(QObject *context, ProviderConnector::CreateDone done, const Error &error)
{
    QMetaObject::invokeMethod(context, [done = std::move(done), error] { done(error); }, Qt::QueuedConnection);
}

void lookUpEach(const QStringList &ids, QObject *context, Fetch fetch, ProviderConnector::LookupDone done)
{
    std::make_shared<EachId>(ids, context, std::move(fetch), std::move(done))->start();
}

class GitmixConnector final : public ProviderConnector
{
public:
    explicit GitmixConnector(GitmixAdapter &adapter) : m_adapter(adapter) {}
    QString provider() const override { return GitmixAdapter::providerName(); }

    void lookUp(const QStringList &ids, QObject *context, LookupDone done) override
    {
        lookUpEach(ids, context, [this](const QString &id, QObject *ctx, auto answer) {
            m_adapter.invoiceStatus(id, ctx, [answer = std::move(answer)](Result<GitmixInvoice> invoice) {
                answer(invoice ? Result<TrackedTransaction>(invoice->transaction) : invoice.error());
            });
        }, std::move(done));
    }

    void create(const CreateRequest &request, QObject *context, CreateDone done) override
    {
        m_adapter.createInvoice(createmapping::gitmix(request), context,
                                [done = std::move(done)](Result<GitmixInvoice> invoice) {
                                    done(invoice ? Result<TrackedTransaction>(invoice->transaction) : invoice.error());
                                });
    }

private:
    GitmixAdapter &m_adapter;
};

class CryptofuseConnector final : public ProviderConnector
{
public:
    explicit CryptofuseConnector(CryptofuseAdapter &adapter) : m_adapter(adapter) {}
    QString provider() const override { return CryptofuseAdapter::providerName(); }
    // Cryptofuse has no status request for withdrawals: their updates arrive by webhook.
    bool canLookUp(TransactionKind kind) const override
    {
        TrackedTransaction probe;
        probe.provider = provider();
        probe.kind = kind;
        return refreshableAtProvider(probe);
    }

    void lookUp(const QStringList &ids, QObject *context, LookupDone done) override
    {
        lookUpEach(ids, context, [this](const QString &id, QObject *ctx, auto answer) {
            m_adapter.paymentStatus(id, ctx, [answer = std::move(answer)](Result<CryptofuseTransaction> payment) {
                answer(payment ? Result<TrackedTransaction>(payment->record) : payment.error());
            });
        }, std::move(done));
    }

    // The coin's limits are read first, so a price outside them is refused before the payment
    // is asked for.
    void create(const CreateRequest &request, QObject *context, CreateDone done) override
    {
        CryptofusePaymentRequest payment = createmapping::cryptofuse(request);
        if (Outcome valid = CryptofuseAdapter::validate(payment); !valid)
            return answerLater(context, std::move(done), valid.error());
        QPointer<QObject> guard(context);
        m_adapter.currencies(context, [this, payment, guard, done = std::move(done)](
                                          Result<QList<CryptofuseCurrency>> coins) mutable {
            if (!coins)
                return done(notSent(coins.error()));
            const auto coin = std::find_if(coins->cbegin(), coins->cend(), [&](const CryptofuseCurrency &c) {
                return c.code.compare(payment.currency, Qt::CaseInsensitive) == 0;
            });
            if (coin == coins->cend()) {
                QStringList codes;
                for (const CryptofuseCurrency &c : std::as_const(*coins))
                    codes.append(c.code);
                return done(makeError(u"cryptofuse.invalid-currency"_s,
                                      ProviderConnector::tr("Cryptofuse does not take %1; it takes %2.")
                                          .arg(payment.currency, codes.join(u", "_s))));
            }
            payment.limits = *coin;
            if (!guard)
                return;
            // The coin's own minimum too (GET /payments/minimum-amount/): it may be above the
            // currency list's USD minimum.
            m_adapter.minimumAmount(payment.currency, guard, [this, payment, guard, done = std::move(done)](
                                                                 Result<CryptofuseMinimum> minimum) mutable {
                if (!minimum)
                    return done(notSent(minimum.error()));
                payment.minimum = *minimum;
                if (!guard)
                    return;
                m_adapter.createPayment(payment, guard, [done = std::move(done)](Result<CryptofuseTransaction> created) {
                    done(created ? Result<TrackedTransaction>(created->record) : created.error());
                });
            });
        });
    }

private:
    CryptofuseAdapter &m_adapter;
};

class PremiumExchangerConnector final : public ProviderConnector
{
public:
    explicit PremiumExchangerConnector(PremiumExchangerAdapter &adapter) : m_adapter(adapter) {}
    QString provider() const override { return PremiumExchangerAdapter::providerName(); }

    void lookUp(const QStringList &ids, QObject *context, LookupDone done) override
    {
        lookUpEach(ids, context, [this](const QString &id, QObject *ctx, auto answer) {
            m_adapter.track(id, ctx, std::move(answer));
        }, std::move(done));
    }

    bool canList() const override { return true; }
    void listSince(const QString &cursor, QObject *context, ListingDone done) override
    {
        m_adapter.listExchanges(PremiumExchangerCursor::fromText(cursor), context,
                                [done = std::move(done)](Result<PremiumExchangerListing> listing) {
                                    if (!listing)
                                        return done(listing.error());
                                    Listing result;
                                    for (const PremiumExchangerBid &bid : listing->bids)
                                        result.records.append(bid.transaction);
                                    result.nextCursor = listing->next.toText();
                                    done(result);
                                });
    }

    // A bid is cancelled by its hash; the answer is the bid's status afterwards.
    void cancel(const TrackedTransaction &record, QObject *context, CancelDone done) override
    {
        m_adapter.cancelBid(record.trackingCode, context,
                            [done = std::move(done)](Result<PremiumExchangerStatusAnswer> answer) {
                                if (!answer)
                                    return done(answer.error());
                                if (answer->status == TransactionStatus::Cancelled)
                                    return done(Done{});
                                done(makeError(u"premiumexchanger.not-cancelled"_s,
                                               ProviderConnector::tr("Premium Exchanger did not cancel the bid; it "
                                                                     "says its status is \"%1\".")
                                                   .arg(answer->providerStatus)));
                            });
    }

private:
    PremiumExchangerAdapter &m_adapter;
};

class GreengoConnector final : public ProviderConnector
{
public:
    explicit GreengoConnector(GreengoAdapter &adapter) : m_adapter(adapter) {}
    QString provider() const override { return u"greengo"_s; }

    // GREENGO checks many ids per request; the adapter splits them into its batches. An id that
    // cannot be an order id is answered here, so it does not fail the whole request.
    void lookUp(const QStringList &ids, QObject *context, LookupDone done) override
    {
        static const QRegularExpression orderNumber(u"^[\\x21-\\x7E]{1,64}$"_s); // as the adapter checks
        QStringList valid;
        QList<LookupResult> refused;
        for (const QString &id : ids) {
            if (orderNumber.match(id).hasMatch())
                valid.append(id);
            else
                refused.append({id, makeError(u"greengo.invalid-order-id"_s,
                                              GreengoAdapter::tr("\"%1\" is not a GREENGO order id; an id is a short "
                                                                 "code without spaces.").arg(id.left(80)))});
        }
        if (valid.isEmpty()) {
            QMetaObject::invokeMethod(context, [done = std::move(done), refused] { done(refused); },
                                      Qt::QueuedConnection);
            return;
        }
        m_adapter.checkOrders(valid, context, [done = std::move(done), refused](Result<QList<GreengoOrderCheck>> checks) {
            if (!checks)
                return done(checks.error());
            QList<LookupResult> results = refused;
            for (const GreengoOrderCheck &check : *checks) {
                if (check.state == GreengoOrderCheck::State::Found) {
                    results.append({check.orderId, check.order});
                    continue;
                }
                const Error error = check.error.value_or(Error{});
                // A batch refused because the provider is failing fails the whole lookup, so
                // the sync reports the provider once instead of each id it never asked about.
                if (check.state == GreengoOrderCheck::State::Failed && isProviderFailure(error))
                    return done(error);
                results.append({check.orderId, error});
            }
            done(results);
        });
    }

    void cancel(const TrackedTransaction &record, QObject *context, CancelDone done) override
    {
        m_adapter.cancelOrders({record.providerId}, context,
                               [done = std::move(done)](Result<QList<GreengoCancelOutcome>> outcomes) {
                                   if (!outcomes)
                                       return done(outcomes.error());
                                   const GreengoCancelOutcome outcome = outcomes->value(0);
                                   if (outcome.state == GreengoCancelOutcome::State::Cancelled)
                                       return done(Done{});
                                   if (outcome.state == GreengoCancelOutcome::State::NotCancelled)
                                       return done(makeError(
                                           u"greengo.not-cancelled"_s,
                                           ProviderConnector::tr("GREENGO did not cancel the order: it is unknown "
                                                                 "to GREENGO, already paid or already closed.")));
                                   done(outcome.error.value_or(makeError(
                                       u"greengo.cancel-unknown"_s,
                                       ProviderConnector::tr("Whether GREENGO cancelled the order is unknown; "
                                                             "refresh it to find out."))));
                               });
    }

    // The direction for the payment method's currency is read first, so an amount outside its
    // minimum and maximum, or a direction GREENGO has switched off, is refused before sending.
    void create(const CreateRequest &request, QObject *context, CreateDone done) override
    {
        GreengoOrderRequest order = createmapping::greengo(request);
        if (Outcome valid = m_adapter.validate(order); !valid)
            return answerLater(context, std::move(done), valid.error());
        QPointer<QObject> guard(context);
        m_adapter.directions(context, [this, order, guard, done = std::move(done)](
                                          Result<QList<GreengoDirection>> directions) mutable {
            if (!directions)
                return done(notSent(directions.error()));
            // The direction from the method's currency to the crypto GREENGO sends. Both documented
            // methods are bank cards, which tells a card direction from a phone-balance one. One
            // switched on is checked against; several leave it to GREENGO; only switched-off ones
            // refuse the order here.
            const GreengoOptions &options = m_adapter.options();
            const QString currency = options.paymentMethods.value(order.paymentMethod);
            QList<GreengoDirection> candidates, cards;
            for (const GreengoDirection &direction : std::as_const(*directions)) {
                if (direction.giveCurrency.compare(currency, Qt::CaseInsensitive) != 0
                    || direction.getCurrency.compare(options.receivableCurrency, Qt::CaseInsensitive) != 0)
                    continue;
                candidates.append(direction);
                if (direction.name.contains(u"карт"_s, Qt::CaseInsensitive)
                    || direction.name.contains(u"card"_s, Qt::CaseInsensitive))
                    cards.append(direction);
            }
            const QList<GreengoDirection> &pool = cards.isEmpty() ? candidates : cards;
            QList<GreengoDirection> open;
            for (const GreengoDirection &direction : pool) {
                if (direction.enabled)
                    open.append(direction);
            }
            if (open.size() == 1)
                order.direction = open.constFirst();
            else if (open.isEmpty() && !pool.isEmpty())
                order.direction = pool.constFirst(); // switched off: the adapter says so
            if (!guard)
                return;
            // Without a direction for the currency, GREENGO itself has the last word.
            m_adapter.createOrder(order, guard, std::move(done));
        });
    }

private:
    GreengoAdapter &m_adapter;
};

} // namespace

void ProviderConnector::cancel(const TrackedTransaction &record, QObject *context, CancelDone done)
{
    Q_UNUSED(record)
    QMetaObject::invokeMethod(context, [done = std::move(done)] {
        done(makeError(u"cancel.unsupported"_s, ProviderConnector::tr("This provider's API cannot cancel a transaction.")));
    }, Qt::QueuedConnection);
}

void ProviderConnector::create(const CreateRequest &request, QObject *context, CreateDone done)
{
    answerLater(context, std::move(done),
                makeError(u"create.unsupported"_s,
                          ProviderConnector::tr("Sarraf cannot create transactions at %1.")
                              .arg(ProviderCatalog::displayNameOf(request.provider))));
}

bool createOutcomeUnknown(const Error &error)
{
    // No answer, a server error after the request arrived, or an answer that could not be read
    // (the provider may well have created it and said so unreadably).
    const std::optional<ApiError::Kind> kind = ApiError::kindOf(error);
    return kind == ApiError::Kind::Timeout || kind == ApiError::Kind::Network || kind == ApiError::Kind::Unavailable
           || kind == ApiError::Kind::BadAnswer;
}

bool cancellableAtProvider(const TrackedTransaction &record)
{
    if (record.kind != TransactionKind::Order || TransactionStatuses::isFinal(record.status))
        return false;
    if (record.provider == u"greengo")
        return true;
    return record.provider == PremiumExchangerAdapter::providerName() && !record.trackingCode.isEmpty();
}

bool refreshableAtProvider(const TrackedTransaction &record)
{
    return !(record.provider == CryptofuseAdapter::providerName() && record.kind == TransactionKind::Withdrawal);
}

std::unique_ptr<ProviderConnector> makeConnector(GitmixAdapter &adapter)
{
    return std::make_unique<GitmixConnector>(adapter);
}

std::unique_ptr<ProviderConnector> makeConnector(CryptofuseAdapter &adapter)
{
    return std::make_unique<CryptofuseConnector>(adapter);
}

std::unique_ptr<ProviderConnector> makeConnector(PremiumExchangerAdapter &adapter)
{
    return std::make_unique<PremiumExchangerConnector>(adapter);
}

std::unique_ptr<ProviderConnector> makeConnector(GreengoAdapter &adapter)
{
    return std::make_unique<GreengoConnector>(adapter);
}

} // namespace sarraf
