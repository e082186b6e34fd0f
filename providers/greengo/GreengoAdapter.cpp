#include "providers/greengo/GreengoAdapter.h"

#include "models/domain/Currency.h"
#include "models/domain/ExactJson.h"
#include "models/domain/SecretRedactor.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;

namespace sarraf {
namespace {

const QString DirectionsPath = u"/api/v2/directions"_s;
const QString CreatePath = u"/api/v2/order/create"_s;
const QString CheckPath = u"/api/v2/order/check"_s;
const QString CancelPath = u"/api/v2/order/cancel"_s;

// Runs `done` later in `context`'s thread, as the runtime does: never inside the caller's call.
template<typename T> void deliver(QObject *context, std::function<void(Result<T>)> done, Result<T> result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); }, Qt::QueuedConnection);
}

// Sends chunks one after another and gathers one outcome per id (see checkOrders()).
template<typename Item> struct Batch
{
    using Done = std::function<void(Result<QList<Item>>)>;
    QList<QStringList> chunks; // never empty
    qsizetype next = 0;
    QList<Item> outcomes;
    std::function<void(const QStringList &, Done)> send;
    std::function<Item(const QString &, const Error &)> failed;
    Done done;

    static void step(const std::shared_ptr<Batch> &self)
    {
        self->send(self->chunks.at(self->next), [self](Result<QList<Item>> result) {
            if (!result && self->next == 0)
                return self->done(result.error());
            if (result) {
                self->outcomes += std::move(result).value();
                if (++self->next < self->chunks.size())
                    return step(self);
            } else {
                // The provider is unwell: the ids not yet sent are not sent now.
                for (qsizetype i = self->next; i < self->chunks.size(); ++i) {
                    for (const QString &id : std::as_const(self->chunks[i]))
                        self->outcomes.append(self->failed(id, result.error()));
                }
            }
            self->done(std::move(self->outcomes));
        });
    }
};

QJsonDocument idsBody(const QStringList &ids)
{
    return QJsonDocument(QJsonObject {{u"order_id"_s, QJsonArray::fromStringList(ids)}});
}

// The first array found at one of the paths ("data/orders"): answers are read liberally.
QJsonArray arrayAt(const QJsonObject &answer, std::initializer_list<QStringView> paths)
{
    for (QStringView path : paths) {
        QJsonValue value = answer;
        for (QStringView key : path.split(u'/'))
            value = value.toObject().value(key);
        if (value.isArray())
            return value.toArray();
    }
    return {};
}

QString trimmedText(const QJsonValue &value)
{
    return value.toString().trimmed();
}

// The provider's own explanation, wherever it put it.
QString providerMessage(const QJsonObject &answer)
{
    for (const auto key : {u"message", u"error", u"error_text", u"msg", u"description", u"data"}) {
        const QString text = trimmedText(answer.value(key));
        if (!text.isEmpty())
            return text;
    }
    return {};
}

enum class Verdict { Success, Refused, Silent };

// "response": "success" (create) or "result": "true " (check, with the document's space).
Verdict verdictOf(const QJsonObject &answer)
{
    if (answer.contains(u"response"))
        return trimmedText(answer.value(u"response")).compare(u"success", Qt::CaseInsensitive) == 0 ? Verdict::Success
                                                                                                    : Verdict::Refused;
    if (answer.contains(u"result")) {
        const QJsonValue result = answer.value(u"result");
        if (result.isBool())
            return result.toBool() ? Verdict::Success : Verdict::Refused;
        const QString text = trimmedText(result).toLower();
        return text == u"true" || text == u"1" || text == u"success" ? Verdict::Success : Verdict::Refused;
    }
    return Verdict::Silent;
}

// The document prints cancelled ids as `{8090056}`, which no JSON parser reads: unwrap them.
QByteArray unwrapBareValues(const QByteArray &body)
{
    static const QRegularExpression bare(uR"(\{\s*(-?\d+|"[^"\\]*")\s*\})"_s);
    return QString::fromUtf8(body).replace(bare, u"\\1"_s).toUtf8();
}

QString idOf(const QJsonValue &entry)
{
    if (entry.isObject()) {
        const QJsonObject object = entry.toObject();
        return trimmedText(object.contains(u"order_id") ? object.value(u"order_id") : object.value(u"id"));
    }
    return trimmedText(entry); // numbers arrive as strings from exactjson
}

QStringList distinct(const QStringList &ids)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &id : ids) {
        const QString trimmed = id.trimmed();
        if (!seen.contains(trimmed)) {
            seen.insert(trimmed);
            result.append(trimmed);
        }
    }
    return result;
}

} // namespace

GreengoAdapter::GreengoAdapter(ApiClient &client, QUrl baseUrl, QString apiSecret, GreengoOptions options,
                               QObject *parent)
    : QObject(parent),
      m_client(client),
      m_baseUrl(std::move(baseUrl)),
      m_apiSecret(std::move(apiSecret)),
      m_options(std::move(options))
{
    SecretRedactor::instance().registerSecret(m_apiSecret);
}

QUrl GreengoAdapter::defaultBaseUrl()
{
    return QUrl(u"https://api.greengo.cc"_s);
}

ApiPolicy GreengoAdapter::recommendedPolicy()
{
    ApiPolicy policy;
    // Undocumented limit: two requests a second with a small burst is far below what a gateway
    // of this kind refuses, and batching keeps sync within it.
    policy.rateLimit.perSecond = 2.0;
    policy.rateLimit.burst = 4;
    return policy;
}

TransactionStatus GreengoAdapter::statusFor(QStringView providerStatus)
{
    static const QHash<QString, TransactionStatus> map {
        {u"unconfirmed"_s, TransactionStatus::Pending}, // created, not confirmed yet
        {u"awaiting"_s, TransactionStatus::Pending}, // waiting for the customer's payment
        {u"payed"_s, TransactionStatus::Processing}, // paid by the customer (sic)
        {u"completed"_s, TransactionStatus::Completed},
        {u"autocanceled"_s, TransactionStatus::Expired}, // closed when the time to pay ran out
        {u"canceled"_s, TransactionStatus::Cancelled}, // cancelled by the customer
    };
    return map.value(providerStatus.trimmed().toString().toLower(), TransactionStatus::Unknown);
}

QUrl GreengoAdapter::urlFor(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

ApiRequest GreengoAdapter::withSecret(ApiRequest request) const
{
    request.addSecretHeader("Api-Secret", m_apiSecret.toUtf8());
    // Refusals may come with these statuses and an explanation in the body.
    request.acceptedStatuses = {400, 404, 409, 422};
    return request;
}

Result<QJsonDocument> GreengoAdapter::accepted(const ApiRequest &request, const ApiResponse &response,
                                               bool repairCancelShape)
{
    const bool httpOk = response.httpStatus >= 200 && response.httpStatus < 300;
    Result<QJsonDocument> json = exactjson::parse(response.body);
    if (!json && repairCancelShape)
        json = exactjson::parse(unwrapBareValues(response.body));
    if (!json)
        return httpOk ? Result<QJsonDocument>(m_client.readJson(request, response).error())
                      : Result<QJsonDocument>(m_client.errorFor(request, response));

    const QJsonObject object = json->object();
    const Verdict verdict = json->isObject() ? verdictOf(object) : Verdict::Silent;
    const QString message = json->isObject() ? providerMessage(object) : QString();
    if (verdict == Verdict::Refused || (!httpOk && !message.isEmpty())) {
        const QString detail = QString::fromLatin1(request.method) + u' ' + request.endpoint
            + u"; HTTP %1; body: %2"_s.arg(response.httpStatus).arg(ApiError::bodyExcerpt(response.body));
        return makeError(
            u"greengo.refused"_s,
            message.isEmpty()
                ? tr("GREENGO refused the request without giving a reason (HTTP status %1).").arg(response.httpStatus)
                //: %1 is GREENGO's own explanation, in the language it answered in.
                : tr("GREENGO refused the request: %1").arg(message),
            SecretRedactor::instance().redact(detail));
    }
    if (!httpOk)
        return m_client.errorFor(request, response);
    return json;
}

Outcome GreengoAdapter::validate(const GreengoOrderRequest &request, const GreengoOptions &options)
{
    auto invalid = [](const QString &what, const QString &sentence) {
        return Outcome(makeError(u"greengo.invalid-"_s + what, sentence));
    };
    if (!options.paymentMethods.contains(request.paymentMethod))
        return invalid(u"payment-method"_s,
                       tr("GREENGO accepts the payment methods %1; \"%2\" is not one of them.")
                           .arg(options.paymentMethods.keys().join(u", "_s), request.paymentMethod));
    static const QRegularExpression walletShape(u"^[\\x21-\\x7E]+$"_s); // printable ASCII, no spaces
    if (request.wallet.trimmed().isEmpty())
        return invalid(u"wallet"_s, tr("Enter the wallet address GREENGO should send the funds to."));
    if (!walletShape.match(request.wallet).hasMatch() || request.wallet.size() > options.maxWalletLength)
        return invalid(u"wallet"_s,
                       tr("The wallet address \"%1\" contains spaces or characters no wallet address "
                          "has, or is too long; check it.")
                           .arg(request.wallet));

    const QString currency = options.paymentMethods.value(request.paymentMethod);
    const Money &amount = request.fromAmount;
    const QLocale locale;
    if (!amount.isValid())
        return invalid(u"amount"_s, tr("Enter the amount the customer gives."));
    if (amount.currency() != currency)
        return invalid(u"currency"_s,
                       tr("With the payment method \"%1\" the customer gives %2, not %3.")
                           .arg(request.paymentMethod, currency, amount.currency()));
    if (amount.isZero() || amount.isNegative())
        return invalid(u"amount"_s, tr("The amount the customer gives must be greater than zero."));
    const int digits = Currency::precisionOf(currency).value_or(2);
    if (amount.amount().normalized().scale() > digits)
        return invalid(u"amount"_s,
                       tr("GREENGO takes %1 amounts with at most %n decimal place(s).", nullptr, digits).arg(currency));

    if (const auto &direction = request.direction) {
        if (!direction->enabled)
            return invalid(u"direction"_s, tr("GREENGO has switched the direction \"%1\" off.").arg(direction->name));
        const auto belowMin = amount.compare(direction->minAmount);
        const auto aboveMax = amount.compare(direction->maxAmount);
        if (!belowMin || !aboveMax)
            return invalid(u"currency"_s,
                           tr("The direction \"%1\" takes %2, not %3.")
                               .arg(direction->name, direction->minAmount.currency(), currency));
        if (*belowMin == std::strong_ordering::less)
            return invalid(
                u"amount"_s,
                tr("GREENGO's minimum for \"%1\" is %2.").arg(direction->name, direction->minAmount.format(locale)));
        if (*aboveMax == std::strong_ordering::greater)
            return invalid(
                u"amount"_s,
                tr("GREENGO's maximum for \"%1\" is %2.").arg(direction->name, direction->maxAmount.format(locale)));
    }
    return Done {};
}

Outcome GreengoAdapter::validateIds(const QStringList &ids) const
{
    static const QRegularExpression idShape(u"^[\\x21-\\x7E]{1,64}$"_s);
    for (const QString &id : ids) {
        if (!idShape.match(id.trimmed()).hasMatch())
            return makeError(u"greengo.invalid-order-id"_s,
                             tr("\"%1\" is not a GREENGO order id; an id is a short code without spaces.").arg(id));
    }
    return Done {};
}

QList<QStringList> GreengoAdapter::chunksOf(const QStringList &ids) const
{
    const qsizetype cap = std::max(1, m_options.maxIdsPerRequest);
    QList<QStringList> chunks;
    for (qsizetype i = 0; i < ids.size(); i += cap)
        chunks.append(ids.mid(i, cap));
    return chunks;
}

QDateTime GreengoAdapter::timeFrom(const QJsonValue &value) const
{
    const QString text = trimmedText(value);
    QDateTime time = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
    if (time.isValid()) {
        time.setTimeZone(m_options.timeZone);
        return time.toUTC();
    }
    return QDateTime::fromString(text, Qt::ISODate).toUTC(); // invalid when neither: left empty
}

Result<TrackedTransaction> GreengoAdapter::orderFrom(const QJsonObject &item, const QString &payableCurrency) const
{
    TrackedTransaction order;
    order.kind = TransactionKind::Order;
    order.provider = u"greengo"_s;
    order.providerId = trimmedText(item.value(u"order_id"));
    if (order.providerId.isEmpty())
        return makeError(u"greengo.order"_s, {}, u"an order without order_id"_s);
    order.providerStatus = item.value(u"order_status").toString();
    order.status = statusFor(order.providerStatus);

    const Result<Money> payable = exactjson::moneyFromJson(item.value(u"amount_payable"), payableCurrency);
    if (!payable)
        return makeError(u"greengo.order"_s, {},
                         u"order %1: amount_payable: "_s.arg(order.providerId) + payable.error().logLine());
    order.amount = payable->amountText();
    order.currency = payable->currency();
    // A receivable may be empty before GREENGO fixes the rate; a present one must be exact.
    const QJsonValue receivableValue = item.value(u"amount_receivable");
    if (!trimmedText(receivableValue).isEmpty()) {
        const Result<Money> receivable = exactjson::moneyFromJson(receivableValue, m_options.receivableCurrency);
        if (!receivable)
            return makeError(u"greengo.order"_s, {},
                             u"order %1: amount_receivable: "_s.arg(order.providerId) + receivable.error().logLine());
        order.counterAmount = receivable->amountText();
        order.counterCurrency = receivable->currency();
    }
    order.address = trimmedText(item.value(u"clients_wallet"));
    // The requisites the customer pays to: a card number, often with the holder's name.
    order.description = trimmedText(item.value(u"wallet_payment"));
    order.createdAt = timeFrom(item.value(u"created_at"));
    order.updatedAt = timeFrom(item.value(u"updated_at"));
    return order;
}

Result<GreengoDirection> GreengoAdapter::directionFrom(const QJsonObject &item) const
{
    GreengoDirection direction;
    direction.name = item.value(u"fullname").toString();
    static const QRegularExpression code(u"\\b[A-Z]{3,5}\\b"_s);
    QStringList codes;
    for (const QRegularExpressionMatch &match : code.globalMatch(direction.name))
        codes.append(match.captured());
    direction.giveCurrency = codes.size() >= 2 ? codes.first() : m_options.payableCurrency;
    direction.getCurrency = codes.size() >= 2 ? codes.last() : m_options.receivableCurrency;

    const Result<qint64> id = exactjson::integerFromJson(item.value(u"id"));
    const Result<qint64> status = exactjson::integerFromJson(item.value(u"status"));
    const Result<Money> min = exactjson::moneyFromJson(item.value(u"min_amount"), direction.giveCurrency);
    const Result<Money> max = exactjson::moneyFromJson(item.value(u"max_amount"), direction.giveCurrency);
    const Result<Decimal> commission = Decimal::parse(trimmedText(item.value(u"comission_percent")));
    const Result<Decimal> course = Decimal::parse(trimmedText(item.value(u"current_course")));
    for (const Error *error : {id ? nullptr : &id.error(), status ? nullptr : &status.error(),
                               min ? nullptr : &min.error(), max ? nullptr : &max.error(),
                               commission ? nullptr : &commission.error(), course ? nullptr : &course.error()}) {
        if (error)
            return makeError(u"greengo.direction"_s, {},
                             u"direction \"%1\": "_s.arg(direction.name) + error->logLine());
    }
    direction.id = *id;
    direction.enabled = *status == 1;
    direction.minAmount = *min;
    direction.maxAmount = *max;
    direction.commissionPercent = *commission;
    direction.currentCourse = *course;
    direction.orderTtlMinutes = exactjson::integerFromJson(item.value(u"order_ttl")).valueOr(0);
    return direction;
}

template<typename T, typename Read>
void GreengoAdapter::exchange(const ApiRequest &request, QObject *context, Callback<T> done, Read read,
                              bool repairCancelShape)
{
    m_client.send(request, context,
                  [this, guard = QPointer(this), request, repairCancelShape, done = std::move(done),
                   read = std::move(read)](Result<ApiResponse> result) {
                      if (!guard)
                          return;
                      if (!result)
                          return done(result.error());
                      const Result<QJsonDocument> json = accepted(request, *result, repairCancelShape);
                      if (!json)
                          return done(json.error());
                      done(read(request, *result, *json));
                  });
}

template<typename Item, typename SendChunk>
void GreengoAdapter::runBatches(const QStringList &ids, QObject *context, Callback<QList<Item>> done,
                                SendChunk sendChunk)
{
    if (Outcome valid = validateIds(ids); !valid)
        return deliver<QList<Item>>(context, std::move(done), valid.error());
    auto batch = std::make_shared<Batch<Item>>();
    batch->chunks = chunksOf(distinct(ids));
    batch->send = std::move(sendChunk);
    batch->failed = [](const QString &id, const Error &error) {
        Item item;
        item.orderId = id;
        item.error = error; // state Failed is the default
        return item;
    };
    batch->done = std::move(done);
    if (batch->chunks.isEmpty())
        return deliver<QList<Item>>(context, std::move(batch->done), QList<Item>());
    Batch<Item>::step(batch);
}

void GreengoAdapter::directions(QObject *context, Callback<QList<GreengoDirection>> done)
{
    const ApiRequest request = withSecret(ApiRequest::get(DirectionsPath, urlFor(DirectionsPath)));
    exchange(
        request, context, std::move(done),
        [this](const ApiRequest &sent, const ApiResponse &,
               const QJsonDocument &json) -> Result<QList<GreengoDirection>> {
            // Documented as a bare array; an object wrapping "data" is read too.
            const QJsonArray items = json.isArray() ? json.array() : arrayAt(json.object(), {u"data", u"directions"});
            if (!json.isArray() && items.isEmpty())
                return m_client.badAnswer(sent, u"no list of directions"_s);
            QList<GreengoDirection> list;
            for (const QJsonValue &item : items) {
                Result<GreengoDirection> direction = directionFrom(item.toObject());
                if (!direction)
                    return m_client.badAnswer(sent, direction.error().detail);
                list.append(std::move(direction).value());
            }
            return list;
        });
}

void GreengoAdapter::createOrder(const GreengoOrderRequest &order, QObject *context, Callback<TrackedTransaction> done)
{
    if (Outcome valid = validate(order); !valid)
        return deliver<TrackedTransaction>(context, std::move(done), valid.error());

    // from_amount goes as a string, as documented, with exactly the digits given.
    const QJsonObject body {{u"payment_method"_s, order.paymentMethod},
                            {u"wallet"_s, order.wallet},
                            {u"from_amount"_s, order.fromAmount.amountText()}};
    const ApiRequest request = withSecret(
        ApiRequest::postJson(CreatePath, urlFor(CreatePath), QJsonDocument(body), ApiRequest::Effect::Changes));
    exchange(request, context, std::move(done),
             [this, currency = order.fromAmount.currency()](const ApiRequest &sent, const ApiResponse &response,
                                                            const QJsonDocument &json) -> Result<TrackedTransaction> {
                 const QJsonArray items = arrayAt(json.object(), {u"items", u"data/items", u"data/orders"});
                 if (items.isEmpty())
                     return m_client.badAnswer(sent, u"no order in the answer"_s);
                 Result<TrackedTransaction> created = orderFrom(items.first().toObject(), currency);
                 if (!created)
                     return m_client.badAnswer(sent, created.error().detail);
                 created.value().rawAnswer = SecretRedactor::instance().redact(response.body);
                 return created;
             });
}

void GreengoAdapter::checkOrders(const QStringList &ids, QObject *context, Callback<QList<GreengoOrderCheck>> done)
{
    runBatches<GreengoOrderCheck>(ids, context, std::move(done),
                                  [this, context](const QStringList &chunk, auto chunkDone) {
                                      checkChunk(chunk, context, std::move(chunkDone));
                                  });
}

void GreengoAdapter::checkChunk(const QStringList &ids, QObject *context, Callback<QList<GreengoOrderCheck>> done)
{
    // Only reads, so the runtime may retry it.
    const ApiRequest request
        = withSecret(ApiRequest::postJson(CheckPath, urlFor(CheckPath), idsBody(ids), ApiRequest::Effect::ReadOnly));
    exchange(
        request, context, std::move(done),
        [this, ids](const ApiRequest &sent, const ApiResponse &,
                    const QJsonDocument &json) -> Result<QList<GreengoOrderCheck>> {
            const QJsonObject answer = json.object();
            if (!json.isObject() || (verdictOf(answer) == Verdict::Silent && !answer.contains(u"data")))
                return m_client.badAnswer(sent, u"neither \"result\" nor \"data\""_s);
            QHash<QString, QJsonObject> byId;
            for (const QJsonValue &item : arrayAt(answer, {u"data/orders", u"orders", u"items"}))
                byId.insert(idOf(item), item.toObject());

            QList<GreengoOrderCheck> checks;
            for (const QString &id : ids) {
                GreengoOrderCheck check {id, GreengoOrderCheck::State::NotFound, {}, {}};
                if (!byId.contains(id)) {
                    check.error
                        = makeError(u"greengo.not-found"_s, tr("GREENGO has no order %1 for this account.").arg(id));
                } else if (Result<TrackedTransaction> order = orderFrom(byId.value(id), m_options.payableCurrency)) {
                    check.state = GreengoOrderCheck::State::Found;
                    check.order = std::move(order).value();
                    // This order's own entry: the whole answer would repeat every other order.
                    check.order.rawAnswer = SecretRedactor::instance().redact(
                        QJsonDocument(byId.value(id)).toJson(QJsonDocument::Compact));
                } else {
                    check.state = GreengoOrderCheck::State::Failed;
                    check.error = m_client.badAnswer(sent, order.error().detail);
                }
                checks.append(std::move(check));
            }
            return checks;
        });
}

void GreengoAdapter::cancelOrders(const QStringList &ids, QObject *context, Callback<QList<GreengoCancelOutcome>> done)
{
    runBatches<GreengoCancelOutcome>(ids, context, std::move(done),
                                     [this, context](const QStringList &chunk, auto chunkDone) {
                                         cancelChunk(chunk, context, std::move(chunkDone));
                                     });
}

void GreengoAdapter::cancelChunk(const QStringList &ids, QObject *context, Callback<QList<GreengoCancelOutcome>> done)
{
    const ApiRequest request
        = withSecret(ApiRequest::postJson(CancelPath, urlFor(CancelPath), idsBody(ids), ApiRequest::Effect::Changes));
    const auto read = [this, ids](const ApiRequest &sent, const ApiResponse &,
                                  const QJsonDocument &json) -> Result<QList<GreengoCancelOutcome>> {
        const QJsonObject answer = json.object();
        if (!json.isObject() || (verdictOf(answer) == Verdict::Silent && !answer.contains(u"data")))
            return m_client.badAnswer(sent, u"neither \"result\" nor \"data\""_s);
        QSet<QString> cancelled;
        for (const QJsonValue &entry : arrayAt(answer, {u"data/cancel", u"cancel"}))
            cancelled.insert(idOf(entry));

        QList<GreengoCancelOutcome> outcomes;
        for (const QString &id : ids) {
            if (cancelled.contains(id)) {
                outcomes.append({id, GreengoCancelOutcome::State::Cancelled, {}});
                continue;
            }
            outcomes.append({id, GreengoCancelOutcome::State::NotCancelled,
                             makeError(u"greengo.not-cancelled"_s,
                                       tr("GREENGO did not cancel order %1: it may not exist, or it is already paid "
                                          "or closed. Refresh it to see its status.")
                                           .arg(id))});
        }
        return outcomes;
    };
    exchange(request, context, std::move(done), read, true);
}

} // namespace sarraf
