#include "models/table/DisplayText.h"

#include "models/domain/Money.h"
#include "models/domain/TransactionStatus.h"
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
    return ProviderCatalog::displayNameOf(key);
}

QList<TransactionFields::Field> TransactionFields::of(const TrackedTransaction &r)
{
    const auto kindName = [](TransactionKind kind) {
        switch (kind) {
        case TransactionKind::Invoice: return tr("Invoice");
        case TransactionKind::Order: return tr("Exchange order");
        case TransactionKind::Withdrawal: return tr("Withdrawal");
        }
        return QString();
    };
    const QList<Field> all{
        {tr("Provider"), providerName(r.provider)},
        {tr("Type"), kindName(r.kind)},
        {tr("ID"), r.providerId, true},
        //: %1 is Sarraf's status, %2 the provider's own word for it.
        {tr("Status"), tr("%1 (the provider says: %2)").arg(TransactionStatuses::displayName(r.status), r.providerStatus)},
        {tr("Amount"), amount(r.amount, r.currency)},
        {tr("Counter amount"), amount(r.counterAmount, r.counterCurrency)},
        {tr("Customer"), r.customerName},
        {tr("Email"), r.customerEmail, true},
        {tr("Phone"), r.customerPhone, true},
        {tr("Address"), r.address, true},
        {tr("Description"), r.description},
        {tr("Tracking code"), r.trackingCode, true},
        {tr("Payment link"), r.paymentUrl, true},
        {tr("Created"), dateTime(r.createdAt, TimeDetail::Long)},
        {tr("Updated"), dateTime(r.updatedAt, TimeDetail::Long)},
    };
    QList<Field> shown;
    for (const Field &field : all) {
        if (!field.value.isEmpty())
            shown.append(field);
    }
    return shown;
}

QString amountFromPeople(const QString &typed, const QLocale &locale)
{
    const QString decimalPoint = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    QString plain;
    plain.reserve(typed.size());
    // A separator is dropped only where it separates thousands in the whole part: "1,500" is 1500,
    // but "1,50", ",500", "1 50" or a separator after the decimal point stay as typed and fail to
    // parse, rather than becoming another number silently.
    const auto groupsThousands = [&](qsizetype after) {
        int digits = 0;
        for (qsizetype j = after; j < typed.size() && typed.at(j).category() == QChar::Number_DecimalDigit; ++j)
            ++digits;
        const bool digitBefore = !plain.isEmpty() && plain.back().isDigit();
        return digits == 3 && digitBefore;
    };
    bool pastPoint = false;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const QChar c = typed.at(i);
        if (c.category() == QChar::Other_Format)
            continue; // direction marks a pasted or displayed amount carries
        const bool space = c.isSpace() || c == QChar(0x202F);
        const bool localeGroup = !group.isEmpty() && QStringView(typed).mid(i).startsWith(group);
        if ((space || c == QChar(0x066C) || localeGroup) && !pastPoint) {
            const qsizetype width = localeGroup ? group.size() : 1;
            if (plain.isEmpty() && space)
                continue; // leading spaces
            if (groupsThousands(i + width)) {
                i += width - 1;
                continue;
            }
        }
        if (c.category() == QChar::Number_DecimalDigit) {
            plain.append(QChar(u'0' + c.digitValue()));
        } else if (c == QChar(0x066B)) {
            plain.append(u'.');
            pastPoint = true;
        } else if (!decimalPoint.isEmpty() && QStringView(typed).mid(i).startsWith(decimalPoint)) {
            plain.append(u'.');
            i += decimalPoint.size() - 1;
            pastPoint = true;
        } else if (c == QChar(0x2212)) {
            plain.append(u'-'); // the minus sign Persian numbers are written with
        } else {
            plain.append(c);
        }
    }
    while (!plain.isEmpty() && plain.back().isSpace())
        plain.chop(1);
    return plain;
}

} // namespace sarraf::display
