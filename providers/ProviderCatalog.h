// What Sarraf knows about each provider before any request: its name, what it offers, which
// credential fields live in the keychain and which settings are plain (DESIGN.md's table).
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sarraf {

struct ProviderField
{
    QString key;      // "api-key", "base-url"
    QString label;    // translated, for Settings
    bool optional = false;
};

struct ProviderInfo
{
    QString name;            // "gitmix": the stable name used in settings, keys and the CLI
    QString displayName;     // "Gitmix": a proper name, not translated
    QString purpose;         // translated one-liner for the Providers page
    QList<ProviderField> secrets;  // keychain fields
    QList<ProviderField> settings; // plain settings; "base-url" always among them
    QString defaultBaseUrl;  // production address from the provider's document; empty if it gives none
    QString specification;   // the document in shared/provider-docs it is built from
};

class ProviderCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(ProviderCatalog)
public:
    static QList<ProviderInfo> all();
    static std::optional<ProviderInfo> find(QStringView name);
    static QStringList names();
    // The proper name ("GREENGO"); the stable name itself for one the catalogue does not know.
    static QString displayNameOf(const QString &name);
};

} // namespace sarraf
