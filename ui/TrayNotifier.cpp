#include "ui/TrayNotifier.h"

#include "models/domain/Bidi.h"
#include "models/domain/TransactionStatus.h"
#include "models/table/DisplayText.h"

#include <QLocale>
#include <QSettings>
#include <QSystemTrayIcon>

namespace sarraf {

TrayNotifier::TrayNotifier(const QIcon &icon, QObject *parent) : QObject(parent)
{
    m_enabled = QSettings().value(settingsKey(), true).toBool();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(QStringLiteral("Sarraf"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_last && !m_last->openId.isEmpty())
                Q_EMIT openRequested(m_last->openId);
        });
        m_tray->setVisible(m_enabled);
    }
}

void TrayNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    QSettings().setValue(settingsKey(), enabled);
    if (m_tray)
        m_tray->setVisible(enabled);
}

TrayNotifier::Message TrayNotifier::messageFor(const QList<TrackedTransaction> &finished)
{
    Message message;
    qsizetype failed = 0;
    for (const TrackedTransaction &t : finished)
        failed += t.status == TransactionStatus::Completed ? 0 : 1;
    message.failure = failed > 0;
    if (finished.size() == 1) {
        const TrackedTransaction &t = finished.constFirst();
        message.openId = t.providerId;
        //: A notification's title: %1 the provider, %2 the transaction's id, %3 its new status.
        message.title = tr("%1 %2: %3").arg(display::providerName(t.provider), leftToRight(t.providerId),
                                            TransactionStatuses::displayName(t.status));
        const QString amount = display::amount(t.amount, t.currency);
        const QString who = t.customerName.isEmpty() ? leftToRight(t.customerPhone) : t.customerName;
        //: A notification's text: %1 the amount, %2 the customer.
        message.body = who.isEmpty() || who == leftToRight(QString()) ? amount : tr("%1, %2").arg(amount, who);
        return message;
    }
    const QLocale locale;
    //: A notification's title when several transactions finished in one sync; %1 how many.
    message.title = tr("%1 transactions finished").arg(locale.toString(finished.size()));
    //: %1 how many completed, %2 how many failed, were cancelled or expired.
    message.body = tr("Completed: %1. Failed, cancelled or expired: %2.")
                       .arg(locale.toString(finished.size() - failed), locale.toString(failed));
    return message;
}

void TrayNotifier::notify(const QList<TrackedTransaction> &finished)
{
    if (!m_enabled || finished.isEmpty())
        return;
    m_last = messageFor(finished);
    if (m_tray)
        m_tray->showMessage(m_last->title, m_last->body,
                            m_last->failure ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 10000);
}

} // namespace sarraf
