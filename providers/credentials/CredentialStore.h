// The one way Sarraf reads, saves and removes provider secrets: asynchronous calls into the OS
// keychain (QtKeychain) that answer with explained errors and never fall back to plain files.
#pragma once

#include "models/domain/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace sarraf {

class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    using ReadDone = std::function<void(Result<QString>)>;
    using ChangeDone = std::function<void(Outcome)>;

    explicit CredentialStore(QString profile, QObject *parent = nullptr);

    const QString &profile() const { return m_profile; }

    // The keychain service every entry lives under, and the key of one entry inside it, so the
    // CLI, the tests and any migration agree on where a secret is: "<profile>/<provider>/<field>".
    static QString serviceName();
    static QString keyFor(const QString &profile, const QString &provider, const QString &field);
    // A profile, provider or field name is usable in a key: not empty and without '/'.
    static bool isValidName(const QString &name);

    // Each call returns at once; `done` runs later on the event loop, exactly once, unless
    // `context` (which must not be null) was destroyed first. Errors carry one of the codes
    // credentials.not-set (read only), credentials.access-denied, credentials.no-keychain,
    // credentials.failed, credentials.invalid-name and credentials.empty-value (write only).
    void read(const QString &provider, const QString &field, QObject *context, ReadDone done);
    void write(const QString &provider, const QString &field, const QString &value, QObject *context,
               ChangeDone done);
    // Removing an entry that does not exist succeeds: the outcome the caller wanted holds. An
    // entry the keyring keeps locked is reported as credentials.access-denied, on read and remove.
    void remove(const QString &provider, const QString &field, QObject *context, ChangeDone done);

private:
    QString m_profile;
};

} // namespace sarraf
