// Running the real sarrafctl binary from a test: its path, one data folder and profile per test,
// JSON output, and keychain entries that are removed at the end. The child runs while this
// process's event loop spins, so an in-process sandbox can answer it.
#pragma once

#include "TestSupport.h"

#include "models/domain/Result.h"
#include "providers/credentials/CredentialStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

#include <optional>
#include <utility>

namespace sarraf::test {

using namespace Qt::StringLiterals;

inline constexpr int processLimitMs = 30000;

inline QString sarrafctlPath()
{
    const QString path = test::binaryDir() + u"/app/sarrafctl"_s;
    INFO("sarrafctl is expected at " << path.toStdString());
    REQUIRE_FALSE(test::binaryDir().isEmpty());
    REQUIRE(QFileInfo(path).isExecutable());
    return path;
}

struct Ran
{
    int exitCode = -1;
    QString out;
    QString err;
    std::string describe() const
    {
        const QString text = u"exit "_s + QString::number(exitCode) + u"\n--- stdout:\n"_s + out
                             + u"\n--- stderr:\n"_s + err;
        return text.toStdString();
    }
};

// Runs sarrafctl with exactly these arguments to its end, feeding `input` on standard input.
inline Ran runRaw(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(sarrafctlPath(), arguments);
    INFO("sarrafctl " << arguments.join(u' ').toStdString());
    REQUIRE(process.waitForStarted(processLimitMs));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // Not waitForFinished(): the event loop keeps running so an in-process sandbox can answer.
    if (!waitUntil([&process] { return process.state() == QProcess::NotRunning; }, processLimitMs)) {
        process.kill();
        process.waitForFinished(5000);
        FAIL("sarrafctl did not finish within " << processLimitMs / 1000 << " s; stderr so far: "
                                                << process.readAllStandardError().toStdString());
    }
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return Ran{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

// One data folder and profile per test: every run gets --data-dir and --profile.
class Ctl final
{
public:
    explicit Ctl(QString profile = u"default"_s) : m_profile(std::move(profile)) { REQUIRE(m_dir.isValid()); }

    QString dataDir() const { return m_dir.path(); }
    QString profile() const { return m_profile; }
    QString profileDir() const { return m_dir.path() + u"/profiles/"_s + m_profile; }
    QString providersIni() const { return profileDir() + u"/providers.ini"_s; }
    QString databasePath() const { return profileDir() + u"/sarraf.sqlite"_s; }
    QString logPath() const { return profileDir() + u"/logs/sarraf.log"_s; }

    QStringList global() const { return {u"--data-dir"_s, dataDir(), u"--profile"_s, m_profile}; }
    Ran run(const QStringList &command, const QByteArray &input = {}) const
    {
        return runRaw(global() + command, input);
    }

private:
    QTemporaryDir m_dir;
    QString m_profile;
};

inline QJsonArray jsonArrayOf(const Ran &ran)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(ran.out.toUtf8(), &error);
    INFO(ran.describe());
    INFO("JSON error: " << error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isArray());
    return document.array();
}

inline QString uniqueProfile()
{
    return u"sarraf-test-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

inline Result<QString> readSecret(const QString &profile, const QString &provider, const QString &field)
{
    CredentialStore store(profile);
    QObject context;
    std::optional<Result<QString>> answer;
    store.read(provider, field, &context, [&answer](Result<QString> result) { answer.emplace(std::move(result)); });
    if (!test::waitUntil([&answer] { return answer.has_value(); }))
        FAIL("the keychain did not answer a read of " << provider.toStdString() << '/' << field.toStdString());
    return std::move(*answer);
}

inline Outcome removeSecret(const QString &profile, const QString &provider, const QString &field, int limitMs = 20000)
{
    CredentialStore store(profile);
    QObject context;
    std::optional<Outcome> answer;
    store.remove(provider, field, &context, [&answer](Outcome result) { answer.emplace(std::move(result)); });
    if (!test::waitUntil([&answer] { return answer.has_value(); }, limitMs))
        return makeError(u"test.timeout"_s, u"the keychain did not answer a removal"_s);
    return std::move(*answer);
}

// Removes the test's keychain entries (and any a broken CLI might have made) even when the test
// stops half way.
class SecretsRemovedAtEnd final
{
public:
    SecretsRemovedAtEnd(QString profile, QList<std::pair<QString, QString>> entries)
        : m_profile(std::move(profile)), m_entries(std::move(entries))
    {
    }
    ~SecretsRemovedAtEnd()
    {
        for (const auto &[provider, field] : m_entries)
            (void)removeSecret(m_profile, provider, field, 5000);
    }
    Q_DISABLE_COPY_MOVE(SecretsRemovedAtEnd)

private:
    QString m_profile;
    QList<std::pair<QString, QString>> m_entries;
};

} // namespace sarraf::test
