#include "providers/http/CircuitBreaker.h"

#include <QElapsedTimer>

#include <algorithm>
#include <memory>

namespace sarraf {

CircuitBreaker::CircuitBreaker(CircuitSettings settings, Clock clock, QObject *parent)
    : QObject(parent), m_settings(settings), m_clock(std::move(clock))
{
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer] { return timer->elapsed(); };
    }
    m_settings.failureThreshold = std::max(1, m_settings.failureThreshold);
}

QString CircuitBreaker::stateName(State state)
{
    switch (state) {
    case State::Closed: return QStringLiteral("closed");
    case State::Open: return QStringLiteral("open");
    case State::HalfOpen: return QStringLiteral("half-open");
    }
    return QString();
}

std::chrono::milliseconds CircuitBreaker::remainingCooldown() const
{
    if (m_state != State::Open)
        return std::chrono::milliseconds(0);
    return std::chrono::milliseconds(std::max<qint64>(0, m_openedAt + m_settings.cooldown.count() - now()));
}

bool CircuitBreaker::wouldReject() const
{
    switch (m_state) {
    case State::Closed: return false;
    case State::Open: return remainingCooldown().count() > 0;
    case State::HalfOpen: return m_trialInFlight;
    }
    return false;
}

bool CircuitBreaker::allowRequest()
{
    if (m_state == State::Open && remainingCooldown().count() <= 0)
        setState(State::HalfOpen);
    switch (m_state) {
    case State::Closed: return true;
    case State::Open: return false;
    case State::HalfOpen:
        if (m_trialInFlight)
            return false;
        m_trialInFlight = true;
        return true;
    }
    return false;
}

void CircuitBreaker::recordSuccess()
{
    m_failures = 0;
    m_trialInFlight = false;
    if (m_state != State::Closed)
        setState(State::Closed);
}

void CircuitBreaker::recordFailure()
{
    ++m_failures;
    // Answers to requests admitted before the circuit opened change nothing while it is open:
    // the cooldown runs from the moment it opened.
    if (m_state == State::Open)
        return;
    if (m_state == State::HalfOpen || m_failures >= m_settings.failureThreshold) {
        m_trialInFlight = false;
        m_openedAt = now();
        setState(State::Open);
    }
}

void CircuitBreaker::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace sarraf
