#include "providers/cryptofuse/CryptofuseAdapter.h"

#include "models/domain/ExactJson.h"
#include "models/domain/SecretRedactor.h"
#include "providers/cryptofuse/CryptofuseJson.h"
#include "providers/http/ApiMetrics.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QUrlQuery>

namespace sarraf {

using namespace Qt::StringLiterals;
using namespace sarraf::cryptofuse;

namespace {

template<typename T> void failLater(QObject *context, const std::function<void(Result<T>)> &done, Error error)
{
    QMetaObject::invokeMethod(
        context, [done, error = std::move(error)] { done(error); }, Qt::QueuedConnection);
}

OAuthSettings oauthSettings(QUrl tokenUrl, QString clientId, QString clientSecret, const CryptofuseOptions &options)
{
    OAuthSettings settings;
    settings.tokenUrl = std::move(tokenUrl);
    settings.clientId = std::move(clientId);
    settings.clientSecret = std::move(clientSecret);
    settings.scope = options.scope;
    settings.clock = options.tokenClock;
    return settings;
}

} // namespace

CryptofuseAdapter::CryptofuseAdapter(ApiClient &client, QUrl baseUrl, QString clientId, QString clientSecret,
                                     QString webhookSecret, CryptofuseOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_baseUrl(std::move(baseUrl))
    , m_webhookSecret(std::move(webhookSecret))
    , m_options(std::move(options))
    , m_oauth(client, oauthSettings(url(u"/o/token/"_s), std::move(clientId), std::move(clientSecret), m_options))
{
    SecretRedactor::instance().registerSecret(m_webhookSecret);
}

CryptofuseAdapter::~CryptofuseAdapter() = default;

QUrl CryptofuseAdapter::url(const QString &path) const
{
    QUrl result = m_baseUrl;
    QString base = result.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    result.setPath(base + path);
    return result;
}

ApiRequest CryptofuseAdapter::jsonPost(const QString &path, const QByteArray &body, ApiRequest::Effect effect) const
{
    return ApiRequest::post(path, url(path), body, "application/json", effect);
}

template<typename T>
void CryptofuseAdapter::exchange(ApiRequest request, QObject *context, Callback<T> done, Reader<T> read,
                                 bool authorized)
{
    request.acceptedStatuses << 400 << 404 << 409 << 422; // the documented error objects
    if (request.header("Accept").isEmpty())
        request.addHeader("Accept", "application/json");
    auto finish = [guard = QPointer<CryptofuseAdapter>(this), request, done = std::move(done),
                   read = std::move(read)](Result<ApiResponse> answer) {
        if (!guard)
            return; // as ApiClient: no answer from an adapter that is gone
        if (!answer) {
            done(answer.error());
            return;
        }
        if (answer->httpStatus >= 400) {
            done(guard->providerError(request, *answer));
            return;
        }
        Result<ApiJsonResponse> json = guard->m_client.readJson(request, std::move(answer).value());
        if (!json) {
            done(json.error());
            return;
        }
        Result<T> value = read(*json);
        if (!value && value.error().code == ParseErrorCode) {
            done(guard->m_client.badAnswer(request, value.error().detail));
            return;
        }
        done(std::move(value));
    };
    if (authorized)
        m_oauth.send(std::move(request), context, std::move(finish));
    else
        m_client.send(std::move(request), context, std::move(finish));
}

Error CryptofuseAdapter::providerError(const ApiRequest &request, const ApiResponse &response)
{
    const Result<QJsonDocument> json = exactjson::parse(response.body);
    QJsonObject object = json ? json->object() : QJsonObject();
    if (object.value(u"error"_s).isObject())
        object = object.value(u"error"_s).toObject();
    const QString code
        = object.value(u"code"_s).isString() ? object.value(u"code"_s).toString() : object.value(u"error"_s).toString();
    QString text = object.value(u"message"_s).toString();
    if (text.isEmpty())
        text = object.value(u"detail"_s).toString();
    if (text.isEmpty())
        text = object.value(u"error_description"_s).toString();
    if (code.isEmpty() && text.isEmpty())
        return m_client.errorFor(request, response); // not Cryptofuse's error object
    QStringList fieldErrors;
    const QJsonObject details = object.value(u"details"_s).toObject();
    for (auto it = details.begin(); it != details.end(); ++it) {
        const QJsonValue why = it.value();
        const QString whyText = why.isArray() ? why.toArray().first().toString() : why.toString();
        fieldErrors << it.key() + u": "_s + whyText;
    }
    // The field errors say more than the summary beside them ("amount: Amount below minimum").
    const QString said = fieldErrors.isEmpty() ? text : fieldErrors.join(u"; "_s);
    m_client.metrics().recordError(m_client.name(), request.endpoint, ApiError::errorType(ApiError::Kind::Client));
    const QString detail = QStringLiteral("%1 %2; HTTP %3; code %4; %5")
                               .arg(QString::fromLatin1(request.method), request.endpoint)
                               .arg(response.httpStatus)
                               .arg(code.isEmpty() ? u"(none)"_s : code, ApiError::bodyExcerpt(response.body));
    if (code == u"invalid_currency")
        return makeError(u"cryptofuse.currency-not-supported"_s,
                         tr("Cryptofuse does not offer this currency, or it is not enabled for this account."), detail);
    if (code == u"insufficient_balance")
        return makeError(u"cryptofuse.insufficient-balance"_s,
                         tr("Cryptofuse refused the withdrawal because the balance is too low; nothing was sent."),
                         detail);
    if (response.httpStatus == 404 && request.endpoint == u"/payments/status/")
        return makeError(u"cryptofuse.not-found"_s, tr("Cryptofuse has no payment with this id."), detail);
    return makeError(u"cryptofuse.request-refused"_s,
                     tr("Cryptofuse refused the request: %1").arg(said.isEmpty() ? code : said), detail);
}

void CryptofuseAdapter::authenticate(QObject *context, Callback<Done> done)
{
    m_oauth.token(context, [done = std::move(done)](Result<QString> token) {
        done(token ? Result<Done>(Done{}) : Result<Done>(token.error())); // the token stays here
    });
}

void CryptofuseAdapter::currencies(QObject *context, Callback<QList<CryptofuseCurrency>> done)
{
    QUrl target = url(u"/currencies/"_s);
    target.setQuery(u"full=true&min_max=true&include_usd=true"_s);
    exchange<QList<CryptofuseCurrency>>(
        ApiRequest::get(u"/currencies/"_s, target), context, std::move(done),
        [](const ApiJsonResponse &answer) -> Result<QList<CryptofuseCurrency>> {
            // Liberal: the documented {"currencies": [...]} or a bare array.
            const QJsonArray list
                = answer.json.isArray() ? answer.json.array() : answer.json.object().value(u"currencies"_s).toArray();
            if (!answer.json.isArray() && !answer.json.object().value(u"currencies"_s).isArray())
                return parseError(u"no \"currencies\" array"_s);
            QList<CryptofuseCurrency> result;
            for (const QJsonValue &entry : list) {
                Fields f(entry.toObject());
                CryptofuseCurrency c;
                c.code = f.required(u"currency"_s);
                c.name = f.text(u"name"_s);
                c.token = f.text(u"token"_s);
                c.blockchain = f.text(u"blockchain"_s);
                c.minAmount = f.money(u"min_amount"_s, c.code);
                c.maxAmount = f.money(u"max_amount"_s, c.code);
                c.minAmountUsd = f.money(u"min_amount_usd"_s, u"USD"_s);
                c.maxAmountUsd = f.money(u"max_amount_usd"_s, u"USD"_s);
                c.isStable = f.boolean(u"is_stable"_s);
                if (!f.ok())
                    return f.error();
                result.append(c);
            }
            return result;
        });
}

void CryptofuseAdapter::rate(const Money &amount, const QString &currencyTo, QObject *context,
                             Callback<CryptofuseRate> done)
{
    QUrlQuery query;
    query.addQueryItem(u"amount"_s, amount.amountText());
    query.addQueryItem(u"currency_from"_s, amount.currency());
    query.addQueryItem(u"currency_to"_s, currencyTo);
    query.addQueryItem(u"full"_s, u"true"_s);
    QUrl target = url(u"/rates/"_s);
    target.setQuery(query);
    exchange<CryptofuseRate>(
        ApiRequest::get(u"/rates/"_s, target), context, std::move(done),
        [from = amount.currency(), currencyTo](const ApiJsonResponse &answer) -> Result<CryptofuseRate> {
            Fields f(answer.json.object());
            const QString fromCode = f.text(u"currency_from"_s).isEmpty() ? from : f.text(u"currency_from"_s);
            const QString toCode = f.text(u"currency_to"_s).isEmpty() ? currencyTo : f.text(u"currency_to"_s);
            CryptofuseRate rate;
            rate.amount = f.requiredMoney(u"amount"_s, fromCode);
            rate.estimatedAmount = f.requiredMoney(u"estimated_amount"_s, toCode);
            if (!f.has(u"rate"_s))
                (void)f.required(u"rate"_s);
            rate.rate = f.decimal(u"rate"_s).value_or(Decimal());
            rate.feePercentage = f.decimal(u"fee_percentage"_s);
            rate.feeAmount = f.decimal(u"fee_amount"_s);
            rate.timestamp = f.time(u"timestamp"_s);
            if (!f.ok())
                return f.error();
            return rate;
        });
}

void CryptofuseAdapter::createPayment(const CryptofusePaymentRequest &request, QObject *context,
                                      Callback<CryptofuseTransaction> done)
{
    if (Outcome valid = validate(request); !valid) {
        failLater(context, done, valid.error());
        return;
    }
    QJsonObject fields{{u"currency"_s, request.currency}, {u"price_currency"_s, request.price.currency()}};
    if (!request.callbackUrl.isEmpty())
        fields.insert(u"callback_url"_s, request.callbackUrl.toString(QUrl::FullyEncoded));
    if (!request.orderId.isEmpty())
        fields.insert(u"order_id"_s, request.orderId);
    if (!request.orderDescription.isEmpty())
        fields.insert(u"order_description"_s, request.orderDescription);
    if (request.fixedRate)
        fields.insert(u"is_fixed_rate"_s, *request.fixedRate);
    if (request.feePaidByUser)
        fields.insert(u"is_fee_paid_by_user"_s, *request.feePaidByUser);
    if (request.expiryMinutes)
        fields.insert(u"expiry_minutes"_s, *request.expiryMinutes);
    ApiRequest http = jsonPost(u"/payments/"_s, jsonBody(fields, {{u"amount"_s, request.price.amount()}}),
                               ApiRequest::Effect::Changes);
    if (!m_options.idempotencyHeader.isEmpty() && !request.idempotencyKey.isEmpty())
        http.addHeader(m_options.idempotencyHeader, request.idempotencyKey.toUtf8());
    exchange<CryptofuseTransaction>(
        std::move(http), context, std::move(done), [request](const ApiJsonResponse &answer) {
            Result<CryptofuseTransaction> payment = readTransaction(answer.json.object(), TransactionKind::Invoice,
                                                                    request.currency, answer.response.body);
            if (payment) {
                // The answer does not echo what only the request knows.
                if (payment.value().record.description.isEmpty())
                    payment.value().record.description = request.orderDescription;
                if (payment.value().details.orderId.isEmpty())
                    payment.value().details.orderId = request.orderId;
            }
            return payment;
        });
}

void CryptofuseAdapter::paymentStatus(const QString &transactionId, QObject *context,
                                      Callback<CryptofuseTransaction> done)
{
    const QByteArray body = jsonBody(QJsonObject{{u"transaction_id"_s, transactionId}}, {});
    exchange<CryptofuseTransaction>(jsonPost(u"/payments/status/"_s, body, ApiRequest::Effect::ReadOnly), context,
                                    std::move(done), [](const ApiJsonResponse &answer) {
                                        QJsonObject object = answer.json.object();
                                        if (!object.contains(u"status"_s) && object.value(u"data"_s).isObject())
                                            object = object.value(u"data"_s).toObject();
                                        return readTransaction(object, TransactionKind::Invoice, QString(),
                                                               answer.response.body);
                                    });
}

void CryptofuseAdapter::minimumAmount(const QString &currency, QObject *context, Callback<CryptofuseMinimum> done)
{
    QUrl target = url(u"/payments/min-amount/"_s);
    target.setQuery(QUrlQuery{{u"currency"_s, currency}});
    exchange<CryptofuseMinimum>(
        ApiRequest::get(u"/payments/min-amount/"_s, target), context, std::move(done),
        [currency](const ApiJsonResponse &answer) -> Result<CryptofuseMinimum> {
            Fields f(answer.json.object());
            const QString code = f.text(u"currency"_s).isEmpty() ? currency : f.text(u"currency"_s);
            CryptofuseMinimum minimum{f.requiredMoney(u"min_amount"_s, code), f.money(u"min_amount_usd"_s, u"USD"_s)};
            if (!f.ok())
                return f.error();
            return minimum;
        });
}

void CryptofuseAdapter::balances(QObject *context, Callback<QList<CryptofuseBalance>> done)
{
    exchange<QList<CryptofuseBalance>>(
        ApiRequest::get(u"/user/balances/"_s, url(u"/user/balances/"_s)), context, std::move(done),
        [](const ApiJsonResponse &answer) -> Result<QList<CryptofuseBalance>> {
            const QJsonValue account = answer.json.object().value(u"account"_s);
            if (!account.isObject())
                return parseError(u"no \"account\" object"_s);
            QList<CryptofuseBalance> result;
            const QJsonObject wallets = account.toObject();
            for (auto it = wallets.begin(); it != wallets.end(); ++it) {
                Fields f(it.value().toObject());
                const Fields currency(f.object().value(u"currency"_s).toObject());
                const QString code = currency.text(u"currency"_s).isEmpty() ? it.key() : currency.text(u"currency"_s);
                CryptofuseBalance balance{f.requiredMoney(u"amount"_s, code),
                                           f.money(u"pending_amount"_s, code).value_or(Money()),
                                           currency.text(u"blockchain"_s), currency.text(u"token"_s)};
                if (!balance.pendingAmount.isValid())
                    balance.pendingAmount = Money::fromDecimal(Decimal(), code).valueOr(Money());
                if (!f.ok())
                    return f.error();
                result.append(balance);
            }
            return result;
        });
}

void CryptofuseAdapter::validateAddress(const QString &address, const QString &currency, QObject *context,
                                        Callback<CryptofuseAddressCheck> done)
{
    const QByteArray body = jsonBody(QJsonObject{{u"address"_s, address}, {u"currency"_s, currency}}, {});
    exchange<CryptofuseAddressCheck>(
        jsonPost(u"/withdrawal/validate-address/"_s, body, ApiRequest::Effect::ReadOnly), context, std::move(done),
        [address, currency](const ApiJsonResponse &answer) -> Result<CryptofuseAddressCheck> {
            Fields f(answer.json.object());
            CryptofuseAddressCheck check;
            const std::optional<bool> valid = f.boolean(u"is_valid"_s);
            if (!valid)
                (void)f.required(u"is_valid"_s);
            check.valid = valid.value_or(false);
            check.address = f.text(u"address"_s).isEmpty() ? address : f.text(u"address"_s);
            check.blockchain = f.text(u"blockchain"_s);
            check.currency = f.text(u"currency"_s).isEmpty() ? currency : f.text(u"currency"_s);
            if (!f.ok())
                return f.error();
            return check;
        });
}

void CryptofuseAdapter::estimateWithdrawal(const Money &amount, const QString &address, QObject *context,
                                           Callback<CryptofuseWithdrawalEstimate> done)
{
    QJsonObject fields{{u"currency"_s, amount.currency()}};
    if (!address.isEmpty())
        fields.insert(u"address"_s, address);
    exchange<CryptofuseWithdrawalEstimate>(
        jsonPost(u"/withdrawal/estimate/"_s, jsonBody(fields, {{u"amount"_s, amount.amount()}}),
                 ApiRequest::Effect::ReadOnly),
        context, std::move(done),
        [code = amount.currency()](const ApiJsonResponse &answer) -> Result<CryptofuseWithdrawalEstimate> {
            Fields f(answer.json.object());
            const QString currency = f.text(u"currency"_s).isEmpty() ? code : f.text(u"currency"_s);
            CryptofuseWithdrawalEstimate estimate{f.requiredMoney(u"amount"_s, currency),
                                                   f.requiredMoney(u"requested_amount"_s, currency),
                                                   f.requiredMoney(u"fee"_s, currency),
                                                   f.money(u"platform_fee"_s, currency),
                                                   f.money(u"network_fee"_s, currency),
                                                   f.text(u"blockchain"_s),
                                                   f.text(u"token"_s)};
            if (!f.ok())
                return f.error();
            return estimate;
        });
}

void CryptofuseAdapter::createWithdrawal(const CryptofuseWithdrawalRequest &request, QObject *context,
                                         Callback<CryptofuseTransaction> done)
{
    if (Outcome valid = validate(request); !valid) {
        failLater(context, done, valid.error());
        return;
    }
    QJsonObject fields{{u"currency"_s, request.amount.currency()}, {u"address"_s, request.address.trimmed()}};
    if (!request.callbackUrl.isEmpty())
        fields.insert(u"callback_url"_s, request.callbackUrl.toString(QUrl::FullyEncoded));
    ApiRequest http = jsonPost(u"/withdrawal/"_s, jsonBody(fields, {{u"amount"_s, request.amount.amount()}}),
                               ApiRequest::Effect::Changes);
    if (!m_options.idempotencyHeader.isEmpty() && !request.idempotencyKey.isEmpty())
        http.addHeader(m_options.idempotencyHeader, request.idempotencyKey.toUtf8());
    exchange<CryptofuseTransaction>(
        std::move(http), context, std::move(done), [request](const ApiJsonResponse &answer) {
            Result<CryptofuseTransaction> withdrawal = readTransaction(
                answer.json.object(), TransactionKind::Withdrawal, request.amount.currency(), answer.response.body);
            if (withdrawal && withdrawal.value().record.address.isEmpty())
                withdrawal.value().record.address = request.address.trimmed();
            return withdrawal;
        });
}

void CryptofuseAdapter::serviceStatus(QObject *context, Callback<CryptofuseServiceStatus> done)
{
    exchange<CryptofuseServiceStatus>(
        ApiRequest::get(u"/status/"_s, url(u"/status/"_s)), context, std::move(done),
        [](const ApiJsonResponse &answer) -> Result<CryptofuseServiceStatus> {
            return CryptofuseServiceStatus{answer.json.object().value(u"status"_s).toString(),
                                            SecretRedactor::instance().redact(answer.response.body)};
        },
        m_options.statusNeedsToken);
}

} // namespace sarraf
