#include "providers/sandbox/PremiumExchangerSimulator.h"

#include <algorithm>

#include "providers/sandbox/PremiumExchangerSimulatorState.h"

#include <QCryptographicHash>

#include <limits>

namespace sarraf {

using namespace pesim;

PremiumExchangerSimulator::PremiumExchangerSimulator(SandboxServer &server, const QString &prefix)
    : m_state(std::make_shared<State>())
{
    State &s = *m_state;
    s.server = &server;
    s.prefix = prefix;
    s.clock.start();
    s.currencies = {{1, QStringLiteral("Сбербанк RUB"), l1("Sberbank RUB"), l1("RUB"), QStringLiteral("Сбербанк"), 2},
                    {2, l1("Tether TRC20 USDT"), l1("Tether TRC20 USDT"), l1("USDT"), l1("Tether TRC20"), 2},
                    {3, l1("Bitcoin BTC"), l1("Bitcoin BTC"), l1("BTC"), l1("Bitcoin"), 8},
                    {4, QStringLiteral("Т-Банк RUB"), l1("T-Bank RUB"), l1("RUB"), QStringLiteral("Т-Банк"), 2}};
    s.directions
        = {{1, 1, 2, dec("96.85"), dec("1"), dec("48210.55"), dec("0.5"), dec("1"), dec("5000"), dec("1500000")},
           {2, 2, 1, dec("1"), dec("94.10"), dec("8350000"), dec("0"), dec("0"), dec("50"), std::nullopt},
           {3, 3, 1, dec("1"), dec("6412300"), dec("8350000"), dec("0"), dec("0"), dec("0.0015"), dec("2")},
           {4, 1, 3, dec("6698500"), dec("1"), dec("1.84210000"), dec("1"), dec("0.0002"), dec("10000"), std::nullopt},
           {5, 4, 2, dec("97.20"), dec("1"), dec("48210.55"), dec("0.5"), dec("1"), dec("5000"), dec("1500000")},
           {99, 2, 4, dec("1"), dec("93.50"), dec("1000000"), dec("0"), dec("0"), std::nullopt, std::nullopt, false}};
    s.visits = {
        {1717000000, l1("Chrome 125"), l1("185.12.45.7"), l1("https://t.me/obmen_channel"), l1("u7c1e"), l1("rid=7")},
        {1717003600, l1("Safari 17"), l1("95.24.181.3"), l1("https://www.bestchange.ru/"), l1("u91ad"),
         l1("rid=7&utm=bc")}};

    std::shared_ptr<State> state = m_state;
    server.addSimulatedProvider(prefix.mid(1));
    server.addRoute("POST", QRegularExpression::escape(prefix) + QStringLiteral("/api/userapi/v1/([^/]*)"),
                    [state](const SandboxRequest &request) {
                        QMutexLocker lock(&state->mutex);
                        return state->handle(request);
                    });
    server.addRoute("POST", QStringLiteral("/_sandbox") + QRegularExpression::escape(prefix) + QStringLiteral("/(.*)"),
                    [state](const SandboxRequest &request) {
                        QMutexLocker lock(&state->mutex);
                        return state->control(request);
                    });
}

PremiumExchangerSimulator::~PremiumExchangerSimulator() = default;

void PremiumExchangerSimulator::setCredentials(const QString &login, const QString &key)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->login = login;
    m_state->key = key;
}

void PremiumExchangerSimulator::setAllowedMethods(const QStringList &methods)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->allowed = methods;
}

void PremiumExchangerSimulator::forceAnswer(Answer answer, const QString &method)
{
    QMutexLocker lock(&m_state->mutex);
    if (answer == Answer::Normal)
        m_state->forced.remove(method);
    else
        m_state->forced.insert(method, answer);
}

void PremiumExchangerSimulator::setProgressStep(std::chrono::milliseconds step)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->stepMs = step.count();
    for (Bid &bid : m_state->bids)
        bid.nextStepMs = m_state->clock.elapsed() + m_state->stepMs;
}

bool PremiumExchangerSimulator::setBidStatus(qint64 id, const QString &status)
{
    QMutexLocker lock(&m_state->mutex);
    Bid *bid = m_state->bidBy(QString::number(id), QString());
    if (!bid)
        return false;
    bid->plan.clear();
    State::setStatus(*bid, status);
    return true;
}

QString PremiumExchangerSimulator::bidHash(qint64 id) const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->bids.value(id).hash;
}

QList<qint64> PremiumExchangerSimulator::bidIds() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->bids.keys();
}

SandboxReply State::control(const SandboxRequest &request)
{
    const QHash<QString, QString> form = decodeForm(request.body);
    const QString what = request.captures.value(0);
    if (what.startsWith(u"bids/") && what.endsWith(u"/status")) {
        Bid *bid = bidBy(what.section(u'/', 1, 1), QString());
        if (!bid || form.value(l1("status")).isEmpty())
            return SandboxReply::json(obj({{"error", l1("no such bid or no status")}}), 404);
        bid->plan.clear();
        setStatus(*bid, form.value(l1("status")));
        return SandboxReply::json(obj({{"id", QString::number(bid->id)}, {"status", bid->status}}));
    }
    static const QHash<QString, Answer> answers {{l1("normal"), Answer::Normal},
                                                 {l1("api-disabled"), Answer::ApiDisabled},
                                                 {l1("empty"), Answer::Empty},
                                                 {l1("method-not-supported"), Answer::MethodNotSupported},
                                                 {l1("direction-not-found"), Answer::DirectionNotFound},
                                                 {l1("no-bid"), Answer::NoBidExists}};
    const QString name = form.value(l1("answer"));
    if (what != u"answer" || !answers.contains(name))
        return SandboxReply::json(obj({{"error", l1("unknown control or answer")}}), 404);
    if (answers.value(name) == Answer::Normal)
        forced.remove(form.value(l1("method")));
    else
        forced.insert(form.value(l1("method")), answers.value(name));
    return SandboxReply::json(obj({{"answer", name}}));
}

SandboxReply State::handle(const SandboxRequest &request)
{
    static const QStringList methods {l1("test"),
                                      l1("get_direction_currencies"),
                                      l1("get_directions"),
                                      l1("get_direction"),
                                      l1("get_calc"),
                                      l1("get_exchanges"),
                                      l1("create_bid"),
                                      l1("cancel_bid"),
                                      l1("pay_bid"),
                                      l1("bid_info"),
                                      l1("get_partner_info"),
                                      l1("get_partner_links"),
                                      l1("get_partner_exchanges"),
                                      l1("get_partner_payouts"),
                                      l1("add_partner_payout")};
    const QString method = request.captures.value(0);
    if (request.header("API-LOGIN") != login.toUtf8() || request.header("API-KEY") != key.toUtf8())
        return failure(l1("Api disabled"));
    switch (forced.value(method, forced.value(QString(), Answer::Normal))) {
    case Answer::ApiDisabled: return failure(l1("Api disabled"));
    case Answer::Empty: return SandboxReply::text(QByteArray());
    case Answer::MethodNotSupported: return failure(l1("Method not supported"));
    case Answer::DirectionNotFound: return failure(l1("Direction not found"));
    case Answer::NoBidExists: return failure(l1("No bid exists"));
    case Answer::Normal: break;
    }
    if (!methods.contains(method) || (!allowed.isEmpty() && !allowed.contains(method)))
        return failure(l1("Method not supported"));

    advance();
    const QHash<QString, QString> form = decodeForm(request.body);
    const QString language = QString::fromLatin1(request.header("API-LANG"));
    const bool ru = language.isEmpty() || language.startsWith(u"ru", Qt::CaseInsensitive); // a Russian site
    const auto param = [&form](const char *name) { return form.value(l1(name)).trimmed(); };
    const auto currencyObject = [&](int id, const QString &keyPrefix) {
        const Currency &c = currency(id);
        return QJsonObject {
            {keyPrefix + l1("id"), num(c.id)},
            {keyPrefix + l1("title"), ru ? c.titleRu : c.titleEn},
            {keyPrefix + l1("logo"), QStringLiteral("https://exchanger.example/logo/%1.svg").arg(c.id)}};
    };
    QList<const Direction *> matching;
    for (const Direction &d : directions) {
        if (d.api && (param("currency_id_give").isEmpty() || param("currency_id_give") == QString::number(d.give))
            && (param("currency_id_get").isEmpty() || param("currency_id_get") == QString::number(d.get)))
            matching.append(&d);
    }

    if (method == u"test")
        return envelope(obj({{"ip", l1("127.0.0.1")},
                             {"user_id", num(17)},
                             {"locale", ru ? l1("ru_RU") : l1("en_US")},
                             {"partner_id", l1("7")}}),
                        true);
    if (method == u"get_direction_currencies") {
        QJsonArray give, get;
        QList<int> seenGive, seenGet;
        for (const Direction *d : matching) {
            if (!seenGive.contains(d->give)) {
                give.append(currencyObject(d->give, QString()));
                seenGive.append(d->give);
            }
            if (!seenGet.contains(d->get)) {
                get.append(currencyObject(d->get, QString()));
                seenGet.append(d->get);
            }
        }
        return envelope(obj({{"give", give}, {"get", get}}), false);
    }
    if (method == u"get_directions") {
        QJsonArray list;
        for (const Direction *d : matching) {
            QJsonObject o = currencyObject(d->give, l1("currency_give_"));
            const QJsonObject get = currencyObject(d->get, l1("currency_get_"));
            for (auto it = get.begin(); it != get.end(); ++it)
                o.insert(it.key(), it.value());
            o.insert(l1("direction_id"), num(d->id));
            list.append(o);
        }
        return envelope(list, true);
    }
    if (method == u"get_direction" || method == u"get_calc") {
        const Direction *d = direction(param("direction_id"));
        if (!d)
            return failure(l1("Direction not found"));
        if (method == u"get_direction")
            return envelope(directionObject(*d, ru), false);
        const Result<Decimal> amount = Decimal::parse(param("calc_amount"));
        if (!amount || amount->sign() <= 0)
            return failure(l1("Invalid amount"), obj({{"calc_amount", l1("Invalid amount")}}));
        return envelope(quote(*d, *amount, std::clamp(param("calc_action").toInt(), 1, 4), ru), false);
    }
    if (method == u"create_bid")
        return createBid(form, ru);
    if (method == u"bid_info" || method == u"cancel_bid" || method == u"pay_bid") {
        Bid *bid = bidBy(method == u"bid_info" ? param("id") : QString(), param("hash"));
        if (!bid)
            return failure(l1("No bid exists"));
        if (method == u"bid_info")
            return envelope(bidObject(*bid, ru), false);
        if (bid->status != u"new")
            return failure(ru ? QStringLiteral("Действие недоступно для заявки в этом статусе")
                              : l1("Not possible in the bid's status"));
        setStatus(*bid, method == u"cancel_bid" ? l1("cancel") : l1("techpay"));
        if (method == u"pay_bid") {
            bid->plan = {l1("payed"), l1("success")};
            bid->nextStepMs = clock.elapsed() + stepMs;
        }
        return envelope(bid->status, false);
    }
    if (method == u"get_partner_info") {
        const QString rub = (partnerBalance * dec("94.10")).rescaled(2, RoundingMode::Down).toString();
        const QJsonArray items {obj({{"id", num(2)},
                                     {"title", l1("Tether TRC20 USDT")},
                                     {"comission", l1("1 USDT")},
                                     {"amount", partnerBalance.toString()}}),
                                obj({{"id", num(1)},
                                     {"title", ru ? currencies[0].titleRu : currencies[0].titleEn},
                                     {"comission", l1("1%")},
                                     {"amount", rub}})};
        return envelope(obj({{"partner_id", l1("7")},
                             {"balance", num(partnerBalance.toString())},
                             {"min_payout", l1("10")},
                             {"items", items}}),
                        false);
    }
    if (method == u"add_partner_payout")
        return addPayout(form, ru);
    return listing(method, form);
}

SandboxReply State::createBid(const QHash<QString, QString> &form, bool ru)
{
    const auto param = [&form](const char *name) { return form.value(l1(name)).trimmed(); };
    const Direction *d = direction(param("direction_id"));
    if (!d)
        return failure(l1("Direction not found"));
    const Result<Decimal> amount = Decimal::parse(param("calc_amount"));
    if (!amount || amount->sign() <= 0)
        return failure(l1("Invalid amount"), obj({{"calc_amount", l1("Invalid amount")}}));
    const QJsonObject q = quote(*d, *amount, std::clamp(param("calc_action").toInt(), 1, 4), ru);
    if (q.value(u"changed").toString() != u"#n#0")
        return failure(
            ru ? QStringLiteral("Сумма вне лимитов направления") : l1("The amount is outside the limits"),
            obj({{"calc_amount", QString(q.value(u"min_give").toString() + u'-' + q.value(u"max_give").toString())}}));
    QJsonObject missing;
    const bool card = currency(d->give).code == u"RUB";
    for (const char *name : {"account1", "cfgive8", "account2", "cf6"}) {
        if (param(name).isEmpty() && (card || qstrcmp(name, "account2") == 0 || qstrcmp(name, "cf6") == 0))
            missing.insert(l1(name), ru ? QStringLiteral("Поле обязательно") : l1("Required field"));
    }
    if (!missing.isEmpty())
        return failure(ru ? QStringLiteral("Заполните обязательные поля") : l1("Fill in the required fields"), missing);
    Bid bid;
    bid.id = nextBidId++;
    bid.hash = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(QByteArray::number(bid.id) + "pe-sandbox"), QCryptographicHash::Md5)
            .toHex());
    bid.direction = d->id;
    bid.give = Decimal::parse(q.value(u"sum_give").toString()).valueOr(Decimal());
    bid.get = Decimal::parse(q.value(u"sum_get").toString()).valueOr(Decimal());
    bid.apiId = param("api_id");
    bid.partnerId = param("partner_id");
    bid.partnerReward = bid.partnerId.isEmpty() ? Decimal() : dec("0.35");
    bid.userIp = l1("127.0.0.1");
    bid.userHash = bid.hash.left(10);
    bid.account1 = param("account1");
    bid.account2 = param("account2");
    bid.fields = form;
    setStatus(bid, l1("new"));
    bids.insert(bid.id, bid);
    return envelope(bidObject(bid, ru), true);
}

SandboxReply State::listing(const QString &method, const QHash<QString, QString> &form)
{
    const auto param = [&form](const char *name) { return form.value(l1(name)).trimmed(); };
    const auto number = [&](const char *name, qint64 fallback) {
        bool ok = false;
        const qint64 value = param(name).toLongLong(&ok);
        return ok ? value : fallback;
    };
    const qint64 from = number("start_time", 0), to = number("end_time", std::numeric_limits<qint64>::max());
    const qint64 limit = number("limit", -1);
    const bool partner = method == u"get_partner_exchanges";
    QJsonArray items;
    const auto room = [&] { return limit < 0 || items.size() < limit; };
    if (method == u"get_exchanges" || partner) {
        qint64 skip = partner ? 0 : std::max<qint64>(0, number("offset", 0)); // partner lists have no offset
        for (auto it = bids.cend(); it != bids.cbegin() && room();) { // newest first
            const Bid &bid = *--it;
            if ((partner && bid.partnerId.isEmpty()) || bid.changedAt < from || bid.changedAt > to
                || (!param("ip").isEmpty() && bid.userIp != param("ip"))
                || (!param("id").isEmpty() && QString::number(bid.id) != param("id"))
                || (!partner && !param("api_id").isEmpty() && bid.apiId != param("api_id")) || skip-- > 0)
                continue;
            items.append(listItem(bid, param("status_history") == u"1", partner));
        }
    } else if (method == u"get_partner_links") {
        for (const Visit &v : visits) {
            if (v.time >= from && v.time <= to && (param("ip").isEmpty() || v.ip == param("ip")) && room())
                items.append(obj({{"time", num(v.time)},
                                  {"date", date(v.time)},
                                  {"browser", v.browser},
                                  {"ip", v.ip},
                                  {"referrer", v.referrer},
                                  {"user_hash", v.userHash},
                                  {"query_string", v.query}}));
        }
    } else {
        for (const Payout &p : payouts) {
            if (p.time >= from && p.time <= to && (param("id").isEmpty() || QString::number(p.id) == param("id"))
                && room())
                items.append(obj({{"id", num(p.id)},
                                  {"time", num(p.time)},
                                  {"date", date(p.time)},
                                  {"method_id", num(p.method)},
                                  {"account", p.account},
                                  {"pay_amount", p.amount},
                                  {"pay_currency_code", p.code},
                                  {"original_amount", p.originalAmount},
                                  {"original_currency_code", p.originalCode},
                                  {"status", num(p.status)}}));
        }
    }
    return envelope(obj({{"items", items}}), true);
}

// The document's add_partner_payout takes no amount: the whole balance goes, in the chosen currency.
SandboxReply State::addPayout(const QHash<QString, QString> &form, bool ru)
{
    const QString methodId = form.value(l1("method_id")).trimmed();
    const QString account = form.value(l1("account")).trimmed();
    if ((methodId != u"1" && methodId != u"2") || account.isEmpty())
        return failure(ru ? QStringLiteral("Неверные данные выплаты") : l1("Invalid payout details"),
                       obj({{account.isEmpty() ? "account" : "method_id", l1("invalid")}}));
    if (partnerBalance < dec("10"))
        return failure(ru ? QStringLiteral("Недостаточно средств для выплаты") : l1("Not enough balance for a payout"));
    const bool rub = methodId == u"1";
    payouts.append(
        {nextPayoutId++, QDateTime::currentSecsSinceEpoch(), methodId.toInt(), account,
         rub ? (partnerBalance * dec("94.10")).rescaled(2, RoundingMode::Down).toString() : partnerBalance.toString(),
         rub ? l1("RUB") : l1("USDT"), partnerBalance.toString(), l1("USDT"), 0});
    partnerBalance = Decimal();
    return envelope(obj({{"payout_id", num(payouts.last().id)}}), true);
}

void PremiumExchangerSimulator::setPartnerBalance(const Decimal &usdt)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->partnerBalance = usdt;
}

int PremiumExchangerSimulator::partnerPayoutsTo(const QString &account) const
{
    QMutexLocker lock(&m_state->mutex);
    return int(std::count_if(m_state->payouts.cbegin(), m_state->payouts.cend(),
                             [&account](const pesim::Payout &p) { return p.account == account; }));
}

bool PremiumExchangerSimulator::setPartnerPayoutStatus(qint64 id, int status)
{
    QMutexLocker lock(&m_state->mutex);
    for (pesim::Payout &p : m_state->payouts) {
        if (p.id == id) {
            p.status = status;
            return true;
        }
    }
    return false;
}

void PremiumExchangerSimulator::seedDemoData(int bidCount, unsigned seed)
{
    QMutexLocker lock(&m_state->mutex);
    State &s = *m_state;
    quint64 x = seed ? seed : 1;
    const auto next = [&x](qsizetype bound) { // xorshift: the same demo on every machine
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        return int(x % quint64(bound));
    };
    const auto words = [](const char *list) { return QString::fromUtf8(list).split(u' '); };
    static const QStringList men = words("Иван Алексей Дмитрий Сергей Андрей Михаил");
    static const QStringList women = words("Мария Ольга Анна Екатерина Наталья Елена");
    static const QStringList surnames = words("Петров Кузнецов Соколов Новиков Морозов Волков");
    static const QStringList finals
        = words("success success success new payed cancel delete verify error partpay techpay");
    static const QString base58 = l1("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < bidCount; ++i) {
        const Direction &d = s.directions[next(5)];
        const Currency &give = s.currency(d.give);
        const Currency &get = s.currency(d.get);
        Bid bid;
        bid.id = s.nextBidId++;
        bid.hash = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray(QByteArray::number(bid.id) + "pe-demo"), QCryptographicHash::Md5)
                .toHex());
        bid.direction = d.id;
        const Decimal amount = give.code == u"RUB" ? Decimal::fromInteger(5000 + next(200) * 1000)
            : give.code == u"BTC"                  ? Decimal::fromInteger(15 + next(400))
                                        .divided(Decimal::fromInteger(10000), 8, RoundingMode::Down)
                                        .valueOr(Decimal())
                                  : Decimal::fromInteger(50 + next(3000));
        const QJsonObject q = s.quote(d, amount, 1, true);
        bid.give = Decimal::parse(q.value(u"sum_give").toString()).valueOr(Decimal());
        bid.get = Decimal::parse(q.value(u"sum_get").toString()).valueOr(Decimal());
        bid.userIp = QStringLiteral("%1.%2.%3.%4").arg(77 + next(100)).arg(next(255)).arg(next(255)).arg(1 + next(250));
        bid.userHash = bid.hash.right(10);
        bid.apiId = QStringLiteral("crm-%1").arg(70000 + bid.id);
        bid.partnerId = next(3) == 0 ? l1("7") : QString();
        bid.partnerReward = Decimal::fromInteger(bid.partnerId.isEmpty() ? 0 : 10 + next(90))
                                .divided(Decimal::fromInteger(100), 2, RoundingMode::Down)
                                .valueOr(Decimal());
        QString card = l1("2202 20");
        for (int digit = 0; digit < 10; ++digit)
            card += QString::number(next(10)) + ((digit == 1 || digit == 5) ? l1(" ") : QString());
        QString wallet = get.code == u"BTC" ? l1("bc1q") : l1("T");
        while (wallet.size() < 34)
            wallet += base58.at(next(base58.size()));
        const bool woman = next(2) == 1;
        const QString surname = surnames[next(surnames.size())] + (woman ? QStringLiteral("а") : QString());
        bid.account1 = give.code == u"RUB" ? card : QString();
        bid.account2 = get.code == u"RUB" ? card : wallet;
        bid.fields = {{l1("cf1"), woman ? women[next(women.size())] : men[next(men.size())]},
                      {l1("cf3"), surname},
                      {l1("cf4"), QStringLiteral("+7 9%1").arg(100000000 + next(899999999))},
                      {l1("cf6"), QStringLiteral("client%1@mail.ru").arg(bid.id)}};
        const qint64 created = now - qint64(bidCount - i) * 5400 - next(3000);
        const QString status = finals[next(finals.size())];
        State::setStatus(bid, l1("new"), created);
        if (status != u"new" && status != u"cancel" && status != u"delete")
            State::setStatus(bid, l1("techpay"), created + 300 + next(600));
        if (status == u"success" || status == u"verify" || status == u"error")
            State::setStatus(bid, l1("payed"), bid.changedAt + 120 + next(600));
        if (bid.status != status)
            State::setStatus(bid, status, bid.changedAt + 60 + next(1800));
        if (status == u"techpay")
            bid.plan = {l1("payed"), l1("success")};
        else if (status == u"payed")
            bid.plan = {l1("success")};
        bid.nextStepMs = s.clock.elapsed() + s.stepMs;
        s.bids.insert(bid.id, bid);
    }
    for (int i = 0; i < 12; ++i)
        s.visits.append({now - i * 7200 - next(3600), next(2) ? l1("Chrome 125") : l1("Firefox 126"),
                         QStringLiteral("95.%1.%2.%3").arg(next(255)).arg(next(255)).arg(1 + next(250)),
                         next(2) ? l1("https://www.bestchange.ru/") : l1("https://t.me/obmen_channel"),
                         QStringLiteral("u%1").arg(next(99999)), l1("rid=7")});
    s.payouts.append({s.nextPayoutId++, now - 86400 * 9, 2, l1("TQ5mWz1nXc8rJ4vHq2LbUeY7sKpD9aFgRt"), l1("120.50"),
                      l1("USDT"), l1("120.50"), l1("USDT"), 1});
    s.payouts.append({s.nextPayoutId++, now - 86400 * 2, 1, l1("2202 2063 9187 4410"), l1("7490.35"), l1("RUB"),
                      l1("79.60"), l1("USDT"), 0});
}

} // namespace sarraf
