// The commands of sarrafctl (DESIGN.md, "The headless CLI"): each parses its own options, does its
// work on the layers below ui/, prints results to standard output and errors to standard error, and
// returns the exit status (0 success, 1 a provider failed, 2 bad usage or bad input).
#pragma once

#include "models/Profile.h"
#include "providers/ProviderRuntime.h"

#include <QCommandLineParser>

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace sarraf {

class Database;
class SandboxEnvironment;

struct CtlContext
{
    QString dataDirectory;
    QString profile;
};

class CtlCommands final
{
public:
    enum Exit { Success = 0, ProviderFailed = 1, BadUsage = 2 };

    CtlCommands(CtlContext context, QTextStream &out, QTextStream &err);

    // words: the command and its arguments, after the global options.
    int run(const QStringList &words);

    static QString usage();

private:
    int providersList(const QStringList &args);
    int providersSet(const QStringList &args);
    int secretsSet(const QStringList &args);
    int list(const QStringList &args);
    // CtlPayoutCommands.cpp: finance's payouts and the audit log.
    int payouts(const QStringList &args);
    int audit(const QStringList &args);
    // CtlProviderCommands.cpp: the commands that talk to providers.
    int track(const QStringList &args);
    int sync(const QStringList &args);
    int verifyCallback(const QStringList &args);
    int sandbox(const QStringList &args);
    int configureSandboxProfile(SandboxEnvironment &sandbox, const QHash<QString, QStringList> &seeded);
    static bool parseOptions(QCommandLineParser &parser, const QStringList &args, QString *error);
    // The provider's settings and keychain secrets as one config; errors printed, naming it.
    std::optional<ProviderConfig> loadConfig(const Profile &profile, const QString &provider);
    int unknownProvider(const QString &name);
    int notYet(const QString &command, const QString &arrivesWith);
    int badUsage(const QString &message);
    Result<Profile> openProfile();
    // The profile's database, for the commands that need nothing else of the profile.
    Result<std::unique_ptr<Database>> openProfileDatabase();

    CtlContext m_context;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace sarraf
