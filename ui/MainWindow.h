// Sarraf's main window: the page navigation, the pages, menus and the sync status bar.
#pragma once

#include "models/domain/Records.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QProgressBar;
class QLineEdit;
class QToolBar;
class QStackedWidget;

namespace sarraf {

class PriceFeed;
class SyncScheduler;
class TrayNotifier;

class CreateTransactionDialog;
class EmptyStatePage;
class PayoutDesk;
class Navigation;

// What the composition root tells the window about the running profile.
struct WindowContext
{
    QString profileName;
    bool sandbox = false;
    QString dataDirectory;
    QString logDirectory;
    QString problem; // a sentence shown in a banner when the store could not be opened
    QString databasePath; // the opened store; empty when it could not be opened
    QString providerSettingsPath; // the profile's providers.ini: which providers are enabled
};

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(WindowContext context, QWidget *parent = nullptr);

    QString currentPage() const;
    void showPage(const QString &id);
    // The page widget of an id ("invoices", ...): TransactionsPage or EmptyStatePage.
    QWidget *page(const QString &id) const { return m_pages.value(id); }
    // Sync now (F5) runs the scheduler; its progress and failures show in the status bar, and
    // the tables read again when it wrote. The scheduler must outlive the window.
    void setSyncScheduler(SyncScheduler *scheduler);
    // Live prices for the Prices page; without one the page says no price source is set up.
    void setPriceFeed(PriceFeed *feed);
    // The payout desk for the Payouts and Audit pages; it must outlive the window.
    void setPayoutDesk(PayoutDesk *desk);
    TrayNotifier *notifier() const { return m_notifier; }
    // A passing message in the status bar, already translated.
    void showStatus(const QString &text);
    static QStringList pageIds();

Q_SIGNALS:
    // Settings changed that only take effect in a new process (data folder, profile).
    void restartRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void saveOperatorName(const QString &name);
    void buildPages();
    void retranslate();
    void restoreState();
    void openSettings();
    void openAbout();
    void openLogFolder();
    void syncNow();
    void showSyncState();
    void lookUp();
    // "New invoice or order": the dialog, sent through the scheduler, the result opened.
    void newTransaction();
    void showCreated(bool ok, const TrackedTransaction &record, const QString &message, bool outcomeUnknown);
    void showLookedUp(const QString &id, const QStringList &found, const QStringList &failures);
    void refreshTransaction(const QString &provider, const QString &providerId);
    void cancelTransaction(const TrackedTransaction &record);
    void openTransaction(const QString &providerId);

    WindowContext m_context;
    Navigation *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_syncState = nullptr;
    QProgressBar *m_syncProgress = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLineEdit *m_lookUp = nullptr;
    QPointer<SyncScheduler> m_scheduler;
    TrayNotifier *m_notifier = nullptr;
    QAction *m_notificationsAction = nullptr;
    QStringList m_syncFailures; // "GREENGO: sentence", of the sync running or last finished
    QDateTime m_lastSync;
    QLabel *m_profileLabel = nullptr;
    QHash<QString, QWidget *> m_pages; // EmptyStatePage, or TransactionsPage for the three tables
    QHash<QString, QAction *> m_pageActions;
    QActionGroup *m_pageGroup = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_toggleNavigationAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_newAction = nullptr;
    QPointer<CreateTransactionDialog> m_createDialog;
    QAction *m_logFolderAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace sarraf
