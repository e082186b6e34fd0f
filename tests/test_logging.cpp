// The log file and the redactor in front of it, on real files: what a line looks like, that no
// registered secret reaches the file (from any thread), rotation, and a folder that cannot be made.
#include "TestSupport.h"

#include "models/domain/LogCategories.h"
#include "models/domain/SecretRedactor.h"
#include "models/logging/LogFile.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sarraf;


namespace {

// Every case starts with an empty redactor and leaves Qt's default handler and an empty redactor
// behind, even when a REQUIRE stops it half way.
struct CleanLogging
{
    CleanLogging() { SecretRedactor::instance().clear(); }
    ~CleanLogging()
    {
        LogFile::uninstall();
        SecretRedactor::instance().clear();
    }
    CleanLogging(const CleanLogging &) = delete;
    CleanLogging &operator=(const CleanLogging &) = delete;
};

void installOrFail(const LogFile::Options &options)
{
    const Outcome installed = LogFile::install(options);
    REQUIRE_OK(installed);
}

LogFile::Options optionsFor(const QTemporaryDir &dir)
{
    REQUIRE(dir.isValid());
    LogFile::Options options;
    options.directory = dir.filePath(u"logs"_s);
    return options;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList readLines(const QString &path)
{
    return readText(path).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("logging: a logged line lands in sarraf.log with its time and level and category", "[logging]")
{
    CleanLogging clean;
    QTemporaryDir dir;
    const LogFile::Options options = optionsFor(dir);
    const QString logPath = options.directory + u"/sarraf.log";
    installOrFail(options);
    CHECK(LogFile::currentPath() == logPath);

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    qCInfo(lcStore).noquote() << u"stored invoice GM-1001"_s;
    qCWarning(lcProviders).noquote() << u"gitmix answered 503"_s;
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
    LogFile::uninstall();
    CHECK(LogFile::currentPath().isEmpty());

    const QStringList lines = readLines(logPath);
    REQUIRE(lines.size() == 2);
    static const QRegularExpression shape(
        u"^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z) (\\w+) ([\\w.]+): (.*)$"_s);

    const QRegularExpressionMatch info = shape.match(lines[0]);
    INFO(lines[0].toStdString());
    REQUIRE(info.hasMatch());
    const QDateTime time = QDateTime::fromString(info.captured(1), Qt::ISODateWithMs);
    REQUIRE(time.isValid());
    CHECK(time >= before);
    CHECK(time <= after);
    CHECK(info.captured(2) == u"info");
    CHECK(info.captured(3) == u"sarraf.store");
    CHECK(info.captured(4) == u"stored invoice GM-1001");

    const QRegularExpressionMatch warning = shape.match(lines[1]);
    INFO(lines[1].toStdString());
    REQUIRE(warning.hasMatch());
    CHECK(warning.captured(2) == u"warning");
    CHECK(warning.captured(3) == u"sarraf.providers");
    CHECK(warning.captured(4) == u"gitmix answered 503");

    // After uninstall nothing more reaches the file.
    qCInfo(lcStore).noquote() << u"after uninstall"_s;
    CHECK(readLines(logPath).size() == 2);
}

TEST_CASE("logging: every registered secret is redacted before it reaches the log file", "[logging][secrets]")
{
    CleanLogging clean;
    SecretRedactor &redactor = SecretRedactor::instance();
    const QString embedded = u"sk_live_Q7w9Zt"_s;
    const QString persian = u"رمزعبور۱۳۷۹"_s;
    const QString inner = u"874512"_s;
    const QString outer = u"TOKEN-874512-END"_s;
    // The shorter one first: the order of registration must not decide what is removed.
    for (const QString &secret : {embedded, persian, inner, outer})
        redactor.registerSecret(secret);
    REQUIRE(redactor.count() == 4);

    // Too short to be worth redacting: not registered, so the text stays as it was.
    redactor.registerSecret(u"abc"_s);
    redactor.registerSecret(u"۱۲۳"_s);
    redactor.registerSecret(QString());
    CHECK(redactor.count() == 4);
    // Four characters is long enough.
    redactor.registerSecret(u"wxyz"_s);
    CHECK(redactor.count() == 5);
    redactor.registerSecret(u"wxyz"_s);
    CHECK(redactor.count() == 5);

    QTemporaryDir dir;
    const LogFile::Options options = optionsFor(dir);
    installOrFail(options);
    qCInfo(lcProviders).noquote() << u"header x-api-key: prefix"_s + embedded + u"suffix"_s;
    qCInfo(lcCredentials).noquote() << u"گذرواژه کیف پول "_s + persian + u" ذخیره شد"_s;
    qCWarning(lcStore).noquote() << u"auth "_s + outer + u" and alone "_s + inner;
    qCInfo(lcStore).noquote() << u"abc stays, ۱۲۳ stays, wxyz goes"_s;
    LogFile::uninstall();

    const QString text = readText(options.directory + u"/sarraf.log");
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    INFO(text.toStdString());
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].endsWith(u": header x-api-key: prefix[redacted]suffix"));
    CHECK(lines[1].endsWith(u": گذرواژه کیف پول [redacted] ذخیره شد"));
    // The longer secret is removed whole, not as "TOKEN-[redacted]-END".
    CHECK(lines[2].endsWith(u": auth [redacted] and alone [redacted]"));
    CHECK(lines[3].endsWith(u": abc stays, ۱۲۳ stays, [redacted] goes"));
    const QByteArray bytes = text.toUtf8();
    for (const QString &secret : {embedded, persian, inner, outer, u"TOKEN-"_s, u"-END"_s, u"wxyz"_s})
        CHECK_FALSE(bytes.contains(secret.toUtf8()));

    // Forgotten secrets and a cleared redactor no longer change text.
    redactor.forgetSecret(embedded);
    CHECK(redactor.redact(embedded) == embedded);
    CHECK(redactor.redact(QByteArray("a=") + outer.toUtf8()) == QByteArray("a=[redacted]"));
    redactor.clear();
    CHECK(redactor.count() == 0);
    CHECK(redactor.redact(outer) == outer);
}

TEST_CASE("logging: the log rotates past maxBytes and keeps exactly keep older files with the newest lines in sarraf.log",
          "[logging][rotation]")
{
    CleanLogging clean;
    QTemporaryDir dir;
    LogFile::Options options = optionsFor(dir);
    options.maxBytes = 2000;
    options.keep = 3;
    installOrFail(options);

    constexpr int lineCount = 400; // about 80 bytes each: some 16 files' worth
    for (int i = 0; i < lineCount; ++i)
        qCInfo(lcStore).noquote() << u"rotation line "_s + QString::number(i) + u" padding padding padding"_s;
    LogFile::uninstall();

    const QDir logs(options.directory);
    const QStringList files = logs.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    CHECK(files == QStringList{u"sarraf.log"_s, u"sarraf.log.1"_s, u"sarraf.log.2"_s, u"sarraf.log.3"_s});
    CHECK_FALSE(QFileInfo::exists(logs.filePath(u"sarraf.log.4"_s)));

    static const QRegularExpression number(u"rotation line (\\d+) "_s);
    // Line numbers per generation, oldest file first; each file holds a run of consecutive lines
    // that continues in the next newer file.
    int previousLast = -1;
    for (const QString &name : {u"sarraf.log.3"_s, u"sarraf.log.2"_s, u"sarraf.log.1"_s, u"sarraf.log"_s}) {
        const QString path = logs.filePath(name);
        INFO(name.toStdString());
        const qint64 size = QFileInfo(path).size();
        CHECK(size > 0);
        CHECK(size <= options.maxBytes);
        const QStringList lines = readLines(path);
        REQUIRE_FALSE(lines.isEmpty());
        QList<int> numbers;
        for (const QString &line : lines) {
            const QRegularExpressionMatch match = number.match(line);
            INFO(line.toStdString());
            REQUIRE(match.hasMatch());
            numbers.append(match.captured(1).toInt());
        }
        for (qsizetype i = 1; i < numbers.size(); ++i)
            CHECK(numbers[i] == numbers[i - 1] + 1);
        if (previousLast >= 0)
            CHECK(numbers.constFirst() == previousLast + 1);
        previousLast = numbers.constLast();
    }
    // The newest line is in sarraf.log; the oldest ones were dropped with the fifth generation.
    CHECK(previousLast == lineCount - 1);
    CHECK_FALSE(readText(logs.filePath(u"sarraf.log.3"_s)).contains(u"rotation line 0 "));
}

TEST_CASE("logging: a log folder that cannot be created gives a clear error and no log", "[logging]")
{
    CleanLogging clean;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString blocker = dir.filePath(u"not-a-folder"_s);
    {
        QFile file(blocker);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write("a regular file") > 0);
    }
    LogFile::Options options;
    options.directory = blocker + u"/logs"_s;

    const Outcome installed = LogFile::install(options);
    REQUIRE_FALSE(installed.ok());
    CHECK(installed.error().code == u"log.create");
    INFO(installed.error().message.toStdString());
    CHECK(installed.error().message.contains(QDir::toNativeSeparators(options.directory)));
    CHECK(installed.error().message.contains(u"log folder"));
    CHECK(LogFile::currentPath().isEmpty());

    qCWarning(lcStore).noquote() << u"goes to Qt's default handler"_s;
    CHECK_FALSE(QFileInfo::exists(options.directory));
    CHECK(QFileInfo(blocker).isFile());
    LogFile::uninstall();
}

TEST_CASE("logging: secrets logged from other threads are redacted and every line arrives whole", "[logging][secrets][threads]")
{
    CleanLogging clean;
    const QString secret = u"wallet-refresh-9f2c7a1e"_s;
    SecretRedactor::instance().registerSecret(secret);

    QTemporaryDir dir;
    const LogFile::Options options = optionsFor(dir);
    installOrFail(options);

    constexpr int threadCount = 8;
    constexpr int linesPerThread = 1000;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back(QThread::create([t, secret] {
            for (int i = 0; i < linesPerThread; ++i) {
                qCWarning(lcProviders).noquote()
                    << u"thread "_s + QString::number(t) + u" line "_s + QString::number(i) + u" token="_s + secret;
            }
        }));
    }
    for (const auto &thread : threads)
        thread->start();
    for (const auto &thread : threads)
        REQUIRE(thread->wait(QDeadlineTimer(30000)));
    LogFile::uninstall();

    const QString text = readText(options.directory + u"/sarraf.log");
    CHECK_FALSE(text.toUtf8().contains(secret.toUtf8()));
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == threadCount * linesPerThread);
    static const QRegularExpression whole(
        u"^\\S+ warning sarraf\\.providers: thread (\\d) line (\\d+) token=\\[redacted\\]$"_s);
    QList<int> seen(threadCount, 0);
    QStringList broken; // torn, unredacted or out of their thread's order
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = whole.match(line);
        if (!match.hasMatch() || match.captured(2).toInt() != seen.value(match.captured(1).toInt(), -1)) {
            broken.append(line);
            continue;
        }
        ++seen[match.captured(1).toInt()];
    }
    INFO("the first broken lines:\n" << broken.mid(0, 5).join(u'\n').toStdString());
    CHECK(broken.size() == 0);
    CHECK(seen == QList<int>(threadCount, linesPerThread));
}

TEST_CASE("logging: a failed switch to another log folder keeps the working log", "[logging]")
{
    CleanLogging clean;
    QTemporaryDir dir;
    installOrFail(optionsFor(dir));
    const QString working = LogFile::currentPath();
    const QString blocker = dir.filePath(u"blocker"_s);
    {
        QFile file(blocker);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    LogFile::Options elsewhere;
    elsewhere.directory = blocker + u"/logs"_s;
    REQUIRE_FALSE(LogFile::install(elsewhere).ok());
    CHECK(LogFile::currentPath() == working);
    qCWarning(lcStore).noquote() << u"still logged after the failed switch"_s;
    CHECK(readText(working).contains(u"still logged after the failed switch"_s));
}

TEST_CASE("logging: overlapping secrets are removed whole from text and from raw bytes", "[logging][secrets]")
{
    CleanLogging clean;
    SecretRedactor::instance().registerSecret(u"abcdef"_s);
    SecretRedactor::instance().registerSecret(u"defghi"_s);
    CHECK(SecretRedactor::instance().redact(u"key=abcdefghi;"_s) == u"key=[redacted];"_s);
    CHECK(SecretRedactor::instance().redact(u"abcdef and defghi"_s) == u"[redacted] and [redacted]"_s);
    // Bytes that are not valid UTF-8 around a secret survive untouched.
    const QByteArray raw("\xff\xfe{\"token\":\"abcdefghi\"}\x80");
    const QByteArray redacted = SecretRedactor::instance().redact(raw);
    CHECK(redacted == QByteArray("\xff\xfe{\"token\":\"[redacted]\"}\x80"));
}
