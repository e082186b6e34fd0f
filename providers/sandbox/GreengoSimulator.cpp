#include "providers/sandbox/GreengoSimulator.h"

#include "models/domain/Decimal.h"
#include "models/domain/ExactJson.h"
#include "providers/sandbox/SandboxServer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sarraf {

struct GreengoSimulator::State
{
    struct Order
    {
        QString id;
        QString rate; // exchange_rate
        QString payable; // amount_payable
        QString receivable; // amount_receivable
        QString walletPayment;
        QString clientsWallet;
        QDateTime createdAt;
        QDateTime updatedAt;
        QString status;
        QList<std::pair<QDateTime, QString>> schedule; // status changes still to come
    };

    // The documented directions, with their numbers exactly as printed (one course a number, one
    // a string), plus a Kazakh one for payment method "kzt" and one switched off.
    struct Direction
    {
        int id;
        int status;
        int orderTtl;
        const char *min;
        const char *max;
        const char *commission;
        const char16_t *fullname;
        const char *course; // a JSON token: quoted means the provider sends a string
        const char *method; // the payment method that uses it; nullptr: none
    };
    static constexpr Direction directions[] = {
        {1, 1, 45, "300", "150000000", "17", u"Банковская карта RUB на Bitcoin BTC", "3232674.128", "card"},
        {12, 1, 45, "300", "15000000", "17.9", u"Счет телефона RUB на Bitcoin BTC", "\"3257540.85\"", nullptr},
        {14, 1, 30, "1500", "5000000", "19.5", u"Банковская карта KZT на Bitcoin BTC", "\"17250310.55\"", "kzt"},
        {21, 0, 45, "1000", "3000000", "12", u"Банковская карта RUB на Tether USDT TRC20", "\"97.41\"", nullptr},
    };

    Options options;
    QList<Order> orders;
    QHash<QString, qsizetype> index;
    qint64 nextId = 0;

    Order *find(const QString &id)
    {
        const auto it = index.constFind(id);
        return it == index.constEnd() ? nullptr : &orders[*it];
    }

    void advance(Order &order, const QDateTime &now)
    {
        while (!order.schedule.isEmpty() && order.schedule.first().first <= now) {
            const auto [at, status] = order.schedule.takeFirst();
            order.status = status;
            order.updatedAt = at;
        }
    }

    void advanceAll()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (Order &order : orders)
            advance(order, now);
    }

    // The steps still ahead of an open order; `expires` ends an awaiting order as autocanceled.
    void scheduleFrom(Order &order, const QDateTime &start, bool expires)
    {
        order.schedule.clear();
        if (!options.progress)
            return;
        QDateTime at = start;
        auto add = [&](std::chrono::milliseconds after, const QString &status) {
            at = at.addMSecs(after.count());
            order.schedule.append({at, status});
        };
        if (order.status == u"unconfirmed")
            add(options.confirmAfter, u"awaiting"_s);
        if (order.status == u"unconfirmed" || order.status == u"awaiting") {
            if (expires)
                return add(options.payAfter, u"autocanceled"_s);
            add(options.payAfter, u"payed"_s);
        }
        if (order.status == u"payed" || !order.schedule.isEmpty())
            add(options.completeAfter, u"completed"_s);
    }

    Order &insert(Order order)
    {
        order.id = QString::number(nextId++);
        index.insert(order.id, orders.size());
        orders.append(std::move(order));
        return orders.last();
    }
};

namespace {

using State = GreengoSimulator::State;

const QTimeZone Moscow(3 * 3600); // the document gives no zone; see GreengoAdapter.h

QString providerTime(const QDateTime &time)
{
    return time.toTimeZone(Moscow).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QJsonObject orderJson(const State::Order &order)
{
    return QJsonObject {{u"order_id"_s, order.id},
                        {u"exchange_rate"_s, order.rate},
                        {u"amount_payable"_s, order.payable},
                        {u"amount_receivable"_s, order.receivable},
                        {u"wallet_payment"_s, order.walletPayment},
                        {u"clients_wallet"_s, order.clientsWallet},
                        {u"created_at"_s, providerTime(order.createdAt)},
                        {u"updated_at"_s, providerTime(order.updatedAt)},
                        {u"order_status"_s, order.status}};
}

SandboxReply createRefusal(const QString &message, int status = 400)
{
    return SandboxReply::json(QJsonObject {{u"response"_s, u"error"_s}, {u"message"_s, message}}, status);
}

SandboxReply resultRefusal(const QString &message, int status = 400)
{
    return SandboxReply::json(QJsonObject {{u"result"_s, u"false"_s}, {u"message"_s, message}}, status);
}

// Written by hand so that numbers leave exactly as the document prints them.
QByteArray directionsJson()
{
    QByteArray json = "[";
    for (const State::Direction &d : State::directions) {
        if (json.size() > 1)
            json += ',';
        const QByteArray name
            = QJsonDocument(QJsonArray {QString::fromUtf16(d.fullname)}).toJson(QJsonDocument::Compact);
        json += "{\"id\":" + QByteArray::number(d.id) + ",\"status\":" + QByteArray::number(d.status)
            + ",\"order_ttl\":" + QByteArray::number(d.orderTtl) + ",\"min_amount\":" + d.min
            + ",\"max_amount\":" + d.max + ",\"comission_percent\":" + d.commission
            + ",\"fullname\":" + name.mid(1, name.size() - 2) + ",\"current_course\":" + d.course + '}';
    }
    return json + ']';
}

const State::Direction *directionFor(const QString &method)
{
    for (const State::Direction &d : State::directions) {
        if (d.method && method == QLatin1StringView(d.method))
            return &d;
    }
    return nullptr;
}

// {"order_id": ["1", "2"]}; a single id or numbers are taken too.
std::optional<QStringList> idsFrom(const QByteArray &body)
{
    const Result<QJsonDocument> json = exactjson::parse(body);
    if (!json || !json->isObject())
        return std::nullopt;
    const QJsonValue value = json->object().value(u"order_id");
    const QJsonArray array = value.isArray() ? value.toArray() : QJsonArray {value};
    QStringList ids;
    for (const QJsonValue &id : array) {
        if (!id.isString() || id.toString().trimmed().isEmpty())
            return std::nullopt;
        ids.append(id.toString().trimmed());
    }
    return ids.isEmpty() ? std::nullopt : std::optional(ids);
}

SandboxReply create(State &state, const SandboxRequest &request)
{
    const Result<QJsonDocument> json = exactjson::parse(request.body);
    if (!json || !json->isObject())
        return createRefusal(u"Тело запроса должно быть JSON-объектом"_s);
    const QJsonObject body = json->object();
    const QString method = body.value(u"payment_method").toString();
    const State::Direction *direction = directionFor(method);
    if (!direction)
        return createRefusal(u"Неизвестный метод оплаты: "_s + method);
    const QString wallet = body.value(u"wallet").toString().trimmed();
    if (wallet.isEmpty())
        return createRefusal(u"Не указан кошелек"_s);
    const Result<Decimal> amount = Decimal::parse(body.value(u"from_amount").toString().trimmed());
    if (!amount || amount->sign() <= 0)
        return createRefusal(u"Неверная сумма"_s);
    const Decimal min = Decimal::parse(QString::fromLatin1(direction->min)).valueOr({});
    const Decimal max = Decimal::parse(QString::fromLatin1(direction->max)).valueOr({});
    if (*amount < min)
        return createRefusal(u"Сумма меньше минимальной: "_s + min.toString());
    if (*amount > max)
        return createRefusal(u"Сумма больше максимальной: "_s + max.toString());

    const QString rate = QString::fromLatin1(direction->course).remove(u'"');
    const Decimal rateValue = Decimal::parse(rate).valueOr(Decimal::fromInteger(1));
    State::Order order;
    order.rate = rate;
    order.payable = body.value(u"from_amount").toString().trimmed();
    order.receivable = amount->divided(rateValue, 8, RoundingMode::Down).valueOr({}).toString();
    order.walletPayment = u"2202 2061 4432 1198, Сбербанк, Анна Игоревна К."_s;
    order.clientsWallet = wallet;
    order.createdAt = order.updatedAt = QDateTime::currentDateTimeUtc();
    order.status = u"unconfirmed"_s;
    State::Order &stored = state.insert(std::move(order));
    state.scheduleFrom(stored, stored.createdAt, false);
    return SandboxReply::json(
        QJsonObject {{u"response"_s, u"success"_s}, {u"items"_s, QJsonArray {orderJson(stored)}}});
}

SandboxReply check(State &state, const SandboxRequest &request)
{
    const std::optional<QStringList> ids = idsFrom(request.body);
    if (!ids)
        return resultRefusal(u"Не указан order_id"_s);
    state.advanceAll();
    QJsonArray orders;
    for (const QString &id : *ids) {
        if (const State::Order *order = state.find(id))
            orders.append(orderJson(*order));
    }
    // "true " with the space, as the document prints it.
    return SandboxReply::json(
        QJsonObject {{u"result"_s, u"true "_s}, {u"data"_s, QJsonObject {{u"orders"_s, orders}}}});
}

SandboxReply cancel(State &state, const SandboxRequest &request)
{
    const std::optional<QStringList> ids = idsFrom(request.body);
    if (!ids)
        return resultRefusal(u"Не указан order_id"_s);
    state.advanceAll();
    QByteArrayList cancelled;
    for (const QString &id : *ids) {
        State::Order *order = state.find(id);
        if (!order || (order->status != u"unconfirmed" && order->status != u"awaiting"))
            continue;
        order->status = u"canceled"_s;
        order->updatedAt = QDateTime::currentDateTimeUtc();
        order->schedule.clear();
        cancelled.append(state.options.cancelStyle == GreengoSimulator::CancelAnswerStyle::AsDocumented
                             ? '{' + id.toUtf8() + '}'
                             : id.toUtf8());
    }
    SandboxReply reply;
    reply.body = R"({"result":"true","data":{"cancel":[)" + cancelled.join(',') + "]}}";
    return reply;
}

QString randomFrom(QRandomGenerator &random, const QStringList &list)
{
    return list.at(random.bounded(qsizetype(list.size())));
}

} // namespace

GreengoSimulator::GreengoSimulator(SandboxServer &server, Options options) : m_state(std::make_shared<State>())
{
    m_state->options = std::move(options);
    m_state->nextId = m_state->options.firstOrderId;
    server.addSimulatedProvider(u"greengo"_s);

    // Every GREENGO route checks the secret, and POSTs must be JSON, as the document insists.
    auto guarded = [state = m_state](bool forCreate, auto handler) {
        return [state, forCreate, handler](const SandboxRequest &request) {
            const auto refuse = forCreate ? createRefusal : resultRefusal;
            const QByteArray secret = request.header("Api-Secret");
            if (secret.isEmpty())
                return refuse(u"Не передан заголовок Api-Secret"_s, 401);
            if (secret != state->options.apiSecret.toUtf8())
                return refuse(u"Неверный Api-Secret"_s, 401);
            if (request.method == "POST" && !request.header("Content-Type").startsWith("application/json"))
                return refuse(u"Запрос должен содержать JSON (Content-Type: application/json)"_s, 400);
            return handler(*state, request);
        };
    };
    server.addRoute("GET", u"/greengo/api/v2/directions"_s, guarded(false, [](State &, const SandboxRequest &) {
                        SandboxReply reply;
                        reply.body = directionsJson();
                        return reply;
                    }));
    server.addRoute("POST", u"/greengo/api/v2/order/create"_s, guarded(true, create));
    server.addRoute("POST", u"/greengo/api/v2/order/check"_s, guarded(false, check));
    server.addRoute("POST", u"/greengo/api/v2/order/cancel"_s, guarded(false, cancel));

    server.addRoute(
        "POST", u"/_sandbox/greengo/orders/([^/]+)/status"_s, [state = m_state](const SandboxRequest &request) {
            const QString status = QJsonDocument::fromJson(request.body).object().value(u"status").toString();
            State::Order *order = state->find(request.captures.value(0));
            if (!order || status.isEmpty())
                return resultRefusal(order ? u"Не указан status"_s : u"Заявка не найдена"_s, order ? 400 : 404);
            order->status = status;
            order->updatedAt = QDateTime::currentDateTimeUtc();
            order->schedule.clear();
            return SandboxReply::json(orderJson(*order));
        });
}

GreengoSimulator::~GreengoSimulator() = default;

QString GreengoSimulator::apiSecret() const
{
    return m_state->options.apiSecret;
}

void GreengoSimulator::setCancelAnswerStyle(CancelAnswerStyle style)
{
    m_state->options.cancelStyle = style;
}

bool GreengoSimulator::setStatus(const QString &orderId, const QString &status)
{
    State::Order *order = m_state->find(orderId);
    if (!order)
        return false;
    order->status = status;
    order->updatedAt = QDateTime::currentDateTimeUtc();
    order->schedule.clear();
    return true;
}

std::optional<QString> GreengoSimulator::status(const QString &orderId) const
{
    State::Order *order = m_state->find(orderId);
    if (!order)
        return std::nullopt;
    m_state->advance(*order, QDateTime::currentDateTimeUtc());
    return order->status;
}

QStringList GreengoSimulator::orderIds() const
{
    QStringList ids;
    for (const State::Order &order : std::as_const(m_state->orders))
        ids.append(order.id);
    return ids;
}

QStringList GreengoSimulator::seedDemoOrders(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    const QStringList names {u"Иван Петрович С."_s,       u"Анна Игоревна К."_s,      u"Дмитрий Олегович М."_s,
                             u"Екатерина Сергеевна В."_s, u"Алексей Николаевич Р."_s, u"Ольга Викторовна Л."_s,
                             u"Сергей Андреевич Б."_s,    u"Мария Павловна Н."_s};
    const QStringList banks {u"Сбербанк"_s, u"Т-Банк"_s, u"Альфа-Банк"_s, u"ВТБ"_s, u"Райффайзенбанк"_s};
    const QStringList amounts {u"1500"_s,  u"3000"_s,  u"5000"_s,     u"7500"_s,  u"9999"_s,
                               u"12500"_s, u"25000"_s, u"48750.50"_s, u"75000"_s, u"150000"_s};
    // Mostly finished, a few open, so every documented status shows up.
    const QStringList statuses {u"completed"_s, u"completed"_s, u"autocanceled"_s, u"awaiting"_s,  u"completed"_s,
                                u"payed"_s,     u"canceled"_s,  u"unconfirmed"_s,  u"completed"_s, u"awaiting"_s};
    const QString bech32 = u"qpzry9x8gf2tvdw0s3jn54khce6mua7l"_s;
    const QDateTime now = QDateTime::currentDateTimeUtc();

    QStringList ids;
    for (int i = 0; i < count; ++i) {
        State::Order order;
        order.status = statuses.at(i % statuses.size());
        const bool open = order.status == u"unconfirmed" || order.status == u"awaiting" || order.status == u"payed";
        order.createdAt = open ? now.addSecs(-random.bounded(60, 1200)) : now.addSecs(-random.bounded(3600, 259200));
        order.updatedAt = open ? order.createdAt.addSecs(random.bounded(5, 50))
                               : order.createdAt.addSecs(random.bounded(120, 2700));
        order.rate = u"%1.%2"_s.arg(random.bounded(3180000, 3290000)).arg(random.bounded(10, 100));
        order.payable = randomFrom(random, amounts);
        const Decimal rate = Decimal::parse(order.rate).valueOr(Decimal::fromInteger(1));
        order.receivable
            = Decimal::parse(order.payable).valueOr({}).divided(rate, 8, RoundingMode::Down).valueOr({}).toString();
        order.walletPayment = u"2202 %1 %2 %3, %4, %5"_s.arg(random.bounded(2000, 2100))
                                  .arg(random.bounded(1000, 10000))
                                  .arg(random.bounded(1000, 10000))
                                  .arg(randomFrom(random, banks), randomFrom(random, names));
        order.clientsWallet = u"bc1q"_s;
        for (int c = 0; c < 38; ++c)
            order.clientsWallet += bech32.at(random.bounded(qsizetype(bech32.size())));
        State::Order &stored = m_state->insert(std::move(order));
        if (open)
            m_state->scheduleFrom(stored, now, i % 4 == 3); // some open orders run out of time
        ids.append(stored.id);
    }
    return ids;
}

} // namespace sarraf
