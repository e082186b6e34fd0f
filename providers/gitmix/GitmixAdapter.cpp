#include "providers/gitmix/GitmixAdapter.h"

#include "models/domain/ExactJson.h"
#include "models/domain/SecretRedactor.h"
#include "providers/gitmix/JavaScriptJson.h"
#include "providers/http/ApiClient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QPointer>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sarraf {
namespace {

// The store token in a status answer is the API key itself, and a gateway may carry its own
// keys: they are blanked by name before the answer is stored, and every registered secret too.
QByteArray redactAnswer(const QByteArray &body, const QString &extraSecret = {})
{
    static const QRegularExpression secretMember(
        uR"RX("(token|privateKey|accessToken)"\s*:\s*"(?:[^"\\]|\\.)*")RX"_s);
    QString text = QString::fromUtf8(body);
    text.replace(secretMember, uR"("\1":")"_s + SecretRedactor::placeholder() + u'"');
    if (extraSecret.size() >= SecretRedactor::MinimumLength)
        text.replace(extraSecret, SecretRedactor::placeholder());
    return SecretRedactor::instance().redact(text.toUtf8());
}

Error parseError(const QString &detail)
{
    return makeError(u"gitmix.parse"_s, QString(), detail);
}

QString textOf(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString(); // exactjson made numbers strings; null gives ""
}

QDateTime timeOf(const QJsonObject &object, QLatin1StringView key)
{
    return QDateTime::fromString(textOf(object, key), Qt::ISODateWithMs);
}

// An invoice object of any answer or callback. assumedStatus: the status when none is given (the
// create answer has none); requireAmount: false for callbacks, whose fields are undocumented.
Result<GitmixInvoice> readInvoiceObject(const QJsonObject &object, const std::optional<QString> &assumedStatus,
                                        bool requireAmount)
{
    GitmixInvoice invoice;
    TrackedTransaction &record = invoice.transaction;
    record.kind = TransactionKind::Invoice;
    record.provider = GitmixAdapter::providerName();
    record.providerId = textOf(object, "txid"_L1);
    if (record.providerId.isEmpty())
        return parseError(u"no txid"_s);
    const QJsonValue status = object.value("status"_L1);
    if (status.isString())
        record.providerStatus = status.toString();
    else if (assumedStatus)
        record.providerStatus = *assumedStatus;
    else
        return parseError(u"no status"_s);
    record.status = GitmixAdapter::normalisedStatus(record.providerStatus);

    const QString currency = textOf(object, "currency"_L1);
    const QJsonValue amount = object.value("amount"_L1);
    if (requireAmount || !amount.isUndefined() || !currency.isEmpty()) {
        if (currency.isEmpty())
            return parseError(u"no currency"_s);
        const Result<Money> money = exactjson::moneyFromJson(amount, currency);
        if (!money)
            return parseError(u"amount: "_s + money.error().logLine());
        record.amount = money->amountText();
        record.currency = money->currency();
    }
    record.customerEmail = textOf(object, "customerEmail"_L1);
    record.customerPhone = textOf(object, "customerPhoneNumber"_L1);
    record.description = textOf(object, "description"_L1);
    record.trackingCode = textOf(object, "paymentRef"_L1);
    record.createdAt = timeOf(object, "createdAt"_L1);
    record.updatedAt = timeOf(object, "updatedAt"_L1);

    invoice.paymentId = textOf(object, "id"_L1);
    invoice.storeId = textOf(object, "storeId"_L1);
    invoice.gatewayId = textOf(object, "gatewayId"_L1);
    invoice.payable = textOf(object, "payable"_L1);
    invoice.deadlineMinutes = textOf(object, "deadlineAt"_L1);
    invoice.kycStatus = textOf(object, "kycStatus"_L1);
    invoice.callbackStatus = textOf(object, "callbackStatus"_L1);
    invoice.customerIp = textOf(object, "customerIp"_L1);
    invoice.customerFingerprint = textOf(object, "customerFingerprint"_L1);
    invoice.score = textOf(object, "score"_L1);

    const QJsonValue histories = object.value("transactionHistories"_L1);
    if (!histories.isUndefined() && !histories.isNull() && !histories.isArray())
        return parseError(u"transactionHistories is not an array"_s);
    for (const QJsonValue &item : histories.toArray()) {
        const QJsonObject entry = item.toObject();
        if (!entry.value("status"_L1).isString())
            return parseError(u"a history entry has no status"_s);
        GitmixHistoryEntry step;
        step.id = textOf(entry, "id"_L1);
        step.providerStatus = textOf(entry, "status"_L1);
        step.status = GitmixAdapter::normalisedStatus(step.providerStatus);
        step.description = textOf(entry, "description"_L1);
        step.createdAt = timeOf(entry, "createdAt"_L1);
        invoice.history.append(step);
    }
    return invoice;
}

// The sentences of the documented error body, or nothing when the body is something else.
QStringList errorMessages(const QByteArray &body)
{
    const Result<QJsonDocument> json = exactjson::parse(body);
    QStringList messages;
    if (!json || !json->isObject())
        return messages;
    for (const QJsonValue &item : json->object().value("errors"_L1).toArray()) {
        const QString message = item.toObject().value("message"_L1).toString().trimmed();
        if (!message.isEmpty())
            messages << SecretRedactor::instance().redact(message.left(300));
    }
    return messages;
}

bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size()) // the length of a SHA-1 hex digest is no secret
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

bool isWebAddress(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == u"https" || url.scheme() == u"http");
}

} // namespace

const QStringList &GitmixAdapter::currencies()
{
    static const QStringList list{u"USD"_s, u"IRR"_s, u"TMN"_s, u"POL"_s, u"TRX"_s, u"TON"_s, u"BNB"_s};
    return list;
}

const QStringList &GitmixAdapter::initialStatuses()
{
    static const QStringList list{u"pending"_s, u"processing"_s, u"paid"_s, u"cancelled"_s, u"review"_s};
    return list;
}

TransactionStatus GitmixAdapter::normalisedStatus(QStringView gitmixStatus)
{
    static const std::pair<QStringView, TransactionStatus> map[] = {
        {u"pending", TransactionStatus::Pending},       // the link waits for the customer
        {u"processing", TransactionStatus::Processing}, // paid at the gateway, not confirmed yet
        {u"paid", TransactionStatus::Completed},
        {u"cancelled", TransactionStatus::Cancelled}, // not always final: see the header
        {u"review", TransactionStatus::Review},
    };
    const QStringView word = gitmixStatus.trimmed();
    for (const auto &[known, status] : map) {
        if (word.compare(known, Qt::CaseInsensitive) == 0)
            return status;
    }
    return TransactionStatus::Unknown;
}

GitmixAdapter::GitmixAdapter(ApiClient &client, QUrl baseUrl, qint64 storeId, QString apiKey, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_baseUrl(std::move(baseUrl))
    , m_storeId(storeId)
    , m_apiKey(std::move(apiKey))
{
}

Outcome GitmixAdapter::validate(const GitmixInvoiceRequest &request, qint64 storeId)
{
    auto refuse = [](const char *field, const QString &message) {
        return makeError(u"gitmix.invalid-"_s + QLatin1StringView(field), message);
    };
    if (storeId <= 0)
        return refuse("store-id", tr("The Gitmix store ID (storeId) must be a positive whole number; check the store "
                                     "ID in this provider's settings."));
    if (!request.amount.isValid() || request.amount.isZero() || request.amount.isNegative())
        return refuse("amount", tr("The amount must be greater than zero."));
    if (!currencies().contains(request.amount.currency()))
        return refuse("currency", tr("Gitmix accepts only these currencies: %1. %2 is not one of them.")
                                      .arg(currencies().join(u", "_s), request.amount.currency()));
    if (request.gatewayId && *request.gatewayId <= 0)
        return refuse("gateway-id", tr("The gateway ID (gatewayId) must be a positive whole number."));
    if (!request.initialStatus.isEmpty() && !initialStatuses().contains(request.initialStatus))
        return refuse("status", tr("The initial status must be one of: %1.").arg(initialStatuses().join(u", "_s)));
    if (request.deadlineMinutes && *request.deadlineMinutes <= 0)
        return refuse("deadline", tr("The payment deadline (deadlineAt) must be a positive number of minutes."));
    if (request.description.size() > MaxDescription)
        return refuse("description", tr("The description may have at most %n character(s).", nullptr,
                                        int(MaxDescription)));
    if (!isWebAddress(request.callbackUrl))
        return refuse("callback-url", tr("The callback address (callbackUrl) must be a complete http or https "
                                         "address."));
    if (!isWebAddress(request.successRedirectUrl))
        return refuse("success-redirect-url", tr("The address after a successful payment (successRedirectUrl) "
                                                 "must be a complete http or https address."));
    if (!isWebAddress(request.failRedirectUrl))
        return refuse("fail-redirect-url", tr("The address after a failed payment (failRedirectUrl) must be a "
                                              "complete http or https address."));
    if (request.customerIp.size() > MaxCustomerIp)
        return refuse("customer-ip", tr("The customer's IP address (customerIp) may have at most %n character(s).",
                                        nullptr, int(MaxCustomerIp)));
    if (request.customerEmail.size() > MaxCustomerEmail)
        return refuse("customer-email", tr("The customer's email (customerEmail) may have at most %n "
                                           "character(s).", nullptr, int(MaxCustomerEmail)));
    return Done{};
}

QByteArray GitmixAdapter::invoiceBody(const GitmixInvoiceRequest &request) const
{
    QByteArray body = "{\"storeId\":" + QByteArray::number(m_storeId);
    auto add = [&body](const char *key, const QByteArray &json) { body += ",\"" + QByteArray(key) + "\":" + json; };
    auto url = [](const QUrl &address) { return javascriptjson::quote(address.toString(QUrl::FullyEncoded)); };
    if (request.gatewayId)
        add("gatewayId", QByteArray::number(*request.gatewayId));
    if (!request.initialStatus.isEmpty())
        add("status", javascriptjson::quote(request.initialStatus));
    if (request.deadlineMinutes)
        add("deadlineAt", QByteArray::number(*request.deadlineMinutes));
    add("amount", request.amount.amountText().toLatin1()); // a JSON number with the exact digits
    if (!request.description.isEmpty())
        add("description", javascriptjson::quote(request.description));
    add("currency", javascriptjson::quote(request.amount.currency()));
    add("callbackUrl", url(request.callbackUrl));
    add("successRedirectUrl", url(request.successRedirectUrl));
    add("failRedirectUrl", url(request.failRedirectUrl));
    if (!request.customerPhoneNumber.isEmpty())
        add("customerPhoneNumber", javascriptjson::quote(request.customerPhoneNumber));
    if (!request.customerIp.isEmpty())
        add("customerIp", javascriptjson::quote(request.customerIp));
    if (!request.customerEmail.isEmpty())
        add("customerEmail", javascriptjson::quote(request.customerEmail));
    if (request.score)
        add("score", QByteArray::number(*request.score));
    return body + '}';
}

QUrl GitmixAdapter::endpointUrl(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl GitmixAdapter::paymentUrl(const QString &paymentId) const
{
    return endpointUrl(u"/payment/"_s + QString::fromLatin1(QUrl::toPercentEncoding(paymentId)));
}

ApiRequest GitmixAdapter::withKey(ApiRequest request) const
{
    request.addSecretHeader("x-api-key", m_apiKey.toUtf8());
    request.addHeader("Accept", "application/json");
    for (int status = 400; status < 500; ++status)
        request.acceptedStatuses.append(status); // the documented error body; never 429 (the runtime's)
    return request;
}

void GitmixAdapter::deliverLater(QObject *context, InvoiceDone done, Error error)
{
    // As the runtime does: the callback never runs inside the call that asked for it.
    QMetaObject::invokeMethod(
        context, [done = std::move(done), error = std::move(error)] { done(error); }, Qt::QueuedConnection);
}

void GitmixAdapter::createInvoice(const GitmixInvoiceRequest &request, QObject *context, InvoiceDone done)
{
    if (const Outcome valid = validate(request); !valid) {
        deliverLater(context, std::move(done), valid.error());
        return;
    }
    ApiRequest api = ApiRequest::post(u"/invoices"_s, endpointUrl(u"/invoices"_s), invoiceBody(request),
                                      "application/json", ApiRequest::Effect::Changes);
    const QString assumed = request.initialStatus.isEmpty() ? u"pending"_s : request.initialStatus;
    sendForInvoice(withKey(std::move(api)), assumed, context, std::move(done));
}

void GitmixAdapter::invoiceStatus(const QString &txid, QObject *context, InvoiceDone done)
{
    // Documented txids are numbers; letters, '-' and '_' are tolerated, nothing that could change the path.
    static const QRegularExpression plainId(u"^[A-Za-z0-9_-]{1,64}$"_s);
    if (!plainId.match(txid).hasMatch()) {
        deliverLater(context, std::move(done),
                     makeError(u"gitmix.invalid-txid"_s,
                               tr("A Gitmix transaction ID (txid) is a number such as 28442; \"%1\" is not one.")
                                   .arg(txid.left(80))));
        return;
    }
    ApiRequest api = ApiRequest::get(u"/invoices/{txid}"_s, endpointUrl(u"/invoices/"_s + txid));
    sendForInvoice(withKey(std::move(api)), std::nullopt, context, std::move(done));
}

void GitmixAdapter::sendForInvoice(ApiRequest request, std::optional<QString> assumedStatus, QObject *context,
                                   InvoiceDone done)
{
    ApiRequest copy = request;
    m_client.send(std::move(request), context,
                  [guard = QPointer<GitmixAdapter>(this), copy = std::move(copy), assumedStatus = std::move(assumedStatus),
                   done = std::move(done)](Result<ApiResponse> result) {
                      if (!guard)
                          return;
                      if (!result)
                          done(result.error());
                      else if (result->httpStatus >= 400)
                          done(guard->providerError(copy, *result));
                      else
                          done(guard->readInvoice(copy, *result, assumedStatus));
                  });
}

Result<GitmixInvoice> GitmixAdapter::readInvoice(const ApiRequest &request, const ApiResponse &response,
                                                 const std::optional<QString> &assumedStatus) const
{
    const Result<ApiJsonResponse> json = m_client.readJson(request, response);
    if (!json)
        return json.error();
    const QJsonObject object = json->json.object();
    if (!json->json.isObject())
        return m_client.badAnswer(request, u"the answer is not a JSON object"_s);
    if (object.contains("errors"_L1) && !object.contains("txid"_L1))
        return providerError(request, response); // the error body with a 2xx status
    Result<GitmixInvoice> invoice = readInvoiceObject(object, assumedStatus, true);
    if (!invoice)
        return m_client.badAnswer(request, invoice.error().detail);
    if (assumedStatus && invoice->paymentId.isEmpty())
        return m_client.badAnswer(request, u"no id for the payment link"_s);
    if (!invoice->paymentId.isEmpty())
        invoice.value().transaction.paymentUrl = paymentUrl(invoice->paymentId).toString();
    invoice.value().transaction.rawAnswer = redactAnswer(response.body, m_apiKey);
    return invoice;
}

Error GitmixAdapter::providerError(const ApiRequest &request, const ApiResponse &response) const
{
    Error error = m_client.errorFor(request, response);
    const QStringList messages = errorMessages(response.body);
    if (!messages.isEmpty()) {
        //: %1 is Sarraf's sentence about the failure; %2 is Gitmix's own English message, quoted as it came.
        error.message = tr("%1 Gitmix's answer: \"%2\"").arg(error.message, messages.join(u"; "_s));
    }
    return error;
}

Result<QByteArray> GitmixAdapter::signedTextOf(const QByteArray &rawBody, QString *hash)
{
    javascriptjson::Stringifier stringify(rawBody);
    QByteArray text;
    std::optional<QString> found;
    if (!stringify.run(text, found))
        return makeError(u"gitmix.callback-malformed"_s,
                         tr("The callback is not a JSON object as Gitmix sends it, so it cannot be checked."),
                         stringify.error());
    if (!found)
        return makeError(u"gitmix.callback-unsigned"_s,
                         tr("The callback has no \"hash\" member, so nothing shows that it came from Gitmix."));
    if (hash)
        *hash = *found;
    return text;
}

Result<GitmixCallback> GitmixAdapter::verifyCallback(const QByteArray &rawBody, const QString &storeToken)
{
    if (storeToken.isEmpty())
        return makeError(u"gitmix.callback-no-token"_s,
                         tr("The Gitmix API key is not set, so the callback cannot be checked; enter it in this "
                            "provider's settings."));
    QString hash;
    Result<QByteArray> text = signedTextOf(rawBody, &hash);
    if (!text)
        return text.error();
    const QByteArray expected =
        QMessageAuthenticationCode::hash(*text, storeToken.toUtf8(), QCryptographicHash::Sha1).toHex();
    // Exactly as Gitmix's verifier: === against Node's lower-case hex digest.
    if (!equalInConstantTime(expected, hash.toUtf8()))
        return makeError(u"gitmix.callback-forged"_s,
                         tr("The callback's signature does not match this store's Gitmix API key: it was not sent "
                            "by Gitmix for this store, or it was changed on the way. Do not act on it."),
                         u"HMAC-SHA1 over %1 bytes does not match"_s.arg(text->size()));

    const Result<QJsonDocument> json = exactjson::parse(rawBody);
    Result<GitmixInvoice> invoice = json && json->isObject()
        ? readInvoiceObject(json->object(), std::nullopt, false)
        : Result<GitmixInvoice>(parseError(json ? u"not an object"_s : json.error().detail));
    if (!invoice)
        return makeError(u"gitmix.callback-incomplete"_s,
                         tr("The callback is genuine, but it lacks the transaction ID, status or amount Sarraf "
                            "needs to apply it."),
                         invoice.error().detail);
    invoice.value().transaction.rawAnswer = redactAnswer(rawBody, storeToken);
    return GitmixCallback{std::move(invoice).value(), std::move(text).value()};
}

} // namespace sarraf
