// The credential store against a real Secret Service: run inside a private D-Bus session with an
// unlocked gnome-keyring (see the project's test command). The no-keychain and locked-keyring
// cases run this binary again, as a child process, in an environment built for them.
#include "models/domain/SecretRedactor.h"
#include "providers/credentials/CredentialStore.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <chrono>
#include <functional>
#include <iostream>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using sarraf::CredentialStore;
using sarraf::Outcome;
using sarraf::Result;


namespace {

// A keychain that does not answer makes QtKeychain wait up to 25 s for D-Bus; every wait here
// gives up sooner so that a broken environment fails the test instead of hanging it.
constexpr std::chrono::milliseconds answerLimit = 20s;

// Spins the event loop until `done` holds or `limit` passes. Only tests may do this.
bool waitUntil(const std::function<bool()> &done, std::chrono::milliseconds limit = answerLimit)
{
    const QDeadlineTimer deadline(limit);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

// A profile nobody uses, so running the tests on a developer's own keyring touches no real secret.
QString uniqueProfile()
{
    return u"sarraf-test-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

Result<QString> readNow(CredentialStore &store, const QString &provider, const QString &field,
                        std::chrono::milliseconds limit = answerLimit)
{
    QObject context;
    std::optional<Result<QString>> answer;
    store.read(provider, field, &context, [&answer](Result<QString> result) { answer.emplace(std::move(result)); });
    if (!waitUntil([&answer] { return answer.has_value(); }, limit))
        FAIL("the keychain did not answer a read of " << provider.toStdString() << '/' << field.toStdString());
    return std::move(*answer);
}

Outcome writeNow(CredentialStore &store, const QString &provider, const QString &field, const QString &value,
                 std::chrono::milliseconds limit = answerLimit)
{
    QObject context;
    std::optional<Outcome> answer;
    store.write(provider, field, value, &context, [&answer](Outcome result) { answer.emplace(std::move(result)); });
    if (!waitUntil([&answer] { return answer.has_value(); }, limit))
        FAIL("the keychain did not answer a write of " << provider.toStdString() << '/' << field.toStdString());
    return std::move(*answer);
}

Outcome removeNow(CredentialStore &store, const QString &provider, const QString &field,
                  std::chrono::milliseconds limit = answerLimit)
{
    QObject context;
    std::optional<Outcome> answer;
    store.remove(provider, field, &context, [&answer](Outcome result) { answer.emplace(std::move(result)); });
    if (!waitUntil([&answer] { return answer.has_value(); }, limit))
        FAIL("the keychain did not answer a removal of " << provider.toStdString() << '/' << field.toStdString());
    return std::move(*answer);
}

template <typename T>
std::string codeOf(const Result<T> &result)
{
    return result.ok() ? std::string("ok") : result.error().code.toStdString();
}

template <typename T>
std::string explain(const Result<T> &result)
{
    return result.ok() ? std::string("ok") : result.error().logLine().toStdString();
}

// QtKeychain used directly, bypassing the store: proves where the store really puts an entry.
std::pair<QKeychain::Error, QString> rawRead(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(CredentialStore::serviceName());
    job->setInsecureFallback(false);
    job->setKey(key);
    std::optional<std::pair<QKeychain::Error, QString>> answer;
    QObject::connect(job, &QKeychain::Job::finished, [&answer, job] { answer.emplace(job->error(), job->textData()); });
    job->start();
    if (!waitUntil([&answer] { return answer.has_value(); }))
        FAIL("the keychain did not answer a direct read of " << key.toStdString());
    return *answer;
}

void rawWrite(const QString &key, const QString &value)
{
    auto *job = new QKeychain::WritePasswordJob(CredentialStore::serviceName());
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(value);
    std::optional<QKeychain::Error> answer;
    QObject::connect(job, &QKeychain::Job::finished, [&answer, job] { answer = job->error(); });
    job->start();
    if (!waitUntil([&answer] { return answer.has_value(); }))
        FAIL("the keychain did not answer a direct write of " << key.toStdString());
    REQUIRE(*answer == QKeychain::NoError);
}

// Removes what a test stored even when the test fails half way.
class EntriesRemovedAtEnd final
{
public:
    EntriesRemovedAtEnd(CredentialStore &store, QList<std::pair<QString, QString>> entries)
        : m_store(store), m_entries(std::move(entries))
    {
    }
    ~EntriesRemovedAtEnd()
    {
        for (const auto &[provider, field] : m_entries) {
            QObject context;
            bool answered = false;
            m_store.remove(provider, field, &context, [&answered](const Outcome &) { answered = true; });
            waitUntil([&answered] { return answered; }, 5s);
        }
    }
    Q_DISABLE_COPY_MOVE(EntriesRemovedAtEnd)

private:
    CredentialStore &m_store;
    QList<std::pair<QString, QString>> m_entries;
};

// The child processes: hidden test cases that only run when named on the command line.
constexpr const char *errorCodesChild = "credentials child: read write and remove once and print the codes";
constexpr const char *lockedKeyringChild = "credentials child: lock the default keyring and print the codes";

void printCodes(CredentialStore &store)
{
    constexpr auto childLimit = 8s; // three answers must fit in the parent's 30 s
    const auto read = readNow(store, u"gitmix"_s, u"api-key"_s, childLimit);
    std::cout << "child-read=" << codeOf(read) << " | " << explain(read) << std::endl;
    const auto written = writeNow(store, u"gitmix"_s, u"api-key"_s, u"child-secret-value"_s, childLimit);
    std::cout << "child-write=" << codeOf(written) << " | " << explain(written) << std::endl;
    const auto removed = removeNow(store, u"gitmix"_s, u"api-key"_s, childLimit);
    std::cout << "child-remove=" << codeOf(removed) << " | " << explain(removed) << std::endl;
}

QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Without a display neither D-Bus autolaunch nor a keyring prompt can step in.
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    return environment;
}

QString requireTool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    INFO(name.toStdString() << " is needed to build the child's environment (packages dbus, gnome-keyring)");
    REQUIRE_FALSE(path.isEmpty());
    return path;
}

// Runs a child to completion within 30 s and returns what it printed.
QString runChild(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess child;
    child.setProcessEnvironment(environment);
    child.start(program, arguments);
    REQUIRE(child.waitForStarted(5000));
    if (!child.waitForFinished(30000)) {
        child.kill();
        child.waitForFinished(5000);
        FAIL("the child process did not finish within 30 s");
    }
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    INFO("child stdout:\n" << output.toStdString() << "\nchild stderr:\n"
                           << QString::fromUtf8(child.readAllStandardError()).toStdString());
    CHECK(child.exitStatus() == QProcess::NormalExit);
    CHECK(child.exitCode() == 0);
    return output;
}

} // namespace

TEST_CASE("credentials: keys are profile/provider/field under the service sarraf", "[credentials]")
{
    CHECK(CredentialStore::serviceName() == u"sarraf"_s);
    CHECK(CredentialStore::keyFor(u"default"_s, u"gitmix"_s, u"api-key"_s) == u"default/gitmix/api-key"_s);
    CHECK(CredentialStore::isValidName(u"client-secret"_s));
    CHECK_FALSE(CredentialStore::isValidName(QString()));
    CHECK_FALSE(CredentialStore::isValidName(u"api/key"_s));

    CredentialStore store(u"team"_s);
    CHECK(store.profile() == u"team"_s);
}

TEST_CASE("credentials: a real keychain round trip keeps the value exactly", "[credentials][keychain]")
{
    CredentialStore store(uniqueProfile());
    const EntriesRemovedAtEnd cleanup(store, {{u"paystar"_s, u"sign-key"_s}});
    const QString key = CredentialStore::keyFor(store.profile(), u"paystar"_s, u"sign-key"_s);

    const QString first = u"first-sign-key-0123456789"_s;
    const auto written = writeNow(store, u"paystar"_s, u"sign-key"_s, first);
    REQUIRE(written.ok());
    const auto read = readNow(store, u"paystar"_s, u"sign-key"_s);
    REQUIRE(read.ok());
    CHECK(*read == first);
    // Where it went: service "sarraf", key "<profile>/<provider>/<field>", as the CLI expects.
    CHECK(rawRead(key) == std::pair{QKeychain::NoError, first});

    QString persianAndLong = u"کلید امضای درگاه پرداخت ۱۲۳۴۵۶۷۸۹۰ — ключ\n"_s;
    while (persianAndLong.size() < 10000)
        persianAndLong += u"-----BEGIN KEY----- کلید/+=\"'\\ 0123456789abcdef\n"_s;
    const auto overwritten = writeNow(store, u"paystar"_s, u"sign-key"_s, persianAndLong);
    REQUIRE(overwritten.ok());
    const auto readAgain = readNow(store, u"paystar"_s, u"sign-key"_s);
    REQUIRE(readAgain.ok());
    CHECK(readAgain->size() == persianAndLong.size());
    CHECK(*readAgain == persianAndLong);

    const auto removed = removeNow(store, u"paystar"_s, u"sign-key"_s);
    REQUIRE(removed.ok());
    const auto afterRemoval = readNow(store, u"paystar"_s, u"sign-key"_s);
    REQUIRE_FALSE(afterRemoval.ok());
    CHECK(afterRemoval.error().code == u"credentials.not-set"_s);
    CHECK(afterRemoval.error().message.contains(u"sign-key"_s));
    CHECK(afterRemoval.error().message.contains(u"paystar"_s));
    CHECK(afterRemoval.error().message.contains(u"Settings"_s));
    CHECK(rawRead(key).first == QKeychain::EntryNotFound);

    // Removing what is not there gives the outcome the caller wanted.
    CHECK(removeNow(store, u"paystar"_s, u"sign-key"_s).ok());
}

TEST_CASE("credentials: profiles isolate the same provider and field", "[credentials][keychain]")
{
    CredentialStore shop(uniqueProfile());
    CredentialStore exchange(uniqueProfile());
    const EntriesRemovedAtEnd shopCleanup(shop, {{u"gitmix"_s, u"api-key"_s}});
    const EntriesRemovedAtEnd exchangeCleanup(exchange, {{u"gitmix"_s, u"api-key"_s}});

    REQUIRE(writeNow(shop, u"gitmix"_s, u"api-key"_s, u"shop-gitmix-key-111"_s).ok());
    const auto unsetElsewhere = readNow(exchange, u"gitmix"_s, u"api-key"_s);
    REQUIRE_FALSE(unsetElsewhere.ok());
    CHECK(unsetElsewhere.error().code == u"credentials.not-set"_s);

    REQUIRE(writeNow(exchange, u"gitmix"_s, u"api-key"_s, u"exchange-gitmix-key-222"_s).ok());
    CHECK(readNow(shop, u"gitmix"_s, u"api-key"_s).valueOr({}) == u"shop-gitmix-key-111"_s);
    CHECK(readNow(exchange, u"gitmix"_s, u"api-key"_s).valueOr({}) == u"exchange-gitmix-key-222"_s);

    REQUIRE(removeNow(shop, u"gitmix"_s, u"api-key"_s).ok());
    CHECK(readNow(exchange, u"gitmix"_s, u"api-key"_s).valueOr({}) == u"exchange-gitmix-key-222"_s);
}

TEST_CASE("credentials: secrets read or written are registered with the redactor", "[credentials][keychain]")
{
    const auto &redactor = sarraf::SecretRedactor::instance();
    CredentialStore store(uniqueProfile());
    const EntriesRemovedAtEnd cleanup(store, {{u"cryptofuse"_s, u"client-secret"_s}});

    // Stored behind the store's back, so only the read can have registered it.
    const QString stored = u"stored-elsewhere-"_s + QUuid::createUuid().toString(QUuid::Id128);
    rawWrite(CredentialStore::keyFor(store.profile(), u"cryptofuse"_s, u"client-secret"_s), stored);
    const QString storedLine = u"token request with client_secret="_s + stored + u" failed"_s;
    REQUIRE(redactor.redact(storedLine) == storedLine);

    const auto read = readNow(store, u"cryptofuse"_s, u"client-secret"_s);
    REQUIRE(read.ok());
    REQUIRE(*read == stored);
    CHECK(redactor.redact(storedLine) == u"token request with client_secret=[redacted] failed"_s);

    const QString written = u"written-here-"_s + QUuid::createUuid().toString(QUuid::Id128);
    REQUIRE(writeNow(store, u"cryptofuse"_s, u"client-secret"_s, written).ok());
    CHECK(redactor.redact(u"secret "_s + written) == u"secret [redacted]"_s);

    // A removed secret may still be in memory somewhere; it stays redacted.
    REQUIRE(removeNow(store, u"cryptofuse"_s, u"client-secret"_s).ok());
    CHECK(redactor.redact(u"secret "_s + written) == u"secret [redacted]"_s);
    CHECK(redactor.redact(storedLine) == u"token request with client_secret=[redacted] failed"_s);
}

TEST_CASE("credentials: invalid names and empty values are refused before touching the keychain",
          "[credentials][keychain]")
{
    const QString profile = uniqueProfile();
    CredentialStore store(profile);
    CredentialStore slashed(profile + u"/x"_s);
    CredentialStore unnamed{QString()};

    const auto badProvider = writeNow(store, u"git/mix"_s, u"api-key"_s, u"never-stored-1"_s);
    REQUIRE_FALSE(badProvider.ok());
    CHECK(badProvider.error().code == u"credentials.invalid-name"_s);
    CHECK(rawRead(profile + u"/git/mix/api-key"_s).first == QKeychain::EntryNotFound);

    const auto badField = writeNow(store, u"gitmix"_s, u"api/key"_s, u"never-stored-2"_s);
    REQUIRE_FALSE(badField.ok());
    CHECK(badField.error().code == u"credentials.invalid-name"_s);
    CHECK(rawRead(profile + u"/gitmix/api/key"_s).first == QKeychain::EntryNotFound);

    const auto badProfile = writeNow(slashed, u"gitmix"_s, u"api-key"_s, u"never-stored-3"_s);
    REQUIRE_FALSE(badProfile.ok());
    CHECK(badProfile.error().code == u"credentials.invalid-name"_s);
    CHECK(rawRead(profile + u"/x/gitmix/api-key"_s).first == QKeychain::EntryNotFound);

    CHECK(codeOf(readNow(unnamed, u"gitmix"_s, u"api-key"_s)) == "credentials.invalid-name");
    CHECK(codeOf(readNow(store, QString(), u"api-key"_s)) == "credentials.invalid-name");
    CHECK(codeOf(readNow(store, u"gitmix"_s, QString())) == "credentials.invalid-name");
    CHECK(codeOf(removeNow(store, u"gitmix"_s, u"api/key"_s)) == "credentials.invalid-name");

    const auto empty = writeNow(store, u"gitmix"_s, u"api-key"_s, QString());
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == u"credentials.empty-value"_s);
    CHECK(rawRead(CredentialStore::keyFor(profile, u"gitmix"_s, u"api-key"_s)).first == QKeychain::EntryNotFound);

    // Even a refusal answers later, never inside the call.
    QObject context;
    bool answered = false;
    store.read(u"git/mix"_s, u"api-key"_s, &context, [&answered](const Result<QString> &) { answered = true; });
    CHECK_FALSE(answered);
    CHECK(waitUntil([&answered] { return answered; }, 5s));
}

TEST_CASE("credentials: a callback whose context object was destroyed is not called", "[credentials][keychain]")
{
    CredentialStore store(uniqueProfile());
    const EntriesRemovedAtEnd cleanup(store, {{u"greengo"_s, u"api-secret"_s}});
    int calls = 0;

    auto *doomed = new QObject;
    store.write(u"greengo"_s, u"api-secret"_s, u"greengo-secret-1"_s, doomed, [&calls](const Outcome &) { ++calls; });
    store.read(u"greengo"_s, u"api-secret"_s, doomed, [&calls](const Result<QString> &) { ++calls; });
    store.remove(u"greengo"_s, u"api-secret"_s, doomed, [&calls](const Outcome &) { ++calls; });
    store.read(u"green/go"_s, u"api-secret"_s, doomed, [&calls](const Result<QString> &) { ++calls; });
    delete doomed;

    // QtKeychain runs jobs one after another, so once this later job has answered the earlier
    // ones have finished too; a little more event processing lets any stray callback show.
    const auto sentinel = readNow(store, u"greengo"_s, u"api-secret"_s);
    CHECK(codeOf(sentinel) == "credentials.not-set"); // the unobserved remove did run
    waitUntil([] { return false; }, 300ms);
    CHECK(calls == 0);
}

TEST_CASE("credentials: missing keychain gives a clear no-keychain error", "[credentials][no-keychain]")
{
    QProcessEnvironment environment = withoutDisplay();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
    const QString output = runChild(QCoreApplication::applicationFilePath(),
                                    {QString::fromLatin1(errorCodesChild)}, environment);
    CHECK(output.contains(u"child-read=credentials.no-keychain"_s));
    CHECK(output.contains(u"child-write=credentials.no-keychain"_s));
    CHECK(output.contains(u"child-remove=credentials.no-keychain"_s));
    CHECK(output.contains(u"Sarraf never stores secrets in plain files"_s));
    CHECK(output.contains(u"No system keychain is available"_s));
}

TEST_CASE("credentials: a missing KWallet gives no-keychain and never a plain file", "[credentials][no-keychain]")
{
    // QtKeychain's plaintext fallback lives on its KWallet path (its libsecret path has none), so
    // pose as KDE 4, where QtKeychain goes straight to KWallet, with no bus to reach it on.
    QTemporaryDir home;
    REQUIRE(home.isValid());
    QProcessEnvironment environment = withoutDisplay();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
    environment.insert(u"XDG_CURRENT_DESKTOP"_s, u"KDE"_s);
    environment.insert(u"KDE_SESSION_VERSION"_s, u"4"_s);
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u".config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u".local/share"_s));
    const QString output = runChild(QCoreApplication::applicationFilePath(),
                                    {QString::fromLatin1(errorCodesChild)}, environment);
    CHECK(output.contains(u"child-read=credentials.no-keychain"_s));
    CHECK(output.contains(u"child-write=credentials.no-keychain"_s));
    CHECK(output.contains(u"child-remove=credentials.no-keychain"_s));

    QStringList written;
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext())
        written << files.next();
    INFO("files written by the child: " << written.join(u", "_s).toStdString());
    CHECK(written.isEmpty());
}

TEST_CASE("credentials: a session bus without a Secret Service gives a no-keychain error",
          "[credentials][no-keychain]")
{
    // A private bus that knows no services at all, so nothing can provide org.freedesktop.secrets.
    QTemporaryDir directory;
    REQUIRE(directory.isValid());
    QFile config(directory.filePath(u"bus.conf"_s));
    REQUIRE(config.open(QIODevice::WriteOnly));
    config.write(R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)");
    config.close();

    const QString output = runChild(requireTool(u"dbus-run-session"_s),
                                    {u"--config-file="_s + config.fileName(), u"--"_s,
                                     QCoreApplication::applicationFilePath(), QString::fromLatin1(errorCodesChild)},
                                    withoutDisplay());
    CHECK(output.contains(u"child-read=credentials.no-keychain"_s));
    CHECK(output.contains(u"child-write=credentials.no-keychain"_s));
    CHECK(output.contains(u"child-remove=credentials.no-keychain"_s));
}

TEST_CASE("credentials: a locked keyring gives an access-denied error", "[credentials][keychain]")
{
    // A keyring of its own in a bus of its own: locking the shared one would break the other tests.
    QTemporaryDir directory;
    REQUIRE(directory.isValid());
    QDir(directory.path()).mkpath(u"home"_s);
    QDir(directory.path()).mkpath(u"runtime"_s);
    QFile::setPermissions(directory.filePath(u"runtime"_s),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment environment = withoutDisplay();
    environment.insert(u"HOME"_s, directory.filePath(u"home"_s));
    environment.insert(u"XDG_RUNTIME_DIR"_s, directory.filePath(u"runtime"_s));
    // Every folder the keyring reads must be its own: an inherited XDG_DATA_HOME would hand it the
    // parent's login keyring, which the child's password cannot unlock.
    environment.insert(u"XDG_DATA_HOME"_s, directory.filePath(u"home/.local/share"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, directory.filePath(u"home/.config"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, directory.filePath(u"home/.cache"_s));
    requireTool(u"gnome-keyring-daemon"_s);

    const QString output = runChild(
        requireTool(u"dbus-run-session"_s),
        {u"--"_s, u"sh"_s, u"-c"_s,
         u"printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && \"$0\" \"$1\""_s,
         QCoreApplication::applicationFilePath(), QString::fromLatin1(lockedKeyringChild)},
        environment);
    // libsecret itself answers "not found" and "removed" for an entry behind a lock; the store
    // must not tell the user to enter a secret again, or that it is gone when it is not.
    CHECK(output.contains(u"child-read=credentials.access-denied"_s));
    CHECK(output.contains(u"child-write=credentials.access-denied"_s));
    CHECK(output.contains(u"child-remove=credentials.access-denied"_s));
    CHECK(output.contains(u"unlock the keyring"_s, Qt::CaseInsensitive));
}

TEST_CASE(errorCodesChild, "[.child]")
{
    CredentialStore store(uniqueProfile());
    printCodes(store);
}

// gnome-keyring-daemon --unlock may return before the login collection is created and unlocked;
// a write in that moment would make it ask a (missing) prompter. Wait until it is ready.
static std::optional<QDBusObjectPath> unlockedDefaultCollection(QDBusInterface &service)
{
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        const QDBusReply<QDBusObjectPath> alias = service.call(u"ReadAlias"_s, u"default"_s);
        if (alias.isValid() && alias.value().path() != u"/") {
            QDBusInterface properties(u"org.freedesktop.secrets"_s, alias.value().path(),
                                      u"org.freedesktop.DBus.Properties"_s, QDBusConnection::sessionBus());
            const QDBusReply<QDBusVariant> locked =
                properties.call(u"Get"_s, u"org.freedesktop.Secret.Collection"_s, u"Locked"_s);
            if (locked.isValid() && !locked.value().variant().toBool())
                return alias.value();
        }
        QThread::msleep(50);
    }
    return std::nullopt;
}

TEST_CASE(lockedKeyringChild, "[.child]")
{
    CredentialStore store(uniqueProfile());
    QDBusInterface service(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                           u"org.freedesktop.Secret.Service"_s, QDBusConnection::sessionBus());
    const std::optional<QDBusObjectPath> collection = unlockedDefaultCollection(service);
    REQUIRE(collection.has_value());
    // Stored while unlocked, so that the read below meets an existing but locked entry.
    REQUIRE(writeNow(store, u"gitmix"_s, u"api-key"_s, u"locked-away-secret"_s).ok());

    const QDBusMessage locked =
        service.call(u"Lock"_s, QVariant::fromValue(QList<QDBusObjectPath>{*collection}));
    INFO(locked.errorMessage().toStdString());
    REQUIRE(locked.type() == QDBusMessage::ReplyMessage);

    printCodes(store);
}
