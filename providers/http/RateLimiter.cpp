#include "providers/http/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace sarraf {

RateLimiter::RateLimiter(RateLimit limit, QObject *parent) : QObject(parent), m_limit(limit)
{
    m_limit.burst = std::max(1, m_limit.burst);
    m_tokens = m_limit.burst;
    m_clock.start();
    m_refilledAt = m_clock.elapsed();
    m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5% late, which would stretch every wait.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RateLimiter::release);
}

void RateLimiter::refill()
{
    const qint64 now = m_clock.elapsed();
    m_tokens = std::min<double>(m_limit.burst, m_tokens + double(now - m_refilledAt) * m_limit.perSecond / 1000.0);
    m_refilledAt = now;
}

bool RateLimiter::acquire(QObject *context, std::function<void()> go)
{
    if (!isLimited()) {
        go();
        return false;
    }
    refill();
    if (m_queue.empty() && m_tokens >= 1.0) {
        m_tokens -= 1.0;
        go();
        return false;
    }
    m_queue.push_back({QPointer<QObject>(context), std::move(go)});
    schedule();
    return true;
}

void RateLimiter::release()
{
    refill();
    while (!m_queue.empty()) {
        if (!m_queue.front().context) {
            m_queue.pop_front(); // its caller is gone; the token stays for the next one
            continue;
        }
        if (m_tokens < 1.0)
            break;
        m_tokens -= 1.0;
        // Taken out before it runs: `go` may start another acquire().
        std::function<void()> go = std::move(m_queue.front().go);
        m_queue.pop_front();
        go();
    }
    schedule();
}

void RateLimiter::schedule()
{
    if (m_queue.empty() || m_timer.isActive())
        return;
    const double missing = std::max(0.0, 1.0 - m_tokens);
    m_timer.start(int(std::ceil(missing * 1000.0 / m_limit.perSecond)));
}

} // namespace sarraf
