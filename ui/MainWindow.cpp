#include "ui/MainWindow.h"

#include "models/Profile.h"

#include "models/domain/Bidi.h"
#include "models/table/DisplayText.h"
#include "providers/CreateRequest.h"
#include "providers/ProviderCatalog.h"
#include "providers/ProviderSettings.h"
#include "ui/AboutDialog.h"
#include "ui/CreateTransactionDialog.h"
#include "ui/EmptyStatePage.h"
#include "ui/PricesPage.h"
#include "ui/AuditPage.h"
#include "ui/PayoutsPage.h"
#include "ui/ProvidersPage.h"
#include "ui/TransactionDetailsPane.h"
#include "ui/TransactionsPage.h"
#include "ui/TrayNotifier.h"
#include "models/sync/SyncScheduler.h"
#include "ui/Navigation.h"
#include "ui/SettingsDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolBar>
#include <QLocale>
#include <QProgressBar>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QUrl>

namespace sarraf {
namespace {

struct PageText
{
    QString title;
    QString explanation;
};

PageText pageText(const QString &id)
{
    if (id == u"invoices") {
        return {MainWindow::tr("Invoices"),
                MainWindow::tr("Invoices and payments you create, look up by id or receive a verified "
                               "callback for appear here with their status history, once a provider "
                               "such as Gitmix or Cryptofuse is enabled.")};
    }
    if (id == u"orders") {
        return {MainWindow::tr("Orders"),
                MainWindow::tr("Exchange orders from Premium Exchanger and GREENGO appear here once a "
                               "provider is enabled: the ones Sarraf creates, the ones it lists and the "
                               "ones you look up by id.")};
    }
    if (id == u"withdrawals") {
        return {MainWindow::tr("Withdrawals"),
                MainWindow::tr("Withdrawals sent through the providers appear here with their network, "
                               "destination and confirmations.")};
    }
    if (id == u"payouts") {
        return {MainWindow::tr("Payouts"),
                MainWindow::tr("Payout requests waiting for approval, approved, sent and reconciled "
                               "appear here. Every payout needs an approver other than the person who "
                               "requested it.")};
    }
    if (id == u"prices") {
        return {MainWindow::tr("Prices"),
                MainWindow::tr("Live prices from the price feeds appear here, with their source, their "
                               "age and a chart of each pair.")};
    }
    if (id == u"providers") {
        return {MainWindow::tr("Providers"),
                MainWindow::tr("Each provider's health, rate limit and credentials appear here. "
                               "Credentials are kept only in the system keychain.")};
    }
    return {MainWindow::tr("Audit log"),
            MainWindow::tr("Every action on money appears here in order: who requested, approved or "
                           "sent what, and when. The log is chained so that an edit or a deletion shows.")};
}

QIcon pageIcon(const QStyle *style, const QString &id)
{
    if (id == u"invoices")
        return style->standardIcon(QStyle::SP_FileIcon);
    if (id == u"orders")
        return style->standardIcon(QStyle::SP_BrowserReload);
    if (id == u"withdrawals")
        return style->standardIcon(QStyle::SP_ArrowForward);
    if (id == u"payouts")
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    if (id == u"prices")
        return style->standardIcon(QStyle::SP_FileDialogDetailedView);
    if (id == u"providers")
        return style->standardIcon(QStyle::SP_DriveNetIcon);
    return style->standardIcon(QStyle::SP_FileDialogContentsView);
}

} // namespace

QStringList MainWindow::pageIds()
{
    return {QStringLiteral("invoices"), QStringLiteral("orders"), QStringLiteral("withdrawals"),
            QStringLiteral("payouts"), QStringLiteral("prices"), QStringLiteral("providers"),
            QStringLiteral("audit")};
}

MainWindow::MainWindow(WindowContext context, QWidget *parent)
    : QMainWindow(parent), m_context(std::move(context))
{
    setObjectName(QStringLiteral("mainWindow"));
    buildPages();
    buildMenus();

    m_syncState = new QLabel(this);
    m_syncState->setObjectName(QStringLiteral("syncStateLabel"));
    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_syncProgress = new QProgressBar(this);
    m_syncProgress->setObjectName(QStringLiteral("syncProgress"));
    m_syncProgress->setMaximumWidth(160);
    m_syncProgress->setTextVisible(false);
    m_syncProgress->hide();
    statusBar()->addWidget(m_syncState, 1);
    statusBar()->addWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_profileLabel);

    retranslate();
    restoreState();
}

void MainWindow::buildPages()
{
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("problemBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; padding: 8px; }"));
    m_banner->setText(m_context.problem);
    m_banner->setVisible(!m_context.problem.isEmpty());
    outer->addWidget(m_banner);

    auto *row = new QHBoxLayout;
    row->setSpacing(0);
    m_navigation = new Navigation(central);
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("pages"));
    const QHash<QString, TransactionKind> tables{{QStringLiteral("invoices"), TransactionKind::Invoice},
                                                 {QStringLiteral("orders"), TransactionKind::Order},
                                                 {QStringLiteral("withdrawals"), TransactionKind::Withdrawal}};
    for (const QString &id : pageIds()) {
        QWidget *page = nullptr;
        if (tables.contains(id) && !m_context.databasePath.isEmpty()) {
            auto *table = new TransactionsPage(m_context.databasePath, tables.value(id), m_stack);
            table->setEmptyIcon(pageIcon(style(), id));
            connect(table, &TransactionsPage::exportFinished, this,
                    [this](bool, const QString &message) { showStatus(message); });
            connect(table, &TransactionsPage::refreshRequested, this, &MainWindow::refreshTransaction);
            connect(table, &TransactionsPage::cancelRequested, this, &MainWindow::cancelTransaction);
            page = table;
        } else if (id == u"providers") {
            auto *providers = new ProvidersPage(m_stack);
            connect(providers, &ProvidersPage::syncRequested, this, &MainWindow::syncNow);
            connect(providers, &ProvidersPage::settingsRequested, this, &MainWindow::openSettings);
            page = providers;
        } else if (id == u"payouts") {
            auto *payouts = new PayoutsPage(m_stack);
            connect(payouts, &PayoutsPage::statusMessage, this, &MainWindow::showStatus);
            connect(payouts, &PayoutsPage::operatorNameChosen, this, &MainWindow::saveOperatorName);
            page = payouts;
        } else if (id == u"audit") {
            page = new AuditPage(m_stack);
        } else if (id == u"prices") {
            auto *prices = new PricesPage(m_stack);
            prices->setEmptyIcon(pageIcon(style(), id));
            page = prices;
        } else {
            auto *empty = new EmptyStatePage(m_stack);
            empty->setIcon(pageIcon(style(), id));
            page = empty;
        }
        page->setObjectName(u"page-" + id);
        m_stack->addWidget(page);
        m_pages.insert(id, page);
        m_navigation->addPage(id, pageIcon(style(), id));
    }
    row->addWidget(m_navigation);
    row->addWidget(m_stack, 1);
    outer->addLayout(row, 1);
    setCentralWidget(central);

    connect(m_navigation, &Navigation::pageSelected, this, [this](const QString &id) {
        if (QWidget *page = m_pages.value(id)) {
            m_stack->setCurrentWidget(page);
            if (QAction *action = m_pageActions.value(id))
                action->setChecked(true);
        }
    });
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(style()->standardIcon(QStyle::SP_FileIcon), QString(), this,
                                        &MainWindow::newTransaction);
    m_newAction->setObjectName(QStringLiteral("action-new-transaction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_fileMenu->addSeparator();
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::openSettings);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_pageGroup = new QActionGroup(this);
    int number = 1;
    for (const QString &id : pageIds()) {
        QAction *action = m_viewMenu->addAction(pageIcon(style(), id), QString());
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)));
        action->setObjectName(u"action-page-" + id);
        m_pageGroup->addAction(action);
        m_pageActions.insert(id, action);
        connect(action, &QAction::triggered, this, [this, id] { showPage(id); });
    }
    m_viewMenu->addSeparator();
    m_toggleNavigationAction = m_viewMenu->addAction(QString());
    m_toggleNavigationAction->setCheckable(true);
    m_toggleNavigationAction->setChecked(true);
    connect(m_toggleNavigationAction, &QAction::toggled, m_navigation, &QWidget::setVisible);

    m_toolsMenu = menuBar()->addMenu(QString());
    m_syncAction = m_toolsMenu->addAction(style()->standardIcon(QStyle::SP_BrowserReload), QString(), this,
                                          &MainWindow::syncNow);
    m_syncAction->setShortcut(QKeySequence::Refresh);
    m_toolsMenu->addSeparator();
    m_notifier = new TrayNotifier(windowIcon(), this);
    connect(m_notifier, &TrayNotifier::openRequested, this, &MainWindow::openTransaction);
    m_notificationsAction = m_toolsMenu->addAction(QString());
    m_notificationsAction->setObjectName(QStringLiteral("action-notifications"));
    m_notificationsAction->setCheckable(true);
    m_notificationsAction->setChecked(m_notifier->isEnabled());
    connect(m_notificationsAction, &QAction::toggled, m_notifier, &TrayNotifier::setEnabled);

    // The actions support staff use all day, and "look up by id" for any provider's id.
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_syncAction);
    m_toolBar->addAction(m_newAction);
    m_toolBar->addSeparator();
    m_lookUp = new QLineEdit(m_toolBar);
    m_lookUp->setObjectName(QStringLiteral("lookUpField"));
    m_lookUp->setClearButtonEnabled(true);
    m_lookUp->setMaximumWidth(320);
    connect(m_lookUp, &QLineEdit::returnPressed, this, &MainWindow::lookUp);
    m_toolBar->addWidget(m_lookUp);

    m_helpMenu = menuBar()->addMenu(QString());
    m_logFolderAction = m_helpMenu->addAction(QString(), this, &MainWindow::openLogFolder);
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::openAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);

    m_fileMenu->setObjectName(QStringLiteral("menu-file"));
    m_viewMenu->setObjectName(QStringLiteral("menu-view"));
    m_toolsMenu->setObjectName(QStringLiteral("menu-tools"));
    m_helpMenu->setObjectName(QStringLiteral("menu-help"));
}

void MainWindow::retranslate()
{
    setWindowTitle(m_context.sandbox ? tr("Sarraf — sandbox") : tr("Sarraf"));
    m_fileMenu->setTitle(tr("&File"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_toggleNavigationAction->setText(tr("Show &navigation"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_newAction->setText(tr("&New invoice or order…"));
    m_newAction->setToolTip(tr("Create a Gitmix invoice, a Cryptofuse payment or a GREENGO order"));
    m_syncAction->setText(tr("&Sync now"));
    m_syncAction->setToolTip(tr("Refresh every enabled provider now"));
    m_notificationsAction->setText(tr("Desktop &notifications"));
    m_notificationsAction->setToolTip(tr("Tell me when a tracked transaction completes or fails"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_lookUp->setPlaceholderText(tr("Look up by id (any provider), then Enter"));
    m_lookUp->setToolTip(tr("Asks every enabled provider about this id, keeps what they know and shows it"));
    m_helpMenu->setTitle(tr("&Help"));
    m_logFolderAction->setText(tr("Open &log folder"));
    m_aboutAction->setText(tr("&About Sarraf"));
    m_aboutQtAction->setText(tr("About &Qt"));

    for (const QString &id : pageIds()) {
        const PageText text = pageText(id);
        if (auto *empty = qobject_cast<EmptyStatePage *>(m_pages.value(id)))
            empty->setTexts(text.title, text.explanation);
        else if (auto *table = qobject_cast<TransactionsPage *>(m_pages.value(id)))
            table->setEmptyTexts(text.title, text.explanation);
        m_pageActions.value(id)->setText(text.title);
        m_navigation->setPageText(id, text.title, text.explanation);
    }
    showSyncState();
    m_profileLabel->setText(m_context.sandbox ? tr("Sandbox profile: nothing here reaches a real provider")
                                              : tr("Profile: %1").arg(m_context.profileName));
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 700);
    QMainWindow::restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QString page = settings.value(QStringLiteral("window/page")).toString();
    showPage(pageIds().contains(page) ? page : pageIds().constFirst());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page"), currentPage());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

QString MainWindow::currentPage() const
{
    return m_navigation->currentPageId();
}

void MainWindow::showPage(const QString &id)
{
    m_navigation->selectPage(id);
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_context.dataDirectory, m_context.sandbox, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::restartNeeded, this, &MainWindow::restartRequested);
    // A provider switched on or set up shows on the Providers page at once.
    connect(dialog, &QDialog::finished, this, [this] {
        if (m_scheduler)
            m_scheduler->reportHealth();
    });
    dialog->open();
}

void MainWindow::openAbout()
{
    auto *dialog = new AboutDialog(m_context.dataDirectory, m_context.logDirectory, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openLogFolder()
{
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_context.logDirectory)))
        statusBar()->showMessage(tr("The log folder is %1").arg(leftToRight(QDir::toNativeSeparators(m_context.logDirectory))));
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 15000);
}

void MainWindow::setSyncScheduler(SyncScheduler *scheduler)
{
    m_scheduler = scheduler;
    connect(scheduler, &SyncScheduler::syncStarted, this, [this](const QStringList &providers) {
        m_syncFailures.clear();
        m_syncProgress->setRange(0, std::max<int>(1, int(providers.size())));
        m_syncProgress->setValue(0);
        m_syncProgress->setVisible(!providers.isEmpty());
        m_syncState->setText(providers.isEmpty() ? tr("No provider is enabled in this profile yet, so there is nothing to sync.")
                                                 : tr("Syncing %1…").arg(QLocale().createSeparatedList(providers)));
        m_syncAction->setEnabled(false);
    });
    connect(scheduler, &SyncScheduler::providerSynced, this, [this](const QString &provider, bool ok, const QString &message) {
        m_syncProgress->setValue(m_syncProgress->value() + 1);
        if (!ok)
            m_syncFailures.append(provider.isEmpty() ? message : provider + u": " + message);
    });
    connect(scheduler, &SyncScheduler::syncFinished, this, [this](int) {
        m_syncProgress->hide();
        m_syncAction->setEnabled(true);
        m_lastSync = QDateTime::currentDateTime();
        showSyncState();
    });
    connect(scheduler, &SyncScheduler::lookedUp, this, &MainWindow::showLookedUp);
    connect(scheduler, &SyncScheduler::transactionsFinished, m_notifier, &TrayNotifier::notify);
    connect(scheduler, &SyncScheduler::refreshed, this,
            [this](const QString &, const QString &id, bool ok, const QString &message) {
                //: %1 is a transaction's id, %2 why it could not be refreshed.
                showStatus(ok ? tr("%1 refreshed.").arg(leftToRight(id))
                              : tr("Could not refresh %1: %2").arg(leftToRight(id), message));
            });
    connect(scheduler, &SyncScheduler::cancelled, this,
            [this](const QString &provider, const QString &id, bool ok, const QString &message) {
                for (QWidget *page : std::as_const(m_pages)) {
                    if (auto *table = qobject_cast<TransactionsPage *>(page))
                        table->detailsPane()->cancelFinished(provider, id);
                }
                //: %1 is an order's id, %2 why it was not cancelled.
                showStatus(ok ? tr("%1 cancelled.").arg(leftToRight(id))
                              : tr("%1 was not cancelled: %2").arg(leftToRight(id), message));
            });
    connect(scheduler, &SyncScheduler::created, this, &MainWindow::showCreated);
    if (auto *providers = qobject_cast<ProvidersPage *>(m_pages.value(QStringLiteral("providers")))) {
        connect(scheduler, &SyncScheduler::healthReported, providers, &ProvidersPage::setHealth);
        scheduler->reportHealth();
    }
    connect(scheduler, &SyncScheduler::storeChanged, this, [this] {
        for (QWidget *page : std::as_const(m_pages)) {
            if (auto *table = qobject_cast<TransactionsPage *>(page))
                table->refresh();
        }
    });
}

void MainWindow::setPayoutDesk(PayoutDesk *desk)
{
    if (auto *payouts = qobject_cast<PayoutsPage *>(m_pages.value(QStringLiteral("payouts"))))
        payouts->setDesk(desk);
    if (auto *audit = qobject_cast<AuditPage *>(m_pages.value(QStringLiteral("audit"))))
        audit->setDesk(desk);
}

void MainWindow::saveOperatorName(const QString &name)
{
    Result<Profile> profile = Profile::open(m_context.dataDirectory, m_context.profileName);
    const Outcome saved = profile ? profile->setOperatorName(name) : Outcome(profile.error());
    //: %1 the operator's name
    showStatus(saved ? tr("You act as %1 on the payout desk.").arg(name) : saved.error().message);
}

void MainWindow::setPriceFeed(PriceFeed *feed)
{
    if (auto *prices = qobject_cast<PricesPage *>(m_pages.value(QStringLiteral("prices"))))
        prices->setFeed(feed);
}

void MainWindow::showSyncState()
{
    if (!m_lastSync.isValid()) {
        m_syncState->setText(tr("Not synced yet"));
        m_syncState->setToolTip(QString());
        return;
    }
    const QString time = QLocale().toString(m_lastSync.time(), QLocale::ShortFormat);
    if (m_syncFailures.isEmpty()) {
        m_syncState->setText(tr("Synced at %1").arg(time));
        m_syncState->setToolTip(QString());
    } else {
        //: %1 is a time, %2 the first provider that failed and why.
        m_syncState->setText(tr("Synced at %1; failed: %2").arg(time, m_syncFailures.constFirst()));
        m_syncState->setToolTip(m_syncFailures.join(u'\n'));
    }
}

void MainWindow::lookUp()
{
    const QString id = m_lookUp->text().trimmed();
    if (id.isEmpty())
        return;
    if (!m_scheduler) {
        showStatus(tr("No provider is enabled in this profile yet, so there is nothing to sync."));
        return;
    }
    showStatus(tr("Looking up %1…").arg(leftToRight(id)));
    m_scheduler->lookUp(id);
}

void MainWindow::showLookedUp(const QString &id, const QStringList &found, const QStringList &failures)
{
    if (found.isEmpty()) {
        showStatus(failures.isEmpty() ? tr("No enabled provider knows the id %1.").arg(leftToRight(id))
                                      //: %1 is an id, %2 why a provider could not be asked.
                                      : tr("No enabled provider knows the id %1; %2").arg(leftToRight(id), failures.constFirst()));
        return;
    }
    // Shows the first match in its table, filtered to that id.
    const QString kind = found.constFirst().section(u'/', 1);
    const QString pageId = kind == u"invoice" ? QStringLiteral("invoices")
                           : kind == u"order" ? QStringLiteral("orders") : QStringLiteral("withdrawals");
    showPage(pageId);
    if (auto *table = qobject_cast<TransactionsPage *>(m_pages.value(pageId)))
        table->searchFor(id);
    QStringList providers;
    for (const QString &match : found)
        providers.append(match.section(u'/', 0, 0));
    showStatus(tr("Found %1 at %2.").arg(leftToRight(id), QLocale().createSeparatedList(providers)));
}

void MainWindow::refreshTransaction(const QString &provider, const QString &providerId)
{
    if (!m_scheduler) {
        showStatus(tr("No provider is enabled in this profile yet, so there is nothing to sync."));
        return;
    }
    showStatus(tr("Refreshing %1…").arg(leftToRight(providerId)));
    m_scheduler->refresh(provider, providerId);
}

void MainWindow::cancelTransaction(const TrackedTransaction &record)
{
    if (!m_scheduler) {
        showStatus(tr("No provider is enabled in this profile yet, so there is nothing to sync."));
        return;
    }
    showStatus(tr("Cancelling %1…").arg(leftToRight(record.providerId)));
    m_scheduler->cancel(record);
}

// A notification clicked: the window comes forward with the transaction found by its id.
void MainWindow::openTransaction(const QString &providerId)
{
    showNormal();
    raise();
    activateWindow();
    m_lookUp->setText(providerId);
    lookUp();
}

void MainWindow::newTransaction()
{
    if (!m_scheduler) {
        showStatus(tr("No provider is enabled in this profile yet, so nothing can be created."));
        return;
    }
    if (m_createDialog) {
        m_createDialog->raise();
        m_createDialog->activateWindow();
        return;
    }
    // The providers that can create and are enabled, and their plain settings as they are now
    // (Gitmix's store id is checked before anything is sent).
    QStringList providers;
    QHash<QString, QHash<QString, QString>> settings;
    const std::unique_ptr<ProviderSettings> stored = m_context.providerSettingsPath.isEmpty()
                                                         ? nullptr
                                                         : std::make_unique<ProviderSettings>(m_context.providerSettingsPath);
    for (const QString &provider : CreateRules::providers()) {
        if (stored && !stored->isEnabled(provider))
            continue;
        providers.append(provider);
        if (const std::optional<ProviderInfo> info = ProviderCatalog::find(provider); info && stored) {
            for (const ProviderField &field : info->settings)
                settings[provider].insert(field.key, stored->value(provider, field.key));
        }
    }
    m_createDialog = new CreateTransactionDialog(
        providers,
        [settings](const CreateRequest &request) {
            return CreateRules::validate(request, settings.value(request.provider));
        },
        this);
    m_createDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_createDialog, &CreateTransactionDialog::createRequested, this, [this](const CreateRequest &request) {
        if (m_scheduler)
            m_scheduler->create(request);
    });
    m_createDialog->open();
}

void MainWindow::showCreated(bool ok, const TrackedTransaction &record, const QString &message, bool outcomeUnknown)
{
    if (m_createDialog)
        m_createDialog->creationFinished(ok, message, outcomeUnknown);
    if (!ok) {
        showStatus(outcomeUnknown ? message : tr("Nothing was created: %1").arg(message));
        return;
    }
    if (!message.isEmpty()) { // created at the provider, not saved here
        showStatus(message);
        return;
    }
    const QString pageId = record.kind == TransactionKind::Invoice ? QStringLiteral("invoices")
                           : record.kind == TransactionKind::Order ? QStringLiteral("orders")
                                                                   : QStringLiteral("withdrawals");
    showPage(pageId);
    if (auto *table = qobject_cast<TransactionsPage *>(m_pages.value(pageId)))
        table->searchFor(record.providerId);
    //: %1 is the new transaction's id, %2 the provider's name.
    showStatus(tr("Created %1 at %2.").arg(leftToRight(record.providerId), display::providerName(record.provider)));
}

void MainWindow::syncNow()
{
    if (m_scheduler) {
        m_scheduler->syncNow();
        return;
    }
    statusBar()->showMessage(tr("No provider is enabled in this profile yet, so there is nothing to sync."), 8000);
}

} // namespace sarraf
