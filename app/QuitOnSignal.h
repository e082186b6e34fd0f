// Ends the event loop cleanly on SIGINT and SIGTERM, for sarrafctl's long-running commands: the
// signal handler only writes a byte to a socket, and the event loop reads it and quits.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace sarraf {

class QuitOnSignal final : public QObject
{
    Q_OBJECT
public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

    // The signal that ended the loop, 0 if none did.
    int receivedSignal() const { return m_received; }

private:
    QSocketNotifier *m_notifier = nullptr;
    int m_received = 0;
};

} // namespace sarraf
