#include "models/Profile.h"

#include "models/domain/Bidi.h"

#include <QDir>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace sarraf {

Profile::Profile(QString dataDirectory, QString name)
    : m_dataDirectory(std::move(dataDirectory)), m_name(std::move(name))
{
}

QString Profile::defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Outcome Profile::checkName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));
    if (!valid.match(name).hasMatch()) {
        return makeError(QStringLiteral("profile.bad-name"),
                         tr("\"%1\" cannot be a profile name. Use up to 64 Latin letters, digits, "
                            "\"-\" and \"_\", starting with a letter or digit.").arg(name));
    }
    return Done{};
}

Result<Profile> Profile::open(const QString &dataDirectory, const QString &name)
{
    if (Outcome checked = checkName(name); !checked)
        return checked.error();
    const QString root = QDir::cleanPath(QDir(dataDirectory).absolutePath());
    Profile profile(root, name);
    for (const QString &dir : {profile.directory(), profile.logDirectory()}) {
        if (!QDir().mkpath(dir)) {
            return makeError(QStringLiteral("profile.create"),
                             tr("Sarraf cannot create the folder %1. Check that the data folder "
                                "exists and that you may write to it.").arg(leftToRight(QDir::toNativeSeparators(dir))));
        }
    }
    return profile;
}

QString Profile::directory() const
{
    return m_dataDirectory + u"/profiles/" + m_name;
}

QString Profile::databasePath() const
{
    return directory() + u"/sarraf.sqlite";
}

QString Profile::providerSettingsPath() const
{
    return directory() + u"/providers.ini";
}

QString Profile::providerMetricsPath() const
{
    return directory() + u"/provider-metrics.json";
}

namespace {

QString profileSettingsPath(const Profile &profile)
{
    return profile.directory() + u"/profile.ini";
}

} // namespace

QString Profile::operatorName() const
{
    const QSettings settings(profileSettingsPath(*this), QSettings::IniFormat);
    return settings.value(u"operator/name"_s).toString().trimmed();
}

Outcome Profile::setOperatorName(const QString &name) const
{
    QSettings settings(profileSettingsPath(*this), QSettings::IniFormat);
    settings.setValue(u"operator/name"_s, name.trimmed());
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return makeError(u"profile.write"_s, tr("Sarraf could not save the operator name in %1.")
                                                 .arg(profileSettingsPath(*this)));
    return Done{};
}

QString Profile::logDirectory() const
{
    return directory() + u"/logs";
}

} // namespace sarraf
