// sarraf: the desktop application's composition root. Reads settings and options, opens the
// profile's store and log, starts the sandbox when asked, and shows the main window.
#include "models/Profile.h"
#include "models/domain/LogCategories.h"
#include "models/logging/LogFile.h"
#include "models/store/Database.h"
#include "providers/sandbox/SandboxServer.h"
#include "ui/Languages.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QProcess>
#include <QSettings>
#include <QTimer>

#include <memory>

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
    std::unique_ptr<SandboxServer> sandboxServer;
    Result<Profile> profile = Profile::open(dataDirectory, profileName);
    if (!profile) {
        context.problem = profile.error().message;
    } else {
        context.logDirectory = profile->logDirectory();
        if (Outcome logging = LogFile::install({profile->logDirectory()}); !logging)
            context.problem = logging.error().message;
        qCInfo(lcApp) << "Sarraf" << QCoreApplication::applicationVersion() << "starting on profile" << profileName;
        Result<std::unique_ptr<Database>> opened = Database::openSqlite(profile->databasePath());
        if (opened) {
            database = std::move(opened).value();
        } else {
            qCWarning(lcApp) << opened.error().logLine();
            context.problem = opened.error().message;
        }
        if (sandbox) {
            sandboxServer = std::make_unique<SandboxServer>();
            if (Result<quint16> port = sandboxServer->listen(); !port)
                context.problem = port.error().message;
        }
    }

    MainWindow window(context);
    QObject::connect(&window, &MainWindow::restartRequested, &app, [&window] {
        window.close();
        QCoreApplication::exit(RestartExitCode);
    });
    window.show();

    if (parser.isSet(screenshotOption)) {
        QTimer::singleShot(300, &window, [&window, file = parser.value(screenshotOption)] {
            const bool saved = window.grab().save(file);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    const int code = app.exec();
    LogFile::uninstall();
    if (code == RestartExitCode) {
        // Without the original options: the settings just saved decide the data folder and profile.
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {});
        return 0;
    }
    return code;
}
