// The Premium Exchanger simulator's data (currencies, directions, bids, partner records), its
// state, and how it renders them in the document's shapes with the loose types real sites send.
// Internal to PremiumExchangerSimulator.cpp; header-only so no build file needs to know about it.
#pragma once

#include "models/domain/Decimal.h"
#include "providers/sandbox/PremiumExchangerSimulator.h"
#include "providers/sandbox/SandboxServer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QTimeZone>

#include <optional>

namespace sarraf {
namespace pesim {

struct Currency
{
    int id;
    QString titleRu, titleEn, code, psys;
    int scale;
};

struct Direction
{
    int id, give, get;
    Decimal courseGive, courseGet, reserve, feePercent, getFee;
    std::optional<Decimal> minGive, maxGive;
    bool api = true;
};

struct Bid
{
    qint64 id = 0;
    QString hash, apiId, status, userIp, userHash, account1, account2, partnerId;
    int direction = 0;
    Decimal give, get, partnerReward;
    qint64 changedAt = 0; // unix seconds of the last status change
    QList<QPair<qint64, QString>> history;
    QHash<QString, QString> fields;
    QStringList plan; // statuses still to come when the simulator moves bids by itself
    qint64 nextStepMs = 0;
};

struct Payout
{
    qint64 id, time;
    int method;
    QString account, amount, code, originalAmount, originalCode;
    int status;
};

struct Visit
{
    qint64 time;
    QString browser, ip, referrer, userHash, query;
};

inline QString l1(const char *text)
{
    return QString::fromLatin1(text);
}

inline Decimal dec(const char *text)
{
    return Decimal::parse(l1(text)).valueOr(Decimal());
}

inline QJsonObject obj(std::initializer_list<std::pair<const char *, QJsonValue>> pairs)
{
    QJsonObject object;
    for (const auto &[key, value] : pairs)
        object.insert(l1(key), value);
    return object;
}

// A JSON number token in the output: QJsonValue only holds doubles, which would change digits.
inline QJsonValue num(const QString &token)
{
    return QJsonValue(QStringLiteral("#n#") + token);
}

inline QJsonValue num(qint64 value)
{
    return num(QString::number(value));
}

inline QString date(qint64 time)
{
    return QDateTime::fromSecsSinceEpoch(time, QTimeZone::utc()).toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

inline SandboxReply reply(const QJsonObject &object)
{
    static const QRegularExpression marker(QStringLiteral("\"#n#(-?[0-9][0-9.eE+-]*)\""));
    QString text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    text.replace(marker, QStringLiteral("\\1"));
    SandboxReply answer;
    answer.body = text.toUtf8();
    return answer;
}

inline SandboxReply envelope(const QJsonValue &data, bool numericError)
{
    return reply(
        obj({{"error", numericError ? num(0) : QJsonValue(l1("0"))}, {"error_text", QString()}, {"data", data}}));
}

inline SandboxReply failure(const QString &text, const QJsonObject &fields = {})
{
    QJsonObject object = obj({{"error", num(1)}, {"error_text", text}, {"data", QJsonArray()}});
    if (!fields.isEmpty())
        object.insert(QStringLiteral("error_fields"), fields);
    return reply(object);
}

// PHP's $_POST: '+' is a space, %XX a byte; a JSON body gives no parameters at all.
inline QHash<QString, QString> decodeForm(const QByteArray &body)
{
    QHash<QString, QString> form;
    const auto decode
        = [](QByteArray bytes) { return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes.replace('+', ' '))); };
    for (const QByteArray &part : body.split('&')) {
        const qsizetype equals = part.indexOf('=');
        if (!part.isEmpty())
            form.insert(decode(part.left(equals)), equals < 0 ? QString() : decode(part.mid(equals + 1)));
    }
    return form;
}

inline QString statusTitle(const QString &status, bool ru)
{
    static const QHash<QString, QPair<const char *, const char *>> titles {
        {l1("new"), {"Новая заявка", "New bid"}},
        {l1("techpay"), {"Клиент отметил оплату", "Marked as paid"}},
        {l1("payed"), {"Оплаченная заявка", "Paid bid"}},
        {l1("verify"), {"На проверке", "Under review"}},
        {l1("partpay"), {"Частично оплачена", "Partially paid"}},
        {l1("success"), {"Выполненная заявка", "Completed bid"}},
        {l1("cancel"), {"Отменена пользователем", "Cancelled by user"}},
        {l1("delete"), {"Удалённая заявка", "Deleted bid"}},
        {l1("error"), {"Ошибочная заявка", "Failed bid"}}};
    const auto title = titles.constFind(status);
    return title == titles.cend() ? status : QString::fromUtf8(ru ? title->first : title->second);
}

struct State
{
    using Answer = PremiumExchangerSimulator::Answer;

    mutable QMutex mutex;
    SandboxServer *server = nullptr;
    QString prefix;
    QString login = PremiumExchangerSimulator::defaultLogin(), key = PremiumExchangerSimulator::defaultKey();
    QStringList allowed;
    QHash<QString, Answer> forced; // "" is every method
    qint64 stepMs = 0;
    QElapsedTimer clock;
    QList<Currency> currencies;
    QList<Direction> directions;
    QMap<qint64, Bid> bids;
    qint64 nextBidId = 1001, nextPayoutId = 501;
    QList<Payout> payouts;
    QList<Visit> visits;
    Decimal partnerBalance = dec("245.37");

    const Currency &currency(int id) const
    {
        for (const Currency &c : currencies)
            if (c.id == id)
                return c;
        return currencies.first();
    }
    const Direction *direction(const QString &id, bool forApi = true) const
    {
        for (const Direction &d : directions)
            if (QString::number(d.id) == id && (d.api || !forApi))
                return &d;
        return nullptr;
    }
    Bid *bidBy(const QString &id, const QString &hash)
    {
        for (Bid &bid : bids)
            if ((!id.isEmpty() && QString::number(bid.id) == id) || (!hash.isEmpty() && bid.hash == hash))
                return &bid;
        return nullptr;
    }
    static void setStatus(Bid &bid, const QString &status, qint64 at = QDateTime::currentSecsSinceEpoch())
    {
        bid.status = status;
        bid.changedAt = std::max(at, bid.changedAt);
        bid.history.append({bid.changedAt, status});
    }
    void advance() // lazily, when a request looks: no timers, nothing runs between requests
    {
        for (Bid &bid : bids) {
            while (stepMs > 0 && !bid.plan.isEmpty() && clock.elapsed() >= bid.nextStepMs) {
                setStatus(bid, bid.plan.takeFirst());
                bid.nextStepMs += stepMs;
            }
        }
        // A partner payout waiting one step is paid, as a site's operator would pay it.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (Payout &payout : payouts) {
            if (stepMs > 0 && payout.status == 0 && (now - payout.time) * 1000 >= stepMs)
                payout.status = 1;
        }
    }

    SandboxReply handle(const SandboxRequest &request);
    SandboxReply control(const SandboxRequest &request);
    SandboxReply createBid(const QHash<QString, QString> &form, bool ru);
    SandboxReply listing(const QString &method, const QHash<QString, QString> &form);
    SandboxReply addPayout(const QHash<QString, QString> &form, bool ru);
    QJsonObject quote(const Direction &d, const Decimal &amount, int action, bool ru) const;
    QJsonObject directionObject(const Direction &d, bool ru) const;
    QJsonObject bidObject(const Bid &bid, bool ru) const;
    QJsonObject listItem(const Bid &bid, bool history, bool partner) const;
};

// PremiumBox's rates are a pair: course_give of the give currency buys course_get of the get one.
inline QJsonObject State::quote(const Direction &d, const Decimal &amount, int action, bool ru) const
{
    const Currency &give = currency(d.give);
    const Currency &get = currency(d.get);
    const Decimal hundred = Decimal::fromInteger(100);
    const auto div = [](const Decimal &a, const Decimal &b, int scale, RoundingMode mode) {
        return a.divided(b, scale, mode).valueOr(Decimal());
    };
    Decimal sumGive = amount;
    if (action == 2 || action == 4)
        sumGive
            = div((action == 4 ? amount + d.getFee : amount) * d.courseGive, d.courseGet, give.scale, RoundingMode::Up);
    else if (action == 3)
        sumGive = div(amount * hundred, hundred + d.feePercent, give.scale, RoundingMode::Down);
    const bool below = d.minGive && sumGive < *d.minGive, above = d.maxGive && sumGive > *d.maxGive;
    sumGive = (below ? *d.minGive : above ? *d.maxGive : sumGive).rescaled(give.scale, RoundingMode::Down);
    const Decimal sumGet = div(sumGive * d.courseGet, d.courseGive, get.scale, RoundingMode::Down);
    Decimal getCom = (sumGet - d.getFee).rescaled(get.scale, RoundingMode::Down);
    const auto limit = [](const std::optional<Decimal> &v) { return v ? v->toString() : l1("no"); };
    const auto getLimit = [&](const std::optional<Decimal> &v) {
        return v ? div(*v * d.courseGet, d.courseGive, get.scale, RoundingMode::Down).toString() : l1("no");
    };
    const QString fee = ru ? QStringLiteral("комиссия сети %1 %2") : QStringLiteral("network fee %1 %2");
    return obj(
        {{"currency_code_give", give.code},
         {"currency_code_get", get.code},
         {"reserve", d.reserve.toString()},
         {"course_give", d.courseGive.toString()},
         {"course_get", d.courseGet.toString()},
         {"sum_give", sumGive.toString()},
         {"sum_give_com", (sumGive + div(sumGive * d.feePercent, hundred, give.scale, RoundingMode::Up)).toString()},
         {"sum_get", sumGet.toString()},
         {"sum_get_com", (getCom.isNegative() ? Decimal() : getCom).toString()},
         {"com_give", d.feePercent.isZero() ? QString() : d.feePercent.toString() + u'%'},
         {"com_get", d.getFee.isZero() ? QString() : fee.arg(d.getFee.toString(), get.code)},
         {"min_give", limit(d.minGive)},
         {"max_give", limit(d.maxGive)},
         {"min_get", getLimit(d.minGive)},
         {"max_get", getLimit(d.maxGive)},
         {"changed", num(below || above ? 1 : 0)}});
}

inline QJsonObject State::directionObject(const Direction &d, bool ru) const
{
    QJsonObject o = quote(d, d.minGive.value_or(Decimal::fromInteger(1)), 1, ru);
    o.insert(l1("id"), QString::number(d.id));
    o.insert(l1("url"), QStringLiteral("https://exchanger.example/exchange_%1/").arg(d.id));
    o.insert(l1("info"),
             obj({{"timeline_text",
                   ru ? QStringLiteral("Обмен занимает от 5 до 30 минут.") : l1("The exchange takes 5 to 30 minutes.")},
                  {"frozen_text", QString()},
                  {"before_button_text", ru ? QStringLiteral("Проверьте реквизиты.") : l1("Check the details.")}}));
    const auto field = [ru](const char *name, const char *labelRu, const char *labelEn, bool required) {
        return obj({{"name", l1(name)},
                    {"type", l1("text")},
                    {"label", QString::fromUtf8(ru ? labelRu : labelEn)},
                    {"req", num(required ? 1 : 0)},
                    {"tooltip", QString()},
                    {"cd", num(0)}});
    };
    QJsonArray giveFields;
    if (currency(d.give).code == u"RUB")
        giveFields = {field("account1", "Номер карты", "Card number", true),
                      field("cfgive8", "Имя владельца карты", "Card holder", true)};
    o.insert(l1("give_fields"), giveFields);
    o.insert(l1("get_fields"), QJsonArray {field("account2", "Кошелёк или карта", "Wallet or card", true)});
    o.insert(l1("dir_fields"),
             QJsonArray {field("cf6", "E-mail", "E-mail", true), field("cf4", "Телефон", "Phone", false)});
    return o;
}

inline QJsonObject State::bidObject(const Bid &bid, bool ru) const
{
    const Direction &d = *direction(QString::number(bid.direction), false);
    const Currency &give = currency(d.give);
    const bool open = bid.status == u"new";
    QUrl url = server->baseUrlFor(prefix.mid(1));
    url.setPath(url.path() + QStringLiteral("/exchange/") + bid.hash);
    const QString instruction = ru ? QStringLiteral("Переведите %1 %2 на %3 2202 2063 5501 0044")
                                   : QStringLiteral("Send %1 %2 to %3 2202 2063 5501 0044");
    return obj({{"url", url.toString()},
                {"id", QString::number(bid.id)},
                {"hash", bid.hash},
                {"status", bid.status},
                {"status_title", statusTitle(bid.status, ru)},
                {"psys_give", give.psys},
                {"psys_get", currency(d.get).psys},
                {"currency_code_give", give.code},
                {"currency_code_get", currency(d.get).code},
                {"amount_give", bid.give.toString()},
                {"amount_get", bid.get.toString()},
                {"api_actions",
                 obj({{"type", l1("default")},
                      {"cancel", open ? l1("api") : l1("disabled")},
                      {"pay", open ? l1("api") : l1("disabled")},
                      {"instruction", instruction.arg(bid.give.toString(), give.code, give.psys)},
                      {"pay_amount", bid.give.toString()}})}});
}

inline QJsonObject State::listItem(const Bid &bid, bool history, bool partner) const
{
    const Direction &d = *direction(QString::number(bid.direction), false);
    const bool done = bid.status == u"success";
    QJsonObject item = obj({{"id", num(bid.id)},
                            {"api_id", bid.apiId},
                            {"time", num(bid.changedAt)},
                            {"date", date(bid.changedAt)},
                            {"psys_give", currency(d.give).psys},
                            {"psys_get", currency(d.get).psys},
                            {"currency_code_give", currency(d.give).code},
                            {"currency_code_get", currency(d.get).code},
                            {"course_give", d.courseGive.toString()},
                            {"course_get", d.courseGet.toString()},
                            {"amount_give", num(bid.give.toString())},
                            {"amount_get", num(bid.get.toString())},
                            {"exchange_success", num(done ? 0 : 1)}, // as the document words it
                            {"user_hash", bid.userHash},
                            {"user_ip", bid.userIp},
                            {"status", bid.status}});
    if (partner) {
        item.insert(l1("accrued"), num(done ? 1 : 0));
        item.insert(l1("partner_reward"), bid.partnerReward.toString());
    }
    if (history) {
        QJsonArray steps;
        for (const auto &[time, status] : bid.history)
            steps.append(obj({{"time", num(time)}, {"date", date(time)}, {"status", status}}));
        item.insert(l1("statuses"), steps);
    }
    return item;
}

} // namespace pesim
} // namespace sarraf
