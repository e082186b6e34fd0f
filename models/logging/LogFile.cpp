#include "models/logging/LogFile.h"

#include "models/domain/Bidi.h"
#include "models/domain/SecretRedactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>

#include <cstdio>
#include <memory>

namespace sarraf {
namespace {

struct Sink
{
    QMutex mutex;
    LogFile::Options options;
    std::unique_ptr<QFile> file;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

Sink &sink()
{
    static Sink instance;
    return instance;
}

QString pathOf(const LogFile::Options &options, int generation)
{
    const QString base = options.directory + u'/' + options.fileName;
    return generation == 0 ? base : base + u'.' + QString::number(generation);
}

// sarraf.log -> sarraf.log.1 -> ... -> sarraf.log.<keep>; the oldest is dropped.
void rotate(Sink &s)
{
    s.file->close();
    QFile::remove(pathOf(s.options, s.options.keep));
    for (int generation = s.options.keep - 1; generation >= 0; --generation)
        QFile::rename(pathOf(s.options, generation), pathOf(s.options, generation + 1));
    s.file->setFileName(pathOf(s.options, 0));
    s.file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    Sink &s = sink();
    const QString line = SecretRedactor::instance().redact(
        LogFile::formatLine(type, context.category, message));
    const QByteArray bytes = line.toUtf8() + '\n';
    QMutexLocker lock(&s.mutex);
    if (s.file && s.file->isOpen()) {
        if (s.file->size() + bytes.size() > s.options.maxBytes && s.file->size() > 0)
            rotate(s);
        s.file->write(bytes);
        s.file->flush();
    }
    if (s.options.alsoStandardError && type != QtDebugMsg && type != QtInfoMsg) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        std::fflush(stderr);
    }
}

} // namespace

QString LogFile::formatLine(QtMsgType type, const char *category, const QString &message)
{
    QLatin1StringView level("debug");
    switch (type) {
    case QtDebugMsg: break;
    case QtInfoMsg: level = QLatin1StringView("info"); break;
    case QtWarningMsg: level = QLatin1StringView("warning"); break;
    case QtCriticalMsg: level = QLatin1StringView("critical"); break;
    case QtFatalMsg: level = QLatin1StringView("fatal"); break;
    }
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' ' + level + u' '
           + QLatin1StringView(category ? category : "default") + u": " + message;
}

Outcome LogFile::install(const Options &options)
{
    if (!QDir().mkpath(options.directory)) {
        return makeError(QStringLiteral("log.create"),
                         tr("Sarraf cannot create its log folder %1.").arg(leftToRight(QDir::toNativeSeparators(options.directory))));
    }
    // The new file is opened before anything changes, so a failed switch keeps the log working.
    auto file = std::make_unique<QFile>(pathOf(options, 0));
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        return makeError(QStringLiteral("log.open"),
                         tr("Sarraf cannot write its log file %1.").arg(leftToRight(QDir::toNativeSeparators(file->fileName()))),
                         file->errorString());
    }
    Sink &s = sink();
    {
        QMutexLocker lock(&s.mutex);
        s.options = options;
        s.file = std::move(file);
    }
    if (!s.installed) {
        s.previous = qInstallMessageHandler(handleMessage);
        s.installed = true;
    }
    return Done{};
}

void LogFile::uninstall()
{
    Sink &s = sink();
    if (!s.installed)
        return;
    qInstallMessageHandler(s.previous);
    QMutexLocker lock(&s.mutex);
    s.installed = false;
    s.file.reset();
}

QString LogFile::currentPath()
{
    Sink &s = sink();
    QMutexLocker lock(&s.mutex);
    return s.file ? s.file->fileName() : QString();
}

} // namespace sarraf
