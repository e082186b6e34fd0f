// A token bucket per provider that makes requests wait their turn, first come first served, so
// Sarraf stays within the provider's documented limit instead of being refused.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

namespace sarraf {

struct RateLimit
{
    double perSecond = 0; // tokens added per second; 0 or less: no limit. 100/min is 100.0 / 60.
    int burst = 1; // the bucket's size: requests that may leave at once after a quiet spell
};

class RateLimiter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateLimiter)

public:
    explicit RateLimiter(RateLimit limit = {}, QObject *parent = nullptr);

    const RateLimit &limit() const { return m_limit; }
    bool isLimited() const { return m_limit.perSecond > 0; }
    int waiting() const { return int(m_queue.size()); }

    // Runs `go` once a token is available: at once (inside this call) when one is free and nobody
    // is waiting, otherwise later from the event loop in arrival order. Never blocks. `go` is
    // dropped, without using a token, if `context` is destroyed while it waits.
    // Returns true when the caller had to wait (the limit would have been exceeded).
    bool acquire(QObject *context, std::function<void()> go);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void()> go;
    };

    void refill();
    void release();
    void schedule();

    RateLimit m_limit;
    double m_tokens = 0;
    qint64 m_refilledAt = 0;
    QElapsedTimer m_clock;
    QTimer m_timer;
    std::deque<Waiter> m_queue;
};

} // namespace sarraf
