// Sarraf's log: every qDebug/qCInfo/qCWarning line, redacted of every registered secret, written to
// a rotating file in the profile's log folder and, for the CLI, to standard error.
#pragma once

#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sarraf {

class LogFile final
{
    Q_DECLARE_TR_FUNCTIONS(LogFile)
public:
    struct Options
    {
        QString directory;
        QString fileName = QStringLiteral("sarraf.log");
        qint64 maxBytes = 5 * 1024 * 1024; // a file is rotated once it grows past this
        int keep = 5;                      // sarraf.log.1 ... sarraf.log.<keep>
        bool alsoStandardError = false;    // warnings and worse, for the CLI
    };

    // Installs the process-wide message handler. Installing again switches to the new options.
    static Outcome install(const Options &options);
    // Flushes and restores Qt's default handler.
    static void uninstall();
    static QString currentPath();

    // How a line looks in the file; also used for standard error.
    static QString formatLine(QtMsgType type, const char *category, const QString &message);
};

} // namespace sarraf
