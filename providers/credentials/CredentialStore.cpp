#include "providers/credentials/CredentialStore.h"

#include "models/domain/LogCategories.h"
#include "models/domain/SecretRedactor.h"

#include <QMetaObject>
#include <QStringList>

#include <qt6keychain/keychain.h>

#include <optional>
#include <utility>

// QtKeychain talks to the desktop keyring over the D-Bus session bus on the same platforms; there
// the bus is asked why a keychain did not answer (see whenKeychainChecked).
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#define SARRAF_KEYCHAIN_ON_DBUS 1
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QMap>
#endif

using namespace Qt::StringLiterals;

namespace sarraf {
namespace {

enum class Operation { Read, Write, Remove };

struct Entry
{
    QString provider;
    QString field;
    QString key;
};

QString describe(Operation operation, const Entry &entry)
{
    switch (operation) {
    case Operation::Read:
        return u"read "_s + entry.key;
    case Operation::Write:
        return u"write "_s + entry.key;
    case Operation::Remove:
        return u"remove "_s + entry.key;
    }
    return entry.key;
}

Error notSet(const Entry &entry, const QString &detail)
{
    //: %1 is a credential field such as api-key, %2 a provider such as gitmix.
    return makeError(u"credentials.not-set"_s,
                     CredentialStore::tr("No %1 is stored for %2 yet. Enter it in Settings → Providers.")
                         .arg(entry.field, entry.provider),
                     detail);
}

Error accessDenied(const Entry &entry, const QString &detail)
{
    //: %1 is a credential field such as api-key, %2 a provider such as gitmix.
    return makeError(u"credentials.access-denied"_s,
                     CredentialStore::tr("The system keychain refused access to the %1 of %2: the request was "
                                         "declined or the keyring is locked. Unlock the keyring (GNOME Keyring "
                                         "or KWallet), allow Sarraf when asked, and try again.")
                         .arg(entry.field, entry.provider),
                     detail);
}

Error noKeychain(const Entry &entry, const QString &detail)
{
    //: %1 is a credential field such as api-key, %2 a provider such as gitmix.
    return makeError(u"credentials.no-keychain"_s,
                     CredentialStore::tr("No system keychain is available, so the %1 of %2 cannot be used. "
                                         "Sarraf never stores secrets in plain files; start the desktop keyring "
                                         "(GNOME Keyring or KWallet) and try again.")
                         .arg(entry.field, entry.provider),
                     detail);
}

Error failed(Operation operation, const Entry &entry, const QString &detail)
{
    // One whole sentence per operation: translators get no fragments to glue together.
    switch (operation) {
    case Operation::Read:
        //: %1 is a credential field such as api-key, %2 a provider such as gitmix.
        return makeError(u"credentials.failed"_s,
                         CredentialStore::tr("The %1 of %2 could not be read from the system keychain.")
                             .arg(entry.field, entry.provider),
                         detail);
    case Operation::Write:
        //: %1 is a credential field such as api-key, %2 a provider such as gitmix.
        return makeError(u"credentials.failed"_s,
                         CredentialStore::tr("The %1 of %2 could not be saved in the system keychain.")
                             .arg(entry.field, entry.provider),
                         detail);
    case Operation::Remove:
        break;
    }
    //: %1 is a credential field such as api-key, %2 a provider such as gitmix.
    return makeError(u"credentials.failed"_s,
                     CredentialStore::tr("The %1 of %2 could not be removed from the system keychain.")
                         .arg(entry.field, entry.provider),
                     detail);
}

std::optional<Error> refuseNames(const QString &profile, const Entry &entry)
{
    if (CredentialStore::isValidName(profile) && CredentialStore::isValidName(entry.provider)
        && CredentialStore::isValidName(entry.field))
        return std::nullopt;
    return makeError(u"credentials.invalid-name"_s,
                     CredentialStore::tr("A profile, provider or credential name is empty or contains “/”."),
                     u"profile \""_s + profile + u"\", provider \""_s + entry.provider + u"\", field \""_s
                         + entry.field + u'"');
}

// Refusals are delivered like keychain answers, later and bound to the context, so a caller
// never sees its callback run inside the call it just made.
template <typename Callback>
void deliverLater(QObject *context, Callback done, Error error)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), error = std::move(error)] { done(error); }, Qt::QueuedConnection);
}

void logDone(Operation operation, const Entry &entry, const QString &what)
{
    qCInfo(lcCredentials).noquote() << QString(describe(operation, entry) + u": "_s + what);
}

void logFailure(Operation operation, const Entry &entry, const Error &error)
{
    if (error.code == u"credentials.not-set")
        logDone(operation, entry, u"not set"_s);
    else
        qCWarning(lcCredentials).noquote()
            << QString(describe(operation, entry) + u": "_s + error.code + u": "_s + error.logLine());
}

#ifdef SARRAF_KEYCHAIN_ON_DBUS
// The bus names QtKeychain's Linux backends answer on: the Secret Service (GNOME Keyring,
// KeePassXC, recent KWallet) and KWallet's own daemons.
bool offersKeychain(const QStringList &busNames)
{
    static const QStringList keychainNames{u"org.freedesktop.secrets"_s, u"org.kde.kwalletd6"_s,
                                           u"org.kde.kwalletd5"_s, u"org.kde.kwalletd"_s};
    for (const QString &name : keychainNames) {
        if (busNames.contains(name))
            return true;
    }
    return false;
}

void askBus(const QDBusConnection &bus, const QString &method, QObject *context,
            std::function<void(QStringList)> then)
{
    // The bus daemon answers these itself at once; the limit only guards against a wedged bus.
    constexpr int busTimeoutMs = 5000;
    const QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                                                             u"org.freedesktop.DBus"_s, method);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, busTimeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [then = std::move(then)](QDBusPendingCallWatcher *finished) {
                         finished->deleteLater();
                         const QDBusPendingReply<QStringList> reply = *finished;
                         then(reply.isError() ? QStringList{} : reply.value());
                     });
}
#endif

// QtKeychain's libsecret backend reports an unreachable session bus ("Could not connect: …") and a
// bus without any Secret Service ("The name org.freedesktop.secrets was not provided by any
// .service files") as OtherError, with GLib's message in the user's language. So instead of
// matching those texts, ask the bus whether a keychain is running or could be started.
void whenKeychainChecked(QObject *context, std::function<void(bool present)> then)
{
#ifdef SARRAF_KEYCHAIN_ON_DBUS
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        then(false);
        return;
    }
    askBus(bus, u"ListNames"_s, context, [bus, context, then](const QStringList &running) {
        if (offersKeychain(running)) {
            then(true);
            return;
        }
        askBus(bus, u"ListActivatableNames"_s, context,
               [then](const QStringList &activatable) { then(offersKeychain(activatable)); });
    });
#else
    Q_UNUSED(context)
    then(true);
#endif
}

// libsecret only sees unlocked items: when the keyring is locked and its unlock prompt is
// dismissed (or cannot be shown), a read answers "not found" and a removal "done" while the entry
// is still there. The Secret Service lists locked matches apart from unlocked ones without
// prompting, so ask it whether this entry exists behind a lock.
void whenLockChecked(const Entry &entry, QObject *context, std::function<void(bool locked)> then)
{
#ifdef SARRAF_KEYCHAIN_ON_DBUS
    using Attributes = QMap<QString, QString>;
    static const bool registered = [] {
        qDBusRegisterMetaType<Attributes>();
        return true;
    }();
    Q_UNUSED(registered)
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        then(false);
        return;
    }
    QDBusMessage search = QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                                                         u"org.freedesktop.Secret.Service"_s, u"SearchItems"_s);
    // QtKeychain's libsecret schema: the key is "user", the service "server".
    search << QVariant::fromValue(Attributes{{u"user"_s, entry.key}, {u"server"_s, CredentialStore::serviceName()}});
    search.setAutoStartService(false); // a diagnosis must not start a keyring
    constexpr int searchTimeoutMs = 5000;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(search, searchTimeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [then = std::move(then)](QDBusPendingCallWatcher *finished) {
                         finished->deleteLater();
                         // Another backend (KWallet) or no Secret Service: nothing more to learn.
                         const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *finished;
                         then(!reply.isError() && !reply.argumentAt<1>().isEmpty());
                     });
#else
    Q_UNUSED(entry)
    Q_UNUSED(context)
    then(false);
#endif
}

// Maps a finished job's error to the error people see, then hands it to `report`.
void explainFailure(Operation operation, const Entry &entry, const QKeychain::Job *job, QObject *context,
                    std::function<void(Error)> report)
{
    const QString detail = u"QtKeychain error "_s + QString::number(int(job->error())) + u" on "_s
                           + describe(operation, entry) + u": "_s + job->errorString();
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        whenLockChecked(entry, context, [entry, detail, report = std::move(report)](bool locked) {
            report(locked ? accessDenied(entry, detail + u" (the entry is in a locked keyring)"_s)
                          : notSet(entry, detail));
        });
        return;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        report(accessDenied(entry, detail));
        return;
    case QKeychain::NoBackendAvailable:
        report(noKeychain(entry, detail));
        return;
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    whenKeychainChecked(context, [operation, entry, detail, report = std::move(report)](bool present) {
        report(present ? failed(operation, entry, detail) : noKeychain(entry, detail));
    });
}

void prepare(QKeychain::Job *job, const QString &key)
{
    // Spelled out although it is QtKeychain's default: a secret must never land in a plain file.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
}

} // namespace

CredentialStore::CredentialStore(QString profile, QObject *parent) : QObject(parent), m_profile(std::move(profile))
{
}

QString CredentialStore::serviceName()
{
    return u"sarraf"_s;
}

QString CredentialStore::keyFor(const QString &profile, const QString &provider, const QString &field)
{
    return profile + u'/' + provider + u'/' + field;
}

bool CredentialStore::isValidName(const QString &name)
{
    return !name.isEmpty() && !name.contains(u'/');
}

// Jobs have no parent and callbacks capture no `this`: a running job must outlive a store
// destroyed meanwhile (libsecret still holds a pointer into it), and its answer then goes only
// to `context`.

void CredentialStore::read(const QString &provider, const QString &field, QObject *context, ReadDone done)
{
    Q_ASSERT_X(context, "CredentialStore::read", "context must not be null");
    const Entry entry{provider, field, keyFor(m_profile, provider, field)};
    if (auto refusal = refuseNames(m_profile, entry)) {
        logFailure(Operation::Read, entry, *refusal);
        deliverLater(context, std::move(done), std::move(*refusal));
        return;
    }
    qCDebug(lcCredentials).noquote() << describe(Operation::Read, entry);
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    prepare(job, entry.key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, entry, context, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            const QString value = job->textData();
            SecretRedactor::instance().registerSecret(value);
            qCDebug(lcCredentials).noquote() << QString(describe(Operation::Read, entry) + u": done"_s);
            done(value);
            return;
        }
        explainFailure(Operation::Read, entry, job, context, [entry, done](Error error) {
            logFailure(Operation::Read, entry, error);
            done(std::move(error));
        });
    });
    job->start();
}

void CredentialStore::write(const QString &provider, const QString &field, const QString &value, QObject *context,
                            ChangeDone done)
{
    Q_ASSERT_X(context, "CredentialStore::write", "context must not be null");
    // Registered before anything can fail: the value is in this process either way, and a refused
    // or failed write must not make it loggable.
    SecretRedactor::instance().registerSecret(value);
    const Entry entry{provider, field, keyFor(m_profile, provider, field)};
    std::optional<Error> refusal = refuseNames(m_profile, entry);
    if (!refusal && value.isEmpty()) {
        //: %1 is a credential field such as api-key, %2 a provider such as gitmix.
        refusal = makeError(u"credentials.empty-value"_s,
                            tr("An empty %1 for %2 cannot be saved. Enter the value, or remove the entry instead.")
                                .arg(field, provider));
    }
    if (refusal) {
        logFailure(Operation::Write, entry, *refusal);
        deliverLater(context, std::move(done), std::move(*refusal));
        return;
    }
    qCDebug(lcCredentials).noquote() << describe(Operation::Write, entry);
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    prepare(job, entry.key);
    job->setTextData(value);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, entry, context, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            logDone(Operation::Write, entry, u"saved"_s);
            done(Done{});
            return;
        }
        explainFailure(Operation::Write, entry, job, context, [entry, done](Error error) {
            logFailure(Operation::Write, entry, error);
            done(std::move(error));
        });
    });
    job->start();
}

void CredentialStore::remove(const QString &provider, const QString &field, QObject *context, ChangeDone done)
{
    Q_ASSERT_X(context, "CredentialStore::remove", "context must not be null");
    // The removed value is deliberately not forgotten by the redactor: copies of it may still be
    // in memory elsewhere (a pending request, an open dialog) and must stay out of the logs.
    const Entry entry{provider, field, keyFor(m_profile, provider, field)};
    if (auto refusal = refuseNames(m_profile, entry)) {
        logFailure(Operation::Remove, entry, *refusal);
        deliverLater(context, std::move(done), std::move(*refusal));
        return;
    }
    qCDebug(lcCredentials).noquote() << describe(Operation::Remove, entry);
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    prepare(job, entry.key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, entry, context, done = std::move(done)] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            // "Removed" may mean "not seen because locked"; never report a secret gone that is not.
            whenLockChecked(entry, context, [entry, done](bool locked) {
                if (!locked) {
                    logDone(Operation::Remove, entry, u"removed"_s);
                    done(Done{});
                    return;
                }
                Error error = accessDenied(entry, describe(Operation::Remove, entry)
                                                      + u": the entry is still there, in a locked keyring"_s);
                logFailure(Operation::Remove, entry, error);
                done(std::move(error));
            });
            return;
        }
        explainFailure(Operation::Remove, entry, job, context, [entry, done](Error error) {
            logFailure(Operation::Remove, entry, error);
            done(std::move(error));
        });
    });
    job->start();
}

} // namespace sarraf
