#include "providers/ProviderSettings.h"

#include "models/domain/Bidi.h"
#include "providers/ProviderCatalog.h"

#include <QUrl>

namespace sarraf {

ProviderSettings::ProviderSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

ProviderSettings::~ProviderSettings() = default;

Outcome ProviderSettings::checkProvider(const QString &provider) const
{
    if (!ProviderCatalog::find(provider)) {
        return makeError(QStringLiteral("settings.unknown-provider"),
                         tr("There is no provider called \"%1\". Known providers: %2.")
                             .arg(provider, ProviderCatalog::names().join(QStringLiteral(", "))));
    }
    return Done{};
}

QString ProviderSettings::value(const QString &provider, const QString &key) const
{
    const QString stored = m_settings->value(provider + u'/' + key).toString();
    if (!stored.isEmpty() || key != u"base-url")
        return stored;
    const auto info = ProviderCatalog::find(provider);
    return info ? info->defaultBaseUrl : QString();
}

Outcome ProviderSettings::check(const QString &provider, const QString &key, const QString &value) const
{
    if (Outcome known = checkProvider(provider); !known)
        return known;
    const ProviderInfo info = *ProviderCatalog::find(provider);
    for (const ProviderField &secret : info.secrets) {
        if (secret.key == key) {
            return makeError(QStringLiteral("settings.secret"),
                             tr("\"%1\" is a secret and is kept only in the system keychain; "
                                "set it with \"sarrafctl secrets set %2 %1\" or in Settings.")
                                 .arg(key, provider));
        }
    }
    bool known = false;
    for (const ProviderField &setting : info.settings)
        known = known || setting.key == key;
    if (!known) {
        QStringList keys;
        for (const ProviderField &setting : info.settings)
            keys.append(setting.key);
        return makeError(QStringLiteral("settings.unknown-key"),
                         tr("%1 has no setting called \"%2\". Its settings are: %3.")
                             .arg(info.displayName, key, keys.join(QStringLiteral(", "))));
    }
    if (key == u"timeout" && !value.isEmpty()) {
        bool ok = false;
        const int seconds = value.toInt(&ok);
        if (!ok || seconds < 1 || seconds > 600)
            return makeError(QStringLiteral("settings.bad-timeout"),
                             tr("The request timeout is a whole number of seconds from 1 to 600, not \"%1\".").arg(value));
    }
    if (key == u"base-url" || key == u"proxy-url") {
        const QUrl url(value, QUrl::StrictMode);
        if (!value.isEmpty() && (!url.isValid() || url.host().isEmpty()
                                 || (url.scheme() != u"https" && url.scheme() != u"http"))) {
            return makeError(QStringLiteral("settings.bad-url"),
                             tr("\"%1\" is not a web address. Write it in full, for example "
                                "https://api.example.com.").arg(leftToRight(value)));
        }
    }
    return Done{};
}

Outcome ProviderSettings::setValue(const QString &provider, const QString &key, const QString &value)
{
    if (Outcome checked = check(provider, key, value); !checked)
        return checked;
    m_settings->setValue(provider + u'/' + key, value);
    return Done{};
}

bool ProviderSettings::isEnabled(const QString &provider) const
{
    return m_settings->value(provider + u"/enabled", false).toBool();
}

Outcome ProviderSettings::setEnabled(const QString &provider, bool enabled)
{
    if (Outcome known = checkProvider(provider); !known)
        return known;
    m_settings->setValue(provider + u"/enabled", enabled);
    return Done{};
}

Outcome ProviderSettings::sync()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        return makeError(QStringLiteral("settings.write"),
                         tr("The provider settings could not be saved to %1. Check that the folder "
                            "exists and is writable.").arg(m_settings->fileName()));
    }
    return Done{};
}

} // namespace sarraf
