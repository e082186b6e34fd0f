// A new invoice, payment or order, as the "New transaction" dialog asks for it: the fields every
// provider that can create one shares, each provider reading what it needs. CreateRules says which
// fields a provider needs and makes the checks the provider's adapter makes before sending, so a
// dialog can refuse input as it is typed, in the adapter's own words.
#pragma once

#include "models/domain/Money.h"
#include "models/domain/Records.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QUrl>

#include <optional>

namespace sarraf {

struct CreateRequest
{
    QString provider;
    Money amount;            // Gitmix: the invoice; Cryptofuse: the price; GREENGO: what the customer gives
    QString payCurrency;     // Cryptofuse: the coin the customer pays with, "USDTTRC20"
    QString paymentMethod;   // GREENGO: "card" (roubles) or "kzt" (tenge)
    QString wallet;          // GREENGO: where the crypto goes
    QString description;     // Gitmix: shown to the customer; Cryptofuse: order_description
    QString customerPhone;   // Gitmix
    QString customerEmail;   // Gitmix
    QUrl callbackUrl;        // Gitmix: required; Cryptofuse: optional
    QUrl successUrl;         // Gitmix: where the customer goes after paying
    QUrl failUrl;            // Gitmix: where the customer goes after a failed payment
    QString reference;       // Cryptofuse: order_id, the business's own reference
};

// What a provider's creation needs from a person.
struct CreateForm
{
    QString provider;
    TransactionKind kind = TransactionKind::Invoice;
    QStringList currencies;                            // the amount's currency, when it is chosen
    QList<QPair<QString, QString>> paymentMethods;     // GREENGO: method -> the amount's currency
    QStringList payCurrencies;                         // Cryptofuse: suggestions; others may be typed
    bool wallet = false;
    bool customer = false;    // phone and email
    bool description = false;
    bool reference = false;
    bool redirects = false;   // success and fail addresses, required
    bool callback = false;
    bool callbackRequired = false;
};

class CreateRules final
{
    Q_DECLARE_TR_FUNCTIONS(CreateRules)
public:
    // The providers whose transactions Sarraf can create: Gitmix invoices, Cryptofuse payments,
    // GREENGO orders. (A Premium Exchanger bid needs the exchanger's own form per direction.)
    static QStringList providers();
    static std::optional<CreateForm> form(const QString &provider);
    // The provider adapter's checks before sending, with what is known before asking the provider:
    // settings are the provider's plain settings (Gitmix's store-id). Limits only the provider
    // knows (Cryptofuse's minimum for the coin, GREENGO's direction) are checked when creating,
    // before the request that creates is sent.
    static Outcome validate(const CreateRequest &request, const QHash<QString, QString> &settings);
};

} // namespace sarraf
