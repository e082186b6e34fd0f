// Desktop notifications: when a sync moves a tracked transaction into a final status (completed,
// failed, cancelled, expired), a system tray message says which, or how many when several finish
// at once. Switchable (Tools menu); the choice persists. Clicking the message opens the first one.
// Without a system tray (a bare X server, offscreen) nothing is shown and nothing breaks.
#pragma once

#include "models/domain/Records.h"

#include <QObject>

class QSystemTrayIcon;

namespace sarraf {

class TrayNotifier final : public QObject
{
    Q_OBJECT
public:
    struct Message
    {
        QString title;
        QString body;
        QString openId; // the provider id to open when clicked; empty for a summary of many
        bool failure = false; // a failed, cancelled or expired one is among them
    };

    explicit TrayNotifier(const QIcon &icon, QObject *parent = nullptr);

    static QString settingsKey() { return QStringLiteral("notifications/enabled"); }
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    // What notify() shows for these transactions, in the current language.
    static Message messageFor(const QList<TrackedTransaction> &finished);
    void notify(const QList<TrackedTransaction> &finished);
    // The last message notify() showed (or would have, without a tray); for tests.
    const std::optional<Message> &lastMessage() const { return m_last; }

Q_SIGNALS:
    void openRequested(const QString &providerId);

private:
    QSystemTrayIcon *m_tray = nullptr; // null without a system tray
    bool m_enabled = true;
    std::optional<Message> m_last;
};

} // namespace sarraf
