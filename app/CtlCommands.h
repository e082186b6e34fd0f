// The commands of sarrafctl (DESIGN.md, "The headless CLI"): each parses its own options, does its
// work on the layers below ui/, prints results to standard output and errors to standard error, and
// returns the exit status (0 success, 1 a provider failed, 2 bad usage or bad input).
#pragma once

#include "models/Profile.h"

#include <QStringList>
#include <QTextStream>

namespace sarraf {

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
    int sandbox(const QStringList &args);
    int notYet(const QString &command, const QString &arrivesWith);
    int badUsage(const QString &message);
    Result<Profile> openProfile();

    CtlContext m_context;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace sarraf
