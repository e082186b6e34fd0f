// sarraf: the desktop application's composition root. Reads settings and options, opens the
// profile's store and log, starts the sandbox when asked, and shows the main window.
#include "models/Profile.h"
#include "models/domain/LogCategories.h"
#include "models/logging/LogFile.h"
#include "models/store/Database.h"
#include "app/SandboxProfile.h" // pointProfileAt
#include "models/payouts/PayoutDesk.h"
#include "models/prices/PriceFeed.h"
#include "models/sync/SyncScheduler.h"
#include "providers/prices/SandboxPriceSource.h"
#include "providers/ProviderSettings.h"
#include "providers/sandbox/SandboxEnvironment.h"
#include "ui/Languages.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QProcess>
#include <QSettings>
#include <QTimer>

#include <memory>
#include <utility>

using namespace sarraf;

namespace {
constexpr int RestartExitCode = 64;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Sarraf"));
    QCoreApplication::setApplicationName(QStringLiteral("Sarraf"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SARRAF_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.sarraf.Sarraf"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/sarraf/sarraf.svg")));

    QSettings settings;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sarraf: one back-office for payment and exchange providers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
                                           QStringLiteral("Use the sandbox profile: simulated providers, no real money."));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), QStringLiteral("Keep data in DIR."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), QStringLiteral("Use profile NAME."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("Interface language: en, fa or ru."), QStringLiteral("CODE"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Save a picture of the window to FILE and quit."),
                                              QStringLiteral("FILE"));
    parser.addOptions({sandboxOption, dataDirOption, profileOption, languageOption, screenshotOption});
    parser.process(app);

    Languages::apply(parser.isSet(languageOption) ? parser.value(languageOption)
                                                  : settings.value(SettingsDialog::languageKey()).toString());

    const bool sandbox = parser.isSet(sandboxOption)
                         || (!parser.isSet(profileOption) && settings.value(SettingsDialog::sandboxKey()).toBool());
    const QString dataDirectory = parser.isSet(dataDirOption)
                                      ? parser.value(dataDirOption)
                                      : settings.value(SettingsDialog::dataDirectoryKey(), Profile::defaultDataDirectory()).toString();
    const QString profileName = sandbox ? Profile::sandboxName()
                                        : parser.isSet(profileOption) ? parser.value(profileOption) : Profile::defaultName();

    WindowContext context;
    context.profileName = profileName;
    context.sandbox = sandbox;
    context.dataDirectory = dataDirectory;

    std::unique_ptr<Database> database;
    std::unique_ptr<SandboxEnvironment> sandboxEnvironment;
    QHash<QString, QStringList> demoIds;
    Result<Profile> profile = Profile::open(dataDirectory, profileName);
    if (!profile) {
        context.problem = profile.error().message;
    } else {
        context.logDirectory = profile->logDirectory();
        context.providerSettingsPath = profile->providerSettingsPath();
        if (Outcome logging = LogFile::install({profile->logDirectory()}); !logging)
            context.problem = logging.error().message;
        qCInfo(lcApp) << "Sarraf" << QCoreApplication::applicationVersion() << "starting on profile" << profileName;
        Result<std::unique_ptr<Database>> opened = Database::openSqlite(profile->databasePath());
        if (opened) {
            database = std::move(opened).value();
            context.databasePath = database->path();
        } else {
            qCWarning(lcApp) << opened.error().logLine();
            context.problem = opened.error().message;
        }
        if (sandbox) {
            // The simulators run in this process; the profile points at them and the demo data
            // is tracked into the store once the window shows.
            sandboxEnvironment = std::make_unique<SandboxEnvironment>();
            ProviderSettings providerSettings(profile->providerSettingsPath());
            if (Result<quint16> port = sandboxEnvironment->listen(); !port) {
                context.problem = port.error().message;
                sandboxEnvironment.reset();
            } else if (Outcome pointed = pointProfileAt(*sandboxEnvironment, providerSettings); !pointed) {
                context.problem = pointed.error().message;
            } else {
                demoIds = sandboxEnvironment->seedDemoData();
            }
        }
    }

    MainWindow window(context);
    QObject::connect(&window, &MainWindow::restartRequested, &app, [&window] {
        window.close();
        QCoreApplication::exit(RestartExitCode);
    });
    window.show();

    const auto takeScreenshot = [&window, file = parser.value(screenshotOption)] {
        QTimer::singleShot(300, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    };
    // In the sandbox the picture waits for the demo data, so it shows what a trainee sees.
    bool screenshotAfterDemo = false;

    // Sync on a worker thread: the profile's enabled providers with their keychain secrets, or in
    // the sandbox the simulators with their own credentials.
    std::unique_ptr<SyncScheduler> scheduler;
    if (database) {
        SyncScheduler::Source source;
        if (sandboxEnvironment) {
            for (const SandboxAccount &account : sandboxEnvironment->accounts())
                source.fixed.append({account.provider, account.baseUrl, account.settings, account.secrets});
            source.rateLimit = RateLimit{50.0, 50};
        } else {
            source.profile = profileName;
            source.settingsPath = profile->providerSettingsPath();
        }
        scheduler = std::make_unique<SyncScheduler>(database->path(), source);
        window.setSyncScheduler(scheduler.get());
        // The first refresh right away, except in the sandbox, where it follows the demo data.
        if (!sandboxEnvironment)
            scheduler->syncNow();
    }

    // The payout desk on its own thread: the profile's operator name and the providers that pay out,
    // from the keychain (or the simulators' own credentials in the sandbox).
    std::unique_ptr<PayoutDesk> payoutDesk;
    if (database) {
        payoutDesk = std::make_unique<PayoutDesk>(database->path());
        payoutDesk->setOperatorName(profile->operatorName());
        const QStringList payingProviders{QStringLiteral("cryptofuse"), QStringLiteral("premiumexchanger")};
        if (sandboxEnvironment) {
            QList<ProviderConfig> configs;
            for (const SandboxAccount &account : sandboxEnvironment->accounts()) {
                if (payingProviders.contains(account.provider))
                    configs.append({account.provider, account.baseUrl, account.settings, account.secrets});
            }
            payoutDesk->setProviderConfigs(configs);
            // The simulators report withdrawals by webhook to the desk, on loopback.
            payoutDesk->listenForCallbacks(
                QHostAddress::LocalHost, 0,
                sandboxEnvironment->account(QStringLiteral("cryptofuse")).secrets.value(QStringLiteral("webhook-secret")),
                [](const Result<QUrl> &url) {
                    if (!url)
                        qCWarning(lcApp).noquote() << url.error().logLine();
                });
        } else {
            const ProviderSettings providerSettings(profile->providerSettingsPath());
            ProviderRuntime::loadConfigs(profileName, providerSettings, payingProviders, payoutDesk.get(),
                                         [desk = payoutDesk.get()](const QList<Result<ProviderConfig>> &loaded) {
                                             QList<ProviderConfig> configs;
                                             for (const Result<ProviderConfig> &config : loaded) {
                                                 if (config)
                                                     configs.append(*config);
                                                 else
                                                     qCInfo(lcApp).noquote() << "payouts:" << config.error().logLine();
                                             }
                                             desk->setProviderConfigs(configs);
                                         });
        }
        window.setPayoutDesk(payoutDesk.get());
    }

    // Live prices on their own thread: the sandbox's feed now; CoinGecko, CoinMarketCap and Nobitex
    // join when their adapters arrive.
    std::unique_ptr<PriceFeed> prices;
    if (database) {
        PriceFeed::SourceFactory makeSource;
        if (sandboxEnvironment) {
            makeSource = [url = sandboxEnvironment->priceFeedUrl()]() -> std::unique_ptr<PriceSource> {
                return std::make_unique<SandboxPriceSource>(url);
            };
        }
        prices = std::make_unique<PriceFeed>(database->path(), std::move(makeSource));
        window.setPriceFeed(prices.get());
        prices->start();
    }

    // The demo data is tracked on the scheduler's thread, never on this one; the sync after it
    // brings in Premium Exchanger's listing.
    if (scheduler && sandboxEnvironment && !demoIds.isEmpty()) {
        window.showStatus(QCoreApplication::translate("SandboxStartup", "Loading the sandbox's demo transactions…"));
        screenshotAfterDemo = parser.isSet(screenshotOption);
        QObject::connect(scheduler.get(), &SyncScheduler::tracked, &window,
                         [&window](int stored, const QStringList &failures) {
                             for (const QString &failure : failures)
                                 qCWarning(lcApp).noquote() << "sandbox demo data:" << failure;
                             window.showStatus(
                                 failures.isEmpty()
                                     ? QCoreApplication::translate("SandboxStartup", "Demo transactions in the sandbox: %1")
                                           .arg(QLocale().toString(stored))
                                     //: %1 is the first error, in words.
                                     : QCoreApplication::translate("SandboxStartup",
                                                                   "Some demo data could not be loaded: %1")
                                           .arg(failures.constFirst()));
                         });
        if (screenshotAfterDemo) {
            // The picture shows the tables once the sync after the demo data has finished.
            QObject::connect(scheduler.get(), &SyncScheduler::syncFinished, &window, [&] {
                if (std::exchange(screenshotAfterDemo, false))
                    takeScreenshot();
            });
        }
        scheduler->trackThenSync(demoIds);
    }

    if (parser.isSet(screenshotOption) && !screenshotAfterDemo)
        takeScreenshot();
    const int code = app.exec();
    LogFile::uninstall();
    if (code == RestartExitCode) {
        // Without the original options: the settings just saved decide the data folder and profile.
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {});
        return 0;
    }
    return code;
}
