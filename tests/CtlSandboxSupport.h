// Pointing a sarrafctl profile at the in-process sandbox: its settings through `providers set`, its
// secrets through `secrets set` into the real keychain (the test command's private gnome-keyring).
#pragma once

#include "CtlTestSupport.h"

#include "providers/sandbox/SandboxEnvironment.h"

namespace sarraf::test {

inline QList<std::pair<QString, QString>> secretEntries(const SandboxEnvironment &sandbox)
{
    QList<std::pair<QString, QString>> entries;
    for (const SandboxAccount &account : sandbox.accounts()) {
        for (auto it = account.secrets.cbegin(); it != account.secrets.cend(); ++it)
            entries.append({account.provider, it.key()});
    }
    return entries;
}

// Points the profile at the sandbox: settings through `providers set`, secrets through `secrets set`
// (standard input), except the fields in `skipSecrets` and with `overrides` instead of the right value.
inline void configure(const Ctl &ctl, const SandboxEnvironment &sandbox, const QStringList &skipSecrets = {},
                      const QHash<QString, QString> &overrides = {}, const QStringList &only = {})
{
    for (const SandboxAccount &account : sandbox.accounts()) {
        if (!only.isEmpty() && !only.contains(account.provider))
            continue;
        QStringList command{u"providers"_s, u"set"_s, account.provider, u"--base-url"_s, account.baseUrl.toString(),
                            u"--enable"_s};
        for (auto it = account.settings.cbegin(); it != account.settings.cend(); ++it)
            command << u"--set"_s << it.key() + u'=' + it.value();
        const Ran set = ctl.run(command);
        INFO(set.describe());
        REQUIRE(set.exitCode == 0);
        for (auto it = account.secrets.cbegin(); it != account.secrets.cend(); ++it) {
            const QString entry = account.provider + u'/' + it.key();
            if (skipSecrets.contains(entry))
                continue;
            const QString value = overrides.value(entry, it.value());
            const Ran stored = ctl.run({u"secrets"_s, u"set"_s, account.provider, it.key()}, value.toUtf8() + '\n');
            INFO(stored.describe());
            REQUIRE(stored.exitCode == 0);
        }
    }
}

inline void requireKeychain()
{
    INFO("this test needs the private D-Bus session with an unlocked gnome-keyring of the project's test command");
    REQUIRE_FALSE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty());
}

} // namespace sarraf::test
