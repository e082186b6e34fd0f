// What sync and `sarrafctl track` need from a provider, whatever its API: look transactions up by
// id and, where the provider can list, list what is new since a cursor. Each adapter is wrapped in
// one; the orchestration never knows a provider's endpoints.
#pragma once

#include "models/domain/Records.h"
#include "providers/CreateRequest.h"
#include "models/domain/Result.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

namespace sarraf {

// One id's answer: the record, or why this id could not be looked up (unknown id, refused).
struct LookupResult
{
    QString id;
    Result<TrackedTransaction> record;
};

struct Listing
{
    QList<TrackedTransaction> records;
    QString nextCursor; // stored and passed back next time; empty when the provider has no cursor
};

class ProviderConnector : public QObject
{
    Q_OBJECT
public:
    using LookupDone = std::function<void(Result<QList<LookupResult>>)>;
    using ListingDone = std::function<void(Result<Listing>)>;
    using CancelDone = std::function<void(Outcome)>;
    using CreateDone = std::function<void(Result<TrackedTransaction>)>;

    using QObject::QObject;
    ~ProviderConnector() override = default;

    virtual QString provider() const = 0;

    // The outer error means the provider itself failed (unreachable, credentials refused); an
    // inner error concerns one id only. In the fewest requests the API allows.
    virtual void lookUp(const QStringList &ids, QObject *context, LookupDone done) = 0;
    // Whether lookUp() can refresh transactions of this kind (some only arrive by callback).
    virtual bool canLookUp(TransactionKind kind) const
    {
        Q_UNUSED(kind)
        return true;
    }

    virtual bool canList() const { return false; }
    virtual void listSince(const QString &cursor, QObject *context, ListingDone done)
    {
        Q_UNUSED(cursor)
        Q_UNUSED(context)
        done(Listing{});
    }

    // Whether this transaction can be cancelled through the API (cancellableAtProvider()), and
    // cancelling it. Never retried: the error says when the outcome is unknown and the
    // transaction should be refreshed to find out.
    virtual void cancel(const TrackedTransaction &record, QObject *context, CancelDone done);

    // Creates what the request describes (CreateRules::form() says which providers can), after
    // the adapter's checks and the provider's own limits. Sent once, never retried: a timeout or
    // a dropped connection leaves unknown whether it was created (createOutcomeUnknown()).
    virtual void create(const CreateRequest &request, QObject *context, CreateDone done);
};

// Whether a failed create may still have created the transaction at the provider: the request
// left, and no readable answer came back.
bool createOutcomeUnknown(const Error &error);

// GREENGO orders and Premium Exchanger bids that are not final yet can be cancelled through
// their APIs (a bid needs the hash it is kept with); nothing else can.
bool cancellableAtProvider(const TrackedTransaction &record);
// Whether the provider can be asked about this transaction again (Cryptofuse withdrawals have no
// status request: only its callbacks update them).
bool refreshableAtProvider(const TrackedTransaction &record);

} // namespace sarraf
