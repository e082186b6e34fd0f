#include "providers/sandbox/PriceFeedSimulator.h"

#include "models/domain/Decimal.h"
#include "providers/sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>

#include <deque>

using namespace Qt::StringLiterals;

namespace sarraf {

namespace {

constexpr qint64 StepSeconds = 600; // one history point every ten minutes
constexpr int HistoryPoints = 24 * 6 + 1;

struct Series
{
    QString base, quote;
    int precision = 2;
    std::deque<std::pair<QDateTime, Decimal>> points; // oldest first, the last one is "now"
};

// price * (1 + basisPoints / 10000), at the pair's precision: exact decimal all the way.
Decimal moved(const Decimal &price, int basisPoints, int precision)
{
    const Decimal factor = Decimal::parse(QString::number(10000 + basisPoints)).value()
        * Decimal::parse(u"0.0001"_s).value();
    return (price * factor).rescaled(precision, RoundingMode::HalfEven);
}

} // namespace

struct PriceFeedSimulator::State
{
    QMutex lock;
    QRandomGenerator random;
    QList<Series> series;
    bool broken = false;
    QList<QDateTime> recent; // request times within the last minute

    // Ten-minute steps up to now, then a small move at now itself when the newest point is more
    // than half a minute old: a live feed's price is seconds old, not minutes.
    void advance(const QDateTime &now)
    {
        for (Series &s : series) {
            while (s.points.back().first.secsTo(now) >= StepSeconds) {
                const QDateTime next = s.points.back().first.addSecs(StepSeconds);
                s.points.push_back({next, moved(s.points.back().second, int(random.bounded(-60, 61)), s.precision)});
            }
            if (s.points.back().first.secsTo(now) >= 30)
                s.points.push_back({now, moved(s.points.back().second, int(random.bounded(-8, 9)), s.precision)});
            while (s.points.size() > size_t(HistoryPoints) * 4)
                s.points.pop_front();
        }
    }

    void stepAll()
    {
        for (Series &s : series) {
            const QDateTime time = QDateTime::currentDateTimeUtc();
            s.points.push_back({time, moved(s.points.back().second, int(random.bounded(-40, 41)), s.precision)});
        }
    }

    const Series *find(const QString &pair) const
    {
        for (const Series &s : series) {
            if (s.base + u'-' + s.quote == pair)
                return &s;
        }
        return nullptr;
    }

    // The price 24 hours before the newest point, for the change figure.
    static Decimal dayAgo(const Series &s)
    {
        const QDateTime then = s.points.back().first.addSecs(-24 * 3600);
        for (auto it = s.points.crbegin(); it != s.points.crend(); ++it) {
            if (it->first <= then)
                return it->second;
        }
        return s.points.front().second;
    }

    bool limited()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        while (!recent.isEmpty() && recent.constFirst().msecsTo(now) > 60000)
            recent.removeFirst();
        if (recent.size() >= PriceFeedSimulator::requestsPerMinute())
            return true;
        recent.append(now);
        return false;
    }
};

namespace {

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// (new - old) / old * 100, to two places, exactly: computed in hundredths of a percent.
QString changePercent(const Decimal &now, const Decimal &then)
{
    if (then.isZero())
        return u"0.00"_s;
    // Scale both to whole units of the smallest step, then divide as integers of a known size.
    const int scale = std::max(now.scale(), then.scale());
    const qint64 a = now.rescaled(scale, RoundingMode::HalfEven).toString().remove(u'.').toLongLong();
    const qint64 b = then.rescaled(scale, RoundingMode::HalfEven).toString().remove(u'.').toLongLong();
    const qint64 hundredths = (a - b) * 10000 / b;
    const QString sign = hundredths < 0 ? u"-"_s : QString();
    const qint64 magnitude = hundredths < 0 ? -hundredths : hundredths;
    return sign + QString::number(magnitude / 100) + u'.' + QString::number(magnitude % 100).rightJustified(2, u'0');
}

SandboxReply tooMany()
{
    SandboxReply reply = SandboxReply::json(QJsonObject{{u"error"_s, u"Too many requests: 30 a minute"_s}}, 429);
    reply.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("10")));
    return reply;
}

} // namespace

PriceFeedSimulator::PriceFeedSimulator(SandboxServer &server, quint32 seed) : m_state(std::make_shared<State>())
{
    m_state->random.seed(seed);
    struct Start
    {
        const char *base, *quote, *price;
        int precision;
    };
    const Start starts[] = {{"BTC", "USDT", "67321.15", 2}, {"ETH", "USDT", "3512.40", 2},
                            {"TON", "USDT", "5.4210", 4},   {"USDT", "TMN", "58450", 0},
                            {"BTC", "TMN", "3934000000", 0}, {"ETH", "TMN", "205250000", 0}};
    // A day of history up to the last ten-minute boundary.
    const qint64 nowSecs = QDateTime::currentSecsSinceEpoch();
    const QDateTime last = QDateTime::fromSecsSinceEpoch(nowSecs - nowSecs % StepSeconds, Qt::UTC);
    for (const Start &start : starts) {
        Series s;
        s.base = QString::fromLatin1(start.base);
        s.quote = QString::fromLatin1(start.quote);
        s.precision = start.precision;
        // Walk backwards from today's price, so the newest point is near the start value.
        std::deque<std::pair<QDateTime, Decimal>> points;
        Decimal price = Decimal::parse(QString::fromLatin1(start.price)).value();
        for (int i = 0; i < HistoryPoints; ++i) {
            points.push_front({last.addSecs(-StepSeconds * i), price});
            price = moved(price, int(m_state->random.bounded(-60, 61)), s.precision);
        }
        s.points = std::move(points);
        m_state->series.append(std::move(s));
    }

    server.addRoute("GET", u"/prices/api/v1/tickers"_s, [state = m_state](const SandboxRequest &) {
        QMutexLocker locker(&state->lock);
        if (state->limited())
            return tooMany();
        if (state->broken)
            return SandboxReply::text("<html>Bad gateway</html>", 200);
        state->advance(QDateTime::currentDateTimeUtc());
        QJsonArray tickers;
        for (const Series &s : std::as_const(state->series)) {
            tickers.append(QJsonObject{{u"base"_s, s.base},
                                       {u"quote"_s, s.quote},
                                       {u"last"_s, s.points.back().second.toString()},
                                       {u"change_24h"_s, changePercent(s.points.back().second, State::dayAgo(s))},
                                       {u"time"_s, isoTime(s.points.back().first)}});
        }
        return SandboxReply::json(QJsonObject{{u"tickers"_s, tickers}});
    });
    server.addRoute("GET", u"/prices/api/v1/history"_s, [state = m_state](const SandboxRequest &request) {
        QMutexLocker locker(&state->lock);
        if (state->limited())
            return tooMany();
        state->advance(QDateTime::currentDateTimeUtc());
        const QString pair = request.query.queryItemValue(u"pair"_s);
        const Series *s = state->find(pair);
        if (!s)
            return SandboxReply::json(QJsonObject{{u"error"_s, QString(u"Unknown pair: "_s + pair)}}, 404);
        const int hours = std::clamp(request.query.queryItemValue(u"hours"_s).toInt(), 1, 48);
        const QDateTime since = s->points.back().first.addSecs(-qint64(hours) * 3600);
        QJsonArray points;
        for (const auto &[time, price] : s->points) {
            if (time >= since)
                points.append(QJsonObject{{u"time"_s, isoTime(time)}, {u"price"_s, price.toString()}});
        }
        return SandboxReply::json(QJsonObject{{u"pair"_s, pair}, {u"points"_s, points}});
    });
}

PriceFeedSimulator::~PriceFeedSimulator() = default;

QStringList PriceFeedSimulator::pairs() const
{
    QMutexLocker locker(&m_state->lock);
    QStringList list;
    for (const Series &s : std::as_const(m_state->series))
        list.append(s.base + u'-' + s.quote);
    return list;
}

QString PriceFeedSimulator::lastPrice(const QString &pair) const
{
    QMutexLocker locker(&m_state->lock);
    m_state->advance(QDateTime::currentDateTimeUtc());
    const Series *s = m_state->find(pair);
    return s ? s->points.back().second.toString() : QString();
}

void PriceFeedSimulator::step()
{
    QMutexLocker locker(&m_state->lock);
    m_state->stepAll();
}

void PriceFeedSimulator::setBroken(bool broken)
{
    QMutexLocker locker(&m_state->lock);
    m_state->broken = broken;
}

} // namespace sarraf
