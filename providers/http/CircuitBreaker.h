// Stops sending to a provider that keeps failing: after N consecutive failures it opens and
// rejects at once for a cooldown, then lets exactly one trial request decide whether to close.
#pragma once

#include <QObject>

#include <chrono>
#include <functional>

namespace sarraf {

struct CircuitSettings
{
    int failureThreshold = 5; // consecutive unwell answers that open the circuit
    std::chrono::milliseconds cooldown {30000};
};

class CircuitBreaker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CircuitBreaker)

public:
    // The values are circuit_breaker_state's encoding in the metrics (0 closed, 1 open, 2 half-open).
    enum class State { Closed = 0, Open = 1, HalfOpen = 2 };
    Q_ENUM(State)

    // Milliseconds on a monotonic clock; injectable so tests need not wait out the cooldown.
    using Clock = std::function<qint64()>;

    explicit CircuitBreaker(CircuitSettings settings = {}, Clock clock = {}, QObject *parent = nullptr);

    State state() const { return m_state; }
    const CircuitSettings &settings() const { return m_settings; }
    int consecutiveFailures() const { return m_failures; }
    static QString stateName(State state); // "closed", "open", "half-open"

    // True when a request may be sent now. An open circuit whose cooldown has passed turns
    // half-open and admits this one request as its trial; every other caller is refused until
    // the trial reports back through one of the record functions.
    bool allowRequest();
    // Whether allowRequest() would refuse right now, without taking the half-open trial.
    bool wouldReject() const;
    // How long an open circuit still refuses; zero otherwise.
    std::chrono::milliseconds remainingCooldown() const;

    // The provider answered in a way that says it is working (a 2xx, or a 4xx that is our fault).
    void recordSuccess();
    // A timeout, network failure, 5xx or 429.
    void recordFailure();

Q_SIGNALS:
    void stateChanged(sarraf::CircuitBreaker::State state);

private:
    void setState(State state);
    qint64 now() const { return m_clock(); }

    CircuitSettings m_settings;
    Clock m_clock;
    State m_state = State::Closed;
    int m_failures = 0;
    qint64 m_openedAt = 0;
    bool m_trialInFlight = false;
};

} // namespace sarraf
