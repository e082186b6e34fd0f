// sarrafctl: the headless CLI's composition root. Global options come before the command:
//   sarrafctl [--data-dir DIR] [--profile NAME] COMMAND ...
#include "app/CtlCommands.h"
#include "models/Profile.h"
#include "models/logging/LogFile.h"

#include <QCoreApplication>

#include <cstdio>
#include <optional>

using namespace sarraf;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Sarraf"));
    QCoreApplication::setApplicationName(QStringLiteral("Sarraf"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SARRAF_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CtlContext context{Profile::defaultDataDirectory(), Profile::defaultName()};

    QStringList words = QCoreApplication::arguments().mid(1);
    while (!words.isEmpty() && words.constFirst().startsWith(u'-')) {
        const QString option = words.takeFirst();
        const qsizetype equals = option.indexOf(u'=');
        const QString name = equals < 0 ? option : option.left(equals);
        auto takeValue = [&]() -> std::optional<QString> {
            if (equals >= 0)
                return option.mid(equals + 1);
            if (words.isEmpty())
                return std::nullopt;
            return words.takeFirst();
        };
        if (name == u"--help" || name == u"-h") {
            out << CtlCommands::usage();
            return CtlCommands::Success;
        }
        if (name == u"--version" || name == u"-v") {
            out << "sarrafctl " << QCoreApplication::applicationVersion() << '\n';
            return CtlCommands::Success;
        }
        if (name == u"--data-dir" || name == u"--profile") {
            const std::optional<QString> value = takeValue();
            if (!value || value->isEmpty()) {
                err << "sarrafctl: " << name << " needs a value\n";
                return CtlCommands::BadUsage;
            }
            (name == u"--data-dir" ? context.dataDirectory : context.profile) = *value;
            continue;
        }
        err << "sarrafctl: unknown option " << option << "\n\n" << CtlCommands::usage();
        return CtlCommands::BadUsage;
    }
    if (words.isEmpty()) {
        err << CtlCommands::usage();
        return CtlCommands::BadUsage;
    }
    CtlCommands commands(context, out, err);
    const int status = commands.run(words);
    out.flush();
    err.flush();
    LogFile::uninstall();
    return status;
}
