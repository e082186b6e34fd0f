#include "providers/CreateRequest.h"

#include "providers/CreateRequestMapping.h"
#include "providers/ProviderCatalog.h"
#include "providers/cryptofuse/CryptofuseAdapter.h"
#include "providers/gitmix/GitmixAdapter.h"
#include "providers/greengo/GreengoAdapter.h"

using namespace Qt::StringLiterals;

namespace sarraf {

QStringList CreateRules::providers()
{
    return {GitmixAdapter::providerName(), CryptofuseAdapter::providerName(), u"greengo"_s};
}

std::optional<CreateForm> CreateRules::form(const QString &provider)
{
    CreateForm form;
    form.provider = provider;
    if (provider == GitmixAdapter::providerName()) {
        form.kind = TransactionKind::Invoice;
        form.currencies = GitmixAdapter::currencies();
        form.customer = form.description = form.redirects = form.callback = form.callbackRequired = true;
        return form;
    }
    if (provider == CryptofuseAdapter::providerName()) {
        form.kind = TransactionKind::Invoice;
        form.currencies = {u"USD"_s}; // the testnet and the document price in dollars
        form.payCurrencies = {u"USDTTRC20"_s, u"USDTERC20"_s, u"BTC"_s, u"ETH"_s, u"TRX"_s, u"LTC"_s};
        form.description = form.reference = form.callback = true;
        return form;
    }
    if (provider == u"greengo") {
        form.kind = TransactionKind::Order;
        const GreengoOptions options;
        for (auto it = options.paymentMethods.cbegin(); it != options.paymentMethods.cend(); ++it)
            form.paymentMethods.append({it.key(), it.value()});
        form.wallet = true;
        return form;
    }
    return std::nullopt;
}

Outcome CreateRules::validate(const CreateRequest &request, const QHash<QString, QString> &settings)
{
    if (request.provider == GitmixAdapter::providerName()) {
        bool ok = false;
        const qint64 storeId = settings.value(u"store-id"_s).trimmed().toLongLong(&ok);
        return GitmixAdapter::validate(createmapping::gitmix(request), ok ? storeId : 0);
    }
    if (request.provider == CryptofuseAdapter::providerName())
        return CryptofuseAdapter::validate(createmapping::cryptofuse(request));
    if (request.provider == u"greengo")
        return GreengoAdapter::validate(createmapping::greengo(request), GreengoOptions{});
    return makeError(u"create.unsupported"_s, tr("Sarraf cannot create transactions at %1.").arg(ProviderCatalog::displayNameOf(request.provider)));
}

namespace createmapping {

GitmixInvoiceRequest gitmix(const CreateRequest &request)
{
    GitmixInvoiceRequest invoice;
    invoice.amount = request.amount;
    invoice.callbackUrl = request.callbackUrl;
    invoice.successRedirectUrl = request.successUrl;
    invoice.failRedirectUrl = request.failUrl;
    invoice.description = request.description.trimmed();
    invoice.customerPhoneNumber = request.customerPhone.trimmed();
    invoice.customerEmail = request.customerEmail.trimmed();
    return invoice;
}

CryptofusePaymentRequest cryptofuse(const CreateRequest &request)
{
    CryptofusePaymentRequest payment;
    payment.price = request.amount;
    payment.currency = request.payCurrency.trimmed().toUpper();
    payment.callbackUrl = request.callbackUrl;
    payment.orderId = request.reference.trimmed();
    payment.orderDescription = request.description.trimmed();
    return payment;
}

GreengoOrderRequest greengo(const CreateRequest &request)
{
    GreengoOrderRequest order;
    order.paymentMethod = request.paymentMethod;
    order.wallet = request.wallet.trimmed();
    order.fromAmount = request.amount;
    return order;
}

} // namespace createmapping
} // namespace sarraf
