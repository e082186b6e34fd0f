// The non-secret settings of each provider in one profile (base address, store id, enabled),
// kept in the profile's providers.ini. Secrets are refused here: they belong in the keychain.
#pragma once

#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QSettings>
#include <QString>

#include <memory>

namespace sarraf {

class ProviderSettings final
{
    Q_DECLARE_TR_FUNCTIONS(ProviderSettings)
public:
    explicit ProviderSettings(const QString &iniPath);
    ~ProviderSettings();
    Q_DISABLE_COPY_MOVE(ProviderSettings)

    // The stored value, or the catalogue's default for base-url.
    QString value(const QString &provider, const QString &key) const;
    QString baseUrl(const QString &provider) const { return value(provider, QStringLiteral("base-url")); }
    // Whether setValue() would accept the change, without making it.
    Outcome check(const QString &provider, const QString &key, const QString &value) const;
    Outcome setValue(const QString &provider, const QString &key, const QString &value);

    bool isEnabled(const QString &provider) const;
    Outcome setEnabled(const QString &provider, bool enabled);

    Outcome sync();

private:
    Outcome checkProvider(const QString &provider) const;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace sarraf
