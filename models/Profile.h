// A profile is one set of providers, credentials and cache: the folder that holds its database,
// provider settings and logs. "sandbox" is the built-in profile that talks to the local simulator.
#pragma once

#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sarraf {

class Profile final
{
    Q_DECLARE_TR_FUNCTIONS(Profile)
public:
    static QString defaultName() { return QStringLiteral("default"); }
    static QString sandboxName() { return QStringLiteral("sandbox"); }
    // QStandardPaths::AppDataLocation, e.g. ~/.local/share/Sarraf/Sarraf.
    static QString defaultDataDirectory();

    // Checks the name, creates the profile's folders if needed.
    static Result<Profile> open(const QString &dataDirectory, const QString &name);
    static Outcome checkName(const QString &name);

    QString name() const { return m_name; }
    bool isSandbox() const { return m_name == sandboxName(); }
    QString dataDirectory() const { return m_dataDirectory; }
    QString directory() const;
    QString databasePath() const;
    QString providerSettingsPath() const;
    // The provider metrics of the last sync or track run (JSON), for `providers list`.
    QString providerMetricsPath() const;
    QString logDirectory() const;

    // The name this desktop's person acts under on the payout desk (requests, approvals), kept in
    // the profile's folder. Empty until set; team mode will take it from the database login.
    QString operatorName() const;
    Outcome setOperatorName(const QString &name) const;

private:
    Profile(QString dataDirectory, QString name);
    QString m_dataDirectory;
    QString m_name;
};

} // namespace sarraf
