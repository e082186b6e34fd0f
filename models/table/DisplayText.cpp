#include "models/table/DisplayText.h"

#include "models/domain/Money.h"
#include "providers/ProviderCatalog.h"

#include <QCalendar>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sarraf::display {

QString dateTime(const QDateTime &time, TimeDetail detail)
{
    if (!time.isValid())
        return {};
    const QLocale locale;
    // Persian readers expect the Solar Hijri calendar.
    const QCalendar calendar(locale.language() == QLocale::Persian ? QCalendar::System::Jalali
                                                                  : QCalendar::System::Gregorian);
    const QDateTime local = time.toLocalTime();
    if (detail == TimeDetail::Short)
        return locale.toString(local, locale.dateTimeFormat(QLocale::ShortFormat), calendar);
    // The long date, and the time to the second without a zone name (a Latin abbreviation in
    // every language).
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    if (!timeFormat.contains(u"ss"))
        timeFormat.replace(u"mm"_s, u"mm:ss"_s);
    return locale.toString(local.date(), locale.dateFormat(QLocale::LongFormat), calendar) + u' '
           + locale.toString(local.time(), timeFormat);
}

QString amount(const QString &amount, const QString &currency)
{
    if (amount.isEmpty())
        return {};
    const Result<Money> parsed = Money::parse(amount, currency);
    return parsed ? parsed->format(QLocale()) : amount + u' ' + currency;
}

QString providerName(const QString &key)
{
    const std::optional<ProviderInfo> info = ProviderCatalog::find(key);
    return info ? info->displayName : key;
}

} // namespace sarraf::display
